import { launchWithExtension } from './rehearsal/chromium';
import { startRehearsalServer } from './rehearsal/server';
console.log('start');
const server = await startRehearsalServer();
const b = await launchWithExtension(server);
console.log('launched');
const page = await b.context.newPage();
await page.goto('chrome://extensions/');
const r = await page.evaluate(async (id) => {
  const c = (globalThis as any).chrome;
  try {
    await c.developerPrivate.addHostPermission(id, 'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com/*');
  } catch (e) { return 'ERR ' + (e as Error).message; }
  return 'ok';
}, b.extensionId);
console.log('add:', r);
const p = await b.extensionPage('src/popup/index.html');
console.log(JSON.stringify(await p.evaluate(() => (globalThis as any).chrome.permissions.getAll())));
await b.close(); await server.close();
process.exit(0);
