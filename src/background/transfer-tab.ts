// The Asset Panda Pro tab a transfer works in: an open tab on the transfer's origin, or a new one
// there. `tabs.query` with URL patterns works on the host permissions alone (no `tabs`
// permission), and returns only tabs the extension may see the address of.

import browser, { type Tabs } from 'webextension-polyfill';
import { isAllowedAssetPandaUrl, toMatchPattern } from '../core/hosts';
import type { Settings } from '../core/settings';

export type AssetPandaTab = Tabs.Tab & { id: number; url: string };

/** Open Asset Panda tabs on an allowed origin, best first: the active tab, then the latest. */
export async function openAssetPandaTabs(settings: Settings): Promise<AssetPandaTab[]> {
  const patterns = settings.assetPandaHostPatterns;
  if (!patterns.length) return [];
  const tabs = await browser.tabs.query({ url: patterns.map(toMatchPattern) });
  return tabs
    .filter(
      (tab): tab is AssetPandaTab =>
        tab.id !== undefined && !!tab.url && isAllowedAssetPandaUrl(tab.url, patterns),
    )
    .sort(
      (a, b) =>
        Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
    );
}

/**
 * The tab's address if it shows an Asset Panda page on `origin` (which must itself still be
 * allowed); null if the tab is closed or elsewhere (another organization's Asset Panda included).
 */
export async function urlOnOrigin(
  tabId: number,
  origin: string,
  settings: Settings,
): Promise<{ closed: boolean; url: string | null }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { closed: true, url: null };
  const url = tab.url ?? '';
  const ok =
    isAllowedAssetPandaUrl(url, settings.assetPandaHostPatterns) && originOf(url) === origin;
  return { closed: false, url: ok ? url : null };
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

export function originOf(href: string): string | null {
  try {
    return new URL(href).origin;
  } catch {
    return null;
  }
}
