// The transfer rig the Asset Panda e2e tests share: one browser per describe block, the popup with
// the rehearsal metadata imported, sending from the popup, and what the rehearsal app saved
// (`window.rehearsal.state()`), checked byte for byte against the capture.

import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import type { TransferRecord } from '../../src/core/storage-schema';
import { sendFrom, useRig } from './fixtures';

export const METADATA = readFileSync(
  new URL('../rehearsal/data/app-metadata.xml', import.meta.url),
);
export const ACME = 'https://acme.assetpanda.app';
export const DONE = /^Done: Asset Panda lists the connection/;

// The browser's extension API and the rehearsal app's test API, as code evaluated there sees them.
declare const chrome: {
  storage: Record<
    'local' | 'session',
    {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    }
  >;
};
interface RehearsalConnection {
  name: string;
  enableType: string;
  enableTypeLabel: string;
  domains: string[];
  file: { name: string; type: string; size: number; base64: string };
}
interface RehearsalState {
  signedIn: boolean;
  connections: RehearsalConnection[];
  saveCount: number;
}
declare const window: { rehearsal: { state(): RehearsalState } };

/** `to`: the Asset Panda origin to pick in the popup when no organization address is set. */
type Choice = { type: string; name?: string; domains?: string; to?: string };

/** The popup's words the helpers use, in the browser's UI language. */
export const ENGLISH = {
  enableType: 'Enable type',
  connectionName: 'Connection name',
  domains: 'Domains',
  send: 'Send to Asset Panda',
};

/** What Asset Panda should hold after a transfer with the default connection name. */
export const ALL_USERS = {
  name: 'Microsoft Entra ID',
  enableType: 'all',
  label: 'Enable for all users',
  domains: [] as string[],
};
export const DISABLED = { ...ALL_USERS, enableType: 'disabled', label: 'Disable for all users' };

/**
 * One browser for a describe block, page errors checked after each test, every page closed, and
 * the helpers the tests share.
 */
export function useTransferRig(options: { uiLanguage?: string } = {}, words = ENGLISH) {
  const rig = useRig(options);
  let errorsBefore = 0;
  beforeEach(() => {
    errorsBefore = rig.browser.errors.length;
  });
  afterEach(async ({ task }) => {
    const page = await rig.browser.extensionPage('src/popup/index.html');
    const record = await transfer(page);
    // A failed test says where its transfer was; one left running is cancelled, so that the next
    // test finds the form ready rather than failing for this one.
    if (task.result?.state === 'fail')
      console.log('transfer record:', JSON.stringify({ ...record, metadataBase64: '…' }));
    if (record?.status === 'running' || record?.status === 'waiting')
      await sendFrom(page, { type: 'transfer/cancel', payload: {} });
    // Page errors anywhere (the app, the popup, the content script) fail the test that caused them.
    expect(rig.browser.errors.slice(errorsBefore)).toEqual([]);
    await Promise.all(rig.browser.context.pages().map((page) => page.close()));
  });

  const state = (page: Page) => page.evaluate(() => window.rehearsal.state());
  const local = (popup: Page, key: string) =>
    popup.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
  // The transfer in flight lives in session storage, out of content scripts' reach (issue 14.4).
  const transfer = (popup: Page) =>
    popup.evaluate(
      async () => (await chrome.storage.session.get('transfer')).transfer ?? undefined,
    ) as Promise<TransferRecord | undefined>;

  /** How often the transfer sent Save (the background logs each step it sends). */
  const saveClicks = async (popup: Page) =>
    (await transfer(popup))?.steps.filter((s) => s.step === 'save' && s.status === 'running')
      .length;

  /** An Asset Panda page in a known state (the query switches reset the app's "server"). */
  async function assetPanda(switches = '', path = '/'): Promise<Page> {
    const page = await rig.browser.context.newPage();
    await page.goto(`${ACME}${path}?rehearsal-reset=1${switches}`);
    return page;
  }

  /** The popup with the rehearsal metadata imported as a file, as an admin would choose it. */
  async function popupWithMetadata(): Promise<Page> {
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    const card = popup.getByTestId('metadata-card');
    await popup.getByRole('heading', { level: 1 }).waitFor(); // the popup has its state
    if (!(await card.isVisible())) {
      await popup.locator('input[type="file"]').setInputFiles({
        name: 'Asset Panda.xml',
        mimeType: 'text/xml',
        buffer: METADATA,
      });
      await card.waitFor();
    }
    return popup;
  }

  /** The status line of one transfer in the popup (not of one before it). */
  const statusOf = (popup: Page, id: string | undefined) =>
    popup.locator(`[data-transfer-id="${id ?? ''}"] > [role="status"]`);

  /** Waits for the popup's click to start a new transfer; returns that transfer's status line. */
  async function started(popup: Page, before: string | undefined): Promise<Locator> {
    await expect.poll(async () => (await transfer(popup))?.id).not.toBe(before);
    return statusOf(popup, (await transfer(popup))?.id);
  }

  /** Fills in the form and sends; returns the status line of the transfer this started. */
  async function send(
    popup: Page,
    { type, name = 'Microsoft Entra ID', domains, to = ACME }: Choice,
  ): Promise<Locator> {
    // With no organization address set, the admin picks where to send once (issue 14.2); a test
    // that wants another origin than the one picked before chooses again.
    const shown = popup.locator('#transfer-destination strong');
    const change = popup.locator('#transfer-destination button');
    if ((await shown.count()) && (await shown.textContent()) !== to && (await change.count()))
      await change.click();
    const pick = popup.getByRole('radio', { name: to, exact: true });
    if (await pick.count()) await pick.check();
    await popup
      .getByRole('group', { name: words.enableType })
      .getByRole('radio', { name: type })
      .check();
    // The popup offers the last transfer's name; each test says which it wants.
    await popup.getByRole('textbox', { name: words.connectionName }).fill(name);
    if (domains !== undefined)
      await popup.getByRole('textbox', { name: words.domains }).fill(domains);
    const before = (await transfer(popup))?.id;
    await popup.getByRole('button', { name: words.send }).click();
    return started(popup, before);
  }

  async function signIn(page: Page): Promise<void> {
    await page.getByRole('textbox', { name: 'Email' }).fill('alex.morgan@acme.example');
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Log in' }).click();
  }

  /** The connection the app saved: the chosen values and the captured bytes, byte for byte. */
  async function expectSaved(
    page: Page,
    popup: Page,
    expected: { name: string; enableType: string; label: string; domains: string[] },
  ): Promise<void> {
    const app = await state(page);
    expect(app.saveCount).toBe(1);
    const saved = app.connections.find((c) => c.name === expected.name);
    expect(saved).toMatchObject({
      name: expected.name,
      enableType: expected.enableType,
      enableTypeLabel: expected.label,
      domains: expected.domains,
      file: { name: `${expected.name}.xml`, size: METADATA.length },
    });
    const [captured] = (await local(popup, 'captures')) as { base64: string }[];
    expect(saved?.file.base64).toBe(captured?.base64);
    expect(saved?.file.base64).toBe(METADATA.toString('base64'));
  }

  return {
    rig,
    state,
    transfer,
    saveClicks,
    assetPanda,
    popupWithMetadata,
    started,
    send,
    signIn,
    expectSaved,
  };
}
