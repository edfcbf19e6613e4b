// Issue 13, end to end in Chromium with the built extension: the one-click transfer on each
// rehearsal Asset Panda dialect (written from the reference, not from our code: MUI-like,
// DevExtreme-like, plain HTML), for each Enable Type; an unrecognised page stops before Save with
// the manual path and a redacted "This page looks different" report; a German-labelled page goes to
// the manual path with the reason, and transfers once word overrides name its words; and pointing
// at a gear of unknown name once makes the next transfer pass.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GERMAN_WORDS } from './assetpanda-words';
import { sendFrom } from './fixtures';
import { ALL_USERS, DONE, useTransferRig } from './transfer-rig';

/** The rehearsal app's dialects (`&ap-dialect=`) and looks (`&ap-look=`). */
const DIALECTS = ['mui', 'devextreme', 'devextreme-selectbox', 'plain'] as const;
/** The dialects that show the looks (the MUI page ignores `ap-look`). */
const WITH_LOOKS = DIALECTS.filter((dialect) => dialect !== 'mui');
const STOPPED = 'The transfer stopped.';

const TYPES = [
  { type: 'Enable for all users', enableType: 'all', domains: undefined, saved: [] },
  {
    type: 'Enable for selected domains',
    enableType: 'domains',
    domains: 'Acme.com, acme.co.uk',
    saved: ['acme.com', 'acme.co.uk'],
  },
  { type: 'Disable for all users', enableType: 'disabled', domains: undefined, saved: [] },
];

describe('transfer on every Asset Panda dialect', () => {
  const { rig, assetPanda, popupWithMetadata, send, expectSaved, saveClicks, state } =
    useTransferRig();

  /** Sets the admin's own word overrides as the options page does. */
  async function setWords(overrides: Record<string, string[]>): Promise<void> {
    const options = await rig.browser.extensionPage('src/options/index.html');
    const reply = (await sendFrom(options, { type: 'words/set', payload: { overrides } })) as {
      ok: boolean;
    };
    expect(reply.ok).toBe(true);
    await options.close();
  }

  /** The stopped transfer's problem and the manual path beside it. */
  async function expectStoppedWithManualPath(popup: Page, page: Page, problem: string) {
    const status = popup.locator('.transfer-status');
    await status.locator(`[data-problem="${problem}"]`).waitFor({ timeout: 40_000 });
    await status.getByRole('heading', { name: 'Enter it in Asset Panda yourself' }).waitFor();
    expect((await state(page)).saveCount).toBe(0);
    expect(await saveClicks(popup)).toBe(0);
  }

  /** The popup's redacted report, as the admin reads it. */
  async function readReport(popup: Page): Promise<string> {
    await popup.getByRole('button', { name: 'This page looks different' }).click();
    return popup.getByRole('textbox', { name: 'This page looks different' }).inputValue();
  }

  for (const dialect of DIALECTS)
    it.each(TYPES)(
      `${dialect}: sends the metadata with "$type" in one click, saved once, byte for byte`,
      async ({ type, enableType, domains, saved }) => {
        const page = await assetPanda(`&ap-dialect=${dialect}`);
        const popup = await popupWithMetadata();
        const status = await send(popup, { type, domains });
        await status.filter({ hasText: DONE }).waitFor({ timeout: 40_000 });
        await expectSaved(page, popup, { ...ALL_USERS, enableType, label: type, domains: saved });
        expect(await saveClicks(popup)).toBe(1);
      },
    );

  it.each(WITH_LOOKS)(
    '%s, unrecognised page: stops before Save with the manual path and a redacted report',
    async (dialect) => {
      const page = await assetPanda(`&ap-dialect=${dialect}&ap-look=unrecognised`);
      const popup = await popupWithMetadata();
      const status = await send(popup, { type: 'Enable for all users' });
      await status.filter({ hasText: STOPPED }).waitFor({ timeout: 60_000 });
      await expectStoppedWithManualPath(popup, page, 'not-found');
      const report = await readReport(popup);
      expect(report).toMatch(/Target not found with certainty: assetpanda\.[a-z-]+/);
      expect(report).toMatch(/Matches per strategy[^\n]*\n {2}1\. [^\n]+: \d+/);
      expect(report).not.toContain('alex.morgan@acme.example'); // the signed-in admin
      expect(report).not.toContain('Alex Morgan');
      expect(report).toContain('Route: https://<organization>.assetpanda.app/');
    },
  );

  it('German-labelled page: the manual path and why without overrides; transfers with them', async () => {
    const page = await assetPanda('&ap-dialect=devextreme&ap-look=german');
    const popup = await popupWithMetadata();
    const status = await send(popup, { type: 'Enable for all users' });
    await status.filter({ hasText: STOPPED }).waitFor({ timeout: 40_000 });
    await expectStoppedWithManualPath(popup, page, 'page-language');
    await expect(popup.locator('[data-problem="page-language"]').textContent()).resolves.toContain(
      'another language (de',
    );

    await setWords(GERMAN_WORDS);
    const again = await send(popup, { type: 'Enable for all users' });
    await again.filter({ hasText: DONE }).waitFor({ timeout: 40_000 });
    await expectSaved(page, popup, { ...ALL_USERS, label: 'Enable for all users' });
    await setWords({});
  }, 150_000);

  it('teach by pointing: pointing once at a gear of unknown name makes the next transfer pass', async () => {
    const page = await assetPanda('&ap-dialect=plain&ap-look=unknown-gear');
    const popup = await popupWithMetadata();
    const status = await send(popup, { type: 'Enable for all users' });
    await status.filter({ hasText: STOPPED }).waitFor({ timeout: 40_000 });
    await expectStoppedWithManualPath(popup, page, 'not-found');

    await popup.getByRole('button', { name: 'Show me where it is' }).click();
    const panel = page.locator('[data-sso-assistant="teach"]').getByRole('dialog');
    await panel.getByText('Click the Settings button').waitFor();
    // The admin's own click (trusted) on the gear; the page does not react to it.
    const menusBefore = await page.getByRole('menu').count();
    await page.getByRole('button', { name: GEAR_NAME }).click();
    await panel.getByText(`named “${GEAR_NAME}”`).waitFor();
    expect(await page.getByRole('menu').count()).toBe(menusBefore);
    await panel.getByRole('button', { name: 'Use these words' }).click();
    await panel.getByText('Saved').waitFor();
    await panel.getByRole('button', { name: 'Close' }).click();

    const again = await send(popup, { type: 'Enable for all users' });
    await again.filter({ hasText: DONE }).waitFor({ timeout: 40_000 });
    await expectSaved(page, popup, ALL_USERS);
    await setWords({});
  }, 150_000);
});

/** The accessible name of the unknown-gear page's gear (a word no one would guess). */
const GEAR_NAME = 'Workspace tools';
