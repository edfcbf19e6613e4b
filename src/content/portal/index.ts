// Portal content script start-up: runs in every frame of the portal hosts and the ReactView
// iframes. It stays small (DESIGN.md budget: 15 KB gzipped before the guide opens): it works out
// where the admin is, reports the frame to the background, and loads the guide only when needed.

import browser, { type Runtime } from 'webextension-polyfill';
import { commandProblem } from '../../core/messages';
import { parsePortalRoute, placeOf } from '../../core/route';
import { send } from '../../messaging/send';

const isTop = window === window.top;
let guide: Promise<typeof import('./guide/mount')> | null = null;

/** Reports this frame and, in the top frame, shows or hides the guide for the current page. */
async function refresh(): Promise<boolean> {
  const reply = await send('frame/hello', { top: isTop });
  if (!reply.ok || !isTop) return false;
  const onEnterpriseApps = placeOf(parsePortalRoute(location.href)).kind !== 'other';
  if (onEnterpriseApps && !reply.progress.guide.dismissed) {
    guide ??= import('./guide/mount');
    (await guide).mountGuide(reply.progress);
    return true;
  }
  if (guide) (await guide).unmountGuide();
  return false;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || commandProblem(message)) return undefined;
  const { command } = message as { command: string };
  if (command === 'guide/show' && isTop) return refresh().then((shown) => ({ shown }));
  return undefined;
});

if (isTop) window.addEventListener('hashchange', () => void refresh());
void refresh();
