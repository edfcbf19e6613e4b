// The background's metadata intake (issue 12 part 5/6, issue 14 parts 1, 5 and 6): the metadata
// URL is fetched without following redirects, retried while Entra answers 404, accepted on
// login.windows.net; metadata messages count only from the portal's top frame; and a transfer
// sends only the capture the popup showed. Extension storage is a plain in-memory stand-in.

import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const storage = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  session: {} as Record<string, unknown>,
}));
vi.mock('webextension-polyfill', () => {
  const area = (name: 'local' | 'session') => ({
    get: async (key: string) => ({ [key]: storage[name][key] }),
    set: async (items: Record<string, unknown>) => void Object.assign(storage[name], items),
  });
  return {
    default: {
      storage: {
        local: area('local'),
        session: area('session'),
        managed: { get: async () => ({}) },
      },
      alarms: { clear: async () => true, create: async () => undefined },
      tabs: {
        query: async () => [],
        sendMessage: async () => null,
        create: async () => ({ id: 9 }),
      },
    },
  };
});

const { fetchMetadataUrl } = await import('../../../src/background/metadata');
const { transferHandlers } = await import('../../../src/background/transfer');
const { roleOf } = await import('../../../src/background/sender');
const { requestProblem } = await import('../../../src/core/messages');
const { parseMetadataUrl, buildMetadataUrl } = await import('../../../src/core/metadata-url');
const { inspectMetadata } = await import('../../../src/core/metadata/inspect');
const { bytesToBase64, sha256Hex } = await import('../../../src/core/bytes');

const TENANT = '11394d0f-b180-4b91-86c3-bda58288ece0';
const APP = 'd2b4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d91';
const URL_MS = `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${APP}`;
const METADATA = new Uint8Array(
  readFileSync(new URL('../../rehearsal/data/app-metadata.xml', import.meta.url)),
);
const NO_WAIT = [0, 0, 0, 0];

/** A stand-in for the network: each request recorded; `answer` says what each address returns. */
function network(answer: (url: string, attempt: number) => Response | { redirectTo: string }) {
  const requests: string[] = [];
  const fetchStub = vi.fn(async (input: string, init?: RequestInit) => {
    let url = input;
    for (;;) {
      requests.push(url);
      const reply = answer(url, requests.filter((r) => r === url).length);
      if (reply instanceof Response) return reply;
      // What a browser does with a redirect: follow it, unless told `redirect: 'error'`.
      if (init?.redirect === 'error') throw new TypeError('Failed to fetch: redirect refused');
      url = reply.redirectTo;
    }
  });
  vi.stubGlobal('fetch', fetchStub);
  return { requests, fetchStub };
}

beforeEach(() => {
  storage.local = {};
  storage.session = {};
});
afterEach(() => vi.unstubAllGlobals());

describe('fetching the App Federation Metadata Url', () => {
  it('sends no request to another host when the metadata URL redirects there', async () => {
    const { requests } = network((url) =>
      url.startsWith('https://login.microsoftonline.com/')
        ? { redirectTo: 'https://attacker.example/metadata.xml' }
        : new Response(METADATA),
    );
    const outcome = await fetchMetadataUrl(URL_MS, NO_WAIT);
    expect(outcome).toMatchObject({ error: 'unreachable' });
    expect(requests.some((r) => !r.startsWith('https://login.microsoftonline.com/'))).toBe(false);
    expect(storage.local.captures).toBeUndefined();
  });

  it('retries while the endpoint answers 404 (Entra catching up), then keeps the document', async () => {
    const { requests } = network((_url, attempt) =>
      attempt < 3 ? new Response('', { status: 404 }) : new Response(METADATA),
    );
    const outcome = await fetchMetadataUrl(URL_MS, NO_WAIT);
    expect(outcome).toMatchObject({ metadata: { source: 'url', appId: APP } });
    expect(requests).toEqual([URL_MS, URL_MS, URL_MS]);
  });

  it('gives up after its bounded retries', async () => {
    const { requests } = network(() => new Response('', { status: 404 }));
    expect(await fetchMetadataUrl(URL_MS, [0, 0])).toEqual({ error: 'unreachable', status: 404 });
    expect(requests).toHaveLength(3);
  });

  it('takes an address on login.windows.net and fetches it from login.microsoftonline.com', async () => {
    const { requests } = network(() => new Response(METADATA));
    const old = URL_MS.replace('login.microsoftonline.com', 'login.windows.net');
    expect(parseMetadataUrl(old)).toEqual({ url: URL_MS, tenant: TENANT, appId: APP });
    await fetchMetadataUrl(old, NO_WAIT);
    expect(requests).toEqual([URL_MS]);
  });

  it('refuses other hosts, and builds the address from a tenant and an appId', () => {
    expect(parseMetadataUrl(URL_MS.replace('login.microsoftonline.com', 'login.example.com'))).toBe(
      null,
    );
    expect(buildMetadataUrl(TENANT, APP)).toBe(URL_MS);
    expect(buildMetadataUrl('../evil', APP)).toBe(null);
  });
});

