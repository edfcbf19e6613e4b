// The server side of a rehearsal SSO sign-in (issue 15's round trip): Asset Panda Pro's Cognito
// domain sends the browser to Entra's SAML endpoint and takes Entra's answer back, as
// reference/assetpanda-cognito-entra.md sections 5, 6.4, 6.6 and 8 describe it. Entra's own sign-in
// page is a file (sites/login/saml2.html). Nothing here is checked cryptographically: the
// extension never sees a SAML message, only the addresses the tab goes through.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { deflateRawSync } from 'node:zlib';

/** Asset Panda Pro's user pool's SP Entity ID, the AuthnRequest's issuer (reference section 2). */
const SP_ENTITY_ID = 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC';
/** Entra's SAML endpoint, `https://login.microsoftonline.com/<tenant>/saml2` (reference 6.4, 7). */
export const ENTRA_SAML_PATH = /^\/[^/]+\/saml2\/?$/;

/** Cognito's error text for an answer it cannot tie to a sign-in it started (reference 6.4, 8). */
const INVALID_RELAY_STATE = 'Invalid samlResponse or relayState from identity provider';

/** Where a federation endpoint sends the browser (a 302). */
export interface Redirect {
  location: string;
}

/** What the Cognito domain answers at one of its federation endpoints, or null for its pages. */
export type Federation = (req: IncomingMessage, url: URL) => Promise<Redirect | null>;

export function cognitoFederation(entraTenant: string): Federation {
  /** The sign-ins Cognito started, by their opaque relayState (reference 6.6). */
  const started = new Map<string, { redirectUri: string; state: string | null }>();

  return async (req, url) => {
    if (req.method === 'GET' && url.pathname === '/oauth2/authorize') {
      // The app skips Cognito's picker with `identity_provider` or `idp_identifier` (reference
      // 5, "How an SSO user signs in"); Cognito then sends an AuthnRequest with the HTTP-Redirect
      // binding to the IdP (6.4), and relayState ties the answer to this request (6.6).
      const redirectUri = url.searchParams.get('redirect_uri');
      if (!redirectUri) return errorPage('redirect_uri is missing', 'invalid_request');
      const relayState = randomUUID();
      started.set(relayState, { redirectUri, state: url.searchParams.get('state') });
      const entra = new URL(`https://login.microsoftonline.com/${entraTenant}/saml2`);
      entra.searchParams.set('SAMLRequest', authnRequest(url.host));
      entra.searchParams.set('RelayState', relayState);
      return { location: entra.href };
    }
    if (req.method === 'POST' && url.pathname === '/saml2/idpresponse') {
      // Entra posts its answer here (HTTP-POST binding, 6.4). One Cognito did not start (no or an
      // unknown relayState: an IdP-initiated sign-in) ends on Cognito's error page (8).
      const form = new URLSearchParams(await body(req));
      const sent = started.get(form.get('RelayState') ?? '');
      if (!form.get('SAMLResponse') || !sent) return errorPage(INVALID_RELAY_STATE, 'server_error');
      started.delete(form.get('RelayState')!); // no replay (6.6)
      const callback = new URL(sent.redirectUri);
      callback.searchParams.set('code', randomUUID());
      if (sent.state !== null) callback.searchParams.set('state', sent.state);
      return { location: callback.href };
    }
    return null;
  };
}

/** Cognito's managed-login page with the error in its address (reference section 8). */
function errorPage(description: string, error: string): Redirect {
  const params = new URLSearchParams({ error_description: description, error });
  return { location: `/error?${params}` };
}

/** A SAML AuthnRequest for the Redirect binding: deflated, then base64 (issuer: reference 2). */
function authnRequest(cognitoHost: string): string {
  const xml =
    `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ` +
    `xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${randomUUID()}" Version="2.0" ` +
    `IssueInstant="${new Date().toISOString()}" ` +
    `AssertionConsumerServiceURL="https://${cognitoHost}/saml2/idpresponse" ` +
    `ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST">` +
    `<saml:Issuer>${SP_ENTITY_ID}</saml:Issuer></samlp:AuthnRequest>`;
  return deflateRawSync(Buffer.from(xml)).toString('base64');
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
