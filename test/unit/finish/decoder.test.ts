// Every entry of the error decoder's table, recognised from the wording the reference quotes
// (reference/assetpanda-cognito-entra.md sections 7 and 8), with the setup's own values beside
// the error's; and what is not recognised.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeError, type DecodeContext } from '../../../src/core/errors/decode';
import { DECODER_ENTRIES } from '../../../src/core/errors/entries';
import { differenceOf } from '../../../src/core/errors/compare';
import { DEFAULT_PROFILE } from '../../../src/core/profile';

const REPLY = DEFAULT_PROFILE.replyUrl;
const CERT = {
  sha1: 'A'.repeat(40),
  sha256: 'B'.repeat(64),
  subject: 'CN=Microsoft Azure Federated SSO Certificate',
  notBefore: '2024-10-22T00:00:00.000Z',
  notAfter: '2027-10-22T00:00:00.000Z',
};
const ctx: DecodeContext = {
  profile: DEFAULT_PROFILE,
  tenantId: '11394d0f-b180-4b91-86c3-bda58288ece0',
  certificates: [CERT],
  assignment: undefined,
  now: Date.parse('2026-12-07T00:00:00Z'),
};

/** One real-world wording per entry key (abridged as the reference quotes them). */
const SAMPLES: Record<string, string> = {
  aadsts50011: `AADSTS50011: The redirect URI '${REPLY}/' specified in the request does not match the redirect URIs configured for the application 'e3c5…'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal. Navigate to https://aka.ms/urlMismatchError to learn more about how to fix this.`,
  aadsts700016: `AADSTS700016: Application with identifier 'urn:amazon:cognito:sp:us-east-1_4jHsDgxIC' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant.`,
  aadsts50105: `AADSTS50105: Your administrator has configured the application Asset Panda ('1b2c…') to block users unless they are specifically granted ('assigned') access to the application.`,
  aadsts75011:
    "AADSTS75011: Authentication method by which the user authenticated with the service doesn't match requested authentication method.",
  aadsts750054:
    'AADSTS750054: SAMLRequest or SAMLResponse must be present as query string parameters in HTTP request for SAML Redirect binding.',
  aadsts650056:
    'AADSTS650056: Misconfigured application. This could be due to one of the following: the client has not listed any permissions…',
  aadsts900971: 'AADSTS900971: No reply address provided.',
  aadsts76021:
    'AADSTS76021: The request sent by client is not signed while the application requires signed requests',
  aadsts50020: 'AADSTS50020: User account from identity provider does not exist in tenant',
  aadsts50034: 'AADSTS50034: The user account does not exist in the directory.',
  aadsts53003: 'AADSTS53003: Access has been blocked by Conditional Access policies.',
  aadsts501241:
    "AADSTS501241: Mandatory Input 'user.mail' missing from transformation ID 'CreateNameIdentifier'.",
  cognito_idp_initiated: 'Invalid samlResponse or relayState from identity provider',
  cognito_relaystate_missing: "Required String parameter 'RelayState' is not present",
  cognito_relaystate_invalid: 'Invalid relayState from identity provider',
  cognito_attribute_required:
    'Invalid SAML response received: Invalid user attributes: email: The attribute is required',
  cognito_attribute_empty:
    'Invalid SAML response received: Invalid user attributes: email: Required attribute cannot be deleted.',
  cognito_signature_invalid: 'Invalid SAML response received: SAML Response signature is invalid',
  cognito_certificate_expired: 'The signing certificate has expired',
  cognito_audience: 'Audience restriction failed',
  cognito_requested_page: 'An error was encountered with the requested page.',
  cognito_provider_username:
    'Invalid SAML response received: Invalid ProviderName/Username combination.',
  cognito_username_too_long:
    "Error in SAML response processing: 1 validation error detected: Value 'x' at 'userName' failed to satisfy constraint: Member must have length less than or equal to 128",
  cognito_attribute_too_long:
    'The value of the attribute custom:groups must have a length less than or equal to 2048 characters',
  cognito_timeout: 'Something went wrong',
};

const locales = (lang: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url),
      'utf8',
    ),
  );

describe('error decoder: every entry', () => {
  it('has a sample for each entry, and the reference’s twelve AADSTS codes at least', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(DECODER_ENTRIES.map((e) => e.key).sort());
    const codes = DECODER_ENTRIES.flatMap((e) => e.codes ?? []);
    for (const code of [
      '50011',
      '700016',
      '50105',
      '75011',
      '750054',
      '650056',
      '900971',
      '76021',
      '50020',
      '50034',
      '53003',
      '501241',
    ])
      expect(codes).toContain(code);
  });

  it.each(DECODER_ENTRIES.map((e) => [e.key, e] as const))('recognises %s', (key, entry) => {
    const decoded = decodeError(SAMPLES[key]!, ctx);
    expect(decoded).toMatchObject({
      recognised: true,
      key,
      step: entry.step,
      source: entry.source,
    });
    if (decoded.recognised)
      expect(decoded.comparisons.map((c) => c.what)).toEqual([...entry.compare]);
    if (entry.source === 'entra' && decoded.recognised)
      expect(decoded.code).toBe(`AADSTS${entry.codes![0]}`);
  });

  it.each(DECODER_ENTRIES.map((e) => e.key))(
    'has a cause and a fix for %s in English and German',
    (key) => {
      for (const lang of ['en', 'de']) {
        const messages = locales(lang);
        expect(messages[`decoder_${key}_cause`], `${lang} cause`).toBeTruthy();
        expect(messages[`decoder_${key}_fix`], `${lang} fix`).toBeTruthy();
      }
    },
  );
});

