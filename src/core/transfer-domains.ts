// The domains for "Enable for selected domains": what the admin types, normalised the way Asset
// Panda stores them (lower case), and checked against Cognito's limits for IdP identifiers
// (docs/assetpanda-facts.md#domains: at most 50, each at most 40 characters).

export const DOMAINS_MAX = 50;
export const DOMAIN_MAX = 40;

const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export type DomainsProblem =
  | { code: 'required' }
  | { code: 'too-many' }
  | { code: 'invalid'; domain: string }
  | { code: 'too-long'; domain: string };

/** A domain in the form Asset Panda compares: lower case, no trailing dot, IDNs in their xn-- form. */
function normalizeDomain(raw: string): string {
  const domain = raw.trim().toLowerCase().replace(/\.$/, '');
  if (!/[^\x20-\x7e]/.test(domain)) return domain;
  try {
    return new URL(`https://${domain}/`).hostname; // the URL parser applies IDNA (punycode)
  } catch {
    return domain; // left as typed, so the check below names it as invalid
  }
}

/** "Acme.com, acme.co.uk acme.com" → ["acme.com", "acme.co.uk"]: commas, semicolons or spaces. */
export function parseDomains(text: string): string[] {
  const domains = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(normalizeDomain)
    .filter(Boolean);
  return [...new Set(domains)];
}

export function domainsProblem(domains: readonly string[]): DomainsProblem | null {
  if (domains.length === 0) return { code: 'required' };
  if (domains.length > DOMAINS_MAX) return { code: 'too-many' };
  for (const domain of domains) {
    if (!HOSTNAME.test(domain)) return { code: 'invalid', domain };
    if (domain.length > DOMAIN_MAX) return { code: 'too-long', domain };
  }
  return null;
}

/**
 * Domains to suggest, from e-mail addresses of the signed-in tenant (the admin's own): the part
 * after the "@". A portal address's `#@contoso.com` fragment is not one: any link can carry it.
 */
export function suggestDomains(addresses: readonly string[]): string[] {
  const found = addresses
    .map((address) => /^[^@\s]+@([^@\s]+)$/.exec(address.trim())?.[1] ?? '')
    .map((domain) => domain.toLowerCase())
    .filter((domain) => HOSTNAME.test(domain) && domain.length <= DOMAIN_MAX);
  return [...new Set(found)];
}
