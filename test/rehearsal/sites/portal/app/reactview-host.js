// The shell side of a ReactView (reference §3.2): the view runs in `<iframe name="<View>.ReactView">`
// from the sandbox origin `https://sandbox-1.reactblade.portal.azure.net`, and talks to the shell only
// through postMessage. Both sides check who is talking: here the message must come from this iframe's
// window and from a `*.reactblade[-ms|-rc].portal.azure.net` origin (the origin pattern of §1).
//
// Protocol (the portal's own bridge is not public; this one is the rehearsal's):
//   frame → shell  { source: 'rehearsal-reactview', type: 'ready', view }
//   shell → frame  { source: 'rehearsal-portal', type: 'load', view, lang, labels, data }
//   frame → shell  { source: 'rehearsal-reactview', type: 'validate' | 'save', requestId, data }
//   shell → frame  { source: 'rehearsal-portal', type: 'validated' | 'saved', requestId, ok, result }

import { h } from './dom.js';
import { env, dialectB } from './env.js';
import { allLabels } from './labels.js';

export const REACTBLADE_ORIGIN = 'https://sandbox-1.reactblade.portal.azure.net';
const REACTBLADE_ORIGIN_PATTERN = /^https:\/\/[^/]+\.reactblade(?:-ms|-rc)?\.portal\.azure\.net$/;

/**
 * Puts a ReactView into `container`. `data` goes to the view on load; `handlers.validate(data)` and
 * `handlers.save(data)` answer the view's requests (a thrown error answers `ok: false`).
 */
export function mountReactView(container, { view, title, signal, data, handlers }) {
  const src =
    `${REACTBLADE_ORIGIN}/?trustedAuthority=${encodeURIComponent(location.origin)}` +
    `&l=${encodeURIComponent(env.lang)}${dialectB ? '&dialect=b' : ''}#${view}.ReactView`;
  const frame = h('iframe', {
    class: 'fxs-reactview-frame',
    name: `${view}.ReactView`,
    title,
    src,
    sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-downloads',
  });
  const post = (message) =>
    frame.contentWindow?.postMessage({ source: 'rehearsal-portal', ...message }, REACTBLADE_ORIGIN);

  const onMessage = async (event) => {
    if (event.source !== frame.contentWindow || !REACTBLADE_ORIGIN_PATTERN.test(event.origin))
      return;
    const message = event.data;
    if (!message || message.source !== 'rehearsal-reactview' || typeof message.type !== 'string')
      return;
    if (message.type === 'ready') {
      post({ type: 'load', view, lang: env.lang, labels: allLabels(), data });
      return;
    }
    const handler = { validate: handlers.validate, save: handlers.save }[message.type];
    if (!handler) return;
    const reply = message.type === 'validate' ? 'validated' : 'saved';
    try {
      const result = await handler(message.data);
      post({ type: reply, requestId: message.requestId, ok: true, result });
    } catch (error) {
      post({
        type: reply,
        requestId: message.requestId,
        ok: false,
        result: String(error?.message ?? error),
      });
    }
  };
  window.addEventListener('message', onMessage);
  signal.addEventListener('abort', () => window.removeEventListener('message', onMessage));
  container.append(frame);
  return frame;
}

/** A context pane whose content is a ReactView (the shell keeps the header with title and X). */
export function openReactViewPane(shell, { view, title, data, handlers, size = 'medium' }) {
  return shell.openPane(
    (pane) => {
      pane.setTitle(title);
      pane.content.classList.add('fxs-reactview-content');
      mountReactView(pane.content, { view, title, signal: pane.signal, data, handlers });
    },
    { size },
  );
}
