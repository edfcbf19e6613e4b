// The project's own cases for inspectMetadata: documents built with generated certificates (so
// dates and subjects are chosen here, relative to a fixed clock), and hand-written edge cases.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  inspectMetadata,
  MAX_METADATA_BYTES,
  type MetadataReport,
} from '../../../src/core/metadata/inspect';
import {
  buildMetadata,
  ENTRA_APP_SUBJECT,
  ENTRA_ENTITY_ID,
  ENTRA_SSO_URL,
  makeCertificate,
  TENANT_ID,
} from './fixtures/build-metadata';
import { readRealFixture, REFERENCE_NOW } from './fixtures/shared-fixtures';

const now = REFERENCE_NOW; // 2026-01-01T00:00:00Z
const DAY = 86_400_000;
const daysFromNow = (days: number) => new Date(now.getTime() + days * DAY);

const inspect = (input: Uint8Array | string, at: Date = now) => inspectMetadata(input, { now: at });

function errorCode(report: MetadataReport): string | null {
  return report.ok ? null : report.error.code;
}
function warningCodes(report: MetadataReport): string[] {
  if (!report.ok) throw new Error(`expected ok, got ${report.error.code}: ${report.error.message}`);
  return report.warnings.map((w) => w.code);
}
function messageOf(report: MetadataReport, code: string): string {
  const message = report.ok
    ? report.warnings.find((w) => w.code === code)?.message
    : report.error.code === code
      ? report.error.message
      : undefined;
  if (message === undefined) throw new Error(`no ${code} in ${JSON.stringify(report)}`);
  return message;
}

let valid: string; // 2024-06-01 → 2027-06-01, Entra's subject
let validLater: string; // 2025-06-01 → 2028-06-01
let expiringSoon: string; // expires in 30 days
let expired: string; // expired 10 days ago
let future: string; // valid from in 10 days

beforeAll(async () => {
  [valid, validLater, expiringSoon, expired, future] = await Promise.all([
    makeCertificate({ notBefore: '2024-06-01T00:00:00Z', notAfter: '2027-06-01T00:00:00Z' }),
    makeCertificate({ notBefore: '2025-06-01T00:00:00Z', notAfter: '2028-06-01T00:00:00Z' }),
    makeCertificate({ notBefore: '2023-01-31T00:00:00Z', notAfter: daysFromNow(30) }),
    makeCertificate({ notBefore: '2022-12-22T00:00:00Z', notAfter: daysFromNow(-10) }),
    makeCertificate({ notBefore: daysFromNow(10), notAfter: daysFromNow(10 + 3 * 365) }),
  ]);
});

describe('a well-formed Entra app metadata file', () => {
  it('reports entity, tenant, sign-in addresses and the certificate, with no warning', async () => {
    const report = await inspect(buildMetadata({ keys: [valid] }));
    expect(report).toMatchObject({
      ok: true,
      entityId: ENTRA_ENTITY_ID,
      tenantId: TENANT_ID,
      sso: { redirect: ENTRA_SSO_URL, post: ENTRA_SSO_URL },
      certificates: [
        {
          subject: ENTRA_APP_SUBJECT,
          notBefore: '2024-06-01T00:00:00Z',
          notAfter: '2027-06-01T00:00:00Z',
        },
      ],
      warnings: [],
    });
  });

  it('gives thumbprints of the DER bytes, computed independently here', async () => {
    const report = await inspect(buildMetadata({ keys: [valid] }));
    const der = Buffer.from(valid, 'base64');
    const { createHash } = await import('node:crypto');
    expect(report.ok && report.certificates[0]).toMatchObject({
      sha1: createHash('sha1').update(der).digest('hex').toUpperCase(),
      sha256: createHash('sha256').update(der).digest('hex').toUpperCase(),
    });
  });

  it('reads a certificate wrapped over indented lines', async () => {
    const flat = await inspect(buildMetadata({ keys: [valid] }));
    const wrapped = await inspect(buildMetadata({ keys: [valid], wrapCertificates: true }));
    expect(wrapped).toEqual(flat);
  });

  it('reads bytes with a byte-order mark and CRLF line ends like the plain text', async () => {
    const text = buildMetadata({ keys: [valid], wrapCertificates: true });
    const withBomAndCrlf = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8'),
    ]);
    expect(await inspect(withBomAndCrlf)).toEqual(await inspect(text));
    expect(await inspect(`\uFEFF${text}`)).toEqual(await inspect(text));
  });

  it('drops exactly one byte-order mark, from bytes as from text', async () => {
    const text = `\uFEFF\uFEFF${buildMetadata({ keys: [valid] })}`;
    expect(errorCode(await inspect(text))).toBe('not-xml');
    expect(await inspect(new TextEncoder().encode(text))).toEqual(await inspect(text));
  });
});

