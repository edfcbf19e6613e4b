// When the popup asks before sending (issue 14 part 1): each concern on its own, and none for the
// capture of the app the portal showed.

import { describe, expect, it } from 'vitest';
import { captureConcerns } from '../../../src/core/capture-concerns';
import type { PortalCertificate, StoredMetadata } from '../../../src/core/storage-schema';

const TENANT = '11394d0f-b180-4b91-86c3-bda58288ece0';
const APP = 'd2b4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d91';
const THUMBPRINT = '8809EEE8A5673985453F45C527FE2F1278069223';

const metadata = (over: { tenantId?: string; appId?: string; warnings?: string[] } = {}) =>
  ({
    base64: '',
    fileName: 'a.xml',
    source: 'download',
    appId: over.appId ?? APP,
    capturedAt: '',
    report: {
      ok: true,
      tenantId: over.tenantId ?? TENANT,
      certificates: [{ sha1: THUMBPRINT }],
      warnings: (over.warnings ?? []).map((code) => ({ code, message: '' })),
    },
  }) as unknown as StoredMetadata;

const portal: PortalCertificate = {
  appId: APP,
  thumbprint: THUMBPRINT,
  metadataUrl: `https://login.microsoftonline.com/${TENANT}/federationmetadata/2007-06/federationmetadata.xml?appid=${APP}`,
  seenAt: '',
};

describe('captureConcerns', () => {
  it('has none for the capture of the app the portal showed', () => {
    expect(captureConcerns(metadata(), portal)).toEqual([]);
    expect(captureConcerns(metadata(), null)).toEqual([]);
  });
  it.each([
    [{ ...portal, thumbprint: 'AB'.repeat(20) }, metadata(), 'thumbprint-differs'],
    [portal, metadata({ warnings: ['not-entra'] }), 'not-entra'],
    [portal, metadata({ tenantId: '00000000-0000-4000-8000-000000000000' }), 'other-tenant'],
    [portal, metadata({ appId: '00000000-0000-4000-8000-000000000000' }), 'other-app'],
  ])('names %#', (card, capture, concern) => {
    expect(captureConcerns(capture, card)).toEqual([concern]);
  });
});
