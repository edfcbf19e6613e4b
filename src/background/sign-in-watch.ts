// The sign-in test's round trip (issue 15): the step is done when the admin arrives signed in on
// Asset Panda after signing in at Entra. The extension never runs on Microsoft's sign-in pages;
// its host access to login.microsoftonline.com (for the metadata URL) lets the browser tell it a
// tab's address there, and that is all it looks at: the tab went through Entra's SAML endpoint.

import browser from 'webextension-polyfill';
import { cameFromEntra, isEntraSamlUrl } from '../core/sign-in-round-trip';
import type { RequestContext } from './router';
import { getSettings } from './settings';
import { getLocal, getSession, setSession } from './store';
import { originOf } from './transfer-tab';

const MAX_VISITS = 20;

/**
 * Whether the Asset Panda page that asks is the end of a round trip: its tab went through Entra's
 * SAML endpoint lately, and it is the organization's Asset Panda (the address the settings name,
 * or the one the admin picked for the transfer) when either is known.
 */
export async function roundTripArrival({ tabId, url }: RequestContext): Promise<boolean> {
  if (tabId === null || !cameFromEntra(await getSession('entraVisits'), tabId, Date.now()))
    return false;
  const organization =
    (await getSettings()).organizationOrigin ?? (await getLocal('assetPandaChoice'));
  return organization === null || originOf(url) === organization;
}

export function watchEntraVisits(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url || !isEntraSamlUrl(change.url)) return;
    void (async () => {
      const visits = (await getSession('entraVisits')).filter((v) => v.tabId !== tabId);
      const next = [...visits, { tabId, at: new Date().toISOString() }].slice(-MAX_VISITS);
      await setSession('entraVisits', next);
    })();
  });
}
