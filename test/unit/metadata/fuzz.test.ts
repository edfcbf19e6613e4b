// Property-based tests: whatever the input (real files damaged at random, hostile insertions,
// generated metadata-like documents, random XML trees, random bytes), inspectMetadata resolves to a
// well-formed report, `ok` or a typed error, and never throws. 20,000 documents in all, in about 10 s on two cores.

import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  inspectMetadata,
  METADATA_ERROR_CODES,
  METADATA_WARNING_CODES,
  type MetadataReport,
} from '../../../src/core/metadata/inspect';
import { buildMetadata, makeCertificate } from './fixtures/build-metadata';
import { readRealFixture, REAL_METADATA_DIR, REFERENCE_NOW } from './fixtures/shared-fixtures';

const TIMEOUT = 60_000;
const errorCodes: readonly string[] = METADATA_ERROR_CODES;
const warningCodes: readonly string[] = METADATA_WARNING_CODES;

/**
 * Checks the invariants of every report and returns it for further checks. `seen` collects the
 * outcomes, so that a test can check its generator reaches past the first refusals.
 */
async function inspectChecked(
  input: Uint8Array | string,
  seen?: Set<string>,
): Promise<MetadataReport> {
  const report = await inspectMetadata(input, { now: REFERENCE_NOW });
  seen?.add(report.ok ? 'ok' : report.error.code);
  if (report.ok) {
    expect(report.entityId).not.toBe('');
    expect(report.sso.redirect ?? report.sso.post).toMatch(/^https:/i);
    expect(report.certificates.length).toBeGreaterThan(0);
    const notAfters = report.certificates.map((c) => c.notAfter);
    expect(notAfters).toEqual([...notAfters].sort());
    expect(notAfters.some((n) => n >= REFERENCE_NOW.toISOString())).toBe(true);
    for (const c of report.certificates) {
      expect(c.sha1).toMatch(/^[0-9A-F]{40}$/);
      expect(c.sha256).toMatch(/^[0-9A-F]{64}$/);
    }
    for (const w of report.warnings) {
      expect(warningCodes).toContain(w.code);
      expect(w.message).not.toBe('');
    }
  } else {
    expect(errorCodes).toContain(report.error.code);
    expect(report.error.message.length).toBeGreaterThan(20);
  }
  return report;
}

const seeds = readdirSync(REAL_METADATA_DIR)
  .filter((file) => file.endsWith('.xml'))
  .sort()
  .map((file) => new Uint8Array(readRealFixture(file)));
const seed = fc.constantFrom(...seeds);

const HOSTILE_SNIPPETS = [
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  '<!doctype html>',
  '<!ENTITY x SYSTEM "http://example.invalid/">',
  '&x;',
  '&amp;',
  '&#0;',
  '<!-- comment -->',
  '<!--',
  '-->',
  '<![CDATA[ <EntityDescriptor> ]]>',
  ']]>',
  '<?xml version="1.0"?>',
  '<?pi data?>',
  ' xmlns="urn:evil"',
  ' xmlns:md="urn:evil"',
  ' xmlns:ds=""',
  ' xmlns="urn:oasis:names:tc:SAML:2.0:metadata"',
  '<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/00000000-0000-0000-0000-000000000000/">',
  '</EntityDescriptor>',
  '<IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
  '<KeyDescriptor use="signing">',
  '<x:y/>',
  '"',
  "'",
  '<',
  '>',
  '/>',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '\uD800',
  '\r',
  'é',
];

