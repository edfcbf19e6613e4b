// @vitest-environment jsdom
// The popup's "Send to Asset Panda" (issue 14 part 1): it names the capture it shows by its
// SHA-256, and asks for an explicit yes before sending metadata whose certificate differs from
// the portal's card, that is not Entra's, or that belongs to another tenant or app.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent = vi.hoisted(() => [] as { type: string; payload: Record<string, unknown> }[]);
vi.mock('webextension-polyfill', () => ({
  default: {
    // The message key stands for its text.
    i18n: { getMessage: (key: string) => key },
    runtime: {
      sendMessage: async (message: { type: string; payload: Record<string, unknown> }) => {
        sent.push(message);
        return { ok: false, error: 'transfer-running' };
      },
    },
  },
}));

const { Transfer } = await import('../../../src/popup/Transfer');
const { inspectMetadata } = await import('../../../src/core/metadata/inspect');
const { bytesToBase64, sha256Hex } = await import('../../../src/core/bytes');
const { DEFAULT_SETTINGS } = await import('../../../src/core/settings');

const here = dirname(fileURLToPath(import.meta.url));
const bytes = new Uint8Array(readFileSync(join(here, '../../rehearsal/data/app-metadata.xml')));
const TENANT = '11394d0f-b180-4b91-86c3-bda58288ece0';
const APP = 'd2b4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d91';
const THUMBPRINT = '8809EEE8A5673985453F45C527FE2F1278069223';
const URL_OF = (app: string) =>
  `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${app}`;

const settled = () => act(() => new Promise((done) => setTimeout(done, 0)));

async function openWith(portal: { thumbprint: string; appId: string }) {
  const report = await inspectMetadata(bytes);
  if (!report.ok) throw new Error('the rehearsal metadata must pass');
  const state = {
    progress: { steps: {}, guide: { dismissed: false, collapsed: false } },
    captures: [
      {
        base64: bytesToBase64(bytes),
        fileName: 'a.xml',
        source: 'download' as const,
        appId: APP,
        capturedAt: new Date().toISOString(),
        report,
      },
    ],
    portalCertificate: { ...portal, metadataUrl: URL_OF(portal.appId), seenAt: '' },
    transfer: null,
    settings: DEFAULT_SETTINGS,
    suggestedDomains: [],
    words: { policy: {}, own: {} },
    mismatch: null,
    destination: {
      origin: 'https://acme.assetpanda.app',
      source: 'organization' as const,
      candidates: [],
    },
  };
  document.body.innerHTML = '<div id="app"></div>';
  await act(() => render(h(Transfer, { state, isTask: true }), document.getElementById('app')!));
  const all = document.querySelector<HTMLInputElement>('input[name="enableType"][value="all"]')!;
  await act(() => all.click());
  await act(() => document.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  await settled();
}

const press = async (name: string) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
  await act(() => button.click());
  await settled();
};
const starts = () => sent.filter((m) => m.type === 'transfer/start');

beforeEach(() => void (sent.length = 0));

describe('sending from the popup', () => {
  it('sends at once, naming the capture it showed by its SHA-256', async () => {
    await openWith({ thumbprint: THUMBPRINT, appId: APP });
    expect(document.querySelector('[data-testid="send-confirmation"]')).toBeNull();
    await vi.waitFor(() => expect(starts()).toHaveLength(1));
    expect(starts()[0]?.payload.captureSha256).toBe(await sha256Hex(bytes));
  });

  it('asks first when the certificate differs from the portal card and the app is another', async () => {
    await openWith({ thumbprint: 'AB'.repeat(20), appId: '00000000-0000-4000-8000-000000000000' });
    const concerns = [...document.querySelectorAll('[data-concern]')].map((li) =>
      li.getAttribute('data-concern'),
    );
    expect(concerns).toEqual(['thumbprint-differs', 'other-app']);
    expect(starts()).toHaveLength(0);
    await press('transferConfirmSend');
    await vi.waitFor(() => expect(starts()).toHaveLength(1));
  });

  it('sends nothing when the admin says no', async () => {
    await openWith({ thumbprint: 'AB'.repeat(20), appId: APP });
    await press('transferConfirmCancel');
    expect(document.querySelector('[data-testid="send-confirmation"]')).toBeNull();
    expect(starts()).toHaveLength(0);
  });
});
