// Reading the SAML page's claims and certificate cards from the saved rehearsal pages (card 1's
// read-back is tested with the fill-in, test/unit/saml).

import { describe, expect, it } from 'vitest';
import {
  claimsCard,
  propertyRows,
  readCertificateCard,
} from '../../../src/content/portal/site/read';
import { present, snapshot } from './snapshots';

describe.each(['en', 'de'])('card read-back (%s)', (lang) => {
  it('finds the claims card in any language and tells whether a claim takes user.mail', () => {
    const withMail = claimsCard(snapshot(`saml-page-correct.${lang}.html`), present)!;
    expect(propertyRows(withMail).some((row) => row.values.includes('user.mail'))).toBe(true);
    const withoutMail = claimsCard(snapshot(`saml-page-no-email-claim.${lang}.html`), present)!;
    expect(withoutMail).not.toBeNull();
    expect(propertyRows(withoutMail).some((row) => row.values.includes('user.mail'))).toBe(false);
  });

  it('reads the thumbprint and the App Federation Metadata Url of the certificate card', () => {
    const certificate = readCertificateCard(snapshot(`saml-page-correct.${lang}.html`), present);
    expect(certificate?.thumbprint).toBe('8809EEE8A5673985453F45C527FE2F1278069223');
    expect(certificate?.metadataUrl).toMatch(
      /^https:\/\/login\.microsoftonline\.com\/11394d0f-b180-4b91-86c3-bda58288ece0\/federationmetadata\/2007-06\/federationmetadata\.xml\?appid=/,
    );
  });
});
