// Issue 17 part 1, end to end in Chromium with the built extension: a browser caps an action popup
// at 800×600 pixels, so at 400×600 the admin's current task must show without scrolling, in each of
// the popup's states: nothing captured yet (the portal's steps, "Show the guide"), ready to send
// (metadata captured, destination chosen: "Send to Asset Panda"), and a transfer that stopped before
// Save (sending again first, the manual path one click away). Each state has one primary button.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sendFrom } from './fixtures';
import { ACME, useTransferRig } from './transfer-rig';

const VIEWPORT = { width: 400, height: 600 };

describe('the popup fits', () => {
  const { rig, assetPanda, popupWithMetadata, send } = useTransferRig();

  /** The popup as the browser would show it: 400×600, its state loaded. */
  async function openPopup(page?: Page): Promise<Page> {
    const popup = page ?? (await rig.browser.extensionPage('src/popup/index.html'));
    await popup.setViewportSize(VIEWPORT);
    await popup.getByRole('heading', { level: 1 }).waitFor();
    return popup;
  }

  /** Nothing kept from an earlier test: no capture, no transfer, no chosen destination. */
  async function forgetEverything(): Promise<void> {
    const page = await rig.browser.extensionPage('src/popup/index.html');
    await expect(sendFrom(page, { type: 'data/forget', payload: {} })).resolves.toMatchObject({
      ok: true,
    });
    await page.close();
  }

  /**
   * Exactly one primary button is shown, it is the one named, and it lies inside the 400×600
   * viewport with the document not scrolled.
   */
  async function expectPrimaryInView(popup: Page, name: string): Promise<void> {
    const primary = popup.locator('button.primary:visible');
    await expect.poll(() => primary.count()).toBe(1);
    expect((await primary.textContent())?.trim()).toBe(name);
    await expect(popup.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    const box = await primary.boundingBox();
    expect(box, 'the primary button has a box').not.toBeNull();
    const { x, y, width, height } = box!;
    expect(x, 'left edge').toBeGreaterThanOrEqual(0);
    expect(y, 'top edge').toBeGreaterThanOrEqual(0);
    expect(x + width, 'right edge').toBeLessThanOrEqual(VIEWPORT.width);
    expect(y + height, 'bottom edge').toBeLessThanOrEqual(VIEWPORT.height);
    expect(await popup.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
  }

  it('nothing captured: the portal steps and "Show the guide"', async () => {
    await forgetEverything();
    const popup = await openPopup();
    await expect(popup.getByTestId('metadata-card').count()).resolves.toBe(0);
    await expectPrimaryInView(popup, 'Show the guide');
  });

  it('ready to send: metadata captured, destination chosen, "Send to Asset Panda"', async () => {
    await forgetEverything();
    await assetPanda(); // an open Asset Panda tab: the origin the admin picks
    const popup = await openPopup(await popupWithMetadata());
    await popup.getByRole('radio', { name: ACME, exact: true }).check();
    // The card is one line with its verdict; its details wait behind the disclosure.
    const card = popup.getByTestId('metadata-card');
    await expect(card.locator('summary').textContent()).resolves.toContain('Ready for Asset Panda');
    await expect(card.locator('[data-field="entity-id"]').isVisible()).resolves.toBe(false);
    await expectPrimaryInView(popup, 'Send to Asset Panda');
  });

  it('the transfer stopped: sending again in view, the manual path one click away', async () => {
    await forgetEverything();
    await assetPanda('&rehearsal-variant=no-domain-field', '/settings/preferences/sso');
    const sending = await popupWithMetadata();
    const status = await send(sending, {
      type: 'Enable for selected domains',
      domains: 'acme.com',
    });
    await status.filter({ hasText: 'The transfer stopped.' }).waitFor({ timeout: 40_000 });

    // The admin comes back to the popup to see how it went.
    const popup = await openPopup();
    await popup.locator('[data-status="failed"] [role="alert"]').waitFor();
    await expectPrimaryInView(popup, 'Send to Asset Panda');

    const manual = popup.getByRole('region', { name: 'Enter it in Asset Panda yourself' });
    const copy = manual.getByRole('button', { name: 'Copy Domains' });
    await expect(copy.isVisible()).resolves.toBe(false);
    await manual.getByText('Enter it in Asset Panda yourself').click();
    await copy.waitFor();
  });
});
