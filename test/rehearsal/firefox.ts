// Launches Debian's Firefox ESR with the built extension (dist/firefox) through puppeteer-core over
// WebDriver BiDi. Firefox has no host-resolver rules, so a PAC file sends all its traffic to a
// CONNECT proxy that tunnels the rehearsal hosts to the rehearsal server (the background's own
// fetches included) and refuses the rest. The same build output as the store zip, nothing patched,
// installed from a private copy so that a rebuild during the run cannot change it underfoot.
// Firefox runs with a HOME of its own (a temp dir), where a test can install a managed policy the
// way an administrator does on Linux: a `managed-storage` native manifest, which the extension
// reads through `storage.managed` (nothing is written outside the temp dir).

import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest-for';
import { startConnectProxy } from './connect-proxy';
import { requireBrowser, snapshotOfBuild, VIEWPORT } from './browser-setup';
import { REHEARSAL_HOSTS, type RehearsalServer } from './server';

export function firefoxPath(): string {
  return requireBrowser(process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr', {
    name: 'Firefox ESR',
    aptPackage: 'firefox-esr',
    envVar: 'FIREFOX_PATH',
  });
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's own origin, `moz-extension://<uuid>`. */
  extensionOrigin: string;
  /** A page of the extension (e.g. `src/popup/index.html`) in a new tab, once it has loaded. */
  extensionPage(path: string): Promise<Page>;
  /**
   * Installs `data` as the extension's managed policy (`storage.managed`), or removes it (null):
   * the native manifest `~/.mozilla/managed-storage/<id>.json` in Firefox's own HOME.
   */
  setManagedPolicy(data: Record<string, unknown> | null): void;
  close(): Promise<void>;
}

const READY_TIMEOUT = 15_000;

export interface FirefoxLaunchOptions {
  /** More preferences for this Firefox profile, on top of the rehearsal's own. */
  prefs?: Record<string, unknown>;
}

export async function launchFirefoxWithExtension(
  server: RehearsalServer,
  options: FirefoxLaunchOptions = {},
): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  const extensionDir = await snapshotOfBuild('firefox');
  const proxy = await startConnectProxy(REHEARSAL_HOSTS, server.port);
  const home = mkdtempSync(join(tmpdir(), 'firefox-home-'));
  const removeSnapshot = () => {
    rmSync(extensionDir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  };
  // moz-extension:// hosts are a per-profile random UUID. Firefox takes an add-on's UUID from
  // this pref when it has one, so the test picks it up front rather than scraping about:debugging.
  const uuid = randomUUID();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      defaultViewport: VIEWPORT,
      // Without system access, BiDi cannot open moz-extension:// pages (the tab stays about:blank).
      args: ['--remote-allow-system-access'],
      env: { ...process.env, HOME: home },
      extraPrefsFirefox: {
        'network.proxy.type': 2,
        'network.proxy.autoconfig_url': proxy.pacUrl,
        // Never fall back to a direct connection when the proxy is unreachable (e.g. at teardown).
        'network.proxy.failover_direct': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        ...options.prefs,
      },
    });
  } catch (error) {
    await proxy.close();
    removeSnapshot();
    throw error;
  }
  const close = async () => {
    try {
      await browser.close();
    } finally {
      // Even when Firefox is already gone: no proxy left listening, no copy left in the temp dir.
      await proxy.close();
      removeSnapshot();
    }
  };
  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== GECKO_ID)
      throw new Error(`Firefox installed the extension as ${installed}, expected ${GECKO_ID}`);
  } catch (error) {
    await close();
    throw error;
  }

  const extensionOrigin = `moz-extension://${uuid}`;
  return {
    browser,
    extensionOrigin,
    async extensionPage(path) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${path}`;
      // Extension pages fire no load event over BiDi, so this navigation never settles on its
      // own: start it, then poll the document. It rejects once the page closes; nothing awaits it.
      void page.goto(url).catch(() => undefined);
      await pollUntil(
        () => page.evaluate(() => [location.href, document.readyState] as const),
        ([href, state]) => href === url && state === 'complete',
        `${url} did not load in ${READY_TIMEOUT} ms (is the extension installed at ${extensionOrigin}?)`,
      );
      return page;
    },
    setManagedPolicy(data) {
      // Firefox looks the manifest up in $HOME/.mozilla/managed-storage on Linux (MDN: native
      // manifests, "Managed storage manifests").
      const dir = join(home, '.mozilla', 'managed-storage');
      const file = join(dir, `${GECKO_ID}.json`);
      if (!data) return rmSync(file, { force: true });
      mkdirSync(dir, { recursive: true });
      const manifest = { name: GECKO_ID, description: 'rehearsal policy', type: 'storage', data };
      writeFileSync(file, JSON.stringify(manifest));
    },
    close,
  };
}

/** Calls `read` until `done` holds for its value; a read that throws (mid-navigation) retries. */
async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  failure: string,
): Promise<T> {
  const deadline = Date.now() + READY_TIMEOUT;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && done(value)) return value;
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((tick) => setTimeout(tick, 50));
  }
}
