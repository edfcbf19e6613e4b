// The command-line tool, run as support staff and CI run it: a separate process, JSON on stdout,
// the exit status telling usable (0) from not usable (1) and usage errors (2).

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { inspectMetadata } from '../../../src/core/metadata/inspect';
import { buildMetadata, makeCertificate } from './fixtures/build-metadata';
import {
  REAL_METADATA_DIR,
  readRealFixture,
  readSources,
  REFERENCE_NOW,
  REPO_ROOT,
} from './fixtures/shared-fixtures';

const TIMEOUT = 30_000;
const NOW = REFERENCE_NOW.toISOString();

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // Node with tsx's loader, as `npx tsx` runs it, without starting npm first: npx costs each
    // run half as much CPU again, and on a busy machine these runs timed out (30 s).
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/inspect-metadata.ts', ...args],
      { cwd: REPO_ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: unknown; stdout: string; stderr: string };
    if (typeof code !== 'number') throw error;
    return { code, stdout, stderr };
  }
}

const fixture = (file: string) => path.join(REAL_METADATA_DIR, file);
const expected = (file: string) => readSources().find((row) => row.file === file)?.expect;

// Each test starts a process of its own, so they all run at once.
describe.concurrent('inspect-metadata', () => {
  describe('inspect-metadata --json', () => {
    it.each([
      'entra-app-ssoready-1.xml',
      'entra-app-mathivanan026-1.xml',
      'hostile-xxe-external-4lemon.xml',
    ])(
      'prints the report of %s and exits 0 when usable, 1 when not',
      async (file) => {
        const { code, stdout } = await run(['--json', '--now', NOW, fixture(file)]);
        const report: unknown = JSON.parse(stdout);
        expect(report).toEqual(
          await inspectMetadata(readRealFixture(file), { now: REFERENCE_NOW }),
        );
        const verdict = expected(file);
        expect(code).toBe(verdict === 'ok' ? 0 : 1);
        expect(report).toMatchObject(
          verdict === 'ok'
            ? { ok: true }
            : { ok: false, error: { code: verdict?.replace(/^error:/, '') } },
        );
      },
      TIMEOUT,
    );

    it(
      'judges expiry at --now',
      async () => {
        const file = fixture('entra-app-ssoready-1.xml'); // certificate valid until 2026-11-16T20:41:29Z
        expect((await run(['--json', '--now', '2026-11-16T20:41:29Z', file])).code).toBe(0);
        const after = await run(['--json', '--now', '2026-11-16T20:41:30Z', file]);
        expect(after.code).toBe(1);
        expect(JSON.parse(after.stdout)).toMatchObject({ error: { code: 'certificate-expired' } });
      },
      TIMEOUT,
    );
  });

  describe('inspect-metadata without --json', () => {
    it(
      'summarises a usable file: entity, tenant, addresses, thumbprints, days left, warnings',
      async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'inspect-metadata-'));
        const file = path.join(dir, 'Asset Panda.xml');
        const certificate = await makeCertificate({
          notBefore: '2023-02-01T00:00:00Z',
          notAfter: '2026-02-01T00:00:00Z',
        });
        writeFileSync(file, buildMetadata({ keys: [certificate] }));
        const report = await inspectMetadata(buildMetadata({ keys: [certificate] }), {
          now: REFERENCE_NOW,
        });
        if (!report.ok) throw new Error(report.error.message);

        const { code, stdout } = await run(['--now', NOW, file]);
        expect(code).toBe(0);
        expect(stdout).toContain(`USABLE: ${file}`);
        expect(stdout).toContain(report.entityId);
        expect(stdout).toContain(report.tenantId);
        expect(stdout).toContain(report.sso.redirect);
        expect(stdout).toContain(report.certificates[0]?.sha1);
        expect(stdout).toContain(report.certificates[0]?.sha256);
        expect(stdout).toContain('(31 days left)');
        expect(stdout).toContain('certificate-expiring');
      },
      TIMEOUT,
    );

    it(
      'explains why a file is not usable and what to do',
      async () => {
        const { code, stdout } = await run(['--now', NOW, fixture('sp-aws-sso.xml')]);
        expect(code).toBe(1);
        expect(stdout).toContain('NOT USABLE');
        expect(stdout).toContain('sp-metadata');
        expect(stdout.replace(/\s+/g, ' ')).toContain("download 'Federation Metadata XML'");
      },
      TIMEOUT,
    );
  });

  describe('inspect-metadata usage errors', () => {
    it.each([
      ['no file', ['--json'], 'no FILE given'],
      ['a missing file', ['--json', 'no-such-file.xml'], 'there is no such file'],
      [
        'a bad --now',
        ['--now', 'yesterday', fixture('okta-ssoready.xml')],
        '--now must be an ISO 8601 time',
      ],
      [
        'an unknown option',
        ['--verbose', fixture('okta-ssoready.xml')],
        "Unknown option '--verbose'",
      ],
    ])(
      'exit 2 with a message on stderr for %s',
      async (_name, args, message) => {
        const { code, stdout, stderr } = await run(args);
        expect(code).toBe(2);
        expect(stderr).toContain(message);
        expect(stdout).toBe('');
      },
      TIMEOUT,
    );
  });
});
