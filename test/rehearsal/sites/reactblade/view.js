// Bootstraps a rehearsal ReactView inside the sandbox iframe (reference §3.2): splash, then
// `div.fxs-progress-dots` until the shell has sent the view its data, then the Fluent UI content. Talks
// to the shell only by postMessage and only with the origin named in `trustedAuthority`, which must be
// one of the portal shells; every message is checked for that origin and for coming from the parent.
// The protocol is described in the portal site's reactview-host.js and README.

import { createRoot } from './react-lite.js';

const SHELL_ORIGIN =
  /^https:\/\/(?:[a-z0-9-]+\.)*(?:portal\.azure\.com|entra\.microsoft\.com|portal\.azure\.cn|intune\.microsoft\.com)$/;
const VIEWS = {
  BasicSamlConfiguration: () => import('./views/basic-saml.js'),
  ManageClaim: () => import('./views/manage-claim.js'),
};

const query = new window.URLSearchParams(location.search);
/** `dialect=b` (the shell's `?rehearsal-dialect=b`): Fluent UI v9 markup instead of v8. */
const dialectB = query.get('dialect') === 'b';
const loadKit = () => (dialectB ? import('./fluent9.js') : import('./fluent.js'));
const trustedAuthority = query.get('trustedAuthority') || '';
const viewName = location.hash.replace(/^#/, '').replace(/\.ReactView$/, '');

const wait = (min, max) =>
  new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));

function progressDots() {
  const dots = document.createElement('div');
  dots.className = 'fxs-progress-dots';
  dots.setAttribute('role', 'progressbar');
  for (let i = 0; i < 5; i += 1) {
    const dot = document.createElement('span');
    dot.className = 'fxs-progress-dots-dot';
    dots.append(dot);
  }
  return dots;
}

/** Request/response over postMessage with the shell. */
function createBridge() {
  let nextRequest = 0;
  const pending = new Map();
  let onLoad = null;
  window.addEventListener('message', (event) => {
    if (event.origin !== trustedAuthority || event.source !== window.parent) return;
    const message = event.data;
    if (!message || message.source !== 'rehearsal-portal') return;
    if (message.type === 'load' && message.view === viewName) onLoad?.(message);
    else if (pending.has(message.requestId)) {
      const { resolve, reject } = pending.get(message.requestId);
      pending.delete(message.requestId);
      if (message.ok) resolve(message.result);
      else reject(new Error(message.result));
    }
  });
  const send = (message) =>
    window.parent.postMessage({ source: 'rehearsal-reactview', ...message }, trustedAuthority);
  return {
    loaded: new Promise((resolve) => {
      onLoad = resolve;
      send({ type: 'ready', view: viewName });
    }),
    request(type, data) {
      nextRequest += 1;
      const requestId = nextRequest;
      return new Promise((resolve, reject) => {
        pending.set(requestId, { resolve, reject });
        send({ type, requestId, data });
      });
    },
  };
}

/** Dialect B's look: Fluent v9 classes get their own small stylesheet. */
function addDialectStyles() {
  if (!dialectB) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/styles/fluent9.css';
  document.head.append(link);
}

async function start() {
  if (!SHELL_ORIGIN.test(trustedAuthority) || window.parent === window || !VIEWS[viewName]) {
    document.body.textContent = 'This view can only be shown inside the Azure portal.';
    return;
  }
  addDialectStyles();
  await wait(200, 400);
  document.body.replaceChildren(progressDots());
  const bridge = createBridge();
  const [load, module, ui] = await Promise.all([
    bridge.loaded,
    VIEWS[viewName](),
    loadKit(),
    wait(150, 400),
  ]);
  document.documentElement.lang = load.lang;
  const root = document.createElement('div');
  root.className = ui.ROOT_CLASS;
  document.body.replaceChildren(root);
  const view = module.createView({ data: load.data, labels: load.labels, bridge, ui });
  createRoot(root, view);
}

start();
