// `npm run demo`: the built extension on the rehearsal pages. With a display, a Chromium window
// opens on the rehearsal portal and stays until you close it; without one, it walks the flow
// headless and saves a screenshot of each step to docs/screenshots (the README shows them).

import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../test/rehearsal/chromium';
import { startRehearsalServer } from '../test/rehearsal/server';
import { walkDemo } from './demo-walk';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startRehearsalServer();
const browser = await launchWithExtension(server, { headless });

if (!headless) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(
    'https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
  );
  console.log('Rehearsal portal open in Chromium with the extension. Close the window to stop.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  const folder = resolve('docs', 'screenshots');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const shots = await walkDemo(browser, (name) => join(folder, `${name}.jpg`));
  console.log(
    `No display: walked the flow headless and saved ${shots.length} screenshots to ${folder}`,
  );
  for (const shot of shots) console.log(`  ${shot}`);
  await browser.close();
}
await server.close();