describe('who may hand over metadata', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const ORIGIN = `chrome-extension://${ID}/`;
  const tab = (url: string) => ({
    id: 7,
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
    url,
  });
  const portal = 'https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade';
  const captured = {
    type: 'metadata/captured',
    payload: { base64: 'PHg+', fileName: 'a.xml', appId: null },
  };

  it('the portal top frame of a portal tab', () => {
    const role = roleOf({ id: ID, url: portal, frameId: 0, tab: tab(portal) }, ID, ORIGIN);
    expect(role).toBe('portal-top');
    expect(requestProblem(captured, role)).toBeNull();
  });

  it('not a ReactView frame', () => {
    const role = roleOf(
      {
        id: ID,
        url: 'https://sandbox-1.reactblade.portal.azure.net/',
        frameId: 3,
        tab: tab(portal),
      },
      ID,
      ORIGIN,
    );
    expect(role).toBe('portal');
    expect(requestProblem(captured, role)).toBe('sender-not-allowed');
    expect(requestProblem({ type: 'portal/certificate-seen', payload: {} }, role)).toBe(
      'sender-not-allowed',
    );
  });

  it('not a portal frame embedded in another site', () => {
    const role = roleOf(
      { id: ID, url: portal, frameId: 2, tab: tab('https://www.example.com/') },
      ID,
      ORIGIN,
    );
    expect(role).toBe('portal');
    expect(requestProblem(captured, role)).toBe('sender-not-allowed');
    expect(requestProblem({ type: 'metadata/fetch-url', payload: { url: URL_MS } }, role)).toBe(
      'sender-not-allowed',
    );
  });

  it('not a top frame whose tab shows another site', () => {
    expect(
      roleOf({ id: ID, url: portal, frameId: 0, tab: tab('https://www.example.com/') }, ID, ORIGIN),
    ).toBe('portal');
  });
});

describe('transfer/start', () => {
  const start = transferHandlers['transfer/start']!;
  const ctx = { role: 'popup' as const, tabId: null, frameId: null, url: '' };
  const choice = {
    enableType: 'all' as const,
    connectionName: 'Microsoft Entra ID',
    domains: [],
    origin: 'https://assetpanda.app', // the default address: a destination the popup offers
  };

  /** Stores `bytes` as the capture, with the report of the good document (a planted one claims so). */
  async function storeCapture(bytes: Uint8Array): Promise<void> {
    const report = await inspectMetadata(METADATA);
    storage.local.captures = [
      {
        base64: bytesToBase64(bytes),
        fileName: 'a.xml',
        source: 'download',
        appId: APP,
        capturedAt: new Date().toISOString(),
        report,
      },
    ];
  }

  it('refuses with capture-changed when the stored capture is not the one the popup showed', async () => {
    await storeCapture(METADATA);
    const other = await sha256Hex(new TextEncoder().encode('<other/>'));
    expect(await start({ ...choice, captureSha256: other }, ctx)).toEqual({
      ok: false,
      error: 'capture-changed',
    });
    expect(storage.session.transfer).toBeUndefined();
  });

  it('checks the bytes again before sending: stored garbage is refused', async () => {
    const planted = new TextEncoder().encode('<EntityDescriptor/>');
    await storeCapture(planted);
    expect(await start({ ...choice, captureSha256: await sha256Hex(planted) }, ctx)).toEqual({
      ok: false,
      error: 'metadata-refused',
    });
    expect(storage.session.transfer).toBeUndefined();
  });

  it('starts with the hash of the capture shown', async () => {
    await storeCapture(METADATA);
    const reply = await start({ ...choice, captureSha256: await sha256Hex(METADATA) }, ctx);
    expect(reply).toMatchObject({
      ok: true,
      transfer: { metadataBase64: bytesToBase64(METADATA) },
    });
  });
});
