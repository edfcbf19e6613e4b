// Every error and warning the metadata checker can report, and its English message. The codes are
// a contract (the `inspect-metadata --json` output): the extension UI translates by code, support staff search by
// code. Messages live only here, so that the wording stays consistent and can be translated in
// one place. Each message says what is wrong and what to do, for a busy IT admin.

/** Largest metadata document the checker reads (bytes, UTF-8). Entra's is about 14 KB. */
export const MAX_METADATA_BYTES = 1024 * 1024;
/** Deeper nesting than this is refused before parsing (real metadata is under 10 levels). */
export const MAX_NESTING_DEPTH = 100;
/** Amazon Cognito, behind Asset Panda's sign-in, takes signing certificates up to this length. */
export const MAX_CERTIFICATE_CHARS = 4096;
/** A valid certificate that expires within this many days is worth a warning. */
export const EXPIRY_WARNING_DAYS = 90;

export const METADATA_ERROR_CODES = [
  'empty',
  'too-large',
  'not-xml',
  'doctype-forbidden',
  'not-metadata',
  'sp-metadata',
  'aggregate',
  'no-idp-descriptor',
  'no-signing-certificate',
  'bad-certificate',
  'certificate-expired',
  'no-sso-endpoint',
  'insecure-endpoint',
] as const;
export type MetadataErrorCode = (typeof METADATA_ERROR_CODES)[number];

/** In the order the checker reports them: the most important first. */
export const METADATA_WARNING_CODES = [
  'not-entra',
  'tenant-metadata',
  'not-microsoft-certificate',
  'some-certificates-expired',
  'certificate-expiring',
  'certificate-not-yet-valid',
  'multiple-certificates',
  'no-redirect-binding',
] as const;
export type MetadataWarningCode = (typeof METADATA_WARNING_CODES)[number];

/** A certificate as a message names it: by thumbprint, with the date that matters. */
export interface CertificateRef {
  sha1: string;
  date: string;
}

/** What each error message needs to know. */
export interface ErrorDetails {
  empty: undefined;
  'too-large': undefined;
  'not-xml':
    | { reason: 'utf-16' }
    | { reason: 'not-utf-8' }
    | { reason: 'bad-characters'; line: number }
    | { reason: 'syntax'; detail: string; line: number | null };
  'doctype-forbidden': undefined;
  'not-metadata':
    | { reason: 'root'; name: string; namespace: string | null }
    | { reason: 'no-entity-id' }
    | { reason: 'too-deep' };
  'sp-metadata': undefined;
  aggregate: { entities: number };
  'no-idp-descriptor': { reason: 'none' | 'ws-federation-only' | 'not-saml2' };
  'no-signing-certificate': undefined;
  'bad-certificate': {
    position: number;
    total: number;
    start: string;
    problem: 'base64' | 'x509' | 'too-long';
    length: number;
  };
  'certificate-expired': { count: number; lastNotAfter: string; entra: boolean };
  'no-sso-endpoint': undefined;
  'insecure-endpoint': { binding: 'HTTP-Redirect' | 'HTTP-POST'; location: string };
}

/** What each warning message needs to know. */
export interface WarningDetails {
  'not-entra': { entityId: string; provider: string | null };
  'tenant-metadata': { common: boolean };
  'not-microsoft-certificate': { certificates: { sha1: string; subject: string }[] };
  'some-certificates-expired': { expired: CertificateRef[]; total: number };
  'certificate-expiring': CertificateRef & { daysLeft: number };
  'certificate-not-yet-valid': { certificates: CertificateRef[] };
  'multiple-certificates': { count: number };
  'no-redirect-binding': undefined;
}

const DOWNLOAD_APP_METADATA =
  "In Microsoft Entra, open Enterprise applications > your Asset Panda app > Single sign-on, and download 'Federation Metadata XML' from the SAML Signing Certificate card.";
const USE_AS_DOWNLOADED =
  'Use the file exactly as downloaded, without opening and saving it in an editor.';
const NEW_ENTRA_CERTIFICATE =
  "In Entra, open your Asset Panda app > Single sign-on > SAML Signing Certificate > Edit, add a new certificate, make it Active and save; then download 'Federation Metadata XML' again.";

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

type MessageTable<Codes extends string, Details extends Record<Codes, unknown>> = {
  [C in Codes]: (details: Details[C]) => string;
};

