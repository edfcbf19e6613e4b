// What the DevExtreme and plain dialects share: the client-side router with the sign-in guard, the
// sign-in page, and turning a filled form into the "server" call. The markup of every control is the
// dialect's own (devextreme/, plain/); the state and its rules are the MUI page's (store.js,
// validation.js), so a saved connection reads the same through `window.rehearsal.state()`.

import { delay, h, latency } from '../lib/dom.js';
import { safeRedirect } from '../routes.js';
import { server } from '../store.js';
import { parseDomains } from '../validation.js';
import { wordsFor } from './words.js';

/** The pages of the help page's path (step 9), the same paths as the MUI page. */
const PAGES = {
  '/login': 'login',
  '/': 'dashboard',
  '/settings': 'settings',
  '/settings/preferences': 'preferences',
  '/settings/preferences/general': 'preferences',
  '/settings/preferences/notifications': 'preferences',
  '/settings/preferences/sso': 'preferences',
};

/**
 * Starts a dialect: `pages[name](outlet, ctx)` draws a page into the dialect's shell. Returns the
 * re-render function (for `window.rehearsal.reset`).
 */
export function startDialect(root, { pages, shell, stylesheet, bodyClass }) {
  const link = h('link', { rel: 'stylesheet', href: stylesheet });
  document.head.append(link);
  document.body.classList.add(...bodyClass.split(' '));
  let controller = null;

  function navigate(to, { replace = false } = {}) {
    if (replace) history.replaceState(null, '', to);
    else history.pushState(null, '', to);
    render();
  }

  async function render() {
    controller?.abort();
    controller = new window.AbortController();
    const { signal } = controller;
    const session = server.session();
    const words = wordsFor(session.look);
    document.documentElement.lang = words.lang;
    const url = new URL(location.href);
    const page = PAGES[url.pathname.replace(/\/+$/, '') || '/'] ?? 'notFound';
    if (page !== 'login' && !session.signedIn) {
      const back = url.pathname + url.search;
      return navigate(back === '/' ? '/login' : `/login?redirect=${encodeURIComponent(back)}`, {
        replace: true,
      });
    }
    if (page === 'login' && session.signedIn) {
      return navigate(safeRedirect(url.searchParams.get('redirect')), { replace: true });
    }
    const ctx = { navigate, signal, session, words, url, path: url.pathname };
    const outlet = page === 'login' ? root : shell(root, ctx);
    // Pages load lazily, as a real single-page app's chunks do: wait for what you need.
    outlet.replaceChildren(h('div', { class: 'page-loading', role: 'progressbar' }));
    try {
      await delay(latency(150, 600), signal);
    } catch {
      return undefined;
    }
    outlet.replaceChildren();
    document.title = `${words[page === 'login' ? 'loginTitle' : page] ?? words.notFound} · Asset Panda`;
    (pages[page] ?? pages.notFound)(outlet, ctx);
    return undefined;
  }

  // In-app links: same-origin <a href> clicks become pushState navigations.
  document.addEventListener('click', (event) => {
    const a = event.target.closest?.('a[href]');
    if (!a || event.defaultPrevented || event.button !== 0 || a.target) return;
    const url = new URL(a.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    if (url.pathname + url.search !== location.pathname + location.search) navigate(url.pathname);
  });
  window.addEventListener('popstate', () => render());
  render();
  return render;
}

/** A signed-out page is one with a password field (issue 13 "Signed in"): plain HTML either way. */
export function loginPage(outlet, { navigate, words, url }) {
  const email = h('input', { type: 'email', name: 'email', id: 'login-email', required: true });
  const password = h('input', { type: 'password', name: 'password', id: 'login-password' });
  const form = h(
    'form',
    {
      class: 'login-form',
      onSubmit: async (event) => {
        event.preventDefault();
        await server.signIn(email.value, password.value).catch(() => {});
        if (server.session().signedIn)
          navigate(safeRedirect(url.searchParams.get('redirect')), { replace: true });
      },
    },
    h('h1', {}, words.loginTitle),
    h('label', { for: 'login-email' }, words.email),
    email,
    h('label', { for: 'login-password' }, words.password),
    password,
    h('button', { type: 'submit' }, words.logIn),
  );
  outlet.replaceChildren(h('main', { class: 'login-page' }, form));
}

/**
 * Sends what the form's own model holds (never what the DOM shows) to the "server". values:
 * { enableType, name, domains (text), file: File|null }. Resolves to the saved connection, or
 * rejects with the server's FieldError.
 */
export async function submitConnection(values) {
  const { file } = values;
  return server.createConnection({
    enableType: values.enableType,
    name: values.name,
    domains: parseDomains(values.domains),
    file: file && {
      name: file.name,
      type: file.type,
      size: file.size,
      bytes: new Uint8Array(await file.arrayBuffer()),
    },
  });
}

/** The connections already saved (for the SSO screen's list). */
export const listConnections = (signal) => server.listConnections(signal);