describe('certificate expiry', () => {
  it('warns when the only certificate expires within 90 days, naming date and days left', async () => {
    const report = await inspect(buildMetadata({ keys: [expiringSoon] }));
    expect(warningCodes(report)).toEqual(['certificate-expiring']);
    const message = messageOf(report, 'certificate-expiring');
    expect(message).toContain('2026-01-31');
    expect(message).toContain('in 30 days');
  });

  it('warns at 89 days, not at 90 (the limit is "under 90 days")', async () => {
    const metadata = buildMetadata({ keys: [valid] });
    const notAfter = new Date('2027-06-01T00:00:00Z').getTime();
    expect(warningCodes(await inspect(metadata, new Date(notAfter - 89 * DAY)))).toContain(
      'certificate-expiring',
    );
    expect(warningCodes(await inspect(metadata, new Date(notAfter - 90 * DAY)))).not.toContain(
      'certificate-expiring',
    );
  });

  it('still accepts a certificate at the very instant it expires, and refuses it a second later', async () => {
    const metadata = buildMetadata({ keys: [valid] });
    const notAfter = new Date('2027-06-01T00:00:00Z');
    expect(await inspect(metadata, notAfter)).toMatchObject({ ok: true });
    expect(errorCode(await inspect(metadata, new Date(notAfter.getTime() + 1000)))).toBe(
      'certificate-expired',
    );
  });

  it('refuses metadata whose every certificate has expired, saying when', async () => {
    const report = await inspect(buildMetadata({ keys: [expired] }));
    expect(errorCode(report)).toBe('certificate-expired');
    expect(messageOf(report, 'certificate-expired')).toContain('2025-12-22');
    expect(messageOf(report, 'certificate-expired')).toContain('SAML Signing Certificate');
  });

  it('tells a non-Entra admin to renew in their own identity provider', async () => {
    const report = await inspect(
      buildMetadata({ entityId: 'http://www.okta.com/exk1', keys: [expired] }),
    );
    expect(messageOf(report, 'certificate-expired')).toContain('Renew the signing certificate');
  });

  it('accepts a rollover with one expired certificate, warning about it and about the count', async () => {
    const report = await inspect(buildMetadata({ keys: [expired, valid] }));
    expect(warningCodes(report)).toEqual(['some-certificates-expired', 'multiple-certificates']);
    expect(report.ok && report.certificates.map((c) => c.notAfter)).toEqual([
      '2025-12-22T00:00:00Z',
      '2027-06-01T00:00:00Z',
    ]);
  });

  it('judges "expiring" by the earliest certificate that is valid now', async () => {
    const report = await inspect(buildMetadata({ keys: [validLater, expiringSoon, expired] }));
    expect(warningCodes(report)).toEqual([
      'some-certificates-expired',
      'certificate-expiring',
      'multiple-certificates',
    ]);
    const expiring = report.ok ? report.certificates[1] : undefined;
    expect(messageOf(report, 'certificate-expiring')).toContain(expiring?.sha1);
  });

  it('warns about a certificate that is not valid yet', async () => {
    const report = await inspect(buildMetadata({ keys: [future] }));
    expect(warningCodes(report)).toEqual(['certificate-not-yet-valid']);
    expect(messageOf(report, 'certificate-not-yet-valid')).toContain('2026-01-11');
  });

  it('uses the current time when no clock is given', async () => {
    const farFuture = await makeCertificate({
      notBefore: '2020-01-01T00:00:00Z',
      notAfter: '2999-01-01T00:00:00Z',
    });
    expect(await inspectMetadata(buildMetadata({ keys: [expired] }))).toMatchObject({
      ok: false,
      error: { code: 'certificate-expired' },
    });
    expect(await inspectMetadata(buildMetadata({ keys: [farFuture] }))).toMatchObject({ ok: true });
  });
});