export const ERROR_MESSAGES: MessageTable<MetadataErrorCode, ErrorDetails> = {
  empty: () => `The file is empty. ${DOWNLOAD_APP_METADATA}`,

  'too-large': () =>
    `The file is larger than ${MAX_METADATA_BYTES / 1024 / 1024} MB, far bigger than any identity-provider metadata (Entra's Federation Metadata XML is about 14 KB), so it was not read. Check that you picked the right file. ${DOWNLOAD_APP_METADATA}`,

  'not-xml': (d) => {
    switch (d.reason) {
      case 'utf-16':
        return `The file was saved as UTF-16 text (some Windows tools, such as PowerShell's Out-File, do this), and Asset Panda reads only the UTF-8 file that Entra provides. ${DOWNLOAD_APP_METADATA} ${USE_AS_DOWNLOADED}`;
      case 'not-utf-8':
        return `The file is not UTF-8 text, so it is damaged or not a metadata file. ${DOWNLOAD_APP_METADATA} ${USE_AS_DOWNLOADED}`;
      case 'bad-characters':
        return `The file contains characters that XML does not allow (line ${d.line}), so it is damaged or not a metadata file. ${DOWNLOAD_APP_METADATA} ${USE_AS_DOWNLOADED}`;
      case 'syntax':
        return `The file is not well-formed XML (${d.line === null ? '' : `near line ${d.line}: `}${d.detail}). It may be cut off, damaged, or not a metadata file at all. ${DOWNLOAD_APP_METADATA} ${USE_AS_DOWNLOADED}`;
    }
  },

  'doctype-forbidden': () =>
    `The file contains a DOCTYPE declaration. Identity-provider metadata never has one, and it can be used to attack XML readers, so the file was not read. ${DOWNLOAD_APP_METADATA}`,

  'not-metadata': (d) => {
    switch (d.reason) {
      case 'root':
        return d.name.replace(/^.*:/, '') === 'EntityDescriptor'
          ? `This XML file is not SAML metadata: its <${d.name}> element is ${d.namespace === null ? 'in no namespace' : `in the namespace "${d.namespace}"`}, not in the SAML 2.0 metadata namespace. ${DOWNLOAD_APP_METADATA}`
          : `This XML file is not SAML metadata: its top element is <${d.name}>, not <EntityDescriptor>. ${DOWNLOAD_APP_METADATA}`;
      case 'no-entity-id':
        return `This metadata has no entity ID (the entityID attribute is missing or empty), so no service can use it. ${DOWNLOAD_APP_METADATA}`;
      case 'too-deep':
        return `This file's elements are nested more than ${MAX_NESTING_DEPTH} levels deep, which SAML metadata never is, so it was not read. ${DOWNLOAD_APP_METADATA}`;
    }
  },

  'sp-metadata': () =>
    `This is service-provider metadata: it describes an application, not Microsoft Entra ID. ${DOWNLOAD_APP_METADATA}`,

  aggregate: (d) =>
    `This file holds the metadata of ${d.entities} ${plural(d.entities, 'entity', 'entities')} inside a list (EntitiesDescriptor), as federations publish it. Asset Panda needs the metadata of exactly one identity provider. ${DOWNLOAD_APP_METADATA}`,

  'no-idp-descriptor': (d) => {
    switch (d.reason) {
      case 'none':
        return `This SAML metadata does not describe an identity provider (it has no IDPSSODescriptor), so Asset Panda cannot sign anyone in with it. ${DOWNLOAD_APP_METADATA}`;
      case 'ws-federation-only':
        return `This is WS-Federation metadata, with no SAML 2.0 identity-provider section, and Asset Panda signs in with SAML 2.0 only. ${DOWNLOAD_APP_METADATA}`;
      case 'not-saml2':
        return `This identity provider's metadata does not offer SAML 2.0, only older protocols, and Asset Panda signs in with SAML 2.0. ${DOWNLOAD_APP_METADATA}`;
    }
  },

  'no-signing-certificate': () =>
    `This metadata has no signing certificate for the identity provider, so Asset Panda could not check that a sign-in really comes from it. If the SAML Signing Certificate card in Entra shows no certificate, add one, make it Active and save. ${DOWNLOAD_APP_METADATA}`,

  'bad-certificate': (d) => {
    const which = `Signing certificate ${d.position} of ${d.total} (it begins "${d.start}…")`;
    switch (d.problem) {
      case 'base64':
        return `${which} cannot be read: its base64 text is damaged or cut off. The file was probably changed when it was copied or edited. ${DOWNLOAD_APP_METADATA} ${USE_AS_DOWNLOADED}`;
      case 'x509':
        return `${which} cannot be read: it is not a valid X.509 certificate. The file was probably changed when it was copied or edited. ${DOWNLOAD_APP_METADATA} ${USE_AS_DOWNLOADED}`;
      case 'too-long':
        return `${which} is ${d.length} characters long, and Asset Panda's sign-in service accepts signing certificates of at most ${MAX_CERTIFICATE_CHARS} characters. ${NEW_ENTRA_CERTIFICATE}`;
    }
  },

  'certificate-expired': (d) =>
    `${
      d.count === 1
        ? `The signing certificate expired on ${d.lastNotAfter}`
        : `All ${d.count} signing certificates have expired, the last one on ${d.lastNotAfter}`
    }, and Asset Panda does not accept an expired certificate. ${
      d.entra
        ? NEW_ENTRA_CERTIFICATE
        : `Renew the signing certificate in the identity provider and export its metadata again. If you are setting up Microsoft Entra ID, use its file instead: ${DOWNLOAD_APP_METADATA}`
    }`,

  'no-sso-endpoint': () =>
    `This metadata gives no SAML sign-in address (no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding), so Asset Panda would not know where to send people to sign in. ${DOWNLOAD_APP_METADATA}`,

  'insecure-endpoint': (d) =>
    `The ${d.binding} sign-in address "${d.location}" does not start with https://, so sign-ins would travel unprotected, and Asset Panda needs an https:// address. Use the metadata of an identity provider that is reached over https:// (Microsoft Entra always is). ${DOWNLOAD_APP_METADATA}`,
};

