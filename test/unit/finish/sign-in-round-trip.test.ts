// The sign-in test's round trip: which addresses are Entra's SAML endpoint, and which visits are
// recent enough to count for an arrival at Asset Panda.

import { describe, expect, it } from 'vitest';
import { cameFromEntra, isEntraSamlUrl } from '../../../src/core/sign-in-round-trip';

describe('sign-in round trip', () => {
  it.each([
    [
      'https://login.microsoftonline.com/11394d0f-b180-4b91-86c3-bda58288ece0/saml2?SAMLRequest=x',
      true,
    ],
    ['https://login.microsoftonline.com/contoso.onmicrosoft.com/saml2', true],
    [
      'https://login.microsoftonline.com/t/federationmetadata/2007-06/federationmetadata.xml',
      false,
    ],
    ['https://login.microsoftonline.com/t/saml2x', false],
    ['https://login.microsoftonline.com.example.com/t/saml2', false],
    ['http://login.microsoftonline.com/t/saml2', false],
  ])('%s is Entra’s SAML endpoint: %s', (href, expected) => {
    expect(isEntraSamlUrl(href)).toBe(expected);
  });

  it('counts a visit of the same tab within ten minutes, not another tab’s or an old one', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    const visits = [
      { tabId: 3, at: '2026-12-07T09:55:00Z' },
      { tabId: 4, at: '2026-12-07T09:40:00Z' },
    ];
    expect(cameFromEntra(visits, 3, now)).toBe(true);
    expect(cameFromEntra(visits, 4, now)).toBe(false);
    expect(cameFromEntra(visits, 5, now)).toBe(false);
  });
});
