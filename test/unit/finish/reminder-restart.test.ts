// The certificate reminders survive browser restarts (issue 15 part 5): the background keeps no
// schedule of its own, only the metadata and what was shown in storage, and plans again when the
// browser starts. Here a "restart" is what the browser does to the extension: a fresh background
// (modules loaded anew), its alarms gone (Chrome does not promise to keep them), storage kept, and
// the clock moved on while it was closed. Storage, alarms and the clock are stand-ins we control.

import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY } from '../../../src/core/reminders';

const browser = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  alarms: new Map<string, number>(),
  notifications: [] as string[],
  listeners: {} as Record<string, (...args: unknown[]) => void>,
}));

vi.mock('webextension-polyfill', () => {
  const event = (name: string) => ({
    addListener: (listener: (...args: unknown[]) => void) =>
      void (browser.listeners[name] = listener),
  });
  return {
    default: {
      storage: {
        local: {
          get: async (key: string) => ({ [key]: browser.local[key] }),
          set: async (items: Record<string, unknown>) => void Object.assign(browser.local, items),
        },
      },
      alarms: {
        clear: async (name: string) => browser.alarms.delete(name),
        create: async (name: string, { when }: { when: number }) =>
          void browser.alarms.set(name, when),
        onAlarm: event('alarm'),
      },
      notifications: {
        create: async (_id: string, { message }: { message: string }) =>
          void browser.notifications.push(message),
        onClicked: event('notificationClicked'),
      },
      runtime: {
        getURL: (path: string) => `chrome-extension://id/${path}`,
        onStartup: event('startup'),
        onInstalled: event('installed'),
      },
      // The message's placeholders, so a test can tell which reminder was shown.
      i18n: { getMessage: (key: string, subs: string[] = []) => [key, ...subs].join(' ') },
    },
  };
});

const METADATA = new Uint8Array(
  readFileSync(new URL('../../rehearsal/data/app-metadata.xml', import.meta.url)),
);
const ALARM = 'certificate-reminder';

/** The browser (re)starts at `now`: a fresh background, no alarms, storage as it was. */
async function startBrowser(now: number, event: 'startup' | 'installed' = 'startup') {
  vi.setSystemTime(now);
  vi.resetModules();
  browser.alarms.clear();
  browser.listeners = {};
  const { listenForReminders } = await import('../../../src/background/reminders');
  listenForReminders();
  browser.listeners[event]!();
  await settled();
}

/** Every stand-in answers at once (a microtask), so the listener's work is done by the next task. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** Storage as the popup left it after a capture of the rehearsal metadata. */
async function captureMetadata(): Promise<number> {
  const { inspectMetadata } = await import('../../../src/core/metadata/inspect');
  const { bytesToBase64 } = await import('../../../src/core/bytes');
  const report = await inspectMetadata(METADATA);
  if (!report.ok) throw new Error('the rehearsal metadata should be usable');
  browser.local.captures = [
    {
      base64: bytesToBase64(METADATA),
      fileName: 'Asset Panda.xml',
      source: 'file',
      appId: null,
      capturedAt: new Date(0).toISOString(),
      report,
    },
  ];
  return Math.max(...report.certificates.map((c) => Date.parse(c.notAfter)));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  browser.local = {};
  browser.notifications = [];
});
afterEach(() => vi.useRealTimers());

describe('certificate reminders across browser restarts', () => {
  it('a threshold passed while the browser was closed is shown at the next start, once; the next alarm is set again', async () => {
    const expiry = await captureMetadata();

    await startBrowser(expiry - 60 * DAY, 'installed');
    expect(browser.alarms.get(ALARM)).toBe(expiry - 30 * DAY);
    expect(browser.notifications).toEqual([]);

    // Closed for six weeks: the alarm never fired, and the browser forgot it.
    await startBrowser(expiry - 20 * DAY);
    expect(browser.notifications).toEqual([
      `reminderMessage 20 ${new Date(expiry).toISOString().slice(0, 10)}`,
    ]);
    expect(browser.alarms.get(ALARM)).toBe(expiry - 7 * DAY);

    // Another restart before the next threshold: nothing shown twice, the same alarm again.
    await startBrowser(expiry - 19 * DAY);
    expect(browser.notifications).toHaveLength(1);
    expect(browser.alarms.get(ALARM)).toBe(expiry - 7 * DAY);

    // The alarm fires in a running browser: the 7-day reminder, then the 1-day alarm.
    vi.setSystemTime(expiry - 7 * DAY);
    browser.listeners.alarm!({ name: ALARM });
    await settled();
    expect(browser.notifications).toHaveLength(2);
    expect(browser.alarms.get(ALARM)).toBe(expiry - DAY);
  });

  it('turned off, a restart sets no alarm and shows nothing', async () => {
    const expiry = await captureMetadata();
    browser.local.reminders = { enabled: false, shown: null };
    await startBrowser(expiry - 3 * DAY);
    expect(browser.alarms.has(ALARM)).toBe(false);
    expect(browser.notifications).toEqual([]);
  });
});
