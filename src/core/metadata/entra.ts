// Recognising Microsoft Entra ID metadata, and telling an app's Federation Metadata XML (the file
// Asset Panda needs) from the tenant-wide file, which carries the directory's keys instead of the
// app's SAML signing certificate (docs/cognito-entra-facts.md#metadata-structure).

/** Entra's entity ID, the "Microsoft Entra Identifier": https://sts.windows.net/<tenant id>/ */
const TENANT_ENTITY_ID =
  /^https:\/\/sts\.windows\.net\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/$/i;
/** The tenant-independent ("common") metadata keeps the placeholder in its entity ID. */
const COMMON_ENTITY_ID = 'https://sts.windows.net/{tenantid}/';

/** The subject of every SAML signing certificate Entra creates for an app. */
export const ENTRA_APP_CERTIFICATE_SUBJECT = 'CN=Microsoft Azure Federated SSO Certificate';

/**
 * Subjects of the directory-wide token-signing keys that tenant-wide metadata lists (as observed in
 * real files). They are the same for every tenant, and never an app's SAML certificate.
 */
const DIRECTORY_KEY_SUBJECTS = new Set([
  'CN=accounts.accesscontrol.windows.net',
  'CN=login.microsoftonline.us',
]);

export type EntraEntity = { kind: 'tenant'; tenantId: string } | { kind: 'common' };

export function recogniseEntraEntityId(entityId: string): EntraEntity | null {
  if (entityId.toLowerCase() === COMMON_ENTITY_ID) return { kind: 'common' };
  const match = TENANT_ENTITY_ID.exec(entityId);
  return match?.[1] ? { kind: 'tenant', tenantId: match[1].toLowerCase() } : null;
}

/**
 * Whether Entra metadata is the tenant-wide file rather than an app's. An app's file has a
 * WS-Federation ApplicationServiceType role, but so do real tenant-wide files, so that alone cannot
 * tell them apart: the signing keys can. Tenant-wide files list only the directory's keys.
 */
export function isTenantWideMetadata(
  entra: EntraEntity,
  wsFederationRoles: string[],
  certificateSubjects: string[],
): boolean {
  return (
    entra.kind === 'common' ||
    !wsFederationRoles.includes('ApplicationServiceType') ||
    certificateSubjects.every((subject) => DIRECTORY_KEY_SUBJECTS.has(subject))
  );
}