describe('which certificates count', () => {
  it('ignores the certificate of the document signature and of the WS-Federation roles', async () => {
    const report = await inspect(
      buildMetadata({ keys: [], signatureCertificate: valid, roleCertificates: [valid] }),
    );
    expect(errorCode(report)).toBe('no-signing-certificate');
  });

  it('ignores encryption keys, and counts keys without a use attribute', async () => {
    expect(
      errorCode(await inspect(buildMetadata({ keys: [{ base64: valid, use: 'encryption' }] }))),
    ).toBe('no-signing-certificate');
    const report = await inspect(
      buildMetadata({
        keys: [
          { base64: valid, use: null },
          { base64: validLater, use: 'encryption' },
        ],
      }),
    );
    expect(report.ok && report.certificates.map((c) => c.notAfter)).toEqual([
      '2027-06-01T00:00:00Z',
    ]);
  });

  it('counts a certificate listed twice once', async () => {
    const report = await inspect(
      buildMetadata({ keys: [valid, valid, { base64: valid, use: null }] }),
    );
    expect(report.ok && report.certificates).toHaveLength(1);
    expect(warningCodes(report)).not.toContain('multiple-certificates');
  });

  it('sorts certificates by expiry whatever their order in the file', async () => {
    const report = await inspect(buildMetadata({ keys: [validLater, valid] }));
    expect(report.ok && report.certificates.map((c) => c.notAfter)).toEqual([
      '2027-06-01T00:00:00Z',
      '2028-06-01T00:00:00Z',
    ]);
  });

  it('refuses damaged base64, saying which certificate', async () => {
    const report = await inspect(buildMetadata({ keys: [valid, valid.slice(0, -5)] }));
    expect(errorCode(report)).toBe('bad-certificate');
    expect(messageOf(report, 'bad-certificate')).toContain('certificate 2 of 2');
    expect(messageOf(report, 'bad-certificate')).toContain(valid.slice(0, 24));
  });

  it('refuses valid base64 that is not a certificate, and an empty certificate', async () => {
    const notACertificate = Buffer.from('hello, I am not a certificate!').toString('base64');
    expect(errorCode(await inspect(buildMetadata({ keys: [notACertificate] })))).toBe(
      'bad-certificate',
    );
    expect(errorCode(await inspect(buildMetadata({ keys: [''] })))).toBe('bad-certificate');
  });

  it('refuses a certificate that holds markup instead of text', async () => {
    const report = await inspect(buildMetadata({ keys: [`<b xmlns="">${valid}</b>`] }));
    expect(errorCode(report)).toBe('bad-certificate');
  });

  it('refuses a certificate longer than the 4,096 characters Asset Panda accepts', async () => {
    const subject = `CN=${'x'.repeat(60)}, ${Array.from({ length: 40 }, (_, i) => `OU=unit-${i}-${'y'.repeat(40)}`).join(', ')}`;
    const long = await makeCertificate({
      subject,
      notBefore: '2024-01-01',
      notAfter: '2027-01-01',
    });
    expect(long.length).toBeGreaterThan(4096);
    const report = await inspect(buildMetadata({ keys: [long] }));
    expect(errorCode(report)).toBe('bad-certificate');
    expect(messageOf(report, 'bad-certificate')).toContain(`${long.length} characters`);
  });
});

