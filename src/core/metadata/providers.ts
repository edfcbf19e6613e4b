// Names the identity provider behind non-Entra metadata, so that the warning can say "this comes
// from Okta" rather than "from another identity provider". Matched against the entity ID and the
// sign-in addresses; the first match wins. A guess for a message only: nothing depends on it.

const PROVIDERS: { name: string; pattern: RegExp }[] = [
  { name: 'Okta', pattern: /^https?:\/\/([^/]+\.)?(okta|oktapreview|okta-emea)\.com(\/|$)/i },
  { name: 'Google Workspace', pattern: /^https:\/\/accounts\.google\.com\// },
  { name: 'OneLogin', pattern: /^https?:\/\/([^/]+\.)?onelogin\.com\//i },
  { name: 'PingOne', pattern: /^https:\/\/([^/]+\.)?pingone\.(com|eu|asia|ca)\//i },
  { name: 'Auth0', pattern: /^(urn:|https:\/\/)([^/]+\.)?auth0\.com(\/|$)/i },
  { name: 'JumpCloud', pattern: /^https:\/\/sso\.jumpcloud\.com\//i },
  { name: 'AD FS', pattern: /^https?:\/\/[^/]+\/adfs\//i },
  { name: 'Keycloak', pattern: /^https?:\/\/[^/]+\/(auth\/)?realms\//i },
  { name: 'Shibboleth', pattern: /^https?:\/\/[^/]+\/idp\/(shibboleth$|profile\/)/i },
];

export function guessIdentityProvider(addresses: (string | null)[]): string | null {
  for (const { name, pattern } of PROVIDERS) {
    if (addresses.some((address) => address !== null && pattern.test(address))) return name;
  }
  return null;
}
