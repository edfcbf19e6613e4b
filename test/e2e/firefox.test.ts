// Chrome and Firefox from one source: the foundation checks of foundation.test.ts, in Debian's
// Firefox ESR with dist/firefox (the same build as the Firefox store zip). The portal content
// script runs on both admin centers, inside the ReactView iframe, and not elsewhere; frames reach
// the background (an event page here); the popup opens.

import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import type { FrameRecord } from '../../src/core/storage-schema';
import { APPS_ROUTE, GUIDE, useFirefoxRig } from './fixtures';

// Firefox's own extension API, as seen by code evaluated in an extension page.
declare const browser: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

// A report crosses content script → event page → storage, which on a busy machine can take more
// than expect.poll's default second. The polls end as soon as the condition holds.
const POLL = { timeout: 10_000 };

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
        .poll(async () => (await frames()).some((f) => f.url.startsWith(origin) && f.top), POLL)
        .toBe(true);
      await page.close();
    },
  );

  it('runs inside a ReactView iframe on sandbox-1.reactblade.portal.azure.net', async () => {
    const page = await rig.firefox.browser.newPage();
    // The rehearsal portal draws the Basic SAML Configuration pane in a ReactView iframe.
    await page.goto(
      'https://portal.azure.com/?rehearsal-scenario=half-filled&rehearsal-render=reactview' +
        '#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/a5e7c0d2-4b1f-4c3e-8f6a-2d9b7e1c3f40' +
        '/appId/d2b4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d91/preferredSingleSignOnMode/saml/servicePrincipalType/Application/fromNav/',
    );
    await page.locator('::-p-aria(Edit Basic SAML Configuration[role="button"])').click();
    await page.waitForSelector('iframe[name$=".ReactView"]');
    await expect
      .poll(
        async () =>
          (await frames()).some(
            (f) => f.url.startsWith('https://sandbox-1.reactblade.portal.azure.net/') && !f.top,
          ),
        POLL,
      )
      .toBe(true);
    await page.close();
  });

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
      .poll(() => popup.evaluate(() => document.querySelector('h1')?.textContent ?? null), POLL)
      .toBe('Asset Panda SSO Assistant');
    await popup.close();
  });
});