describe('sign-in addresses', () => {
  it('refuses an http:// address, naming it', async () => {
    const report = await inspect(
      buildMetadata({ keys: [valid], post: 'http://idp.example.com/sso' }),
    );
    expect(errorCode(report)).toBe('insecure-endpoint');
    expect(messageOf(report, 'insecure-endpoint')).toContain('http://idp.example.com/sso');
  });

  it('refuses an address that is not a URL at all', async () => {
    const report = await inspect(
      buildMetadata({ keys: [valid], redirect: 'login.example.com/sso' }),
    );
    expect(errorCode(report)).toBe('insecure-endpoint');
  });

  it('refuses metadata without a Redirect or POST address', async () => {
    const report = await inspect(
      buildMetadata({
        keys: [valid],
        redirect: null,
        post: null,
        idpExtra:
          '<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://idp.example.com/soap"/>',
      }),
    );
    expect(errorCode(report)).toBe('no-sso-endpoint');
  });

  it('takes the first address of each binding and skips entries without one', async () => {
    const report = await inspect(
      buildMetadata({
        keys: [valid],
        idpExtra: [
          '<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="  "/>',
          '<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://first.example.com/post"/>',
        ].join(''),
      }),
    );
    expect(report).toMatchObject({
      ok: true,
      sso: { redirect: ENTRA_SSO_URL, post: 'https://first.example.com/post' },
    });
  });

  it('warns when there is no HTTP-Redirect address, which Asset Panda sends sign-ins to', async () => {
    const report = await inspect(buildMetadata({ keys: [valid], redirect: null }));
    expect(report).toMatchObject({ ok: true, sso: { redirect: null, post: ENTRA_SSO_URL } });
    expect(warningCodes(report)).toEqual(['no-redirect-binding']);
  });
});

describe('Entra recognition', () => {
  it('warns that tenant-wide metadata is not the app file when the keys are directory keys', async () => {
    const directoryKey = await makeCertificate({
      subject: 'CN=accounts.accesscontrol.windows.net',
      notBefore: '2025-01-01',
      notAfter: '2030-01-01',
    });
    const report = await inspect(buildMetadata({ keys: [directoryKey] }));
    expect(warningCodes(report)).toEqual(['tenant-metadata']);
    expect(messageOf(report, 'tenant-metadata')).toContain('?appid=');
  });

  it('warns that metadata without the ApplicationServiceType role is tenant-wide', async () => {
    const report = await inspect(buildMetadata({ keys: [valid], applicationServiceRole: false }));
    expect(warningCodes(report)).toEqual(['tenant-metadata']);
  });

  it('warns about a signing certificate Entra did not create', async () => {
    const own = await makeCertificate({
      subject: 'CN=sso.example.com',
      notBefore: '2025-01-01',
      notAfter: '2027-01-01',
    });
    const report = await inspect(buildMetadata({ keys: [own] }));
    expect(warningCodes(report)).toEqual(['not-microsoft-certificate']);
    expect(messageOf(report, 'not-microsoft-certificate')).toContain('CN=sso.example.com');
  });

  it('reads the tenant id in lower case, and gives none for other identity providers', async () => {
    const upper = await inspect(
      buildMetadata({
        keys: [valid],
        entityId: ENTRA_ENTITY_ID.toUpperCase().replace(
          'HTTPS://STS.WINDOWS.NET',
          'https://sts.windows.net',
        ),
      }),
    );
    expect(upper).toMatchObject({ ok: true, tenantId: TENANT_ID });
    const other = await inspect(
      buildMetadata({ keys: [valid], entityId: 'https://sts.windows.net/not-a-guid/' }),
    );
    expect(other).toMatchObject({ ok: true, tenantId: null });
    expect(warningCodes(other)).toEqual(['not-entra']);
  });

  it('names the identity provider of non-Entra metadata when it can tell', async () => {
    for (const [file, provider] of [
      ['okta-ssoready.xml', 'Okta'],
      ['google-ssoready.xml', 'Google Workspace'],
      ['adfs-dtuait.xml', 'AD FS'],
      ['auth0-jackson.xml', 'Auth0'],
      ['jumpcloud-ssoready.xml', 'JumpCloud'],
      ['shibboleth-v3-kylincode.xml', 'Shibboleth'],
    ] as const) {
      expect(messageOf(await inspect(readRealFixture(file)), 'not-entra')).toContain(
        `from ${provider} (`,
      );
    }
    const unknown = await inspect(buildMetadata({ keys: [valid], entityId: 'urn:example:idp' }));
    expect(messageOf(unknown, 'not-entra')).toContain(
      'an identity provider other than Microsoft Entra ID',
    );
  });
});