describe('mutated real metadata files', () => {
  it(
    'survive random byte changes',
    async () => {
      const seen = new Set<string>();
      // Mostly ASCII that matters to XML or base64, so that most mutants stay valid UTF-8 and get
      // past the decoder into the parser and the checks; sometimes any byte at all.
      const replacement = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...Buffer.from('<>/"\'=:&;!?- \n\tAZaz09+x')) },
        { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }) },
      );
      await fc.assert(
        fc.asyncProperty(
          seed,
          fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 8 }),
          async (bytes, changes) => {
            const mutated = bytes.slice();
            for (const [at, byte] of changes) mutated[at % mutated.length] = byte;
            await inspectChecked(mutated, seen);
          },
        ),
        { numRuns: 5000 },
      );
      expect([...seen]).toEqual(
        expect.arrayContaining(['ok', 'not-xml', 'bad-certificate', 'certificate-expired']),
      );
    },
    TIMEOUT,
  );

  it(
    'survive truncation and cut-out slices',
    async () => {
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(
          seed,
          fc.nat(),
          fc.nat({ max: 4096 }),
          fc.boolean(),
          async (bytes, at, length, cutOut) => {
            const start = at % bytes.length;
            const mutated = cutOut
              ? new Uint8Array([...bytes.subarray(0, start), ...bytes.subarray(start + length)])
              : bytes.subarray(0, start);
            await inspectChecked(mutated, seen);
          },
        ),
        { numRuns: 2500 },
      );
      expect([...seen]).toEqual(expect.arrayContaining(['ok', 'not-xml', 'certificate-expired']));
    },
    TIMEOUT,
  );

  it(
    'survive hostile insertions (DOCTYPE, entities, comments, namespaces, stray markup)',
    async () => {
      const seen = new Set<string>();
      const decoder = new TextDecoder();
      await fc.assert(
        fc.asyncProperty(
          seed,
          fc.array(
            fc.tuple(
              fc.nat(),
              fc.oneof(fc.constantFrom(...HOSTILE_SNIPPETS), fc.string({ maxLength: 20 })),
            ),
            {
              minLength: 1,
              maxLength: 4,
            },
          ),
          async (bytes, insertions) => {
            let text = decoder.decode(bytes);
            for (const [at, snippet] of insertions) {
              const i = at % (text.length + 1);
              text = text.slice(0, i) + snippet + text.slice(i);
            }
            const report = await inspectChecked(text, seen);
            if (/<!DOCTYPE/i.test(text))
              expect(report).toMatchObject({ ok: false, error: { code: 'doctype-forbidden' } });
          },
        ),
        { numRuns: 4000 },
      );
      expect([...seen]).toEqual(
        expect.arrayContaining(['ok', 'not-xml', 'doctype-forbidden', 'bad-certificate']),
      );
    },
    TIMEOUT,
  );

  it(
    'give the same report for text as for its UTF-8 bytes',
    async () => {
      const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
      await fc.assert(
        fc.asyncProperty(
          seed,
          fc.nat(),
          fc.constantFrom(...HOSTILE_SNIPPETS),
          async (bytes, at, snippet) => {
            const original = decoder.decode(bytes);
            const i = at % (original.length + 1);
            const text = original.slice(0, i) + snippet + original.slice(i);
            if (text.includes('\uD800')) return; // a lone surrogate has no UTF-8 encoding
            expect(await inspectChecked(text)).toEqual(
              await inspectChecked(new TextEncoder().encode(text)),
            );
          },
        ),
        { numRuns: 500 },
      );
    },
    TIMEOUT,
  );
});

