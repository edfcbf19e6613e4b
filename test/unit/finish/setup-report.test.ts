// The setup report: JSON holding the values configured and verified, the metadata's facts, what
// Asset Panda got and each step's time and verification; Markdown rendering the same; and nothing
// in it that is a secret or personal.

import { describe, expect, it } from 'vitest';
import { buildSetupReport, type SetupReportInput } from '../../../src/core/setup-report';
import { setupReportMarkdown } from '../../../src/core/setup-report-markdown';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import type { StoredMetadata, TransferRecord } from '../../../src/core/storage-schema';

const CERT = {
  sha1: 'F'.repeat(40),
  sha256: 'E'.repeat(64),
  subject: 'CN=Microsoft Azure Federated SSO Certificate',
  notBefore: '2024-10-22T00:00:00.000Z',
  notAfter: '2027-10-22T00:00:00.000Z',
};
const METADATA: StoredMetadata = {
  base64: 'PFNFQ1JFVD4=', // the bytes: never in the report
  fileName: 'Asset Panda.xml',
  source: 'file',
  appId: '0b1c2d3e-0000-4000-8000-000000000001',
  capturedAt: '2026-12-07T08:00:00.000Z',
  report: {
    ok: true,
    entityId: 'https://sts.windows.net/11394d0f-b180-4b91-86c3-bda58288ece0/',
    tenantId: '11394d0f-b180-4b91-86c3-bda58288ece0',
    sso: {
      redirect: 'https://login.microsoftonline.com/t/saml2',
      post: 'https://login.microsoftonline.com/t/saml2',
    },
    certificates: [CERT],
    warnings: [],
  },
};
const TRANSFER = {
  id: 't1',
  status: 'done',
  enableType: 'domains',
  connectionName: 'Microsoft Entra ID',
  domains: ['acme.com', 'acme.co.uk'],
  replaceExisting: false,
  metadataBase64: 'PFNFQ1JFVD4=',
  fileName: 'Asset Panda.xml',
  tabId: 4,
  origin: 'https://acme.assetpanda.app',
  step: 'read-back',
  waitingFor: null,
  problem: null,
  saveClickedAt: '2026-12-07T08:05:00.000Z',
  startedAt: '2026-12-07T08:04:00.000Z',
  updatedAt: '2026-12-07T08:06:00.000Z',
  steps: [],
} satisfies TransferRecord;

const input: SetupReportInput = {
  now: new Date('2026-12-07T09:00:00Z'),
  profile: DEFAULT_PROFILE,
  progress: {
    steps: {
      'basic-saml': { state: 'done', at: '2026-12-07T07:50:00.000Z' },
      'assign-users': {
        state: 'done',
        at: '2026-12-07T07:58:00.000Z',
        detail: 'Jane Doe <jane@acme.com>',
      },
      'send-to-assetpanda': { state: 'done', at: '2026-12-07T08:06:00.000Z' },
      'test-sign-in': { state: 'done', at: '2026-12-07T08:10:00.000Z', detail: 'signed-in-seen' },
    },
    guide: { dismissed: false, collapsed: false },
  },
  metadata: METADATA,
  portalCertificate: { appId: null, thumbprint: 'F'.repeat(40), metadataUrl: null, seenAt: '' },
  transfer: TRANSFER,
  assetPandaUrl: 'https://acme.assetpanda.app/dashboard',
};

describe('setup report', () => {
  const report = buildSetupReport(input);

  it('holds the configured values, the metadata facts and what Asset Panda got', () => {
    expect(report.entra).toEqual({
      identifier: DEFAULT_PROFILE.entityId,
      replyUrl: DEFAULT_PROFILE.replyUrl,
      claim: { name: 'emailaddress', source: 'user.mail' },
    });
    expect(report.metadata).toMatchObject({
      entityId: METADATA.report.entityId,
      tenantId: METADATA.report.tenantId,
      certificates: [CERT],
      portalThumbprintMatches: true,
    });
    expect(report.assetPanda).toEqual({
      address: 'https://acme.assetpanda.app',
      connectionName: 'Microsoft Entra ID',
      enableType: 'domains',
      domains: ['acme.com', 'acme.co.uk'],
      status: 'done',
      savedAt: '2026-12-07T08:05:00.000Z',
    });
  });

  it('says when each step was done and how it was verified', () => {
    const step = (id: string) => report.steps.find((s) => s.id === id);
    expect(step('basic-saml')).toEqual({
      id: 'basic-saml',
      state: 'done',
      at: '2026-12-07T07:50:00.000Z',
      verifiedBy: 'seen-in-portal',
    });
    expect(step('test-sign-in')?.verifiedBy).toBe('signed-in-seen');
    expect(step('send-to-assetpanda')?.verifiedBy).toBe('asset-panda-listed');
    expect(step('create-app')).toEqual({
      id: 'create-app',
      state: 'todo',
      at: null,
      verifiedBy: null,
    });
  });

  it('holds no metadata bytes and no free text from a page (which could name a person)', () => {
    const json = JSON.stringify(report);
    expect(json).not.toContain('PFNFQ1JFVD4=');
    expect(json).not.toContain('jane');
    expect(json).not.toContain('Jane');
  });

  it('renders the same values in Markdown', () => {
    const md = setupReportMarkdown(report, (key) => `«${key}»`);
    for (const value of [
      DEFAULT_PROFILE.entityId,
      DEFAULT_PROFILE.replyUrl,
      'emailaddress ← user.mail',
      CERT.sha1,
      CERT.notAfter,
      'acme.com, acme.co.uk',
      'https://acme.assetpanda.app',
      '«report_verified_signed_in_seen»',
    ])
      expect(md).toContain(value);
    expect(md).not.toContain('jane');
  });

  it('without metadata or transfer, says so instead of inventing values', () => {
    const empty = buildSetupReport({
      ...input,
      metadata: undefined,
      transfer: null,
      portalCertificate: null,
    });
    expect(empty.metadata).toBeNull();
    expect(empty.assetPanda).toBeNull();
    expect(setupReportMarkdown(empty, (k) => (k === 'report_none' ? '—' : k))).toMatch(
      /## report_metadata\n\n—/,
    );
  });
});
