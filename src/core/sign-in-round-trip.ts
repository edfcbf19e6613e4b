// The sign-in test's round trip (issue 15), pure: which addresses are Entra's SAML endpoint, and
// whether a tab's visit there is recent enough to count for the sign-in it arrives from.

import type { EntraVisit } from './storage-schema';

/** Entra's SAML endpoint, `https://login.microsoftonline.com/<tenant>/saml2` (docs/cognito-entra-facts.md#sp-initiated-sign-in). */
const ENTRA_SAML = /^https:\/\/login\.microsoftonline\.com\/[^/?#]+\/saml2(?:[/?#]|$)/i;
/** Cognito gives a federated sign-in 5 minutes (docs/cognito-entra-facts.md#sign-in-time-limit); allow for typing. */
const ROUND_TRIP_MS = 10 * 60_000;

export function isEntraSamlUrl(href: string): boolean {
  return ENTRA_SAML.test(href);
}

/** Whether a visit of that tab to Entra is recent enough to count as this sign-in's. */
export function cameFromEntra(visits: readonly EntraVisit[], tabId: number, now: number): boolean {
  return visits.some((v) => v.tabId === tabId && now - Date.parse(v.at) <= ROUND_TRIP_MS);
}
