// Where the metadata may go (issue 14, part 2). Whoever controls the metadata an Asset Panda
// organization trusts can sign in there as anyone, so "any open Asset Panda tab" is not good
// enough: when options or policy name the organization's address, only that exact origin may
// receive it; when nothing is named, the admin picks the origin in the popup once and that choice
// is kept. The popup shows the destination beside "Send to Asset Panda", `transfer/start` carries
// the origin it showed, and every later step checks the transfer's origin again.

import { isAllowedAssetPandaUrl } from '../core/hosts';
import type { Destination } from '../core/messages';
import type { Settings } from '../core/settings';
import { getLocal } from './store';
import { openAssetPandaTabs, originOf } from './transfer-tab';

const isAllowedOrigin = (origin: string, settings: Settings) =>
  isAllowedAssetPandaUrl(`${origin}/`, settings.assetPandaHostPatterns) &&
  originOf(`${origin}/`) === origin;

/** The destination as the popup shows it, and the origins the admin may pick from. */
export async function currentDestination(settings: Settings): Promise<Destination> {
  if (settings.policyBlock) return { origin: null, source: null, candidates: [] };
  if (settings.organizationOrigin !== null)
    return { origin: settings.organizationOrigin, source: 'organization', candidates: [] };
  const [choice, tabs] = await Promise.all([
    getLocal('assetPandaChoice'),
    openAssetPandaTabs(settings),
  ]);
  const open = tabs.map((tab) => originOf(tab.url)).filter((o): o is string => o !== null);
  const candidates = [...new Set([...open, originOf(settings.assetPandaUrl) ?? ''])].filter(
    (origin) => isAllowedOrigin(origin, settings),
  );
  return choice !== null && isAllowedOrigin(choice, settings)
    ? { origin: choice, source: 'chosen', candidates }
    : { origin: null, source: null, candidates };
}

/** Whether `origin`, shown by the popup, may receive the metadata now (a new pick included). */
export function mayStartTo(origin: string, destination: Destination): boolean {
  return origin === destination.origin || destination.candidates.includes(origin);
}

/**
 * Whether a transfer to `origin` may go on: the origin is still allowed and still the one the
 * settings (or the admin's pick) name. Checked again before every step, retries included, so a
 * changed address or policy stops the transfer instead of sending elsewhere.
 */
export async function stillDestination(origin: string, settings: Settings): Promise<boolean> {
  if (settings.policyBlock || !isAllowedOrigin(origin, settings)) return false;
  if (settings.organizationOrigin !== null) return settings.organizationOrigin === origin;
  return (await getLocal('assetPandaChoice')) === origin;
}
