// The plain-HTML dialect (`?ap-dialect=plain`, README "Dialects"), written from the help page's words
// (asset-panda-entra-procedure.md steps 9-13) and issue 13's account of an independently written
// page: the gear is an `img` whose `alt` gives its name, Preferences is a `menuitem` in the
// `role=menu` the gear opens, and "Single sign-on (SSO)" is a `role=tab`. Native controls only: the
// form's model is what the DOM holds when Save submits it.

import { h } from '../../lib/dom.js';
import { server } from '../../store.js';
import { loginPage, startDialect, submitConnection, listConnections } from '../common.js';

export function start(root) {
  return startDialect(root, {
    stylesheet: '/dialects/plain/plain.css',
    bodyClass: 'dialect-plain',
    shell,
    pages: {
      login: loginPage,
      dashboard: (outlet, { words }) => outlet.append(h('h1', {}, words.dashboard)),
      settings: settingsPage,
      preferences: preferencesPage,
      notFound: (outlet, { words }) => outlet.append(h('h1', {}, words.notFound)),
    },
  });
}

/** Header with the gear menu, then the page's `main`. */
function shell(root, ctx) {
  const { words, navigate } = ctx;
  const main = h('main', { class: 'content' });
  root.replaceChildren(
    h(
      'header',
      { class: 'topbar' },
      h('a', { href: '/', class: 'brand' }, 'Asset Panda'),
      h('nav', {}, h('a', { href: '/' }, words.dashboard)),
      gearMenu(words, navigate),
      h(
        'button',
        { type: 'button', class: 'logout', onClick: () => signOut(navigate) },
        words.logOut,
      ),
    ),
    main,
  );
  return main;
}

function signOut(navigate) {
  server.signOut();
  navigate('/login');
}

/** Help page step 9: "Settings (the gear, 'Settings icon') > Preferences". */
function gearMenu(words, navigate) {
  const items = [
    [words.accountManagement, '/settings'],
    [words.preferences, '/settings/preferences'],
    [words.usersAndRoles, '/settings'],
    [words.billing, '/settings'],
  ].map(([text, href]) =>
    h('li', { role: 'none' }, h('a', { role: 'menuitem', href, tabindex: '-1' }, text)),
  );
  const menu = h('ul', { role: 'menu', class: 'gear-menu', hidden: true }, items);
  const gear = h(
    'button',
    { type: 'button', class: 'gear', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    // The gear's accessible name is its image's alt text (issue 13, first bullet).
    h('img', { src: '/dialects/plain/gear.svg', alt: words.settings, width: 24, height: 24 }),
  );
  const links = () => [...menu.querySelectorAll('[role=menuitem]')];
  const close = () => {
    menu.hidden = true;
    gear.setAttribute('aria-expanded', 'false');
  };
  const open = () => {
    menu.hidden = false;
    gear.setAttribute('aria-expanded', 'true');
    links()[0].focus();
  };
  gear.addEventListener('click', () => (menu.hidden ? open() : close()));
  menu.addEventListener('click', (event) => {
    const item = event.target.closest('[role=menuitem]');
    if (!item) return;
    event.preventDefault();
    close();
    navigate(item.getAttribute('href'));
  });
  menu.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === 'Escape') {
      close();
      gear.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      all[(at + (event.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length].focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      document.activeElement.click();
    }
  });
  document.addEventListener('mousedown', (event) => {
    if (!menu.hidden && !menu.contains(event.target) && !gear.contains(event.target)) close();
  });
  return h('div', { class: 'gear-holder' }, gear, menu);
}

function settingsPage(outlet, { words }) {
  outlet.append(
    h('h1', {}, words.settings),
    h(
      'ul',
      {},
      h('li', {}, h('a', { href: '/settings/preferences' }, words.preferences)),
      h('li', {}, words.accountManagement),
      h('li', {}, words.usersAndRoles),
    ),
  );
}

