// The App Federation Metadata Url (reference/azure-portal.md, section 5):
// https://login.microsoftonline.com/{tenant}/federationmetadata/2007-06/federationmetadata.xml?appid={appId}
// Only this host is fetched (the extension's one host permission for it), over https, without
// credentials.

const PATH = /^\/([^/]+)\/federationmetadata\/2007-06\/federationmetadata\.xml$/i;

export interface MetadataUrl {
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
  if (url.protocol !== 'https:' || url.hostname !== 'login.microsoftonline.com' || url.port)
    return null;
  if (url.username || url.password) return null;
  const match = PATH.exec(url.pathname);
  if (!match?.[1]) return null;
  return {
    url: url.href,
    tenant: decodeURIComponent(match[1]),
    appId: url.searchParams.get('appid'),
  };
}
