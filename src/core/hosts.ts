// Which sites the extension works on: the one place for this knowledge in code. manifest.json
// repeats the patterns (it must be static JSON); a unit test keeps the two in step.

export const PORTAL_HOST_PATTERNS = [
  'portal.azure.com',
  '*.portal.azure.com',
  'entra.microsoft.com',
] as const;

/** Origins of the portal's ReactView iframes (docs/portal-facts.md#hosts). */
export const REACTVIEW_HOST_PATTERNS = [
  '*.reactblade.portal.azure.net',
  '*.reactblade-ms.portal.azure.net',
  '*.reactblade-rc.portal.azure.net',
] as const;

export const METADATA_HOST = 'login.microsoftonline.com';

export const DEFAULT_ASSETPANDA_ORIGIN_PATTERNS = ['assetpanda.app', '*.assetpanda.app'] as const;

/** Matches a host against `example.com` or `*.example.com` (sub-domains only, not the apex). */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  if (pattern.startsWith('*.')) {
    const suffix = pattern.slice(1);
    return h.endsWith(suffix) && h.length > suffix.length;
  }
  return h === pattern;
}

function httpsUrl(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && !url.username && !url.password && !url.port ? url : null;
  } catch {
    return null;
  }
}

/** A page of the portal or Entra admin center itself (not a ReactView frame). */
export function isPortalUrl(href: string): boolean {
  const url = httpsUrl(href);
  return !!url && PORTAL_HOST_PATTERNS.some((p) => hostMatches(url.hostname, p));
}

export function isReactViewUrl(href: string): boolean {
  const url = httpsUrl(href);
  return !!url && REACTVIEW_HOST_PATTERNS.some((p) => hostMatches(url.hostname, p));
}

/** A frame the portal content script may legitimately run in. */
export function isPortalFrameUrl(href: string): boolean {
  return isPortalUrl(href) || isReactViewUrl(href);
}

/**
 * An Asset Panda Pro page on an allowed origin. `patterns` are host patterns (`assetpanda.app`,
 * `*.assetpanda.app`, or what policy sets); only https on the default port passes, so
 * `http://assetpanda.app` and `assetpanda.app.example.com` are refused.
 */
export function isAllowedAssetPandaUrl(
  href: string,
  patterns: readonly string[] = DEFAULT_ASSETPANDA_ORIGIN_PATTERNS,
): boolean {
  const url = httpsUrl(href);
  return !!url && patterns.some((p) => hostMatches(url.hostname, p));
}

/** Match patterns for the manifest and `tabs.query`. */
export const toMatchPattern = (hostPattern: string): string => `https://${hostPattern}/*`;
