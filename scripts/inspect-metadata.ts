// Checks one SAML metadata file from the command line, exactly as the extension does:
//   npm run inspect-metadata -- [--json] [--now ISO-8601] FILE
// Exit status: 0 when the file is usable, 1 when it is not, 2 for a usage error.
// With --json it prints the report object of DESIGN.md (Contracts), for support staff and scripts.

import { open } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { daysUntil } from '../src/core/metadata/certificates';
import {
  inspectMetadata,
  MAX_METADATA_BYTES,
  type MetadataReport,
} from '../src/core/metadata/inspect';

const USAGE = `Usage: npm run inspect-metadata -- [--json] [--now ISO-8601] FILE

Checks a SAML identity-provider metadata file (Entra's Federation Metadata XML) the way the
extension does, and says what is in it or why it cannot be used.

  --json        print the report as one JSON object
  --now TIME    judge certificate expiry at TIME, e.g. 2026-01-01T00:00:00Z (default: now);
                a time without a zone is taken as UTC
  -h, --help    show this help

Exit status: 0 usable, 1 not usable, 2 usage error.`;

const EXIT_USABLE = 0;
const EXIT_NOT_USABLE = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'there is no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
};

async function main(argv: string[]): Promise<number> {
  let options: { json: boolean; now: Date; file: string } | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError) && !isParseArgsError(error)) throw error;
    process.stderr.write(`inspect-metadata: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_USABLE;
  }

  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(options.file, MAX_METADATA_BYTES + 1);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = READ_ERRORS[code] ?? (error as Error).message;
    process.stderr.write(`inspect-metadata: cannot read ${options.file}: ${reason}\n`);
    return EXIT_USAGE;
  }

  const report = await inspectMetadata(bytes, { now: options.now });
  process.stdout.write(
    options.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatReport(options.file, report, options.now),
  );
  return report.ok ? EXIT_USABLE : EXIT_NOT_USABLE;
}

function parseOptions(argv: string[]): { json: boolean; now: Date; file: string } | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return 'help';
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'no FILE given' : 'give exactly one FILE');
  }
  return {
    json: values.json,
    now: values.now === undefined ? new Date() : parseInstant(values.now),
    file: positionals[0] as string,
  };
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function parseInstant(text: string): Date {
  if (!ISO_8601.test(text)) throw new UsageError(`--now must be an ISO 8601 time, not "${text}"`);
  // JavaScript reads a date-time without a zone as local time; this tool means UTC.
  const zoned = /T[^Z+-]*$/.test(text) ? `${text}Z` : text;
  const date = new Date(zoned);
  if (Number.isNaN(date.getTime())) throw new UsageError(`--now is not a valid time: "${text}"`);
  return date;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** Reads at most `limit` bytes: enough to tell that a file is too large without loading it all. */
async function readAtMost(path: string, limit: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(limit);
    let length = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, length, limit - length, null);
      if (bytesRead === 0 || (length += bytesRead) === limit) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await file.close();
  }
}

function formatReport(file: string, report: MetadataReport, now: Date): string {
  if (!report.ok) {
    return [
      `NOT USABLE: ${file}`,
      `  Error: ${report.error.code}`,
      ...wrap(report.error.message, '  '),
      '',
    ].join('\n');
  }
  const lines = [
    `USABLE: ${file}`,
    `  Entity ID:                ${report.entityId}`,
    `  Tenant ID:                ${report.tenantId ?? 'none (not a Microsoft Entra tenant)'}`,
    `  Sign-in (HTTP-Redirect):  ${report.sso.redirect ?? 'none'}`,
    `  Sign-in (HTTP-POST):      ${report.sso.post ?? 'none'}`,
    `  Signing certificates:     ${report.certificates.length}`,
  ];
  report.certificates.forEach((certificate, index) => {
    lines.push(
      `    ${index + 1}. ${certificate.subject}`,
      `       SHA-1 (thumbprint):  ${certificate.sha1}`,
      `       SHA-256:             ${certificate.sha256}`,
      `       Valid:               ${certificate.notBefore} to ${certificate.notAfter} (${validityNote(certificate.notBefore, certificate.notAfter, now)})`,
    );
  });
  if (report.warnings.length === 0) lines.push('  Warnings: none');
  else {
    lines.push(`  Warnings: ${report.warnings.length}`);
    for (const { code, message } of report.warnings) {
      lines.push(`    - ${code}`, ...wrap(message, '      '));
    }
  }
  return `${lines.join('\n')}\n`;
}

function validityNote(notBefore: string, notAfter: string, now: Date): string {
  const from = new Date(notBefore);
  const until = new Date(notAfter);
  if (until < now) return `expired ${daysUntil(now, until)} days ago`;
  if (from > now) return `not valid yet; valid in ${daysUntil(from, now)} days`;
  const days = daysUntil(until, now);
  return `${days} ${days === 1 ? 'day' : 'days'} left`;
}

/** Word-wraps a message for a terminal. */
function wrap(text: string, indent: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

process.exitCode = await main(process.argv.slice(2));
