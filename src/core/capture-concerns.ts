// Why the popup asks the admin to confirm before sending a capture (issue 14, planted metadata):
// its signing certificate is not the one the portal's card shows, it is not Entra's metadata, or
// it belongs to another tenant or app than the one the guide set up. Each is how metadata the
// admin never meant to send would look; none is certain proof, so the admin decides.

import { parseMetadataUrl } from './metadata-url';
import type { PortalCertificate, StoredMetadata } from './storage-schema';

export type CaptureConcern = 'thumbprint-differs' | 'not-entra' | 'other-tenant' | 'other-app';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function captureConcerns(
  metadata: StoredMetadata,
  portal: PortalCertificate | null,
): CaptureConcern[] {
  const { report } = metadata;
  const concerns: CaptureConcern[] = [];
  if (portal && !report.certificates.some((c) => same(c.sha1, portal.thumbprint)))
    concerns.push('thumbprint-differs');
  if (report.warnings.some((w) => w.code === 'not-entra')) concerns.push('not-entra');
  const portalTenant = portal?.metadataUrl ? parseMetadataUrl(portal.metadataUrl)?.tenant : null;
  if (
    portalTenant &&
    report.tenantId &&
    /^[0-9a-f-]{36}$/i.test(portalTenant) &&
    !same(portalTenant, report.tenantId)
  )
    concerns.push('other-tenant');
  if (portal?.appId && metadata.appId && !same(portal.appId, metadata.appId))
    concerns.push('other-app');
  return concerns;
}
