// @vitest-environment jsdom
// The popup's transfer section and where it sends (issue 14, parts 2 and 3): the destination
// origin beside "Send to Asset Panda" and carried by `transfer/start`; an explicit pick when no
// address is set; and a policy that allows no host says so, with Send disabled.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { PopupState } from '../../../src/popup/state';

const sent = vi.hoisted(() => [] as { type: string; payload: Record<string, unknown> }[]);
vi.mock('webextension-polyfill', () => ({
  default: {
    // The message key stands for its text.
    i18n: { getMessage: (key: string) => key },
    runtime: {
      sendMessage: async (message: { type: string; payload: Record<string, unknown> }) => {
        sent.push(message);
        return { ok: false, error: 'test' };
      },
    },
  },
}));

const { Transfer } = await import('../../../src/popup/Transfer');
const { inspectMetadata } = await import('../../../src/core/metadata/inspect');
const { bytesToBase64 } = await import('../../../src/core/bytes');

// A capture to send: Send refuses with "no metadata" before it asks where to send.
const METADATA = new Uint8Array(
  readFileSync(
    join(dirname(fileURLToPath(import.meta.url)), '../../rehearsal/data/app-metadata.xml'),
  ),
);
const REPORT = await inspectMetadata(METADATA);
if (!REPORT.ok) throw new Error('the rehearsal metadata must pass');

const ACME = 'https://acme.assetpanda.app';
const STATE: PopupState = {
  progress: { steps: {}, guide: { dismissed: false, collapsed: false } },
  captures: [
    {
      base64: bytesToBase64(METADATA),
      fileName: 'a.xml',
      source: 'download',
      appId: null,
      capturedAt: '2026-12-07T08:00:00.000Z',
      report: REPORT,
    },
  ],
  portalCertificate: null,
  transfer: null,
  settings: DEFAULT_SETTINGS,
  suggestedDomains: [],
  words: { policy: {}, own: {} },
  mismatch: null,
  destination: { origin: ACME, source: 'organization', candidates: [] },
};

async function open(state: Partial<PopupState>): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="app"></div>';
  const app = document.getElementById('app')!;
  await act(() => render(h(Transfer, { state: { ...STATE, ...state }, isTask: true }), app));
  return app;
}

const button = (name: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

async function send(): Promise<void> {
  const radio = document.querySelector<HTMLInputElement>('input[name="enableType"][value="all"]')!;
  await act(() => radio.click());
  await act(() => button('transferSend').click());
}

beforeEach(() => void (sent.length = 0));

describe('where the popup sends', () => {
  it('shows the organization origin beside Send, and sends that origin', async () => {
    await open({});
    const destination = document.getElementById('transfer-destination')!;
    expect(destination.textContent).toBe(`transferDestination ${ACME}`);
    expect(button('transferSend').getAttribute('aria-describedby')).toBe('transfer-destination');
    await send();
    // Send hashes the capture first (crypto.subtle): waited for, not timed.
    await vi.waitFor(() =>
      expect(sent).toEqual([
        expect.objectContaining({
          type: 'transfer/start',
          payload: expect.objectContaining({ origin: ACME }),
        }),
      ]),
    );
  });

  it('with no address set, sends nothing until the admin picks an origin', async () => {
    await open({
      destination: { origin: null, source: null, candidates: [ACME, 'https://assetpanda.app'] },
    });
    await send();
    expect(sent).toEqual([]);
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(
      'transferDestinationMissing',
    );
    const pick = document.querySelector<HTMLInputElement>(
      `input[name="destination"][value="${ACME}"]`,
    )!;
    await act(() => pick.click());
    await send();
    await vi.waitFor(() => expect(sent.map((m) => m.payload.origin)).toEqual([ACME]));
  });

  it('says why when policy allows no Asset Panda host, and Send is disabled', async () => {
    await open({
      settings: { ...DEFAULT_SETTINGS, assetPandaHostPatterns: [], policyBlock: 'no-valid-hosts' },
      destination: { origin: null, source: null, candidates: [] },
    });
    expect(document.getElementById('transfer-destination')?.textContent).toBe(
      'transferPolicyNoHosts',
    );
    expect(document.getElementById('transfer-destination')?.getAttribute('role')).toBe('alert');
    expect(button('transferSend').disabled).toBe(true);
  });
});
