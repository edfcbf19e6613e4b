// Single sign-on from the sign-in page (SP-initiated; reference/assetpanda-cognito-entra.md 6.4).
// How Asset Panda Pro starts it is unverified (section 5, "How an SSO user signs in"); this follows
// Cognito's documented way: the email's domain is the IdP identifier, and the app calls Cognito's
// `/oauth2/authorize` with `idp_identifier`, skipping the picker. (For a connection enabled for all
// users an app would name it with `identity_provider`; the rehearsal Cognito takes either alike.)
// Cognito comes back to the app with `code` and the app's `state` in the address (section 8 names
// that callback). The app keeps its state in session storage across the trip, as an OAuth client
// does; exchanging the code for tokens is not modelled: a code with the state this tab sent signs
// the user in.
import { server } from './store.js';

/** Asset Panda Pro's Cognito domain: the Reply URL's origin (reference section 2). */
const COGNITO = 'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com';
const PENDING = 'rehearsal-sso-pending';

/** Leaves for Cognito (and from there Entra) to sign `email` in through the domain's connection. */
export function startSingleSignOn(domain, email, redirect) {
  const state = crypto.randomUUID();
  sessionStorage.setItem(PENDING, JSON.stringify({ state, email, redirect }));
  const authorize = new URL('/oauth2/authorize', COGNITO);
  for (const [name, value] of Object.entries({
    idp_identifier: domain,
    response_type: 'code',
    client_id: 'rehearsal-asset-panda',
    redirect_uri: `${location.origin}/`,
    state,
  }))
    authorize.searchParams.set(name, value);
  location.assign(authorize.href);
}

/**
 * On the page Cognito came back to: with a code and the state this tab sent, the user is signed
 * in, and the address loses both (to the page the user wanted). Anything else is left alone.
 */
export function finishSingleSignOn() {
  const url = new URL(location.href);
  const code = url.searchParams.get('code');
  if (!code) return;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  if (!pending || pending.state !== url.searchParams.get('state')) return;
  server.signInFederated(pending.email);
  history.replaceState(null, '', pending.redirect);
}
