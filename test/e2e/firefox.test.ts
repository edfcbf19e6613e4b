// Chrome and Firefox from one source: the foundation checks of foundation.test.ts, in Debian's
// Firefox ESR with dist/firefox (the same build as the Firefox store zip). The portal content
// script runs on both admin centers and not elsewhere, frames reach the background (an event page
// here), and the popup opens.

import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FrameRecord } from '../../src/core/storage-schema';
import { APPS_ROUTE, GUIDE, useFirefoxRig } from './fixtures';

// Firefox's own extension API, as seen by code evaluated in an extension page.
declare const browser: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

describe('foundation in Firefox ESR', () => {
  const rig = useFirefoxRig();
  // The background is an event page BiDi cannot evaluate in; an extension page reads its storage.
  let storagePage: Page | undefined;
  const frames = async (): Promise<FrameRecord[]> => {
    storagePage ??= await rig.firefox.extensionPage('src/popup/index.html');
    return (await storagePage.evaluate(
      async () => (await browser.storage.session.get('frames')).frames ?? [],
    )) as FrameRecord[];
  };
  /** Waits for the guide's host element, then gives its shadow root's mode (it promises open). */
  const guideShadowMode = (page: Page) =>
    page
      .waitForSelector(GUIDE)
      .then((guide) => guide!.evaluate((element) => element.shadowRoot?.mode ?? null));

  it.each(['https://portal.azure.com/', 'https://entra.microsoft.com/'])(
    'runs the portal content script on %s enterprise applications',
    async (origin) => {
      const page = await rig.firefox.browser.newPage();
      await page.goto(origin + APPS_ROUTE);
      await expect(guideShadowMode(page)).resolves.toBe('open');
      await expect
        .poll(async () => (await frames()).some((f) => f.url.startsWith(origin) && f.top))
        .toBe(true);
      await page.close();
    },
  );

  it('does not run on an unrelated origin', async () => {
    const page = await rig.firefox.browser.newPage();
    await page.goto('https://www.example.com/' + APPS_ROUTE);
    await page.waitForSelector('h1');
    // A portal page loaded after it proves the content script would have reported by now.
    const control = await rig.firefox.browser.newPage();
    await control.goto('https://entra.microsoft.com/' + APPS_ROUTE);
    await control.waitForSelector(GUIDE);
    expect((await frames()).some((f) => f.url.includes('example.com'))).toBe(false);
    expect(await page.$(GUIDE)).toBeNull();
    await Promise.all([page.close(), control.close()]);
  });

  it('opens the popup', async () => {
    const popup = await rig.firefox.extensionPage('src/popup/index.html');
    // The page is loaded; Preact renders the heading just after.
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('h1')?.textContent ?? null))
      .toBe('Asset Panda SSO Assistant');
    await popup.close();
  });
});
