// The hash router's table and parser. Reference §2: `#view/<Extension>/<Blade>/…` and the legacy
// `#blade/…` prefix, `~/<MenuId>` for the resource-menu item, `name~/<json>` parameters (`~/null`),
// parameters in any order, tenant-scoped paths (`/{tenantId}/#view/…`), `#@{domain}/view/…`, and a query
// before the hash. Each blade module is loaded lazily.

export const IAM = 'Microsoft_AAD_IAM';

/** ManagedAppMenuBlade resource-menu ids (reference §2, "Other app menu ids seen"). */
export const APP_MENU_IDS = [
  'Overview',
  'DeploymentPlan',
  'Troubleshoot',
  'Properties',
  'Owners',
  'RolesAndAdministrators',
  'Users',
  'SignOn',
  'ProvisioningManagement',
  'AppProxy',
  'SelfService',
  'CustomSecurityAttributes',
  'ConditionalAccess',
  'Permissions',
  'TokenEncryption',
  'SignInLogs',
  'UsageAndInsights',
  'AuditLogs',
  'ProvisioningActivity',
  'AccessReviews',
  'NewSupportRequest',
];

export const APPS_MENU_IDS = [
  'Overview',
  'Troubleshoot',
  'AppAppsPreview',
  'AllApps',
  'PrivateNetworkConnectors',
  'UserSettings',
  'AppLaunchers',
  'CustomAuthenticationExtensions',
  'ConditionalAccess',
  'ConsentAndPermissions',
  'SignInLogs',
  'UsageAndInsights',
  'AuditLogs',
  'ProvisioningLogs',
  'AccessReviews',
  'AdminConsentRequests',
  'BulkOperationResults',
  'NewSupportRequest',
];

/** Blade name → how to load it. `key` decides whether a hash change only switches the menu item. */
export const ROUTES = {
  home: { load: () => import('./blades/home.js') },
  ActiveDirectoryMenuBlade: { load: () => import('./blades/entra-overview.js') },
  StartboardApplicationsMenuBlade: {
    menus: APPS_MENU_IDS,
    defaultMenu: 'AppAppsPreview',
    key: () => 'apps',
    load: () => import('./blades/enterprise-apps.js'),
  },
  // §12: other blades that list the enterprise applications (the list without the resource menu).
  ...Object.fromEntries(
    ['', 'V2', 'V3'].map((v) => [
      `EnterpriseApplicationListBlade${v}`,
      { load: async () => ({ open: (await import('./blades/enterprise-apps.js')).openList }) },
    ]),
  ),
  AppGalleryBladeV2: { load: () => import('./blades/gallery.js') },
  ManagedAppMenuBlade: {
    menus: APP_MENU_IDS,
    defaultMenu: 'Overview',
    key: (route) => `app:${route.params.objectId}`,
    load: () => import('./blades/app-blade.js'),
  },
  AddAssignmentBlade: { load: () => import('./blades/add-assignment.js') },
  notFound: { load: () => import('./blades/not-found.js') },
};

function decodeSegment(value) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `name~/<json>`: the value is JSON (`null`, `true`, `"text"`); anything else is kept as text. */
function decodeJsonSegment(value) {
  const text = decodeSegment(value);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Parses a location into `{ blade, extension, menu, params, tenant, domain }`. `blade` is a key of
 * ROUTES (`home` for an empty hash, `notFound` for anything unknown; `requested` keeps the original).
 */
export function parseLocation(loc) {
  const firstPathSegment = loc.pathname.split('/').filter(Boolean)[0] || null;
  let hash = loc.hash.replace(/^#/, '');
  let domain = null;
  if (hash.startsWith('@')) {
    const slash = hash.indexOf('/');
    domain = slash < 0 ? hash.slice(1) : hash.slice(1, slash);
    hash = slash < 0 ? '' : hash.slice(slash + 1);
  }
  const base = { tenant: firstPathSegment, domain, menu: null, params: {}, extension: null };
  if (hash === '' || hash === 'home' || hash === 'view/HubsExtension/BrowseAll') {
    return { ...base, blade: 'home', requested: 'home' };
  }
  const segments = hash.split('/');
  const [kind, extension, bladeName, ...rest] = segments;
  if ((kind !== 'view' && kind !== 'blade') || !bladeName) {
    return { ...base, blade: 'notFound', requested: hash };
  }
  const known =
    Object.hasOwn(ROUTES, bladeName) && bladeName !== 'home' && bladeName !== 'notFound';
  const def = known ? ROUTES[bladeName] : null;
  const params = {};
  let menu = null;
  let i = 0;
  // Legacy `#blade/…/<MenuId>/…`: the menu id comes first, without `~`.
  if (kind === 'blade' && def?.menus?.includes(rest[0])) {
    menu = rest[0];
    i = 1;
  }
  while (i < rest.length) {
    const key = rest[i];
    if (key === '') {
      i += 1;
      continue;
    }
    const value = rest[i + 1] ?? '';
    if (key === '~') menu = decodeSegment(value);
    else if (key.endsWith('~')) params[key.slice(0, -1)] = decodeJsonSegment(value);
    else params[key] = decodeSegment(value);
    i += 2;
  }
  if (def?.menus) {
    if (!menu || menu === 'null') menu = def.defaultMenu;
    if (menu === 'AllApps') menu = 'AppAppsPreview';
  }
  return {
    ...base,
    blade: known ? bladeName : 'notFound',
    requested: `${extension}/${bladeName}`,
    extension,
    menu,
    params,
  };
}

/** The hashes the portal navigates to when the user clicks (reference §2). */
export const hashFor = {
  home: () => '#home',
  entraOverview: () => `#view/${IAM}/ActiveDirectoryMenuBlade/~/Overview`,
  appsList: (menu = 'AppAppsPreview') =>
    `#view/${IAM}/StartboardApplicationsMenuBlade/~/${menu}/menuId~/null`,
  gallery: () => `#view/${IAM}/AppGalleryBladeV2`,
  app: (app, menu = 'Overview', mode = app.ssoMode) =>
    `#view/${IAM}/ManagedAppMenuBlade/~/${menu}/objectId/${app.objectId}/appId/${app.appId}` +
    `/preferredSingleSignOnMode${mode ? `/${mode}` : '~/null'}/servicePrincipalType/Application/fromNav/`,
  addAssignment: (app) => `#view/${IAM}/AddAssignmentBlade/objectId/${app.objectId}`,
  users: () => '#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers',
  groups: () => `#view/${IAM}/GroupsManagementMenuBlade/~/AllGroups`,
  appRegistrations: () => '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
};