describe('error decoder: this setup’s values beside the error’s', () => {
  it('AADSTS50011 puts the configured Reply URL beside the one in the error, and says how they differ', () => {
    const decoded = decodeError(SAMPLES.aadsts50011!, ctx);
    expect(decoded.recognised && decoded.comparisons[0]).toEqual({
      what: 'reply-url',
      configured: [REPLY],
      inError: `${REPLY}/`,
      verdict: 'differs',
      note: 'trailing-slash',
    });
  });

  it('AADSTS50011 in the older wording (no URL named) still shows the configured Reply URL', () => {
    const decoded = decodeError(
      "AADSTS50011: The reply URL specified in the request does not match the reply URLs configured for the application: 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC'.",
      ctx,
    );
    expect(decoded.recognised && decoded.comparisons[0]).toMatchObject({
      configured: [REPLY],
      inError: null,
      verdict: 'unknown',
    });
  });

  it('AADSTS700016 compares the Identifier (a capital I for an l) and names the directory', () => {
    const decoded = decodeError(SAMPLES.aadsts700016!, ctx);
    if (!decoded.recognised) throw new Error('not recognised');
    expect(decoded.comparisons[0]).toMatchObject({
      what: 'identifier',
      configured: [DEFAULT_PROFILE.entityId],
      inError: 'urn:amazon:cognito:sp:us-east-1_4jHsDgxIC',
      verdict: 'differs',
    });
    expect(decoded.comparisons[0]?.note).toBeUndefined(); // not a URL: no URL difference to name
    expect(decoded.comparisons[1]).toMatchObject({
      what: 'tenant',
      inError: 'Contoso',
      verdict: 'differs',
    });
  });

  it('a missing email attribute shows the configured claim and the attribute Cognito names', () => {
    const decoded = decodeError(SAMPLES.cognito_attribute_required!, ctx);
    expect(decoded.recognised && decoded.comparisons[0]).toMatchObject({
      what: 'claim',
      configured: ['emailaddress ← user.mail'],
      inError: 'email',
    });
  });

  it('an invalid signature lists each certificate with its dates, and says when all have expired', () => {
    const valid = decodeError(SAMPLES.cognito_signature_invalid!, ctx);
    expect(valid.recognised && valid.comparisons[0]).toMatchObject({
      configured: [`${CERT.sha1} · 2024-10-22 → 2027-10-22`],
      verdict: 'ok',
    });
    const later = decodeError(SAMPLES.cognito_signature_invalid!, {
      ...ctx,
      now: Date.parse('2028-01-01'),
    });
    expect(later.recognised && later.comparisons[0]?.verdict).toBe('problem');
  });

  it('AADSTS50105 reports whether the assistant saw an assignment', () => {
    const none = decodeError(SAMPLES.aadsts50105!, ctx);
    expect(none.recognised && none.comparisons[0]).toMatchObject({
      verdict: 'problem',
      configured: [],
    });
    const seen = decodeError(SAMPLES.aadsts50105!, {
      ...ctx,
      assignment: { state: 'done', at: '2026-12-01T10:00:00.000Z' },
    });
    expect(seen.recognised && seen.comparisons[0]).toMatchObject({
      verdict: 'ok',
      configured: ['2026-12-01T10:00:00.000Z'],
    });
  });

  it.each([
    ['http://x/saml2/idpresponse', 'https://x/saml2/idpresponse', 'scheme'],
    ['https://a.example/saml2/idpresponse', 'https://b.example/saml2/idpresponse', 'host'],
    ['https://a.example/saml2/idpresponse', 'https://a.example/saml2/response', 'path'],
  ] as const)('tells how %s and %s differ: %s', (a, b, note) => {
    expect(differenceOf(a, b)).toBe(note);
  });
});

describe('error decoder: what the admin may paste', () => {
  it('reads the error from an error page’s address (Cognito’s error parameters, form-encoded)', () => {
    const url =
      'https://acme.assetpanda.app/login?error_description=Invalid+samlResponse+or+relayState+from+identity+provider&error=server_error';
    expect(decodeError(url, ctx)).toMatchObject({ recognised: true, key: 'cognito_idp_initiated' });
  });

  it('reads a bare code, a code with its prefix in other case, and Microsoft’s lookup address', () => {
    expect(decodeError('50105', ctx)).toMatchObject({ key: 'aadsts50105' });
    expect(decodeError('  aadsts 53003 ', ctx)).toMatchObject({ key: 'aadsts53003' });
    expect(decodeError('https://login.microsoftonline.com/error?code=76021', ctx)).toMatchObject({
      key: 'aadsts76021',
    });
  });

  it('takes AADSTS65005 as the Identifier mismatch (the reference points it to 650056)', () => {
    expect(decodeError('AADSTS65005: Misconfigured application.', ctx)).toMatchObject({
      key: 'aadsts650056',
      code: 'AADSTS65005',
    });
  });

  it('an unknown AADSTS code is not recognised, with a lookup that carries only the code', () => {
    const decoded = decodeError(
      'AADSTS90094: The grant requires admin permission. Tenant contoso.com, user jane@contoso.com',
      ctx,
    );
    expect(decoded).toEqual({
      recognised: false,
      code: 'AADSTS90094',
      lookupUrl: 'https://login.microsoftonline.com/error?code=90094',
    });
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['garbled', '%E0%A4%A!!\u0000\uFFFD<<<>>> ;;; \\x00'],
    ['unrelated prose', 'The printer on floor 3 is out of toner.'],
    ['a number too short to be a code', '1234'],
    ['a huge paste', 'x'.repeat(200_000)],
  ])('%s input is not recognised and offers Microsoft’s lookup', (_, input) => {
    expect(decodeError(input, ctx)).toEqual({
      recognised: false,
      code: null,
      lookupUrl: 'https://login.microsoftonline.com/error',
    });
  });
});