describe('document shape', () => {
  const md = 'urn:oasis:names:tc:SAML:2.0:metadata';

  it('refuses a root other than EntityDescriptor, even with an EntityDescriptor inside', async () => {
    const inner = buildMetadata({ keys: [valid] }).replace(/^<\?xml[^>]*\?>/, '');
    const report = await inspect(`<Wrapper xmlns="urn:example">${inner}</Wrapper>`);
    expect(errorCode(report)).toBe('not-metadata');
    expect(messageOf(report, 'not-metadata')).toContain('<Wrapper>');
  });

  it('does not take an IDPSSODescriptor from anywhere but directly under the root', async () => {
    const idp = buildMetadata({ keys: [valid] }).match(
      /<IDPSSODescriptor.*<\/IDPSSODescriptor>/,
    )?.[0];
    const report = await inspect(
      `<EntityDescriptor xmlns="${md}" entityID="https://idp.example.com/"><Extensions>${idp}</Extensions></EntityDescriptor>`,
    );
    expect(errorCode(report)).toBe('no-idp-descriptor');
  });

  it('refuses an EntityDescriptor without entityID', async () => {
    const report = await inspect(buildMetadata({ keys: [valid] }).replace(/ entityID="[^"]*"/, ''));
    expect(errorCode(report)).toBe('not-metadata');
    expect(messageOf(report, 'not-metadata')).toContain('entity ID');
  });

  it('matches the metadata namespace under any prefix', async () => {
    const prefixed = buildMetadata({ keys: [valid] })
      .replace(
        /<(\/?)(EntityDescriptor|RoleDescriptor|IDPSSODescriptor|KeyDescriptor|SingleSignOnService)\b/g,
        '<$1md:$2',
      )
      .replace(`xmlns="${md}"`, `xmlns:md="${md}"`);
    expect(prefixed).toContain('<md:IDPSSODescriptor');
    expect(await inspect(prefixed)).toEqual(await inspect(buildMetadata({ keys: [valid] })));
  });

  it('refuses an identity provider that does not offer SAML 2.0', async () => {
    const report = await inspect(
      buildMetadata({
        keys: [valid],
        protocolSupportEnumeration: 'urn:oasis:names:tc:SAML:1.1:protocol',
      }),
    );
    expect(messageOf(report, 'no-idp-descriptor')).toContain('SAML 2.0');
  });

  it('refuses an EntityDescriptor with no role at all', async () => {
    expect(errorCode(await inspect(`<EntityDescriptor xmlns="${md}" entityID="x"/>`))).toBe(
      'no-idp-descriptor',
    );
  });

  it('counts the entities of an aggregate', async () => {
    const entity = `<EntityDescriptor entityID="e"/>`;
    const report = await inspect(
      `<EntitiesDescriptor xmlns="${md}">${entity}<EntitiesDescriptor>${entity}${entity}</EntitiesDescriptor></EntitiesDescriptor>`,
    );
    expect(messageOf(report, 'aggregate')).toContain('3 entities');
  });
});

describe('input that is refused before parsing', () => {
  it('refuses empty and whitespace-only input, as bytes or text', async () => {
    for (const input of [
      '',
      ' \r\n\t ',
      '\uFEFF',
      new Uint8Array(),
      new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]),
    ]) {
      expect(errorCode(await inspect(input))).toBe('empty');
    }
  });

  it('refuses more than 1 MB, as bytes or text, and quickly', async () => {
    const metadata = buildMetadata({ keys: [valid] });
    const padding = ' '.repeat(MAX_METADATA_BYTES + 1 - metadata.length);
    const bytes = new TextEncoder().encode(metadata + padding);
    expect(bytes.length).toBe(MAX_METADATA_BYTES + 1);
    const started = performance.now();
    expect(errorCode(await inspect(bytes))).toBe('too-large');
    expect(errorCode(await inspect(metadata + padding))).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('measures text by its UTF-8 size, not by its length', async () => {
    const metadata = buildMetadata({ keys: [valid] });
    // Each "é" is one UTF-16 unit but two UTF-8 bytes.
    const comment = (n: number) => `<!--${'é'.repeat(n)}-->`;
    const fits = Math.floor((MAX_METADATA_BYTES - metadata.length - 7) / 2);
    expect(await inspect(metadata + comment(fits))).toMatchObject({ ok: true });
    expect(errorCode(await inspect(metadata + comment(fits + 1)))).toBe('too-large');
  });

  it('accepts exactly 1 MB', async () => {
    const metadata = buildMetadata({ keys: [valid] });
    const bytes = new TextEncoder().encode(
      metadata + '\n'.repeat(MAX_METADATA_BYTES - metadata.length),
    );
    expect(bytes.length).toBe(MAX_METADATA_BYTES);
    expect(await inspect(bytes)).toMatchObject({ ok: true });
  });

  it('refuses UTF-16 and other non-UTF-8 bytes', async () => {
    const metadata = buildMetadata({ keys: [valid] });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(metadata, 'utf16le')]);
    expect(messageOf(await inspect(utf16), 'not-xml')).toContain('UTF-16');
    const latin1 = Buffer.from(
      metadata.replace('<IDPSSODescriptor', '<!-- café --><IDPSSODescriptor'),
      'latin1',
    );
    expect(messageOf(await inspect(latin1), 'not-xml')).toContain('not UTF-8');
  });

  it('refuses any DOCTYPE, wherever and however it is written', async () => {
    const metadata = buildMetadata({ keys: [valid] });
    for (const doctype of ['<!DOCTYPE x>', '<!doctype x>', '<!-- <!DOCTYPE x> -->']) {
      const input = metadata.replace('<EntityDescriptor', `${doctype}<EntityDescriptor`);
      expect(errorCode(await inspect(input))).toBe('doctype-forbidden');
    }
  });

  it('refuses characters that XML does not allow, with the line', async () => {
    const report = await inspect(`<a>\n\n<b>\u0001</b></a>`);
    expect(errorCode(report)).toBe('not-xml');
    expect(messageOf(report, 'not-xml')).toContain('line 3');
    expect(errorCode(await inspect('<a>\uD800</a>'))).toBe('not-xml');
  });
});

