// Parses Azure portal / Entra admin center addresses (docs/portal-facts.md#routes).
// Both hosts share the fragments; routes come as `#view/…` or legacy `#blade/…`, may carry a
// tenant (`/{tenantId}/#view…` or `#@domain/view…`), a query before the hash, parameters in any
// order, and `name~/null` for a null parameter. `~/Menu` marks the selected menu item.

export interface PortalRoute {
  extension: string;
  blade: string;
  menu: string | null;
  params: Record<string, string | null>;
  tenant: string | null;
}

export type PortalPlace =
  | { kind: 'enterprise-apps' }
  | { kind: 'gallery' }
  | {
      kind: 'app';
      menu: string | null;
      objectId: string | null;
      appId: string | null;
      ssoMode: string | null;
    }
  | { kind: 'add-assignment'; objectId: string | null }
  | { kind: 'other' };

const TENANT_PATH =
  /^\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9.-]+\.[a-z]{2,})\/?$/i;

export function parsePortalRoute(href: string): PortalRoute | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  let hash = url.hash.replace(/^#/, '');
  let tenant = TENANT_PATH.exec(url.pathname)?.[1] ?? null;
  const at = /^@([^/]+)\/(.*)$/.exec(hash);
  if (at) {
    tenant = decodeURIComponent(at[1] ?? '');
    hash = at[2] ?? '';
  }
  const segments = hash.split('/').map((s) => safeDecode(s));
  const form = segments.shift();
  if (form !== 'view' && form !== 'blade') return null;
  const [extension, blade, ...rest] = segments;
  if (!extension || !blade) return null;

  let menu: string | null = null;
  if (rest[0] === '~') {
    menu = rest[1] ?? null;
    rest.splice(0, 2);
  } else if (form === 'blade' && rest.length % 2 === 1 && !rest[0]?.endsWith('~')) {
    // Legacy `#blade/Ext/Blade/Menu/k/v…`: an odd segment before the pairs is the menu.
    menu = rest.shift() ?? null;
  }
  const params: Record<string, string | null> = {};
  for (let i = 0; i < rest.length;) {
    const name = rest[i] ?? '';
    if (!name) {
      i += 1;
      continue;
    }
    if (name.endsWith('~')) {
      params[name.slice(0, -1)] = null;
      i += 2; // `name~/null`
    } else {
      params[name] = rest[i + 1] ?? null;
      i += 2;
    }
  }
  return { extension, blade, menu: menu || null, params, tenant };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The enterprise-application list blades: All applications, and the other list blades public
 * links open (docs/portal-facts.md#routes: `EnterpriseApplicationListBlade`, `…V2`, `…V3`, some with filters).
 */
const ENTERPRISE_APP_LISTS = new Set([
  'StartboardApplicationsMenuBlade',
  'EnterpriseApplicationListBlade',
  'EnterpriseApplicationListBladeV2',
  'EnterpriseApplicationListBladeV3',
]);

/** Where the admin is, in the terms of the setup flow. */
export function placeOf(route: PortalRoute | null): PortalPlace {
  if (!route || route.extension !== 'Microsoft_AAD_IAM') return { kind: 'other' };
  const { blade, menu, params } = route;
  if (ENTERPRISE_APP_LISTS.has(blade)) return { kind: 'enterprise-apps' };
  if (blade === 'AppGalleryBladeV2') return { kind: 'gallery' };
  if (blade === 'ManagedAppMenuBlade') {
    return {
      kind: 'app',
      menu,
      objectId: params.objectId ?? null,
      appId: params.appId ?? null,
      ssoMode: params.preferredSingleSignOnMode ?? null,
    };
  }
  if (blade === 'AddAssignmentBlade')
    return { kind: 'add-assignment', objectId: params.objectId ?? null };
  return { kind: 'other' };
}
