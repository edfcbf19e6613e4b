// Issue 14 end to end, in Chromium with the built extension: what a script on a page (or a page's
// compromised renderer, as far as it can act as our content script) can no longer do, and what
// the admin sees before sending. Each test ends with a positive control, so that "nothing
// happened" is never the result of nothing having been tried.

import { readFileSync } from 'node:fs';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TransferRecord } from '../../src/core/storage-schema';
import {
  freshSetupEachTest,
  GUIDE,
  sendFrom,
  stopExtensionServiceWorker,
  useRig,
} from './fixtures';
import { expectState, openFresh, portalUrl, ROUTES } from './guide-helpers';

const METADATA = readFileSync(new URL('../rehearsal/data/app-metadata.xml', import.meta.url));
const ACME = 'https://acme.assetpanda.app';

declare const chrome: {
  storage: Record<
    'local' | 'session',
    {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    }
  >;
  tabs: { query(info: { url: string }): Promise<{ id?: number }[]> };
};
interface RehearsalState {
  connections: { name: string; file: { base64: string } }[];
  saveCount: number;
}
declare const window: { rehearsal: { state(): RehearsalState } };

/** Lets the page and the content script react (two animation frames), without a fixed sleep. */
const settle = (scope: Page | Frame) =>
  scope.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );

/**
 * Runs `expression` in the isolated world of the extension's content script in `page` (through
 * the DevTools protocol), i.e. with exactly the extension APIs a content script, or a renderer
 * that took it over, has.
 */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  await expect
    .poll(() =>
      worlds.some(
        (w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'),
      ),
    )
    .toBe(true);
  const world = worlds.find(
    (w) => w.auxData?.type === 'isolated' && w.origin.startsWith('chrome-extension://'),
  )!;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.text);
  return result.value;
}

describe('the guide acts only on the admin’s own input (issue 14.6)', () => {
  const rig = useRig();
  freshSetupEachTest(rig);

  it('a synthetic click() on the guide’s "Fill in" changes nothing', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(
      page,
      portalUrl('portal.azure.com', { 'rehearsal-scenario': 'existing' }, ROUTES.signOn),
    );
    await expectState(page, 'basic-saml', 'current');
    await page.getByRole('button', { name: 'Edit Basic SAML Configuration', exact: true }).click();
    const fillIn = page.locator(GUIDE).getByRole('button', { name: 'Fill in', exact: true });
    await fillIn.waitFor();
    const values = () =>
      page
        .locator('.fxs-contextpane section[role="group"] tbody input[type="text"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const before = await values();

    // A page script reaches the guide through its open shadow root and clicks "Fill in".
    const clicked = await page.evaluate((guide) => {
      const root = document.querySelector(guide)?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === 'Fill in',
      );
      button?.click();
      return !!button;
    }, GUIDE);
    expect(clicked).toBe(true); // the shadow root stays open: the click did reach the button
    await settle(page);
    expect(await page.locator(GUIDE).locator('[data-action-result]').count()).toBe(0);
    expect(await fillIn.isDisabled()).toBe(false);
    expect(await values()).toEqual(before);

    // The admin's own click fills the pane.
    await fillIn.click();
    await page.locator(GUIDE).locator('[data-action-result="ok"]').waitFor();
    expect(await values()).not.toEqual(before);
  });
});

