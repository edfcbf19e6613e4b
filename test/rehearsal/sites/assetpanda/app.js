// Entry point: the rehearsal API, the query-string switches, the client-side router and the
// sign-in guard. See README.md.
import { delay, h, latency } from './lib/dom.js';
import { L, TEXT } from './labels.js';
import { NOT_FOUND, matchRoute, safeRedirect } from './routes.js';
import { configure, DIALECTS, LOOKS, read, reset, server, snapshot, VARIANTS } from './store.js';
import { createShell, renderLayout } from './shell.js';
import { finishSingleSignOn } from './federation.js';
import { spinner } from './components/buttons.js';
import { closeAllModals } from './components/modal.js';

const root = document.getElementById('root');
const organization = location.hostname.endsWith('.assetpanda.app')
  ? location.hostname.split('.')[0].replace(/^./, (c) => c.toUpperCase())
  : 'Asset Panda';

// --- the rehearsal API (for tests and the demo; a real app has nothing like it) -----------------

/** The running dialect (README "Dialects") and how to re-render it. */
const dialect = (applyQuerySwitches(), finishSingleSignOn(), read().dialect);
let rerender = () => render();

/** After a state change: the same dialect re-renders; another one needs its own page load. */
function refresh(state) {
  if (state.dialect !== dialect) location.reload();
  else rerender();
  return state;
}

window.rehearsal = Object.freeze({
  variants: Object.freeze([...VARIANTS]),
  dialects: Object.freeze([...DIALECTS]),
  looks: Object.freeze([...LOOKS]),
  state: () => snapshot(),
  reset: (options) => refresh(reset(options)),
  configure: (options) => refresh(configure(options)),
});

// ?rehearsal-signed-in=0|1 &rehearsal-variant=NAME &rehearsal-reset=1 &ap-dialect=NAME
// &ap-look=NAME, applied once and removed from the address so that the app's own redirects never
// carry them (the dialect and look stay in the stored state).
function applyQuerySwitches() {
  const url = new URL(location.href);
  const params = url.searchParams;
  const options = {};
  if (params.has('rehearsal-signed-in')) {
    options.signedIn = !['0', 'false', 'no'].includes(params.get('rehearsal-signed-in'));
  }
  if (params.has('rehearsal-variant')) options.variant = params.get('rehearsal-variant');
  if (params.has('ap-dialect')) options.dialect = params.get('ap-dialect');
  if (params.has('ap-look')) options.look = params.get('ap-look');
  const wantsReset = params.has('rehearsal-reset');
  if (!wantsReset && Object.keys(options).length === 0) return;
  try {
    if (wantsReset) reset(options);
    else configure(options);
  } catch (error) {
    console.warn(`rehearsal: ignored query switches: ${error.message}`);
  }
  for (const key of [
    'rehearsal-signed-in',
    'rehearsal-variant',
    'rehearsal-reset',
    'ap-dialect',
    'ap-look',
  ]) {
    params.delete(key);
  }
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

// --- router ----------------------------------------------------------------------------------------

export function navigate(to, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  render();
}

let shell = null;
let shellUser = '';
let pageCleanup = null;
let controller = null;

function signOut() {
  server.signOut();
  navigate('/login', { replace: false });
}

async function render() {
  controller?.abort();
  controller = new window.AbortController();
  const { signal } = controller;
  pageCleanup?.();
  pageCleanup = null;
  closeAllModals();

  const url = new URL(location.href);
  const route = matchRoute(url.pathname);
  const session = server.session();

  if (route?.redirect) return navigate(route.redirect, { replace: true });
  if (!route?.public && !session.signedIn) {
    const back = url.pathname + url.search;
    return navigate(back === '/' ? '/login' : `/login?redirect=${encodeURIComponent(back)}`, {
      replace: true,
    });
  }
  if (route?.public && session.signedIn) {
    return navigate(safeRedirect(url.searchParams.get('redirect')), { replace: true });
  }

  const page = route ?? NOT_FOUND;
  let outlet;
  if (page.public) {
    shell = null;
    outlet = h('div', { class: 'public-page' });
    root.replaceChildren(outlet);
  } else {
    if (!shell || shellUser !== JSON.stringify(session.user)) {
      shell = createShell({ user: session.user, organization, navigate, signOut });
      shellUser = JSON.stringify(session.user);
      root.replaceChildren(shell.root);
    }
    shell.setActive(page);
    outlet = renderLayout(shell.main, page);
  }
  document.title = `${page.title} · ${L.brand}`;

  outlet.replaceChildren(h('div', { class: 'page-loading' }, spinner({ label: TEXT.loading })));
  let module;
  try {
    [module] = await Promise.all([page.load(), delay(latency(150, 700), signal)]);
  } catch (error) {
    if (signal.aborted) return;
    throw error;
  }
  if (signal.aborted) return;
  outlet.replaceChildren();
  pageCleanup = module.mount(outlet, { navigate, signal, route: page, session, url }) ?? null;
}

/** The MUI-like app (the original dialect). */
function startMui() {
  // In-app links: same-origin <a href> clicks without modifier keys become pushState navigations.
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || link.target) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    if (url.pathname + url.search !== location.pathname + location.search) {
      navigate(url.pathname + url.search);
    }
  });
  window.addEventListener('popstate', () => render());
  render();
}

if (dialect === 'mui') startMui();
else {
  const module = await import(
    dialect === 'plain' ? './dialects/plain/app.js' : './dialects/devextreme/app.js'
  );
  rerender = module.start(root, { organization, dialect });
}
