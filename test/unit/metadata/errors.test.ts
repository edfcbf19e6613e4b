// The codes are a contract with DESIGN.md, and every code has a message that reads well.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ERROR_MESSAGES,
  METADATA_ERROR_CODES,
  METADATA_WARNING_CODES,
  problem,
  WARNING_MESSAGES,
  warning,
} from '../../../src/core/metadata/errors';
import { SHARED_DIR } from './fixtures/shared-fixtures';

const design = readFileSync(path.join(SHARED_DIR, 'DESIGN.md'), 'utf8');
const codesIn = (text: string | undefined) =>
  [...(text ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);

describe('codes', () => {
  it('are exactly the error codes of DESIGN.md (Contracts)', () => {
    const listed = codesIn(/Error codes: ([^.]*)\./.exec(design)?.[1]);
    expect(listed.length).toBeGreaterThan(5);
    expect([...METADATA_ERROR_CODES].sort()).toEqual([...listed].sort());
  });

  it('include the warning codes DESIGN.md names', () => {
    const listed = codesIn(/Warning codes\s+include ([^.]*)\./.exec(design)?.[1]);
    expect(listed.length).toBeGreaterThan(3);
    for (const code of listed) expect(METADATA_WARNING_CODES).toContain(code);
  });

  it('each have a message', () => {
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...METADATA_ERROR_CODES].sort());
    expect(Object.keys(WARNING_MESSAGES).sort()).toEqual([...METADATA_WARNING_CODES].sort());
  });
});

// One sample of every variant of every message.
const errors = [
  problem('empty'),
  problem('too-large'),
  problem('not-xml', { reason: 'utf-16' }),
  problem('not-xml', { reason: 'not-utf-8' }),
  problem('not-xml', { reason: 'bad-characters', line: 3 }),
  problem('not-xml', { reason: 'syntax', detail: 'it has no element at all', line: null }),
  problem('doctype-forbidden'),
  problem('not-metadata', { reason: 'root', name: 'samlp:Response', namespace: 'urn:x' }),
  problem('not-metadata', { reason: 'root', name: 'md:EntityDescriptor', namespace: null }),
  problem('not-metadata', { reason: 'no-entity-id' }),
  problem('not-metadata', { reason: 'too-deep' }),
  problem('sp-metadata'),
  problem('aggregate', { entities: 1 }),
  problem('no-idp-descriptor', { reason: 'none' }),
  problem('no-idp-descriptor', { reason: 'ws-federation-only' }),
  problem('no-idp-descriptor', { reason: 'not-saml2' }),
  problem('no-signing-certificate'),
  ...(['base64', 'x509', 'too-long'] as const).map((kind) =>
    problem('bad-certificate', {
      position: 1,
      total: 2,
      start: 'MIIC',
      problem: kind,
      length: 5000,
    }),
  ),
  problem('certificate-expired', { count: 1, lastNotAfter: '2025-01-01', entra: true }),
  problem('certificate-expired', { count: 3, lastNotAfter: '2025-01-01', entra: false }),
  problem('no-sso-endpoint'),
  problem('insecure-endpoint', { binding: 'HTTP-POST', location: 'http://x' }),
];
const certificate = { sha1: 'A'.repeat(40), date: '2026-02-01' };
const warnings = [
  warning('not-entra', { entityId: 'urn:x', provider: 'Okta' }),
  warning('not-entra', { entityId: 'urn:x', provider: null }),
  warning('tenant-metadata', { common: true }),
  warning('tenant-metadata', { common: false }),
  warning('not-microsoft-certificate', { certificates: [{ sha1: 'A', subject: 'CN=x' }] }),
  warning('not-microsoft-certificate', {
    certificates: [
      { sha1: 'A', subject: 'CN=x' },
      { sha1: 'B', subject: 'CN=y' },
    ],
  }),
  warning('some-certificates-expired', { expired: [certificate], total: 2 }),
  warning('certificate-expiring', { ...certificate, daysLeft: 0 }),
  warning('certificate-expiring', { ...certificate, daysLeft: 1 }),
  warning('certificate-not-yet-valid', { certificates: [certificate] }),
  warning('certificate-not-yet-valid', { certificates: [certificate, certificate] }),
  warning('multiple-certificates', { count: 2 }),
  warning('no-redirect-binding'),
];

describe('messages', () => {
  it.each([...errors, ...warnings].map((m) => [m.code, m.message]))(
    '%s: complete sentences without template leftovers',
    (_code, message) => {
      expect(message).toMatch(/^[A-Z0-9"'].{40,}[.…]$/s);
      expect(message).not.toMatch(/undefined|null|\[object|\$\{|NaN| {2}/);
    },
  );

  it('say what to do: every error points at a next step', () => {
    for (const { message } of errors) {
      expect(message).toMatch(/download|Download|add a new certificate|Renew|Use the metadata/);
    }
  });

  it('get plurals right', () => {
    expect(warning('certificate-expiring', { ...certificate, daysLeft: 1 }).message).toContain(
      'in 1 day)',
    );
    expect(warning('certificate-expiring', { ...certificate, daysLeft: 0 }).message).toContain(
      '(today)',
    );
    expect(problem('aggregate', { entities: 1 }).message).toContain('1 entity ');
  });
});
