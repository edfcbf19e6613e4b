// Portal content script start-up: runs from `document_start` in every frame of the portal hosts
// and the ReactView iframes. It stays small (budget: 15 KB gzipped before the guide
// opens): in the top frame it starts the metadata capture at once (the admin may click Download
// before the page settles, guide or no guide); then, once the page is idle, it works out where the
// admin is, reports the frame to the background, and loads the guide and its step engine only on
// enterprise-application pages (top frame) or inside ReactView panes.

import { isReactViewUrl } from '../../core/hosts';
import { onCommands } from '../../messaging/commands';
import { send } from '../../messaging/send';
import { listenForCapture } from './capture';
import { placeHere } from './place';

const isTop = window === window.top;
let guide: Promise<typeof import('./guide/mount')> | null = null;

/** Where the guide belongs: enterprise-application pages, and the ReactView panes inside them. */
function guideBelongsHere(): boolean {
  if (isTop) return placeHere().kind !== 'other';
  return window.name.endsWith('.ReactView') || isReactViewUrl(location.href);
}

/** Reports this frame and shows, updates or hides the guide for the current page. */
async function refresh(): Promise<boolean> {
  const reply = await send('frame/hello', {});
  if (!reply.ok) return false;
  if (guideBelongsHere() && !reply.progress.guide.dismissed) {
    guide ??= import('./guide/mount');
    (await guide).mountGuide(isTop, reply.progress, reply.profile);
    return true;
  }
  if (guide) (await guide).unmountGuide();
  return false;
}

onCommands({
  // Only the top frame shows the guide on request; a pane's guide follows the top one.
  'guide/show': () => (isTop ? refresh().then((shown) => ({ shown })) : undefined),
  'progress/changed': () => refresh().then((shown) => ({ shown })),
});

if (isTop) {
  listenForCapture();
  window.addEventListener('hashchange', () => void refresh());
}
// The rest starts when the document is parsed and the page idle: a blade busy rendering comes
// first (at most 2 s later).
function startWhenIdle(): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => void refresh(), { timeout: 2000 });
  else void refresh();
}
if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', startWhenIdle, { once: true });
else startWhenIdle();
