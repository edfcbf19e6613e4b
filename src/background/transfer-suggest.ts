// Domains the popup suggests for "Enable for selected domains", from what the portal content
// script reported (the addresses of the portal frames it runs in).

import { suggestDomains } from '../core/transfer-domains';
import { getSession } from './store';

export async function suggestedDomains(): Promise<string[]> {
  const frames = await getSession('frames');
  return suggestDomains(frames.map((frame) => frame.url));
}