describe('generated documents', () => {
  // Certificates made once: two the IdP may sign with, and a decoy that appears only in the
  // document's Signature and the WS-Federation roles, where signing certificates must never be
  // taken from.
  let certificates: { valid: string; expired: string; soon: string; decoy: string };
  const sha1 = (base64: string) =>
    createHash('sha1').update(Buffer.from(base64, 'base64')).digest('hex').toUpperCase();

  beforeAll(async () => {
    const [valid, expired, soon, decoy] = await Promise.all([
      makeCertificate({ notBefore: '2024-01-01', notAfter: '2027-01-01' }),
      makeCertificate({ notBefore: '2022-01-01', notAfter: '2025-01-01' }),
      makeCertificate({ notBefore: '2023-03-01', notAfter: '2026-03-01' }),
      makeCertificate({ notBefore: '2024-01-01', notAfter: '2029-01-01' }),
    ]);
    certificates = { valid, expired, soon, decoy };
  });

  it(
    'metadata-like documents with random parts resolve consistently',
    async () => {
      const seen = new Set<string>();
      const location = fc.oneof(
        { weight: 6, arbitrary: fc.constant(undefined) }, // Entra's https:// address
        {
          weight: 1,
          arbitrary: fc.constantFrom(null, 'http://login.example.com/saml2', 'not a url', ''),
        },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            entityId: fc.constantFrom(
              undefined,
              'https://sts.windows.net/{tenantid}/',
              'http://www.okta.com/exk1',
              'urn:x',
              'https://sts.windows.net/not-a-tenant/',
            ),
            keys: fc.array(
              fc.record({
                base64: fc.constantFrom('valid', 'valid', 'expired', 'soon', 'broken', 'empty'),
                use: fc.constantFrom('signing', 'signing', null, 'encryption', 'Signing'),
              }),
              { maxLength: 4 },
            ),
            applicationServiceRole: fc.boolean(),
            redirect: location,
            post: location,
            wrapCertificates: fc.boolean(),
            protocolSupportEnumeration: fc.oneof(
              { weight: 6, arbitrary: fc.constant(undefined) }, // SAML 2.0
              {
                weight: 1,
                arbitrary: fc.constantFrom(
                  'urn:oasis:names:tc:SAML:1.1:protocol urn:oasis:names:tc:SAML:2.0:protocol',
                  'urn:oasis:names:tc:SAML:1.1:protocol',
                  '',
                ),
              },
            ),
          }),
          async (spec) => {
            const texts: Record<string, string> = {
              ...certificates,
              broken: certificates.valid.slice(3),
              empty: '',
            };
            const keys = spec.keys.map((k) => ({ base64: texts[k.base64] as string, use: k.use }));
            const report = await inspectChecked(
              buildMetadata({
                ...spec,
                keys,
                signatureCertificate: certificates.decoy,
                roleCertificates: [certificates.decoy],
              }),
              seen,
            );
            if (report.ok) {
              const signing = new Set(
                keys
                  .filter((k) => k.use === null || k.use === 'signing')
                  .map((k) => sha1(k.base64)),
              );
              for (const c of report.certificates) expect(signing).toContain(c.sha1);
              expect(report.certificates.map((c) => c.sha1)).not.toContain(
                sha1(certificates.decoy),
              );
            }
          },
        ),
        { numRuns: 3000 },
      );
      expect([...seen]).toEqual(
        expect.arrayContaining([
          'ok',
          'bad-certificate',
          'certificate-expired',
          'insecure-endpoint',
          'no-signing-certificate',
          'no-idp-descriptor',
        ]),
      );
    },
    TIMEOUT,
  );

  it(
    'random XML trees in and out of the metadata namespaces resolve',
    async () => {
      const seen = new Set<string>();
      const namespaces = [
        'urn:oasis:names:tc:SAML:2.0:metadata',
        'http://www.w3.org/2000/09/xmldsig#',
        'http://docs.oasis-open.org/wsfed/federation/200706',
        'http://www.w3.org/2001/XMLSchema-instance',
        'urn:evil',
      ];
      const names = [
        'EntityDescriptor',
        'EntitiesDescriptor',
        'IDPSSODescriptor',
        'SPSSODescriptor',
        'RoleDescriptor',
        'KeyDescriptor',
        'KeyInfo',
        'X509Data',
        'X509Certificate',
        'SingleSignOnService',
        'Signature',
        'Extensions',
      ];
      // Values per attribute name; at most one of each on an element (a repeat is not XML).
      const attributeValues: Record<string, string[]> = {
        entityID: ['https://sts.windows.net/0b5d3a7e-6c1f-4f0e-9a57-2f3c8d1e4b60/', ''],
        use: ['signing', 'encryption'],
        Binding: [
          'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
          'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
        ],
        Location: ['https://idp.example.com/sso', 'http://idp.example.com/sso'],
        protocolSupportEnumeration: ['urn:oasis:names:tc:SAML:2.0:protocol'],
        'p0:type': ['p2:ApplicationServiceType'],
      };
      const attributes = fc
        .subarray(Object.keys(attributeValues), { maxLength: 3 })
        .chain((keys) =>
          fc.tuple(
            ...keys.map((key) =>
              fc.constantFrom(...(attributeValues[key] ?? [])).map((value) => `${key}="${value}"`),
            ),
          ),
        );
      type Tree = {
        prefix: number;
        name: string;
        attributes: string[];
        text: string;
        children: Tree[];
      };
      const treeOf = (depth: number): fc.Arbitrary<Tree> =>
        fc.record({
          prefix: fc.nat(), // which declared prefix, or none: see serialize
          name: fc.constantFrom(...names),
          attributes,
          text: fc.constantFrom('', ' ', 'valid', 'expired', 'AAAA', '&lt;'),
          children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 4 }),
        });
      const tree = treeOf(5);
      await fc.assert(
        fc.asyncProperty(
          tree,
          fc.constantFrom('EntityDescriptor', 'EntityDescriptor', 'EntitiesDescriptor', 'Response'),
          fc.shuffledSubarray(namespaces, { minLength: 1 }),
          fc.boolean(),
          async (root, rootName, bound, undeclaredPrefix) => {
            const texts: Record<string, string> = {
              valid: certificates.valid,
              expired: certificates.expired,
            };
            const serialize = (node: Tree, isRoot: boolean): string => {
              // bound.length + 1 choices: one of the declared prefixes, or none (the default namespace).
              const choice = node.prefix % (bound.length + 1);
              const prefix = choice < bound.length ? `p${choice}:` : '';
              const qname = prefix + node.name;
              const declarations = isRoot
                ? [` xmlns="${bound[0]}"`, ...bound.map((uri, i) => ` xmlns:p${i}="${uri}"`)].join(
                    '',
                  )
                : '';
              const attrs = node.attributes.map((a) => ` ${a}`).join('');
              const body =
                (texts[node.text] ?? node.text) +
                node.children.map((c) => serialize(c, false)).join('');
              return `<${qname}${declarations}${attrs}>${body}</${qname}>`;
            };
            const xml = serialize({ ...root, name: rootName }, true);
            await inspectChecked(
              undeclaredPrefix ? xml.replace(/<\/[^>]*>$/, '<p9:x/>$&') : xml,
              seen,
            );
          },
        ),
        { numRuns: 3000 },
      );
      expect([...seen]).toEqual(expect.arrayContaining(['not-xml', 'not-metadata', 'aggregate']));
    },
    TIMEOUT,
  );
});

describe('random input', () => {
  it(
    'random bytes and strings resolve to a typed error',
    async () => {
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.uint8Array({ maxLength: 2048 }),
            fc.string({ unit: 'binary', maxLength: 512 }),
            fc.string({
              unit: fc.constantFrom(
                '<',
                '>',
                '/',
                '!',
                '?',
                '-',
                '[',
                ']',
                '"',
                '=',
                'a',
                ':',
                ' ',
                '&',
                ';',
              ),
              maxLength: 200,
            }),
          ),
          async (input) => {
            await inspectChecked(input, seen);
          },
        ),
        { numRuns: 2000 },
      );
      expect([...seen]).toEqual(expect.arrayContaining(['not-xml', 'empty']));
    },
    TIMEOUT,
  );
});
