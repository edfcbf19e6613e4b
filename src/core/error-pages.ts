// Where the explanation of a sign-in error appears on its own (issue 15): on the Cognito domain of
// the configured Reply URL, and on Asset Panda, when the address carries `error` or
// `error_description` (how Cognito hands its errors on: docs/cognito-entra-facts.md#cognito-errors). Microsoft's sign-in
// pages are never among them: they hold passwords.

/**
 * The one optional host pattern in manifest.json: Cognito's own domains. The extension asks for
 * exactly the configured Reply URL's origin inside it, and only when the admin turns this on.
 */
export const COGNITO_HOST_PATTERN = '*.amazoncognito.com';
export const COGNITO_MATCH_PATTERN = `https://${COGNITO_HOST_PATTERN}/*`;

/** The Reply URL's origin when it is on Cognito's domain (a custom domain is not covered). */
export function cognitoOriginOf(replyUrl: string): string | null {
  try {
    const url = new URL(replyUrl);
    const suffix = COGNITO_HOST_PATTERN.slice(1);
    return url.protocol === 'https:' && !url.port && url.hostname.endsWith(suffix)
      ? url.origin
      : null;
  } catch {
    return null;
  }
}

/** The match pattern for exactly that origin. */
export const originPattern = (origin: string): string => `${origin}/*`;

/** Does the address carry an error for the decoder (in its query or its fragment)? */
export function hasErrorParams(href: string): boolean {
  try {
    const url = new URL(href);
    const params = [url.searchParams, new URLSearchParams(url.hash.replace(/^#/, ''))];
    return params.some((p) => p.has('error') || p.has('error_description'));
  } catch {
    return false;
  }
}