/** Preferences: a tab list whose third tab is the SSO screen (issue 13, third bullet). */
function preferencesPage(outlet, ctx) {
  const { words, path } = ctx;
  const tabs = [
    ['general', words.general, () => h('p', {}, words.general)],
    ['notifications', words.notifications, () => h('p', {}, words.notifications)],
    ['sso', words.sso, () => ssoPanel(ctx)],
  ];
  const panel = h('div', { role: 'tabpanel', tabindex: '0' });
  const buttons = tabs.map(([key, label], i) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${key}`,
        'aria-controls': 'tab-panel',
        onClick: () => select(i),
        onKeydown: (event) => {
          if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
          const next = (i + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
          select(next);
          buttons[next].focus();
        },
      },
      label,
    ),
  );
  panel.id = 'tab-panel';
  function select(index) {
    buttons.forEach((b, i) => {
      b.setAttribute('aria-selected', String(i === index));
      b.tabIndex = i === index ? 0 : -1;
    });
    panel.setAttribute('aria-labelledby', buttons[index].id);
    panel.replaceChildren(tabs[index][2]());
    history.replaceState(null, '', `/settings/preferences/${tabs[index][0]}`);
  }
  outlet.append(
    h('h1', {}, words.preferences),
    h('div', { role: 'tablist', 'aria-label': words.preferences }, buttons),
    panel,
  );
  select(
    Math.max(
      0,
      tabs.findIndex(([key]) => path.endsWith(`/${key}`)),
    ),
  );
}

/** The SSO screen: the connections, "Add new SSO", and the form it opens (help page steps 9-13). */
function ssoPanel({ words, signal }) {
  const list = h('div', { class: 'connections' }, h('p', { role: 'status' }, '…'));
  const status = h('p', { role: 'status', class: 'saved' });
  const add = h('button', { type: 'button' }, words.addNewSso);
  const holder = h('div', {});
  const refresh = async () => {
    const connections = await listConnections(signal).catch(() => null);
    if (connections) list.replaceChildren(connectionsTable(words, connections));
  };
  add.addEventListener('click', () => {
    if (holder.firstChild) return;
    holder.append(
      ssoForm(words, {
        onSaved: (connection) => {
          holder.replaceChildren();
          status.textContent = words.saved(connection.name);
          refresh();
          add.focus();
        },
        onCancel: () => holder.replaceChildren(),
      }),
    );
  });
  refresh();
  return h('div', {}, h('h2', {}, words.sso), list, add, status, holder);
}

function connectionsTable(words, connections) {
  if (!connections.length) return h('p', {}, words.noConnections);
  return h(
    'table',
    {},
    h('caption', {}, words.connections),
    h(
      'tr',
      {},
      [words.connectionName, words.enableType, words.domains, words.file].map((c) =>
        h('th', { scope: 'col' }, c),
      ),
    ),
    connections.map((c) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, c.name),
        h('td', {}, words.enableTypes[c.enableType]),
        h('td', {}, c.domains.join(', ') || '—'),
        h('td', {}, c.file.name),
      ),
    ),
  );
}

/** Native form: radios in a fieldset, text inputs with `label[for]`, a visible file input. */
function ssoForm(words, { onSaved, onCancel }) {
  const error = h('p', { role: 'alert', class: 'error', hidden: true });
  const radios = Object.entries(words.enableTypes).map(([value, label]) =>
    h(
      'label',
      { class: 'radio' },
      h('input', { type: 'radio', name: 'enableType', value }),
      ` ${label}`,
    ),
  );
  const name = h('input', { type: 'text', id: 'sso-name', name: 'connectionName' });
  const domains = h('input', { type: 'text', id: 'sso-domains', name: 'domains' });
  const domainsRow = h(
    'p',
    { hidden: true },
    h('label', { for: 'sso-domains' }, words.domains),
    domains,
  );
  const file = h('input', { type: 'file', id: 'sso-file', name: 'metadataFile', accept: '.xml' });
  const chip = h('span', { class: 'file-chip' });
  file.addEventListener('change', () => {
    chip.textContent = file.files[0]?.name ?? '';
  });
  const save = h('button', { type: 'submit' }, words.save);
  const form = h(
    'form',
    { 'aria-label': words.addNewSso, novalidate: true },
    h('h3', {}, words.addNewSso),
    error,
    h('fieldset', {}, h('legend', {}, words.enableType), radios),
    h('p', {}, h('label', { for: 'sso-name' }, words.connectionName), name),
    domainsRow,
    h('p', {}, h('label', { for: 'sso-file' }, words.metadataFile), file, chip),
    save,
    h('button', { type: 'button', onClick: onCancel }, words.cancel),
  );
  form.addEventListener('change', () => {
    domainsRow.hidden = form.elements.enableType.value !== 'domains';
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    save.disabled = true;
    error.hidden = true;
    try {
      onSaved(
        await submitConnection({
          enableType: form.elements.enableType.value,
          name: name.value,
          domains: domainsRow.hidden ? '' : domains.value,
          file: file.files[0] ?? null,
        }),
      );
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
      save.disabled = false;
    }
  });
  return form;
}
