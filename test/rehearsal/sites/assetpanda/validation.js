// The rules for an SSO connection, shared by the form (inline messages) and the "server" (which
// checks again, as a real API would). The limits are Amazon Cognito's, which Asset Panda Pro is
// built on (assetpanda-cognito-entra.md, section 5): Connection Name = ProviderName (1-32
// characters, no underscores); Domains = IdpIdentifiers (at most 50, each 1-40 characters, unique
// across the connections of the organization).
import { ENABLE_TYPES, ERRORS } from './labels.js';

export const NAME_MAX = 32;
export const DOMAINS_MAX = 50;
export const DOMAIN_MAX = 40;

const XML_TYPES = ['text/xml', 'application/xml'];
const HOSTNAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SAML_METADATA_NS = 'urn:oasis:names:tc:SAML:2.0:metadata';

export function enableTypeError(value) {
  return ENABLE_TYPES.some((option) => option.value === value) ? null : ERRORS.enableTypeRequired;
}

export function nameError(rawName, connections) {
  const name = rawName.trim();
  if (!name) return ERRORS.nameRequired;
  if (name.length > NAME_MAX) return ERRORS.nameTooLong;
  if (name.includes('_')) return ERRORS.nameUnderscore;
  const key = name.toLowerCase();
  if (connections.some((connection) => connection.name.toLowerCase() === key)) {
    return ERRORS.nameTaken;
  }
  return null;
}

/** "Acme.com, acme.co.uk ," -> ["acme.com", "acme.co.uk"] */
export function parseDomains(text) {
  return text
    .split(',')
    .map((domain) => domain.trim().toLowerCase())
    .filter(Boolean);
}

export function domainsError(domains, connections) {
  if (domains.length === 0) return ERRORS.domainsRequired;
  if (domains.length > DOMAINS_MAX) return ERRORS.domainsTooMany;
  const seen = new Set();
  for (const domain of domains) {
    if (!HOSTNAME.test(domain)) return ERRORS.domainInvalid(domain);
    if (domain.length > DOMAIN_MAX) return ERRORS.domainTooLong(domain);
    if (seen.has(domain)) return ERRORS.domainRepeated(domain);
    seen.add(domain);
    const owner = connections.find((connection) => connection.domains.includes(domain));
    if (owner) return ERRORS.domainTaken(domain, owner.name);
  }
  return null;
}

/** What the browser can tell before upload: present, an XML file, not empty. */
export function fileError(file) {
  if (!file) return ERRORS.fileRequired;
  const isXml = /\.xml$/i.test(file.name) || XML_TYPES.includes(file.type);
  if (!isXml) return ERRORS.fileNotXml;
  if (file.size === 0) return ERRORS.fileEmpty;
  return null;
}

/** What the server (Cognito) finds when it reads the document. */
export function metadataError(bytes) {
  const text = new TextDecoder().decode(bytes); // drops a UTF-8 BOM, as Entra's files have one
  const doc = new window.DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return ERRORS.fileUnreadable;
  const root = doc.documentElement;
  const isMetadata =
    root.namespaceURI === SAML_METADATA_NS &&
    (root.localName === 'EntityDescriptor' || root.localName === 'EntitiesDescriptor');
  return isMetadata ? null : ERRORS.fileNotMetadata;
}
