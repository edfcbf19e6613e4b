// Issue 14, parts 2, 3, 4 and 6 in the background: the metadata goes to the organization's Asset
// Panda origin only (or the origin the admin picked), that is checked again on every path a
// transfer can take, a policy that allows no host allows no transfer, a `transfer` record planted
// in storage.local is never resumed, and "Forget everything" forgets. The browser is an in-memory
// stand-in that records every message sent to a tab and every tab opened.

import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../src/core/bytes';

interface FakeTab {
  id: number;
  url: string;
  active: boolean;
}

const fake = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  session: {} as Record<string, unknown>,
  managed: {} as Record<string, unknown>,
  tabs: [] as FakeTab[],
  sent: [] as { tabId: number; command: string; payload: Record<string, unknown> }[],
  opened: [] as string[],
  /** Whether content scripts take the commands sent (an old tab's script may not answer). */
  accepting: true,
}));

vi.mock('webextension-polyfill', () => {
  const area = (name: 'local' | 'session' | 'managed') => ({
    get: async (key: string | null) =>
      key === null
        ? structuredClone(fake[name])
        : key in fake[name]
          ? { [key]: structuredClone(fake[name][key]) }
          : {},
    set: async (items: Record<string, unknown>) =>
      void Object.assign(fake[name], structuredClone(items)),
    remove: async (keys: string | string[]) => {
      for (const key of [keys].flat()) delete fake[name][key];
    },
  });
  return {
    default: {
      storage: { local: area('local'), session: area('session'), managed: area('managed') },
      tabs: {
        query: async () => fake.tabs.map((tab) => ({ ...tab })),
        get: async (id: number) => {
          const tab = fake.tabs.find((t) => t.id === id);
          if (!tab) throw new Error('No tab');
          return { ...tab };
        },
        create: async ({ url }: { url: string }) => {
          fake.opened.push(url);
          const tab = { id: 100 + fake.opened.length, url, active: true };
          fake.tabs.push(tab);
          return tab;
        },
        update: async () => undefined,
        sendMessage: async (
          tabId: number,
          message: { command: string; payload: Record<string, unknown> },
        ) => {
          fake.sent.push({ tabId, ...message });
          return { accepted: fake.accepting };
        },
        onRemoved: { addListener: () => undefined },
      },
      windows: { update: async () => undefined },
      alarms: { clear: async () => true, create: async () => undefined },
    },
  };
});

const { transferHandlers, watchTransfers } = await import('../../../src/background/transfer');
const { forgetHandlers } = await import('../../../src/background/forget');
const { currentDestination } = await import('../../../src/background/transfer-destination');
const { getSettings } = await import('../../../src/background/settings');
const { acceptMetadata } = await import('../../../src/background/metadata');

const ACME = 'https://acme.assetpanda.app';
const GLOBEX = 'https://globex.assetpanda.app';
const METADATA = readFileSync(new URL('../../rehearsal/data/app-metadata.xml', import.meta.url));
const CHOICE = { enableType: 'all' as const, connectionName: 'Microsoft Entra ID', domains: [] };

const start = async (origin: string) =>
  transferHandlers['transfer/start']!(
    { ...CHOICE, origin, captureSha256: await sha256Hex(METADATA) },
    popup,
  );
const popup = { role: 'popup' as const, tabId: null, frameId: null, url: '' };
const page = (tabId: number, url: string) => ({
  role: 'assetpanda' as const,
  tabId,
  frameId: 0,
  url,
});
const hello = (tabId: number, url: string) =>
  transferHandlers['assetpanda/hello']!({}, page(tabId, url));
const sessionTransfer = () => fake.session.transfer as { status: string; problem: unknown } | null;
const sentTo = (tabId: number) => fake.sent.filter((m) => m.tabId === tabId);