export const WARNING_MESSAGES: MessageTable<MetadataWarningCode, WarningDetails> = {
  'not-entra': (d) =>
    `This metadata comes from ${d.provider ?? 'an identity provider other than Microsoft Entra ID'} (entity ID "${d.entityId}"), not from Microsoft Entra ID. Asset Panda can use it, but this assistant's steps are written for Entra. If you are setting up Entra, use its file instead: ${DOWNLOAD_APP_METADATA}`,

  'tenant-metadata': (d) =>
    `${
      d.common
        ? `This is Microsoft Entra's shared "common" metadata (its entity ID holds the placeholder {tenantid})`
        : `This is your Entra directory's tenant-wide metadata`
    }, not the Federation Metadata XML of your Asset Panda app: it lists Microsoft's directory-wide signing keys, not your app's SAML signing certificate, so sign-in would fail. ${DOWNLOAD_APP_METADATA} Or use the app's App Federation Metadata Url, the one that ends in ?appid=…`,

  'not-microsoft-certificate': (d) =>
    `${
      d.certificates.length === 1 ? 'The signing certificate' : 'These signing certificates'
    } ${d.certificates.map((c) => `${c.sha1} (${c.subject})`).join(', ')} ${plural(d.certificates.length, 'was', 'were')} not created by Microsoft Entra, whose own are named "Microsoft Azure Federated SSO Certificate". That is expected only if you imported your own certificate on the SAML Signing Certificate card; otherwise the file was changed after it was downloaded. ${DOWNLOAD_APP_METADATA}`,

  'some-certificates-expired': (d) =>
    `${d.expired.length} of the ${d.total} signing certificates ${plural(d.expired.length, 'has', 'have')} expired (${d.expired.map((c) => `${c.sha1} on ${c.date}`).join(', ')}). Sign-in works only while Entra signs with a certificate that is still valid: check on the SAML Signing Certificate card that the certificate marked Active is not one of these.`,

  'certificate-expiring': (d) =>
    `The signing certificate ${d.sha1} expires on ${d.date} (${
      d.daysLeft === 0 ? 'today' : `in ${d.daysLeft} ${plural(d.daysLeft, 'day', 'days')}`
    }). Then sign-in to Asset Panda stops until new metadata is sent to it. Before that date, add a new certificate on the SAML Signing Certificate card in Entra, make it Active, and send the new Federation Metadata XML to Asset Panda.`,

  'certificate-not-yet-valid': (d) =>
    `${
      d.certificates.length === 1 ? 'The signing certificate' : 'The signing certificates'
    } ${d.certificates.map((c) => `${c.sha1} (valid from ${c.date})`).join(', ')} ${plural(d.certificates.length, 'is', 'are')} not valid yet: until then, sign-ins signed with ${plural(d.certificates.length, 'it', 'them')} will fail. If the date looks wrong, check this computer's date and time.`,

  'multiple-certificates': (d) =>
    `This metadata lists ${d.count} signing certificates. Asset Panda accepts a sign-in signed with any of them; check that the certificate marked Active on the SAML Signing Certificate card in Entra is among them (compare the thumbprints).`,

  'no-redirect-binding': () =>
    `This metadata gives a sign-in address for HTTP-POST only, not for HTTP-Redirect, which Asset Panda's sign-in service uses to send people to the identity provider, so sign-in may fail. Check that the identity provider offers the HTTP-Redirect binding and export its metadata again.`,
};

/** Thrown inside the checker to stop at the first problem; inspectMetadata turns it into a report. */
export class MetadataProblem extends Error {
  constructor(
    readonly code: MetadataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MetadataProblem';
  }
}

type DetailArgs<T> = T extends undefined ? [] : [details: T];

/** The error for `code`, with its message from the table; the details its message needs. */
export function problem<C extends MetadataErrorCode>(
  code: C,
  ...details: DetailArgs<ErrorDetails[C]>
): MetadataProblem {
  const message = ERROR_MESSAGES[code] as (d: ErrorDetails[C]) => string;
  return new MetadataProblem(code, message(details[0] as ErrorDetails[C]));
}

/** The warning for `code`, with its message from the table; the details its message needs. */
export function warning<C extends MetadataWarningCode>(
  code: C,
  ...details: DetailArgs<WarningDetails[C]>
): { code: C; message: string } {
  const message = WARNING_MESSAGES[code] as (d: WarningDetails[C]) => string;
  return { code, message: message(details[0] as WarningDetails[C]) };
}
