// The App Federation Metadata Url (docs/portal-facts.md#metadata-url):
// https://login.microsoftonline.com/{tenant}/federationmetadata/2007-06/federationmetadata.xml?appid={appId}
// The card may also show it on the older host login.windows.net (same path, same `appid`). Both
// hosts serve the same documents, so an address on either is fetched from login.microsoftonline.com
// only: the extension's one host permission for metadata, over https, without credentials.

import { METADATA_HOST } from './hosts';

const PATH = /^\/([^/]+)\/federationmetadata\/2007-06\/federationmetadata\.xml$/i;
const HOSTS = ['login.microsoftonline.com', 'login.windows.net'];
const FETCH_HOST = METADATA_HOST;

/** A tenant as the address names it: its id (a GUID) or one of its domains. */
const TENANT =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9.-]+\.[a-z]{2,})$/i;
const APP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface MetadataUrl {
  /** The address to fetch: always on login.microsoftonline.com. */
  url: string;
  tenant: string;
  appId: string | null;
}

export function parseMetadataUrl(href: string): MetadataUrl | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !HOSTS.includes(url.hostname) || url.port) return null;
  if (url.username || url.password) return null;
  const match = PATH.exec(url.pathname);
  if (!match?.[1]) return null;
  url.hostname = FETCH_HOST;
  url.hash = '';
  return {
    url: url.href,
    tenant: decodeURIComponent(match[1]),
    appId: url.searchParams.get('appid'),
  };
}

/** The address the card would show for this app, when the card cannot be read. */
export function buildMetadataUrl(tenant: string, appId: string): string | null {
  if (!TENANT.test(tenant) || !APP_ID.test(appId)) return null;
  return `https://${FETCH_HOST}/${tenant}/federationmetadata/2007-06/federationmetadata.xml?appid=${appId}`;
}