describe('the transfer (issue 14.2, 14.4)', () => {
  const rig = useRig();

  async function popupWithMetadata(): Promise<Page> {
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    const card = popup.getByTestId('metadata-card');
    await popup.getByRole('heading', { level: 1 }).waitFor();
    if (!(await card.isVisible())) {
      await popup
        .locator('input[type="file"]')
        .setInputFiles({ name: 'Asset Panda.xml', mimeType: 'text/xml', buffer: METADATA });
      await card.waitFor();
    }
    return popup;
  }

  const transferOf = (popup: Page) =>
    popup.evaluate(
      async () => (await chrome.storage.session.get('transfer')).transfer ?? null,
    ) as Promise<TransferRecord | null>;

  it('shows the destination beside "Send to Asset Panda", and keeps the admin’s pick', async () => {
    const app = await rig.browser.context.newPage();
    await app.goto(`${ACME}/?rehearsal-reset=1`);
    const popup = await popupWithMetadata();
    const sendButton = popup.getByRole('button', { name: 'Send to Asset Panda' });
    // Nothing configured: the admin must pick, and Send says so until they do.
    const picker = popup.getByRole('group', { name: 'Which Asset Panda receives the metadata?' });
    await popup.getByRole('radio', { name: 'Enable for all users' }).check();
    await sendButton.click();
    await popup.getByRole('alert').filter({ hasText: 'Choose which Asset Panda' }).waitFor();
    expect(await transferOf(popup)).toBeNull();

    await picker.getByRole('radio', { name: ACME, exact: true }).check();
    await sendButton.click();
    await expect
      .poll(async () => (await transferOf(popup))?.status, { timeout: 40_000 })
      .toBe('done');
    // The pick is kept, and shown beside the button from then on (named in its description).
    await expect
      .poll(() => popup.locator('#transfer-destination').textContent())
      .toBe(`Sends to ${ACME} Choose another`);
    await expect(sendButton.getAttribute('aria-describedby')).resolves.toBe('transfer-destination');
    await Promise.all([app.close(), popup.close()]);
  });

  it('a transfer record written into storage.local from a content script is never resumed', async () => {
    const app = await rig.browser.context.newPage();
    await app.goto(`${ACME}/?rehearsal-reset=1`);
    let popup = await popupWithMetadata();
    const [tab] = await popup.evaluate(() =>
      chrome.tabs.query({ url: 'https://acme.assetpanda.app/*' }),
    );
    const planted = {
      id: 'planted',
      status: 'running',
      enableType: 'all',
      connectionName: 'Planted',
      domains: [],
      replaceExisting: true,
      origin: ACME,
      metadataBase64: METADATA.toString('base64'),
      fileName: 'Planted.xml',
      tabId: tab?.id ?? null,
      step: 'sign-in',
      waitingFor: null,
      problem: null,
      saveClickedAt: null,
      startedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      steps: [],
    };
    // The content script's own APIs: session storage is out of its reach, local storage is not.
    await expect(
      inContentScript(
        app,
        `chrome.storage.session.get('transfer').then(() => 'read', () => 'refused')`,
      ),
    ).resolves.toBe('refused');
    await inContentScript(
      app,
      `chrome.storage.local.set({ transfer: ${JSON.stringify(planted)} }).then(() => 'written')`,
    );
    // Every way a transfer resumes: the background starting again, the page announcing itself.
    await stopExtensionServiceWorker(popup);
    await app.reload();
    await popup.close();
    popup = await popupWithMetadata();

    // The admin's own transfer runs, on that same page, and is the only thing Asset Panda saves.
    await popup.getByRole('radio', { name: 'Enable for all users' }).check();
    await popup.getByRole('textbox', { name: 'Connection name' }).fill('Entra (admin)');
    await popup.getByRole('button', { name: 'Send to Asset Panda' }).click();
    await popup
      .locator('.transfer-status > [role="status"]')
      .filter({ hasText: 'Done: Asset Panda lists the connection “Entra (admin)”' })
      .waitFor({ timeout: 40_000 });
    const state = await app.evaluate(() => window.rehearsal.state());
    expect(state.connections.map((c) => c.name)).toEqual(['Entra (admin)']);
    expect(state.saveCount).toBe(1);
    expect((await transferOf(popup))?.steps.some((s) => s.step === 'find-tab')).toBe(true);
    await sendFrom(popup, { type: 'data/forget', payload: {} });
    await Promise.all([app.close(), popup.close()]);
  });
});
