// Every route of the app. Pages are ES modules loaded on first visit (as code-split chunks are);
// each visit shows a spinner for 150-700 ms, so tests must wait for what they need.
//   public:  reachable signed out (and left for the app when signed in)
//   layout:  'settings' adds the settings menu and breadcrumbs; 'preferences' adds the tabs
import { L } from './labels.js';

export const ROUTES = [
  { path: '/login', public: true, title: L.logIn, load: () => import('./pages/login.js') },
  { path: '/', nav: 'dashboard', title: L.dashboard, load: () => import('./pages/dashboard.js') },
  { path: '/assets', nav: 'assets', title: L.assets, load: () => import('./pages/assets.js') },
  { path: '/reports', nav: 'reports', title: L.reports, load: () => import('./pages/reports.js') },
  {
    path: '/integrations-store',
    nav: 'integrations',
    title: L.integrations,
    load: () => import('./pages/integrations.js'),
  },
  { path: '/settings', title: L.settings, load: () => import('./pages/settings.js') },
  ...[
    ['account-management', L.accountManagement],
    ['account-builder', L.accountBuilder],
    ['users', L.usersAndRoles],
    ['billing', L.billing],
  ].map(([section, label]) => ({
    path: `/settings/${section}`,
    layout: 'settings',
    section,
    title: `${label} · ${L.settings}`,
    load: () => import('./pages/settings-section.js'),
  })),
  { path: '/settings/preferences', redirect: '/settings/preferences/general' },
  {
    path: '/settings/preferences/general',
    layout: 'preferences',
    tab: 'general',
    title: `${L.general} · ${L.preferences} · ${L.settings}`,
    load: () => import('./pages/preferences-general.js'),
  },
  {
    path: '/settings/preferences/notifications',
    layout: 'preferences',
    tab: 'notifications',
    title: `${L.notifications} · ${L.preferences} · ${L.settings}`,
    load: () => import('./pages/preferences-notifications.js'),
  },
  {
    path: '/settings/preferences/sso',
    layout: 'preferences',
    tab: 'sso',
    title: `${L.sso} · ${L.preferences} · ${L.settings}`,
    load: () => import('./pages/sso.js'),
  },
];

export const NOT_FOUND = { title: 'Page not found', load: () => import('./pages/not-found.js') };

// The settings menu, in order (routes above).
export const SETTINGS_SECTIONS = [
  {
    path: '/settings/account-management',
    label: L.accountManagement,
    icon: 'business',
    description: 'Organization name, sub-domain, time zone and contacts.',
  },
  {
    path: '/settings/account-builder',
    label: L.accountBuilder,
    icon: 'build',
    description: 'Groups, fields and the forms your team fills in.',
  },
  {
    path: '/settings/users',
    label: L.usersAndRoles,
    icon: 'people',
    description: 'Invite people and decide what each role can do.',
  },
  {
    path: '/settings/preferences',
    label: L.preferences,
    icon: 'tune',
    description: 'Date and number formats, notifications and single sign-on (SSO).',
  },
  {
    path: '/settings/billing',
    label: L.billing,
    icon: 'receipt',
    description: 'Your plan, invoices and payment method.',
  },
];

export const PREFERENCE_TABS = [
  { tab: 'general', path: '/settings/preferences/general', label: L.general },
  { tab: 'notifications', path: '/settings/preferences/notifications', label: L.notifications },
  { tab: 'sso', path: '/settings/preferences/sso', label: L.sso },
];

/** Only a path of this app, never another origin ("//evil.example" included). */
export function safeRedirect(value) {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function matchRoute(pathname) {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return ROUTES.find((route) => route.path === path) ?? null;
}
