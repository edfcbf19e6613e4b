// The Asset Panda Pro tab a transfer works in: an open tab on an allowed origin, or a new one at the
// configured address. `tabs.query` with URL patterns works on the host permissions alone (no `tabs`
// permission), and returns only tabs the extension may see the address of.

import browser, { type Tabs } from 'webextension-polyfill';
import { isAllowedAssetPandaUrl, toMatchPattern } from '../core/hosts';
import type { Settings } from '../core/settings';

export type AssetPandaTab = Tabs.Tab & { id: number; url: string };

/** Open Asset Panda tabs, best first: the configured organization, the active tab, the latest. */
export async function openAssetPandaTabs(settings: Settings): Promise<AssetPandaTab[]> {
  const patterns = settings.assetPandaHostPatterns;
  const tabs = await browser.tabs.query({ url: patterns.map(toMatchPattern) });
  const configuredHost = hostOf(settings.assetPandaUrl);
  const score = (tab: AssetPandaTab) =>
    (hostOf(tab.url) === configuredHost ? 4 : 0) + (tab.active ? 2 : 0);
  return tabs
    .filter(
      (tab): tab is AssetPandaTab =>
        tab.id !== undefined && !!tab.url && isAllowedAssetPandaUrl(tab.url, patterns),
    )
    .sort((a, b) => score(b) - score(a) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
}

/** The tab's address if it is an Asset Panda page on an allowed origin; null if closed or elsewhere. */
export async function allowedUrlOf(
  tabId: number,
  settings: Settings,
): Promise<{ closed: boolean; url: string | null }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { closed: true, url: null };
  const url = tab.url && isAllowedAssetPandaUrl(tab.url, settings.assetPandaHostPatterns);
  return { closed: false, url: url ? (tab.url ?? null) : null };
}

export async function openTab(url: string): Promise<number | null> {
  const tab = await browser.tabs.create({ url, active: true });
  return tab.id ?? null;
}

/**
 * Brings the tab to the front: the page is filled as a person would fill it, in plain view, and a
 * page in a hidden tab gets no animation frames to react in.
 */
export async function showTab(tab: Tabs.Tab): Promise<void> {
  // Already in front (the admin opened the popup over it): leave the window and popup as they are.
  if (tab.id === undefined || tab.active) return;
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

function hostOf(href: string): string | null {
  try {
    return new URL(href).hostname;
  } catch {
    return null;
  }
}
