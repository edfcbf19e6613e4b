import type { MetadataErrorCode, MetadataWarningCode } from './errors';

/** One distinct signing certificate of the identity provider. */
export interface CertificateInfo {
  /** SHA-1 of the DER bytes: the "Thumbprint" Entra shows. Upper-case hex, no separators. */
  sha1: string;
  /** SHA-256 of the DER bytes. Upper-case hex, no separators. */
  sha256: string;
  /** Distinguished name, e.g. "CN=Microsoft Azure Federated SSO Certificate". */
  subject: string;
  /** ISO 8601 UTC. */
  notBefore: string;
  /** ISO 8601 UTC. */
  notAfter: string;
}

export interface MetadataWarning {
  code: MetadataWarningCode;
  message: string;
}

/** The result of checking a metadata document; also the JSON `inspect-metadata --json` prints. */
export type MetadataReport =
  | {
      ok: true;
      entityId: string;
      /** The Entra directory (tenant) id, lower case; null when the metadata is not an Entra tenant's. */
      tenantId: string | null;
      sso: { redirect: string | null; post: string | null };
      /** Sorted by notAfter, earliest first. */
      certificates: CertificateInfo[];
      warnings: MetadataWarning[];
    }
  | { ok: false; error: { code: MetadataErrorCode; message: string } };
