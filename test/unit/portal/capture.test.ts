// @vitest-environment jsdom
// The metadata capture in the portal's top frame (issue 12 part 5, issue 14 part 1), on the saved
// rehearsal SAML page: armed only by the admin's own (trusted) click in the certificate card; a
// `data:` download that follows is handed over byte for byte, even when the Download control
// cannot be located; with no readable download, the App Federation Metadata Url is fetched (the
// card's, or one built from the route when the card shows none). jsdom cannot make a trusted
// event, so the test names which events count as the admin's.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';

const sent = vi.hoisted(() => [] as { type: string; payload: Record<string, unknown> }[]);
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (message: { type: string; payload: Record<string, unknown> }) => {
        sent.push(message);
        if (message.type === 'metadata/captured')
          return { ok: true, report: { ok: true }, metadata: {} };
        return { ok: true };
      },
    },
  },
}));

const { FALLBACK_AFTER_MS } = await import('../../../src/content/portal/capture');
const { locate } = await import('../../../src/content/dom/locate');
const { PORTAL } = await import('../../../src/content/portal/site/locators');

const TENANT = '11394d0f-b180-4b91-86c3-bda58288ece0';
const SP = 'a5e7c0d2-4b1f-4c3e-8f6a-2d9b7e1c3f40';
const APP = 'd2b4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d91';
const SIGN_ON = `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${SP}/appId/${APP}/preferredSingleSignOnMode/saml/servicePrincipalType/Application/fromNav/`;
const CARD_URL = `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${APP}`;
// Paths, not URLs: under the jsdom environment `URL` is jsdom's.
const here = dirname(fileURLToPath(import.meta.url));
const page = readFileSync(join(here, '../fixtures/portal/saml-page-correct.en.html'), 'utf8');
const METADATA = readFileSync(join(here, '../../rehearsal/data/app-metadata.xml'));

const trusted = new WeakSet<Event>();
let stop: () => void = () => undefined;
/** The capture's reads of download URLs. */
let reads: MockInstance<typeof fetch>;

beforeEach(async () => {
  sent.length = 0;
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    page,
    'text/html',
  ).documentElement.innerHTML;
  history.replaceState(null, '', `/${SIGN_ON}`);
  // jsdom lays nothing out: everything present counts as shown.
  vi.spyOn(Element.prototype, 'getClientRects').mockReturnValue([
    { width: 10, height: 10 },
  ] as unknown as DOMRectList);
  // The portal's own links are `href="#"` with a script behind them (it prevents the default).
  document.body.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a[href="#"]')) e.preventDefault();
  });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // Afresh for each test: the capture remembers the card it last reported.
  vi.resetModules();
  const { listenForCapture } = await import('../../../src/content/portal/capture');
  await import('../../../src/content/portal/capture-card'); // loaded, as after a first click
  reads = vi.spyOn(globalThis, 'fetch');
  stop = listenForCapture((event) => trusted.has(event));
});

afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function click(element: Element, asAdmin: boolean): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  if (asAdmin) trusted.add(event);
  element.dispatchEvent(event);
}

const downloadLink = () =>
  document.querySelector('a[aria-label="Download Federation Metadata XML"]')!;

/** What the portal's script does after the click: a `data:` anchor, attached and clicked. */
function scriptDownload(bytes: Buffer, fileName = 'Asset Panda.xml'): void {
  const anchor = document.createElement('a');
  anchor.download = fileName;
  anchor.href = `data:text/xml;base64,${bytes.toString('base64')}`;
  anchor.addEventListener('click', (e) => e.preventDefault()); // jsdom cannot save files
  document.body.append(anchor);
  click(anchor, false);
  anchor.remove();
}

const types = () => sent.map((m) => m.type).filter((t) => t !== 'portal/certificate-seen');

/** Past the fallback delay and the download window, with every read and message done. */
async function afterFallback(): Promise<void> {
  await vi.advanceTimersByTimeAsync(FALLBACK_AFTER_MS + 20_000);
  await Promise.allSettled(reads.mock.results.map((result) => result.value as Promise<unknown>));
  for (let i = 0; i < 10; i += 1) await new Promise((done) => setImmediate(done));
}

describe('metadata capture', () => {
  it("stores nothing after a page script's click() on Download and a script-made download", async () => {
    click(downloadLink(), false);
    scriptDownload(Buffer.from('<EntityDescriptor>planted</EntityDescriptor>'));
    await afterFallback();
    expect(reads).not.toHaveBeenCalled();
    expect(types()).toEqual([]);
  });

  it("hands over the admin's download byte for byte, and fetches nothing", async () => {
    click(downloadLink(), true);
    scriptDownload(METADATA);
    await vi.waitFor(() => expect(types()).toContain('metadata/captured'));
    const captured = sent.find((m) => m.type === 'metadata/captured')!;
    expect(Buffer.from(captured.payload.base64 as string, 'base64').equals(METADATA)).toBe(true);
    expect(captured.payload).toMatchObject({ fileName: 'Asset Panda.xml', appId: APP });
    await afterFallback();
    expect(types()).toEqual(['metadata/captured']);
  });

  it('captures a Download that cannot be located (a plain fxclick element, not a link)', async () => {
    const plain = document.createElement('span');
    plain.className = 'fxs-fxclick';
    plain.textContent = 'Download';
    downloadLink().replaceWith(plain);
    expect(locate(PORTAL.downloadMetadata)).toBeNull();
    click(plain, true);
    scriptDownload(METADATA);
    await vi.waitFor(() => expect(types()).toEqual(['metadata/captured']));
  });

  it("fetches the card's metadata URL when no readable download follows (a detached anchor)", async () => {
    click(downloadLink(), true);
    await afterFallback();
    await vi.waitFor(() => expect(types()).toEqual(['metadata/fetch-url']));
    expect(sent.find((m) => m.type === 'metadata/fetch-url')?.payload).toEqual({ url: CARD_URL });
  });

  it('builds the metadata URL from the route when the card shows none', async () => {
    document.querySelector('input[aria-label="App Federation Metadata Url"]')!.remove();
    history.replaceState(null, '', `/${TENANT}/${SIGN_ON}`);
    click(downloadLink(), true);
    await afterFallback();
    await vi.waitFor(() => expect(types()).toEqual(['metadata/fetch-url']));
    expect(sent.find((m) => m.type === 'metadata/fetch-url')?.payload).toEqual({ url: CARD_URL });
  });

  it('reports the card it was armed in, with the admin address for domain suggestions', async () => {
    click(downloadLink(), true);
    await vi.waitFor(() =>
      expect(sent.find((m) => m.type === 'portal/certificate-seen')?.payload).toEqual({
        appId: APP,
        thumbprint: '8809EEE8A5673985453F45C527FE2F1278069223',
        metadataUrl: CARD_URL,
        notificationEmail: 'admin@contoso.onmicrosoft.com',
      }),
    );
  });

  it("ignores the admin's click outside the certificate card", async () => {
    const editBasic = document.querySelector('[aria-label="Edit Basic SAML Configuration"]');
    click(editBasic!, true);
    scriptDownload(METADATA);
    await afterFallback();
    expect(reads).toHaveBeenCalledTimes(1); // read, and then judged not the certificate's
    expect(types()).toEqual([]);
  });

  it('fetches nothing after a click on another row of the card (Certificate (Raw))', async () => {
    click(document.querySelector('a[aria-label="Download Certificate (Raw)"]')!, true);
    await afterFallback();
    expect(types()).toEqual([]);
  });
});