describe('malformed XML', () => {
  it.each([
    ['two roots', '<a/>\n<b/>', 'more than one top-level element', 2],
    ['mismatched tags', '<a>\n<b>\n</c></a>', '<b> is closed by </c>', 2],
    ['an unbound prefix', '<a>\n\n<x:b/></a>', 'prefix is used but never declared', 3],
    [
      'a declaration after a comment',
      '<!-- c -->\n<?xml version="1.0"?><a/>',
      'declaration is not at the very start',
      2,
    ],
    ['a cut-off file', '<a>\n<b>', 'ends before these elements are closed', 2],
    ['an attribute without quotes', '<a b=c/>', 'missed quot', 1],
    ['an undefined entity', '<a>&nbsp;</a>', 'entity not found', 1],
    ['only a comment', '<!-- nothing -->', 'no element at all', null],
  ])('refuses %s, saying what and where', async (_name, xml, detail, line) => {
    const report = await inspect(xml);
    expect(errorCode(report)).toBe('not-xml');
    const message = messageOf(report, 'not-xml');
    expect(message).toContain(detail);
    if (line !== null) expect(message).toContain(`near line ${line}:`);
  });

  it('refuses nesting deeper than metadata ever has, fast', async () => {
    const depth = 40_000; // just under 1 MB
    const deep = `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x">${'<a xmlns:p="urn:p">'.repeat(depth)}${'</a>'.repeat(depth)}</EntityDescriptor>`;
    const started = performance.now();
    const report = await inspect(deep);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(messageOf(report, 'not-metadata')).toContain('nested');
  });

  it('accepts a U+FFFD replacement character, which is legal XML', async () => {
    const metadata = buildMetadata({ keys: [valid] }).replace(
      '<IDPSSODescriptor',
      '<!-- \uFFFD --><IDPSSODescriptor',
    );
    expect(await inspect(metadata)).toMatchObject({ ok: true });
  });
});

describe('inspectMetadata as an API', () => {
  it('returns a report that survives JSON unchanged', async () => {
    for (const input of [buildMetadata({ keys: [expired, valid] }), '<a/>', '']) {
      const report = await inspect(input);
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    }
  });

  it('rejects an invalid clock, which is a programming error, not a document problem', async () => {
    await expect(inspectMetadata('<a/>', { now: new Date(Number.NaN) })).rejects.toThrow(TypeError);
  });
});