beforeEach(async () => {
  Object.assign(fake, { local: {}, session: {}, managed: {}, tabs: [], sent: [], opened: [] });
  fake.accepting = true;
  const outcome = await acceptMetadata(new Uint8Array(METADATA), {
    source: 'file',
    fileName: 'Asset Panda.xml',
    appId: null,
  });
  // Stored as acceptMetadata stores it; `transfer/start` reads it back through the shape check.
  expect(outcome.metadata).not.toBeNull();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the organization address (part 2)', () => {
  it('with assetPandaUrl set to one organization and only another organization tab open, nothing is sent to the other', async () => {
    fake.local.options = { assetPandaUrl: `${ACME}/` };
    fake.tabs = [{ id: 5, url: `${GLOBEX}/settings/preferences/sso`, active: true }];

    expect(await start(GLOBEX)).toEqual({ ok: false, error: 'destination-changed' });
    expect(await start(ACME)).toMatchObject({ ok: true, transfer: { origin: ACME } });
    expect(fake.opened).toEqual([`${ACME}/`]);
    // The other organization's page announcing itself, or reporting, moves nothing there.
    await hello(5, `${GLOBEX}/settings/preferences/sso`);
    expect(sentTo(5)).toEqual([]);

    // The tab opened on the organization's origin gets the steps.
    const opened = fake.tabs.at(-1)!;
    await hello(opened.id, `${ACME}/`);
    expect(sentTo(opened.id)[0]).toMatchObject({
      command: 'transfer/step',
      payload: { step: 'sign-in', origin: ACME },
    });
  });

  it('never sends to a tab of the organization that navigated to another organization', async () => {
    fake.local.options = { assetPandaUrl: `${ACME}/` };
    fake.tabs = [{ id: 5, url: `${ACME}/`, active: true }];
    await start(ACME);
    expect(sentTo(5)).toHaveLength(1);
    fake.tabs[0]!.url = `${GLOBEX}/`;
    const { id } = fake.session.transfer as { id: string };
    await transferHandlers['transfer/report']!(
      { transferId: id, step: 'sign-in', status: 'done' },
      page(5, `${GLOBEX}/`),
    );
    await hello(5, `${GLOBEX}/`);
    expect(sentTo(5)).toHaveLength(1);
    // It waits for the tab to come back to the organization's Asset Panda.
    expect(sessionTransfer()).toMatchObject({ status: 'waiting', waitingFor: 'tab' });
  });

  it('with no address set, sends only after the admin picks an origin, and keeps the pick', async () => {
    fake.tabs = [
      { id: 5, url: `${ACME}/`, active: false },
      { id: 6, url: `${GLOBEX}/`, active: true },
    ];
    const before = await currentDestination(await getSettings());
    expect(before).toEqual({
      origin: null,
      source: null,
      candidates: [GLOBEX, ACME, 'https://assetpanda.app'],
    });
    expect(await start('https://evil.example')).toEqual({
      ok: false,
      error: 'destination-changed',
    });
    expect(await start(ACME)).toMatchObject({ ok: true });
    expect(fake.local.assetPandaChoice).toBe(ACME);
    expect(sentTo(5)).toHaveLength(1);
    expect(sentTo(6)).toEqual([]); // the active tab of another organization was passed over
    expect(await currentDestination(await getSettings())).toMatchObject({
      origin: ACME,
      source: 'chosen',
    });
  });

  it('re-checks the address on every retry path: a changed address stops the transfer', async () => {
    fake.local.options = { assetPandaUrl: `${ACME}/` };
    fake.tabs = [{ id: 5, url: `${ACME}/`, active: true }];
    await start(ACME);
    const { id } = fake.session.transfer as { id: string };
    fake.local.options = { assetPandaUrl: `${GLOBEX}/` };

    await hello(5, `${ACME}/`); // the page reloaded: the resume path
    await transferHandlers['transfer/report']!(
      { transferId: id, step: 'sign-in', status: 'done' },
      page(5, `${ACME}/`),
    );
    expect(sentTo(5)).toHaveLength(1); // only the first step, before the change
    expect(sessionTransfer()).toMatchObject({
      status: 'failed',
      problem: { code: 'url-not-allowed' },
    });
  });

  it('re-checks the address before opening a new tab for a silent page', async () => {
    vi.useFakeTimers();
    fake.accepting = false; // a page open since before the extension: its script never answers
    fake.local.options = { assetPandaUrl: `${ACME}/` };
    fake.tabs = [{ id: 5, url: `${ACME}/`, active: true }];
    await start(ACME);
    fake.local.options = { assetPandaUrl: `${GLOBEX}/` };
    await vi.advanceTimersByTimeAsync(11_000);
    expect(fake.opened).toEqual([]);
    expect(sessionTransfer()).toMatchObject({ problem: { code: 'url-not-allowed' } });
  });
});

