// The connection name and domains the popup checks before a transfer: Asset Panda Pro's sign-in
// service (Amazon Cognito) limits, and the normalisation Asset Panda applies to domains.

import { describe, expect, it } from 'vitest';
import { domainsProblem, parseDomains, suggestDomains } from '../../src/core/transfer-domains';
import {
  connectionNameProblem,
  DEFAULT_CONNECTION_NAME,
  metadataFileName,
} from '../../src/core/transfer-name';

describe('connectionNameProblem', () => {
  it.each([
    [DEFAULT_CONNECTION_NAME, null],
    ['  Entra SSO  ', null], // trimmed before it is checked and sent
    ['Entra-ID (prod) #2', null],
    ['Zürich Entra', null],
    ['x'.repeat(32), null],
    ['', 'required'],
    ['   ', 'required'],
    ['AD', 'too-short'],
    ['x'.repeat(33), 'too-long'],
    ['Entra_ID', 'underscore'],
    ['_Entra', 'underscore'],
    ['Entra\tID', 'characters'],
    ['Entra\u200bID', 'characters'],
    ['A Team', 'second-character'],
  ])('%j → %s', (name, problem) => {
    expect(connectionNameProblem(name)).toBe(problem);
  });
});

describe('metadataFileName', () => {
  it('names the file after the connection, without characters file names cannot hold', () => {
    expect(metadataFileName('Microsoft Entra ID')).toBe('Microsoft Entra ID.xml');
    expect(metadataFileName(' Entra: EU/US ')).toBe('Entra- EU-US.xml');
  });
});

describe('parseDomains', () => {
  it('splits on commas, semicolons and white space, lower-cases, and drops repeats', () => {
    expect(parseDomains(' Acme.COM, acme.co.uk;\nacme.com  contoso.com. ,')).toEqual([
      'acme.com',
      'acme.co.uk',
      'contoso.com',
    ]);
  });
  it('turns an internationalised domain into its xn-- form', () => {
    expect(parseDomains('Bücher.example')).toEqual(['xn--bcher-kva.example']);
  });
});

describe('domainsProblem', () => {
  it('accepts hostnames', () => {
    expect(domainsProblem(['acme.com', 'eu.acme.co.uk', 'xn--bcher-kva.example'])).toBeNull();
  });
  it.each([
    [[], { code: 'required' }],
    [['acme'], { code: 'invalid', domain: 'acme' }],
    [['alex@acme.com'], { code: 'invalid', domain: 'alex@acme.com' }],
    [['https://acme.com'], { code: 'invalid', domain: 'https://acme.com' }],
    [['*.acme.com'], { code: 'invalid', domain: '*.acme.com' }],
    [['acme.123'], { code: 'invalid', domain: 'acme.123' }],
    [['-acme.com'], { code: 'invalid', domain: '-acme.com' }],
    [[`${'a'.repeat(37)}.com`], { code: 'too-long', domain: `${'a'.repeat(37)}.com` }],
    [Array.from({ length: 51 }, (_, i) => `d${i}.com`), { code: 'too-many' }],
  ])('%j → %j', (domains, problem) => {
    expect(domainsProblem(domains)).toEqual(problem);
  });
});

describe('suggestDomains', () => {
  it("takes the domain of the signed-in admin's own address, once each", () => {
    expect(
      suggestDomains(['Admin@Contoso.com', 'it@contoso.com', 'not an address', 'a@b@c.com']),
    ).toEqual(['contoso.com']);
  });
  it("never takes a domain from a link's #@domain fragment", () => {
    expect(
      suggestDomains([
        'https://portal.azure.com/#@evil.example/view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
        'https://entra.microsoft.com/evil.example/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade',
      ]),
    ).toEqual([]);
  });
});
