// The capture that cannot be missed (issue 12 part 5; issue 14 part 1), in Chromium on the
// rehearsal portal: Download clicked the moment it shows with the guide closed, a `data:`
// download, an anchor never attached to the page, a Download no locator can be sure of, a
// metadata URL that answers 404 for a while, "Get it from Entra", and a page script's own click.
// Each ends with the same bytes (or the URL's document) stored and the popup's card showing it.

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionStorage, freshSetupEachTest, GUIDE, useRig } from './fixtures';
import { APP, expectState, openFresh, portalUrl, ROUTES } from './guide-helpers';

const TENANT = '11394d0f-b180-4b91-86c3-bda58288ece0';
const METADATA_URL = `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${APP}`;
const rehearsalMetadata = readFileSync(
  new URL('../rehearsal/data/app-metadata.xml', import.meta.url),
);
// Real Entra metadata of another tenant: what a page script would plant.
const planted = readFileSync(
  new URL(
    '../../../shared/fixtures/metadata/real/entra-app-ggtristams-rollover.xml',
    import.meta.url,
  ),
);

interface Capture {
  base64: string;
  source: string;
}

describe('metadata capture that cannot be missed', () => {
  const rig = useRig();
  freshSetupEachTest(rig, { forgetCaptures: true });

  const samlPage = (query: Record<string, string> = {}) =>
    portalUrl('portal.azure.com', { 'rehearsal-scenario': 'correct', ...query }, ROUTES.signOn);

  async function firstCapture(): Promise<Capture> {
    const worker = await rig.browser.worker();
    let capture: Capture | undefined;
    await expect
      .poll(
        async () => {
          const captures = (await extensionStorage(worker, 'local', 'captures')) as
            Capture[] | undefined;
          capture = captures?.[0];
          return capture?.source ?? null;
        },
        { timeout: 20_000 },
      )
      .not.toBeNull();
    return capture!;
  }

  /** The popup's card shows the capture, from where it came. */
  async function expectCard(source: string): Promise<void> {
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    const card = popup.getByTestId('metadata-card');
    await card.waitFor();
    await expect(card.locator('[data-field="source"]').textContent()).resolves.toContain(source);
    await popup.close();
  }

  async function closeGuide(): Promise<void> {
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    await popup.evaluate(
      `chrome.storage.local.get('progress').then(({ progress }) =>
        chrome.storage.local.set({ progress: { ...progress, guide: { ...progress.guide, dismissed: true } } }))`,
    );
    await popup.close();
  }

  const downloadLink = (page: Page) =>
    page.getByRole('link', { name: 'Download Federation Metadata XML' });

  it('keeps the file when Download is clicked the moment it shows, with the guide closed', async () => {
    await closeGuide();
    const page = await rig.browser.context.newPage();
    await page.goto(samlPage());
    // No waiting for the page to settle: the click comes as soon as the link can be clicked.
    await Promise.all([page.waitForEvent('download'), downloadLink(page).click()]);
    const capture = await firstCapture();
    expect(capture.source).toBe('download');
    expect(Buffer.from(capture.base64, 'base64').equals(rehearsalMetadata)).toBe(true);
    expect(await page.locator(GUIDE).count()).toBe(0);
    await expectCard("from the portal's Download");
  });

  it('keeps a data: download byte for byte', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(page, samlPage({ 'rehearsal-download': 'data' }));
    await Promise.all([page.waitForEvent('download'), downloadLink(page).click()]);
    const capture = await firstCapture();
    expect(capture.source).toBe('download');
    expect(Buffer.from(capture.base64, 'base64').equals(rehearsalMetadata)).toBe(true);
    await expectCard("from the portal's Download");
  });

  it('keeps the file of a Download that cannot be located (a bare clickable div)', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(page, samlPage({ 'rehearsal-download-control': 'plain' }));
    const row = page.locator('.ext-saml-property', { hasText: 'Federation Metadata XML' });
    await Promise.all([page.waitForEvent('download'), row.locator('.ext-download-link').click()]);
    const capture = await firstCapture();
    expect(Buffer.from(capture.base64, 'base64').equals(rehearsalMetadata)).toBe(true);
    await expectCard("from the portal's Download");
  });

  it('fetches the App Federation Metadata Url when the anchor is never attached', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(page, samlPage({ 'rehearsal-download': 'detached' }));
    await Promise.all([page.waitForEvent('download'), downloadLink(page).click()]);
    const capture = await firstCapture();
    expect(capture.source).toBe('url');
    expect(rig.server.requests).toContain(METADATA_URL);
    await expectCard('from the App Federation Metadata Url');
  });

  it('retries the metadata URL while it answers 404, then keeps its document', async () => {
    rig.server.setMetadataUrl(APP, { status: 404 });
    try {
      const page = await rig.browser.context.newPage();
      await openFresh(page, samlPage({ 'rehearsal-download': 'detached' }));
      await downloadLink(page).click();
      await expect
        .poll(() => rig.server.requests.filter((r) => r === METADATA_URL).length, {
          timeout: 15_000,
        })
        .toBeGreaterThan(0);
      rig.server.setMetadataUrl(APP, null);
      const capture = await firstCapture();
      expect(capture.source).toBe('url');
      expect(rig.server.requests.filter((r) => r === METADATA_URL).length).toBeGreaterThan(1);
      await expectCard('from the App Federation Metadata Url');
    } finally {
      rig.server.setMetadataUrl(APP, null);
    }
  });

  it('"Get it from Entra" on the guide\'s download step fetches the metadata with no download', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(page, samlPage());
    await page.getByRole('button', { name: 'Get it from Entra' }).click();
    await expectState(page, 'download-metadata', 'done');
    expect((await firstCapture()).source).toBe('url');
    await expectCard('from the App Federation Metadata Url');
  });

  it('"Get it from Entra" in the popup, for the app whose SAML page the portal showed', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(page, samlPage());
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    const button = popup.getByRole('button', { name: 'Get it from Entra' });
    await button.waitFor({ timeout: 15_000 });
    await button.click();
    await popup.getByTestId('metadata-card').waitFor();
    expect((await firstCapture()).source).toBe('url');
    await expectCard('from the App Federation Metadata Url');
  });

  it("stores nothing from a page script's click() on Download and the file it makes", async () => {
    const watcher = await rig.browser.extensionPage('src/popup/index.html');
    // Every capture ever stored during the test, whatever replaced it later.
    await watcher.evaluate(`window.seen = [];
      chrome.storage.onChanged.addListener((changes) => {
        for (const c of changes.captures?.newValue ?? []) window.seen.push(c.base64);
      });`);
    const page = await rig.browser.context.newPage();
    await openFresh(page, samlPage());
    const requestsBefore = rig.server.requests.length;
    rig.server.setMetadata(APP, planted);
    await Promise.all([
      page.waitForEvent('download'),
      downloadLink(page).evaluate((link: HTMLElement) => link.click()),
    ]);
    rig.server.setMetadata(APP, null);
    // Then the admin's own click: its file is stored, and the planted one never was.
    await Promise.all([page.waitForEvent('download'), downloadLink(page).click()]);
    const capture = await firstCapture();
    expect(Buffer.from(capture.base64, 'base64').equals(rehearsalMetadata)).toBe(true);
    const seen = (await watcher.evaluate('window.seen')) as string[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).not.toContain(planted.toString('base64'));
    expect(rig.server.requests.slice(requestsBefore)).not.toContain(METADATA_URL);
  });
});
