// Establishes who sent a message from the browser's own `sender` record, never from the payload.
// Extension pages are recognised by origin and path; content scripts by the URL of their frame,
// which must be on a host their manifest entry matches.

import type { Runtime } from 'webextension-polyfill';
import { isAllowedAssetPandaUrl, isPortalFrameUrl } from '../core/hosts';
import type { Role } from '../core/messages';

const PAGE_ROLES: Record<string, Role> = {
  '/src/popup/index.html': 'popup',
  '/src/options/index.html': 'options',
};

export function roleOf(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
  assetPandaPatterns?: readonly string[],
): Role | null {
  if (sender.id !== extensionId || !sender.url) return null;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  if (url.origin === extensionOrigin) return PAGE_ROLES[url.pathname] ?? null;
  if (!sender.tab) return null; // content scripts always run in a tab
  if (isPortalFrameUrl(sender.url)) return 'portal';
  if (isAllowedAssetPandaUrl(sender.url, assetPandaPatterns)) return 'assetpanda';
  return null;
}
