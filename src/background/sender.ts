// Establishes who sent a message from the browser's own `sender` record, never from the payload.
// Extension pages are recognised by origin and path; content scripts by the URL of their frame,
// which must be on a host their manifest entry matches. The portal's top document (frame 0, on a
// portal host, in a tab showing a portal host) is told apart from its other frames: only it may
// hand over metadata, since a ReactView frame or a portal page framed by another site is not
// where the admin reviews the certificate card.

import type { Runtime } from 'webextension-polyfill';
import { isAllowedAssetPandaUrl, isPortalFrameUrl, isPortalUrl } from '../core/hosts';
import type { Role } from '../core/messages';

const PAGE_ROLES: Record<string, Role> = {
  '/src/popup/index.html': 'popup',
  '/src/options/index.html': 'options',
};

/** `extensionBase` is `runtime.getURL('')`, e.g. `chrome-extension://<id>/`. */
export function roleOf(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionBase: string,
  assetPandaPatterns?: readonly string[],
  /** The configured Reply URL's Cognito origin, where the error-page script may run (issue 15). */
  errorPageOrigin?: string | null,
): Role | null {
  if (sender.id !== extensionId || !sender.url) return null;
  if (sender.url.startsWith(extensionBase)) {
    const path = '/' + (sender.url.slice(extensionBase.length).split(/[?#]/)[0] ?? '');
    return PAGE_ROLES[path] ?? null;
  }
  if (!sender.tab) return null; // content scripts always run in a tab
  if (isPortalFrameUrl(sender.url)) return isPortalTop(sender) ? 'portal-top' : 'portal';
  if (isAllowedAssetPandaUrl(sender.url, assetPandaPatterns)) return 'assetpanda';
  if (errorPageOrigin && originOf(sender.url) === errorPageOrigin) return 'errorpage';
  return null;
}

function originOf(href: string): string | null {
  try {
    return new URL(href).origin;
  } catch {
    return null;
  }
}

/** Frame 0 of a tab whose top-level address (as the browser reports it) is a portal host. */
function isPortalTop(sender: Runtime.MessageSender): boolean {
  const tabUrl = sender.tab?.url ?? sender.url ?? '';
  return sender.frameId === 0 && isPortalUrl(sender.url ?? '') && isPortalUrl(tabUrl);
}
