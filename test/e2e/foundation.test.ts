// The foundation: the built extension loads in a real Chromium; its portal content script runs on
// both admin centers and inside a ReactView iframe, and nowhere else; the popup opens and reaches
// a portal tab through the background; forged or malformed messages are refused.

import { describe, expect, it } from 'vitest';
import { APPS_ROUTE, extensionStorage, GUIDE, sendFrom, useRig } from './fixtures';

interface Frame {
  url: string;
  top: boolean;
  tabId: number;
}

describe('foundation', () => {
  const rig = useRig();
  const frames = async () =>
    ((await extensionStorage(await rig.browser.worker(), 'session', 'frames')) ?? []) as Frame[];

  it.each(['https://portal.azure.com/', 'https://entra.microsoft.com/'])(
    'runs the portal content script on %s enterprise applications',
    async (origin) => {
      const page = await rig.browser.context.newPage();
      await page.goto(origin + APPS_ROUTE);
      await page.locator(GUIDE).waitFor({ state: 'attached' });
      await expect
        .poll(async () => (await frames()).some((f) => f.url.startsWith(origin) && f.top))
        .toBe(true);
      await page.close();
    },
  );

  it('runs inside a ReactView iframe on sandbox-1.reactblade.portal.azure.net', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(
      'https://portal.azure.com/?rehearsal-scenario=half-filled&rehearsal-render=reactview' +
        '#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/a5e7c0d2-4b1f-4c3e-8f6a-2d9b7e1c3f40' +
        '/appId/d2b4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d91/preferredSingleSignOnMode/saml/servicePrincipalType/Application/fromNav/',
    );
    await page.getByRole('button', { name: 'Edit Basic SAML Configuration' }).click();
    await page.locator('iframe[name$=".ReactView"]').waitFor();
    await expect
      .poll(async () =>
        (await frames()).some(
          (f) => f.url.startsWith('https://sandbox-1.reactblade.portal.azure.net/') && !f.top,
        ),
      )
      .toBe(true);
    await page.close();
  });

  it('does not run on an unrelated origin', async () => {
    const page = await rig.browser.context.newPage();
    // A page on the portal proves the script would have reported by now; then the unrelated one.
    await page.goto('https://www.example.com/' + APPS_ROUTE);
    await page.locator('h1').waitFor();
    const control = await rig.browser.context.newPage();
    await control.goto('https://entra.microsoft.com/' + APPS_ROUTE);
    await control.locator(GUIDE).waitFor({ state: 'attached' });
    expect((await frames()).some((f) => f.url.includes('example.com'))).toBe(false);
    expect(await page.locator(GUIDE).count()).toBe(0);
    await Promise.all([page.close(), control.close()]);
  });

  it('opens the popup, and a popup → background → content script round trip shows the guide again', async () => {
    const portal = await rig.browser.context.newPage();
    await portal.goto('https://portal.azure.com/' + APPS_ROUTE);
    const guide = portal.locator(GUIDE);
    await guide.waitFor({ state: 'attached' });
    await guide.getByRole('button', { name: 'Close the guide' }).click();
    await guide.waitFor({ state: 'detached' });

    const popup = await rig.browser.extensionPage('src/popup/index.html');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Asset Panda SSO Assistant',
    );
    await popup.getByRole('button', { name: 'Show the guide' }).click();
    await popup.getByRole('status').filter({ hasText: 'The guide is shown' }).waitFor();
    await guide.waitFor({ state: 'attached' });
    await Promise.all([popup.close(), portal.close()]);
  });

  it('refuses a message from a sender the message is not for, and one of the wrong shape', async () => {
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    // `frame/hello` may only come from a portal frame; the popup pretending to be one is refused.
    await expect(sendFrom(popup, { type: 'frame/hello', payload: {} })).resolves.toEqual({
      ok: false,
      error: 'sender-not-allowed',
    });
    await expect(
      sendFrom(popup, { type: 'state/get', payload: { extra: 'field' } }),
    ).resolves.toEqual({
      ok: false,
      error: 'bad-shape',
    });
    await expect(sendFrom(popup, { type: 'no/such', payload: {} })).resolves.toEqual({
      ok: false,
      error: 'unknown-type',
    });
    // The well-formed request from its sender is answered.
    await expect(sendFrom(popup, { type: 'state/get', payload: {} })).resolves.toMatchObject({
      ok: true,
    });
    await popup.close();
  });
});
