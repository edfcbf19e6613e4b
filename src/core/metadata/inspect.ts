import {
  daysUntil,
  formatUtc,
  parseSigningCertificates,
  readSigningCertificateTexts,
  type SigningCertificate,
} from './certificates';
import { readSsoEndpoints, type SsoEndpoints } from './endpoints';
import {
  ENTRA_APP_CERTIFICATE_SUBJECT,
  isTenantWideMetadata,
  recogniseEntraEntityId,
  type EntraEntity,
} from './entra';
import { readIdentityProviderEntity } from './entity';
import { EXPIRY_WARNING_DAYS, MetadataProblem, problem, warning } from './errors';
import { readMetadataText } from './input';
import { guessIdentityProvider } from './providers';
import type { MetadataReport, MetadataWarning } from './types';
import { parseXml } from './xml';

export {
  MAX_METADATA_BYTES,
  METADATA_ERROR_CODES,
  METADATA_WARNING_CODES,
  type MetadataErrorCode,
  type MetadataWarningCode,
} from './errors';
export type { CertificateInfo, MetadataReport, MetadataWarning } from './types';

/**
 * Checks an identity provider's SAML metadata (Entra's Federation Metadata XML, normally) before it
 * goes to Asset Panda, and says what is in it or why it cannot be used. Takes the file's bytes (a
 * UTF-8 byte-order mark and CRLF line ends are fine) or its text. Never throws for a bad document:
 * every problem with the input is reported as `{ ok: false, error }`.
 *
 * `now` is the instant certificate expiry is judged at (default: the current time).
 */
export async function inspectMetadata(
  input: Uint8Array | string,
  options: { now?: Date } = {},
): Promise<MetadataReport> {
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) {
    throw new TypeError('inspectMetadata: options.now is an invalid Date');
  }
  try {
    return await check(input, now);
  } catch (error) {
    if (error instanceof MetadataProblem) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    throw error;
  }
}

// The checks run from the most basic to the most specific, and the first failure is the answer:
// a file that is not XML has no certificates worth judging.
async function check(input: Uint8Array | string, now: Date): Promise<MetadataReport> {
  const xml = parseXml(readMetadataText(input));
  const { entityId, idp, wsFederationRoles } = readIdentityProviderEntity(xml);

  const texts = readSigningCertificateTexts(idp);
  if (texts.length === 0) throw problem('no-signing-certificate');
  const certificates = await parseSigningCertificates(texts);
  const sso = readSsoEndpoints(idp);

  const entra = recogniseEntraEntityId(entityId);
  if (certificates.every((c) => c.notAfter < now)) {
    const last = certificates[certificates.length - 1] as SigningCertificate;
    throw problem('certificate-expired', {
      count: certificates.length,
      lastNotAfter: day(last.notAfter),
      entra: entra !== null,
    });
  }

  return {
    ok: true,
    entityId,
    tenantId: entra?.kind === 'tenant' ? entra.tenantId : null,
    sso,
    certificates: certificates.map((c) => c.info),
    warnings: collectWarnings({ entityId, entra, wsFederationRoles, certificates, sso, now }),
  };
}

interface Findings {
  entityId: string;
  entra: EntraEntity | null;
  wsFederationRoles: string[];
  /** Sorted by notAfter, at least one of them not expired. */
  certificates: SigningCertificate[];
  sso: SsoEndpoints;
  now: Date;
}

// In the order of METADATA_WARNING_CODES, most important first.
function collectWarnings(f: Findings): MetadataWarning[] {
  const warnings: MetadataWarning[] = [];
  const subjects = f.certificates.map((c) => c.info.subject);

  if (f.entra === null) {
    const provider = guessIdentityProvider([f.entityId, f.sso.redirect, f.sso.post]);
    warnings.push(warning('not-entra', { entityId: f.entityId, provider }));
  } else if (isTenantWideMetadata(f.entra, f.wsFederationRoles, subjects)) {
    warnings.push(warning('tenant-metadata', { common: f.entra.kind === 'common' }));
  } else {
    const foreign = f.certificates.filter((c) => c.info.subject !== ENTRA_APP_CERTIFICATE_SUBJECT);
    if (foreign.length > 0) {
      const certificates = foreign.map((c) => ({ sha1: c.info.sha1, subject: c.info.subject }));
      warnings.push(warning('not-microsoft-certificate', { certificates }));
    }
  }

  const expired = f.certificates.filter((c) => c.notAfter < f.now);
  if (expired.length > 0) {
    warnings.push(
      warning('some-certificates-expired', {
        expired: expired.map((c) => ({ sha1: c.info.sha1, date: day(c.notAfter) })),
        total: f.certificates.length,
      }),
    );
  }

  const soonest = f.certificates.find((c) => c.notAfter >= f.now && c.notBefore <= f.now);
  if (soonest && soonest.notAfter.getTime() - f.now.getTime() < EXPIRY_WARNING_DAYS * 86_400_000) {
    warnings.push(
      warning('certificate-expiring', {
        sha1: soonest.info.sha1,
        date: day(soonest.notAfter),
        daysLeft: daysUntil(soonest.notAfter, f.now),
      }),
    );
  }

  const future = f.certificates.filter((c) => c.notBefore > f.now);
  if (future.length > 0) {
    warnings.push(
      warning('certificate-not-yet-valid', {
        certificates: future.map((c) => ({ sha1: c.info.sha1, date: day(c.notBefore) })),
      }),
    );
  }

  if (f.certificates.length > 1) {
    warnings.push(warning('multiple-certificates', { count: f.certificates.length }));
  }
  if (f.sso.redirect === null) warnings.push(warning('no-redirect-binding'));
  return warnings;
}

/** A day as messages show it: YYYY-MM-DD (UTC). */
function day(date: Date): string {
  return formatUtc(date).slice(0, 10);
}
