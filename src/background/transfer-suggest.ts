// Domains the popup suggests for "Enable for selected domains": only from the signed-in tenant's
// own address as the portal shows it (the certificate card's Notification Email is the signed-in
// admin's), never from an address's `#@domain` fragment, which any link can carry.

import type { PortalCertificate } from '../core/storage-schema';
import { suggestDomains } from '../core/transfer-domains';

export function suggestedDomains(certificate: PortalCertificate | null): string[] {
  return suggestDomains(certificate?.notificationEmail ? [certificate.notificationEmail] : []);
}
