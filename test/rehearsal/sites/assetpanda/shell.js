// The signed-in frame: top bar (brand, search, notifications, the Settings gear, the user menu),
// the main navigation, and the settings / preferences layouts around a page.
import { h } from './lib/dom.js';
import { icon } from './lib/icons.js';
import { L } from './labels.js';
import { PREFERENCE_TABS, SETTINGS_SECTIONS } from './routes.js';
import { iconButton } from './components/buttons.js';
import { attachMenu } from './components/menu.js';

const NAV = [
  { key: 'dashboard', path: '/', label: L.dashboard, icon: 'dashboard' },
  { key: 'assets', path: '/assets', label: L.assets, icon: 'category' },
  { key: 'reports', path: '/reports', label: L.reports, icon: 'assessment' },
  { key: 'integrations', path: '/integrations-store', label: L.integrations, icon: 'extension' },
];

function initials(name) {
  return name
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/** Builds the shell for `user`; returns { root, main, setActive(route) }. */
export function createShell({ user, organization, navigate, signOut }) {
  const gear = iconButton({
    label: L.settings,
    iconName: 'settings',
    onClick: () => navigate('/settings'),
  });
  const bell = iconButton({ label: L.notifications, iconName: 'notifications' });
  attachMenu(bell, () => [], {
    header: () =>
      h(
        'div',
        { class: 'menu-header' },
        h('strong', {}, L.notifications),
        h('p', { class: 'muted' }, 'You’re all caught up.'),
      ),
  });
  const avatar = h(
    'button',
    {
      type: 'button',
      class: 'MuiButtonBase-root MuiIconButton-root account-button',
      'aria-label': L.accountMenu,
    },
    h('span', { class: 'MuiAvatar-root' }, initials(user.name)),
  );
  attachMenu(
    avatar,
    () => [
      { label: L.myProfile, icon: icon('person'), onSelect: () => navigate('/settings/users') },
      { label: L.logOut, icon: icon('logout'), onSelect: signOut },
    ],
    {
      header: () =>
        h(
          'div',
          { class: 'menu-header' },
          h('strong', {}, user.name),
          h('p', { class: 'muted' }, user.email),
          h('p', { class: 'muted' }, user.role),
        ),
    },
  );

  const navLinks = NAV.map((item) =>
    h(
      'a',
      { href: item.path, class: 'nav-link', 'data-nav': item.key },
      icon(item.icon),
      h('span', {}, item.label),
    ),
  );
  const main = h('main', { class: 'app-main', id: 'main' });
  const root = h(
    'div',
    { class: 'app' },
    h(
      'header',
      { class: 'MuiPaper-root MuiAppBar-root app-bar' },
      h(
        'div',
        { class: 'MuiToolbar-root' },
        h('a', { href: '/', class: 'brand' }, h('span', { class: 'brand-mark' }, 'AP'), L.brand),
        h('span', { class: 'org-chip' }, organization),
        h(
          'div',
          { class: 'search', role: 'search' },
          icon('search'),
          h('input', {
            type: 'search',
            'aria-label': L.search,
            placeholder: 'Search assets, people, locations…',
          }),
        ),
        h('div', { class: 'toolbar-spacer' }),
        bell,
        gear,
        avatar,
      ),
    ),
    h(
      'nav',
      { class: 'drawer', 'aria-label': L.mainNav },
      h(
        'ul',
        { class: 'MuiList-root' },
        navLinks.map((link) => h('li', {}, link)),
      ),
      h('p', { class: 'drawer-footer muted' }, 'Asset Panda Pro'),
    ),
    main,
  );

  function setActive(route) {
    for (const link of navLinks) {
      if (link.dataset.nav === route.nav) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    gear.classList.toggle('is-active', route.path?.startsWith('/settings') ?? false);
  }

  return { root, main, setActive };
}

function breadcrumbs(items) {
  return h(
    'nav',
    { class: 'MuiBreadcrumbs-root', 'aria-label': 'breadcrumb' },
    h(
      'ol',
      { class: 'MuiBreadcrumbs-ol' },
      items.map((item, index) =>
        h(
          'li',
          { class: 'MuiBreadcrumbs-li' },
          index > 0
            ? h('span', { class: 'MuiBreadcrumbs-separator', 'aria-hidden': 'true' }, '/')
            : null,
          item.path
            ? h('a', { href: item.path, class: 'MuiLink-root' }, item.label)
            : h('span', { 'aria-current': 'page' }, item.label),
        ),
      ),
    ),
  );
}

/** Renders the layout a route asks for into `main`; returns the element the page goes in. */
export function renderLayout(main, route) {
  if (route.layout !== 'settings' && route.layout !== 'preferences') {
    const outlet = h('div', { class: 'page' });
    main.replaceChildren(outlet);
    return outlet;
  }
  const current = route.layout === 'preferences' ? '/settings/preferences' : route.path;
  const section = SETTINGS_SECTIONS.find((item) => item.path === current);
  const tab = PREFERENCE_TABS.find((item) => item.tab === route.tab);
  const menu = h(
    'nav',
    { class: 'settings-nav', 'aria-label': L.settingsMenu },
    h('h2', { class: 'settings-nav-title' }, L.settings),
    h(
      'ul',
      { class: 'MuiList-root' },
      SETTINGS_SECTIONS.map((item) =>
        h(
          'li',
          {},
          h(
            'a',
            {
              href: item.path,
              class: 'nav-link',
              'aria-current': item.path === current ? 'page' : null,
            },
            icon(item.icon),
            h('span', {}, item.label),
          ),
        ),
      ),
    ),
  );
  const crumbs = [{ label: L.settings, path: '/settings' }];
  if (tab) crumbs.push({ label: section.label, path: section.path }, { label: tab.label });
  else crumbs.push({ label: section.label });

  const outlet = h('div', { class: 'settings-outlet' });
  let body = outlet;
  if (route.layout === 'preferences') {
    const tabs = PREFERENCE_TABS.map((item) =>
      h(
        'a',
        {
          href: item.path,
          role: 'tab',
          id: `preferences-tab-${item.tab}`,
          'aria-selected': String(item.tab === route.tab),
          'aria-controls': `preferences-tabpanel-${item.tab}`,
          tabindex: item.tab === route.tab ? '0' : '-1',
          class: ['MuiButtonBase-root MuiTab-root', item.tab === route.tab && 'Mui-selected'],
        },
        item.label,
      ),
    );
    const tablist = h(
      'div',
      { class: 'MuiTabs-flexContainer', role: 'tablist', 'aria-label': L.preferences },
      tabs,
    );
    // Arrow keys move between tabs, as MUI Tabs do (each tab here is a link).
    tablist.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(document.activeElement);
      if (index < 0 || !['ArrowLeft', 'ArrowRight'].includes(event.key)) return;
      event.preventDefault();
      tabs.at((index + (event.key === 'ArrowRight' ? 1 : -1)) % tabs.length).focus();
    });
    body = h(
      'div',
      {},
      h('h1', { class: 'MuiTypography-h4' }, L.preferences),
      h('div', { class: 'MuiTabs-root' }, tablist),
      h(
        'div',
        {
          role: 'tabpanel',
          id: `preferences-tabpanel-${route.tab}`,
          'aria-labelledby': `preferences-tab-${route.tab}`,
          class: 'tabpanel',
        },
        outlet,
      ),
    );
  }
  main.replaceChildren(
    h(
      'div',
      { class: 'settings-layout' },
      menu,
      h('div', { class: 'settings-content' }, breadcrumbs(crumbs), body),
    ),
  );
  return outlet;
}
