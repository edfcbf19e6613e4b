// Launches Debian's Chromium with the built extension (dist/chrome) through playwright-core, with
// every rehearsal host resolved to the local rehearsal server. Used by the e2e tests and the demo.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { distFolder, requireBrowser, requireBuiltExtension, VIEWPORT } from './browser-setup';
import { REHEARSAL_HOSTS, type RehearsalServer } from './server';

export const EXTENSION_DIR = distFolder('chrome');

export function chromiumPath(): string {
  return requireBrowser(process.env.CHROME_PATH ?? '/usr/bin/chromium', {
    name: 'Chromium',
    aptPackage: 'chromium',
    envVar: 'CHROME_PATH',
  });
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Uncaught page errors and console errors from every page and frame, for tests to assert on. */
  errors: string[];
  worker(): Promise<Worker>;
  extensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** The browser's UI language (what chrome.i18n follows), e.g. 'de'. */
  uiLanguage?: string;
  /** The built extension to load; default dist/chrome (the bench loads a snapshot of it). */
  extensionDir?: string;
}

/**
 * The launch options of every rehearsal Chromium. `extensionDir: null` gives the same browser with
 * no extension at all (the bench compares the two side by side, so only the extension may differ).
 */
export function rehearsalContextOptions(
  server: RehearsalServer,
  options: Omit<LaunchOptions, 'extensionDir'>,
  extensionDir: string | null,
): NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]> {
  const hostRules = [
    ...REHEARSAL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${server.port}`),
    // Anything else fails to resolve: no test can reach the internet.
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  const uiLanguage = options.uiLanguage ?? 'en';
  const extensionArgs = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : [];
  return {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    locale: uiLanguage,
    env: { ...process.env, LANGUAGE: uiLanguage, LANG: `${uiLanguage}.UTF-8` },
    viewport: VIEWPORT,
    args: [
      ...extensionArgs,
      `--host-resolver-rules=${hostRules}`,
      '--ignore-certificate-errors',
      `--lang=${uiLanguage}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/** Collects uncaught page errors and console errors from every page and frame of the context. */
export function watchPageErrors(context: BrowserContext): string[] {
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return errors;
}

export async function launchWithExtension(
  server: RehearsalServer,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const extensionDir = requireBuiltExtension(options.extensionDir ?? EXTENSION_DIR);
  const userDataDir = mkdtempSync(join(tmpdir(), 'sso-assistant-'));
  const context = await chromium.launchPersistentContext(
    userDataDir,
    rehearsalContextOptions(server, options, extensionDir),
  );
  const errors = watchPageErrors(context);

  const worker = async (): Promise<Worker> =>
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL((await worker()).url()).host;

  return {
    context,
    extensionId,
    errors,
    worker,
    async extensionPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
