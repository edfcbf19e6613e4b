// The two Chromiums a side-by-side measurement compares: one with the built extension (the e2e
// tests' launcher) and one launched with exactly the same options but no extension.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
  launchWithExtension,
  rehearsalContextOptions,
  watchPageErrors,
} from '../../test/rehearsal/chromium';
import type { RehearsalServer } from '../../test/rehearsal/server';
import type { BenchBrowser, BrowserPair } from './types';

export interface OpenPair extends BrowserPair {
  close(): Promise<void>;
}

export async function launchPair(server: RehearsalServer, extensionDir: string): Promise<OpenPair> {
  const withExtension = await launchWithExtension(server, { headless: true, extensionDir });
  try {
    const withoutExtension = await launchWithoutExtension(server);
    return {
      withExtension,
      withoutExtension,
      async close() {
        await Promise.allSettled([withExtension.close(), withoutExtension.close()]);
      },
    };
  } catch (error) {
    await withExtension.close();
    throw error;
  }
}

async function launchWithoutExtension(
  server: RehearsalServer,
): Promise<BenchBrowser & { close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sso-assistant-bench-'));
  const context = await chromium.launchPersistentContext(
    userDataDir,
    rehearsalContextOptions(server, { headless: true }, null),
  );
  return {
    context,
    errors: watchPageErrors(context),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A page in a window of its own. Pages measured side by side in one browser must each be the
 * front tab of their window: of three tabs in one window, the front one painted at the full frame
 * rate and the others did not (the same page cost 773 ms of CPU in front, 520 ms behind).
 * Open one at a time: the window is known only as the next page the context sees.
 */
export async function newWindow(context: BrowserContext): Promise<Page> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser-wide DevTools session to open a window with');
  const session = await browser.newBrowserCDPSession();
  try {
    const opened = context.waitForEvent('page');
    await session.send('Target.createTarget', { url: 'about:blank', newWindow: true });
    return await opened;
  } finally {
    await session.detach();
  }
}

/** The browser's one tab (a persistent context opens with one), so no second tab competes with it. */
export async function onlyPage(browser: BenchBrowser): Promise<Page> {
  return browser.context.pages()[0] ?? (await browser.context.newPage());
}