describe('a policy with no valid host (part 3)', () => {
  it('a host list with no valid entry allows no transfer', async () => {
    fake.managed = { allowedAssetPandaHosts: ['*', 'https://acme.assetpanda.app/'] };
    fake.tabs = [{ id: 5, url: `${ACME}/`, active: true }];
    expect(await currentDestination(await getSettings())).toEqual({
      origin: null,
      source: null,
      candidates: [],
    });
    expect(await start(ACME)).toEqual({ ok: false, error: 'policy-no-hosts' });
    expect(fake.sent).toEqual([]);
    expect(fake.opened).toEqual([]);
  });
});

describe('forged state (part 4)', () => {
  const planted = {
    id: 'planted',
    status: 'running',
    enableType: 'all',
    connectionName: 'Planted',
    domains: [],
    replaceExisting: true,
    origin: ACME,
    metadataBase64: Buffer.from('<planted/>').toString('base64'),
    fileName: 'Planted.xml',
    tabId: 5,
    step: 'metadata-file',
    waitingFor: null,
    problem: null,
    saveClickedAt: null,
    startedAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    steps: [],
  };

  it('a transfer record written into storage.local is never resumed', async () => {
    fake.local.options = { assetPandaUrl: `${ACME}/` };
    fake.local.transfer = planted;
    fake.tabs = [{ id: 5, url: `${ACME}/`, active: true }];
    watchTransfers();
    await hello(5, `${ACME}/`);
    await transferHandlers['transfer/report']!(
      { transferId: 'planted', step: 'metadata-file', status: 'done' },
      page(5, `${ACME}/`),
    );
    expect(fake.sent).toEqual([]);
    expect(fake.session.transfer).toBeUndefined();
  });

  it('a session record of the wrong shape reads as no transfer', async () => {
    fake.tabs = [{ id: 5, url: `${ACME}/`, active: true }];
    fake.session.transfer = { ...planted, saveClickedAt: 7 };
    fake.local.assetPandaChoice = ACME;
    watchTransfers();
    await hello(5, `${ACME}/`);
    expect(fake.sent).toEqual([]);
  });
});

describe('Forget everything (part 6)', () => {
  it('clears captures, transfer state, the pick and progress, and stops the transfer', async () => {
    fake.tabs = [{ id: 5, url: `${ACME}/`, active: true }];
    fake.local.portalCertificate = {
      appId: null,
      thumbprint: 'A'.repeat(40),
      metadataUrl: null,
      seenAt: new Date().toISOString(),
    };
    await start(ACME);
    expect(fake.local.captures).toHaveLength(1);
    expect(await forgetHandlers['data/forget']!({}, popup)).toMatchObject({ ok: true });
    expect(fake.session.transfer).toBeNull();
    for (const key of ['captures', 'progress', 'portalCertificate', 'assetPandaChoice'])
      expect(fake.local[key], key).toBeUndefined();
    expect(sentTo(5).at(-1)).toMatchObject({ command: 'transfer/stop' });
  });
});
