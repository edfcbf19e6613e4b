// Shared set-up for e2e files: one rehearsal server and one browser (Chromium, or Firefox ESR) with
// the built extension per file, and helpers that wait on conditions (never on fixed sleeps).

import { readFileSync } from 'node:fs';
import type { Download, Frame, Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import {
  launchWithExtension,
  type ExtensionBrowser,
  type LaunchOptions,
} from '../rehearsal/chromium';
import {
  launchFirefoxWithExtension,
  type FirefoxLaunchOptions,
  type FirefoxWithExtension,
} from '../rehearsal/firefox';
import { startRehearsalServer, type RehearsalServer } from '../rehearsal/server';

// The browser's own extension API, as seen by code these helpers evaluate inside the browser.
declare const chrome: {
  storage: Record<'local' | 'session', { get(key: string): Promise<Record<string, unknown>> }>;
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

export interface Rig {
  server: RehearsalServer;
  browser: ExtensionBrowser;
}

/** Starts the server and browser before the file's tests and closes both after. */
export function useRig(options: LaunchOptions = {}): Rig {
  const rig = {} as Rig;
  beforeAll(async () => {
    rig.server = await startRehearsalServer();
    rig.browser = await launchWithExtension(rig.server, options);
  });
  afterAll(async () => {
    await rig.browser?.close();
    await rig.server?.close();
  });
  return rig;
}

export interface FirefoxRig {
  server: RehearsalServer;
  firefox: FirefoxWithExtension;
}

/** The same with Firefox ESR: server and Firefox start before the file's tests, close after. */
export function useFirefoxRig(options: FirefoxLaunchOptions = {}): FirefoxRig {
  const rig = {} as FirefoxRig;
  beforeAll(async () => {
    rig.server = await startRehearsalServer();
    rig.firefox = await launchFirefoxWithExtension(rig.server, options);
  });
  afterAll(async () => {
    await rig.firefox?.close();
    await rig.server?.close();
  });
  return rig;
}

/** Reads one key of the extension's session or local storage through its service worker. */
export async function extensionStorage(
  worker: Worker,
  area: 'local' | 'session',
  key: string,
): Promise<unknown> {
  return worker.evaluate(
    async ([a, k]) => (await chrome.storage[a as 'local' | 'session'].get(k))[k],
    [area, key] as const,
  );
}

/** Sends a raw message from an extension page, as if it came from that page. */
export async function sendFrom(page: Page | Frame, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

export const GUIDE = '[data-sso-assistant="guide"]';

/** The Enterprise applications list, where the guide appears on its own in both admin centers. */
export const APPS_ROUTE =
  '#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview';

/**
 * Stops the extension's service worker, as Chrome does when it has been idle, and resolves once it
 * is stopped. It goes through the DevTools protocol of an extension page, which shares the worker's
 * storage partition (a restart of the extension would not do: it drops its state and listeners).
 */
export async function stopExtensionServiceWorker(extensionPage: Page): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/**
 * Each test starts from a fresh setup (the popup's "Start over"; optionally without captured
 * metadata) and ends with every page closed — a page left open by a failed test would keep
 * reporting its own progress into the next — and with no error in any page or frame.
 */
export function freshSetupEachTest(rig: Rig, options: { forgetCaptures?: boolean } = {}): void {
  beforeEach(async () => {
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    await expect(sendFrom(popup, { type: 'progress/reset', payload: {} })).resolves.toMatchObject({
      ok: true,
    });
    if (options.forgetCaptures) await popup.evaluate('chrome.storage.local.remove("captures")');
    await popup.close();
  });
  afterEach(async () => {
    await Promise.all(rig.browser.context.pages().map((p) => p.close()));
    expect(rig.browser.errors).toEqual([]);
    rig.browser.errors.length = 0;
  });
}

/** Runs `act` and collects `count` downloads the page starts, with their names and text. */
export async function downloads(
  page: Page,
  count: number,
  act: () => Promise<void>,
): Promise<{ name: string; text: string }[]> {
  const seen: Download[] = [];
  const all = new Promise<void>((resolve) => {
    const on = (d: Download) => {
      seen.push(d);
      if (seen.length === count) {
        page.off('download', on);
        resolve();
      }
    };
    page.on('download', on);
  });
  await act();
  await all;
  return Promise.all(
    seen.map(async (d) => ({
      name: d.suggestedFilename(),
      text: readFileSync(await d.path(), 'utf8'),
    })),
  );
}
