// The setup report for the admin's change ticket (issue 15): what was configured and verified, the
// metadata's facts, what Asset Panda got, and when each step was done and how the assistant knew.
// Built from stored state only. It holds no secrets and no personal data: no metadata bytes, no
// free text read from a page, nothing about users; the only names are the organization's own
// (its domains, its Asset Panda address, its tenant id).

import type { CertificateInfo } from './metadata/types';
import type { ProviderProfile } from './profile';
import type { PortalCertificate, Progress, StoredMetadata, TransferRecord } from './storage-schema';
import { GUIDE_STEPS, type GuideStep } from './steps';

/** How a step's completion was established (the stored `detail` when it is one of these). */
export const VERIFICATIONS = [
  'seen-in-portal',
  'metadata-checked',
  'asset-panda-listed',
  'admin-confirmed',
  'signed-in-seen',
] as const;
export type Verification = (typeof VERIFICATIONS)[number];

const DEFAULT_VERIFICATION: Record<GuideStep, Verification> = {
  'open-enterprise-apps': 'seen-in-portal',
  'create-app': 'seen-in-portal',
  'choose-saml': 'seen-in-portal',
  'basic-saml': 'seen-in-portal',
  'email-claim': 'seen-in-portal',
  'download-metadata': 'metadata-checked',
  'assign-users': 'seen-in-portal',
  'send-to-assetpanda': 'asset-panda-listed',
  'test-sign-in': 'admin-confirmed',
};

export interface SetupReport {
  report: 'asset-panda-sso-setup';
  version: 1;
  generatedAt: string;
  entra: {
    identifier: string;
    replyUrl: string;
    claim: { name: string; source: string };
  };
  metadata: {
    entityId: string;
    tenantId: string | null;
    appId: string | null;
    sso: { redirect: string | null; post: string | null };
    source: string;
    capturedAt: string;
    certificates: Pick<CertificateInfo, 'sha1' | 'sha256' | 'subject' | 'notBefore' | 'notAfter'>[];
    /** The thumbprint the portal's SAML Certificates card showed, and whether the file has it. */
    portalThumbprint: string | null;
    portalThumbprintMatches: boolean | null;
  } | null;
  assetPanda: {
    address: string;
    connectionName: string;
    enableType: string;
    domains: string[];
    status: string;
    savedAt: string | null;
  } | null;
  steps: {
    id: GuideStep;
    state: 'todo' | 'done' | 'blocked';
    at: string | null;
    verifiedBy: Verification | null;
  }[];
}

export interface SetupReportInput {
  now: Date;
  profile: ProviderProfile;
  progress: Progress;
  metadata: StoredMetadata | undefined;
  portalCertificate: PortalCertificate | null;
  transfer: TransferRecord | null;
  assetPandaUrl: string;
}

export function buildSetupReport(input: SetupReportInput): SetupReport {
  const { profile, progress, metadata, portalCertificate, transfer } = input;
  const portalThumbprint = portalCertificate?.thumbprint ?? null;
  return {
    report: 'asset-panda-sso-setup',
    version: 1,
    generatedAt: input.now.toISOString(),
    entra: {
      identifier: profile.entityId,
      replyUrl: profile.replyUrl,
      claim: { name: profile.claimName, source: profile.claimSource },
    },
    metadata: metadata
      ? {
          entityId: metadata.report.entityId,
          tenantId: metadata.report.tenantId,
          appId: metadata.appId,
          sso: metadata.report.sso,
          source: metadata.source,
          capturedAt: metadata.capturedAt,
          certificates: metadata.report.certificates.map(
            ({ sha1, sha256, subject, notBefore, notAfter }) => ({
              sha1,
              sha256,
              subject,
              notBefore,
              notAfter,
            }),
          ),
          portalThumbprint,
          portalThumbprintMatches: portalThumbprint
            ? metadata.report.certificates.some((c) => c.sha1 === portalThumbprint)
            : null,
        }
      : null,
    assetPanda: transfer
      ? {
          address: originOf(input.assetPandaUrl),
          connectionName: transfer.connectionName,
          enableType: transfer.enableType,
          domains: [...transfer.domains],
          status: transfer.status,
          savedAt: transfer.saveClickedAt,
        }
      : null,
    steps: GUIDE_STEPS.map((id) => {
      const record = progress.steps[id];
      const state = record?.state ?? 'todo';
      const detail = (VERIFICATIONS as readonly string[]).includes(record?.detail ?? '')
        ? (record!.detail as Verification)
        : DEFAULT_VERIFICATION[id];
      return { id, state, at: record?.at ?? null, verifiedBy: state === 'done' ? detail : null };
    }),
  };
}

function originOf(href: string): string {
  try {
    return new URL(href).origin;
  } catch {
    return '';
  }
}
