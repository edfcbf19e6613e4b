import type { Element } from '@xmldom/xmldom';
import { problem } from './errors';
import { attribute, childElements } from './elements';
import { HTTP_POST_BINDING, HTTP_REDIRECT_BINDING, MD_NS } from './namespaces';

export interface SsoEndpoints {
  redirect: string | null;
  post: string | null;
}

/**
 * The first sign-in address (SingleSignOnService) of the identity provider for each of the two
 * bindings a browser sign-in uses. Others (SOAP, Artifact, POST-SimpleSign) cannot serve Asset
 * Panda, and an entry without an address is skipped. Refuses metadata with neither, or with an
 * address that is not https:// (sign-in requests and responses would travel unprotected).
 */
export function readSsoEndpoints(idp: Element): SsoEndpoints {
  const endpoints: SsoEndpoints = { redirect: null, post: null };
  for (const service of childElements(idp, MD_NS, 'SingleSignOnService')) {
    const binding = attribute(service, 'Binding');
    const location = attribute(service, 'Location');
    if (location === null) continue;
    if (binding === HTTP_REDIRECT_BINDING) endpoints.redirect ??= location;
    else if (binding === HTTP_POST_BINDING) endpoints.post ??= location;
  }
  if (endpoints.redirect === null && endpoints.post === null) throw problem('no-sso-endpoint');
  if (endpoints.redirect !== null && !isHttps(endpoints.redirect)) {
    throw problem('insecure-endpoint', { binding: 'HTTP-Redirect', location: endpoints.redirect });
  }
  if (endpoints.post !== null && !isHttps(endpoints.post)) {
    throw problem('insecure-endpoint', { binding: 'HTTP-POST', location: endpoints.post });
  }
  return endpoints;
}

function isHttps(location: string): boolean {
  try {
    return new URL(location).protocol === 'https:';
  } catch {
    return false;
  }
}
