// Every real metadata file in ../shared/fixtures/metadata/real must give what its SOURCES.tsv row
// says, at the reference clock. One test per row: a new row is a new test.

import { describe, expect, it } from 'vitest';
import {
  inspectMetadata,
  METADATA_ERROR_CODES,
  METADATA_WARNING_CODES,
  type MetadataReport,
} from '../../../src/core/metadata/inspect';
import { readRealFixture, readSources, REFERENCE_NOW } from './fixtures/shared-fixtures';

const rows = readSources();
const noneAsNull = (value: string | undefined): string | null =>
  value === undefined || value === '-' ? null : value;

describe('SOURCES.tsv', () => {
  it('lists files with the columns this test checks', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const column of [
      'file',
      'expect',
      'expect_warnings',
      'entity_id',
      'sso_http_redirect',
      'sso_http_post',
      'idp_signing_cert_count',
      'earliest_idp_signing_cert_not_after_utc',
      'earliest_idp_signing_cert_sha1_upper',
      'bytes',
      'bom',
      'crlf_lines',
    ]) {
      expect(rows[0]).toHaveProperty(column);
    }
  });
});

describe.each(rows.map((row) => [row.file, row] as const))('%s', (file, row) => {
  const bytes = readRealFixture(file as string);

  it('is the byte-exact file SOURCES.tsv describes', () => {
    expect(bytes.length).toBe(Number(row.bytes));
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(row.bom === 'yes');
    expect(bytes.toString('latin1').split('\r\n').length - 1).toBe(Number(row.crlf_lines));
  });

  it(`gives ${row.expect}`, async () => {
    const report = await inspectMetadata(bytes, { now: REFERENCE_NOW });

    if (row.expect === 'ok') {
      expectOk(report, row);
    } else {
      const code = row.expect?.replace(/^error:/, '');
      expect(METADATA_ERROR_CODES).toContain(code);
      expect(report).toMatchObject({ ok: false, error: { code } });
      if (!report.ok) expect(report.error.message.length).toBeGreaterThan(40);
    }
  });

  it('gives the same report for the text (with any byte-order mark kept) as for the bytes', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(await inspectMetadata(text, { now: REFERENCE_NOW })).toEqual(
      await inspectMetadata(bytes, { now: REFERENCE_NOW }),
    );
  });
});

function expectOk(report: MetadataReport, row: Record<string, string>): void {
  if (!report.ok) throw new Error(`expected ok, got ${report.error.code}: ${report.error.message}`);

  expect(report.entityId).toBe(row.entity_id);
  expect(report.sso).toEqual({
    redirect: noneAsNull(row.sso_http_redirect),
    post: noneAsNull(row.sso_http_post),
  });
  expect(report.certificates).toHaveLength(Number(row.idp_signing_cert_count));
  expect(report.certificates[0]?.notAfter ?? null).toBe(
    noneAsNull(row.earliest_idp_signing_cert_not_after_utc),
  );
  expect(report.certificates[0]?.sha1 ?? null).toBe(
    noneAsNull(row.earliest_idp_signing_cert_sha1_upper),
  );

  const codes = report.warnings.map((w) => w.code);
  for (const expected of (row.expect_warnings ?? '').split(/\s+/).filter(Boolean)) {
    expect(codes).toContain(expected);
  }
  for (const { code, message } of report.warnings) {
    expect(METADATA_WARNING_CODES).toContain(code);
    expect(message.length).toBeGreaterThan(40);
  }

  const notAfters = report.certificates.map((c) => c.notAfter);
  expect(notAfters).toEqual([...notAfters].sort());
  for (const certificate of report.certificates) {
    expect(certificate.sha1).toMatch(/^[0-9A-F]{40}$/);
    expect(certificate.sha256).toMatch(/^[0-9A-F]{64}$/);
    expect(certificate.subject).not.toBe('');
    expect(certificate.notBefore < certificate.notAfter).toBe(true);
  }
  // Entra's entity ID carries the tenant; anything else has none.
  const tenant = /^https:\/\/sts\.windows\.net\/([0-9a-f-]{36})\/$/.exec(report.entityId)?.[1];
  expect(report.tenantId).toBe(tenant ?? null);
}
