// `npm run bench`: measures the performance budget (DESIGN.md) side by side in one run, prints a
// table and writes the rows to bench-results/<timestamp>.json. It reports; it does not assert: a
// row over budget or a measurement that failed is shown as such, and the exit code is 0 unless
// the harness itself cannot start. The measurements are listed in scripts/bench/registry.ts.

import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR } from '../test/rehearsal/chromium';
import { startRehearsalServer } from '../test/rehearsal/server';
import { launchPair, type OpenPair } from './bench/browsers';
import { measurements } from './bench/registry';
import type { BenchContext, Measurement, Reading, Row } from './bench/types';

const started = new Date();
const log = (message: string) => console.error(`[bench ${elapsedSeconds()}s] ${message}`);
const elapsedSeconds = () => ((Date.now() - started.getTime()) / 1000).toFixed(0);

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  console.error(`No built extension in ${EXTENSION_DIR}: run npm run build (npm run bench does).`);
  process.exit(1);
}
// BENCH_ONLY=<words>: only the measurements whose title contains them (while working on one).
const only = process.env.BENCH_ONLY?.toLowerCase();
const chosen = only
  ? measurements.filter((m) => m.title.toLowerCase().includes(only))
  : measurements;
if (!chosen.length) {
  console.error(`No measurement's title contains "${only}".`);
  process.exit(1);
}
// The bench loads a copy of the build it was started with: others in this repository may rebuild
// dist/chrome (which empties it first) while the bench runs.
const extensionDir = mkdtempSync(join(tmpdir(), 'sso-assistant-bench-extension-'));
cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
const server = await startRehearsalServer();
let pair: Promise<OpenPair> | null = null;
let chromiumVersion: string | null = null;
/** Page and console errors the browsers saw: a content script that throws is worth knowing about. */
const browserErrors: string[] = [];
const closeBrowsers = async () => {
  const open = pair;
  pair = null;
  await open
    ?.then((p) => {
      browserErrors.push(...p.withExtension.errors, ...p.withoutExtension.errors);
      return p.close();
    })
    .catch(() => undefined);
};

const context: BenchContext = {
  server,
  extensionDir,
  browsers() {
    pair ??= launchPair(server, extensionDir).then((p) => {
      chromiumVersion = p.withExtension.context.browser()?.version() ?? null;
      return p;
    });
    return pair;
  },
  log,
};

const rows: Row[] = [];
try {
  for (const measurement of chosen) {
    log(measurement.title);
    try {
      rows.push(...(await withTimeout(measurement, context)).map(judge));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`  failed: ${reason}`);
      rows.push({
        name: measurement.title,
        value: null,
        unit: '',
        within: null,
        status: 'failed',
        reason,
      });
      // Whatever state a failed measurement left the browsers in, the next one starts afresh.
      await closeBrowsers();
    }
  }
} finally {
  await closeBrowsers();
  await server.close();
  rmSync(extensionDir, { recursive: true, force: true });
}

console.log(table(rows));
if (rows.some((row) => row.sure === false))
  console.log(
    '\n?: the 90% interval of that value straddles the budget, so this run cannot tell; the machine ' +
      'was too noisy. Run again on a quieter machine, or with more rounds (BENCH_ROUNDS=60).',
  );
if (browserErrors.length)
  console.log(
    `\nThe browsers reported ${browserErrors.length} page or console errors (in the JSON), first: ${browserErrors[0]}`,
  );
const folder = resolve('bench-results');
mkdirSync(folder, { recursive: true });
const file = join(folder, `${started.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      startedAt: started.toISOString(),
      durationSeconds: Number(elapsedSeconds()),
      machine: { cpus: cpus().length, node: process.version, chromium: chromiumVersion },
      rows,
      browserErrors,
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nWritten to ${file}`);

function judge(reading: Reading): Row {
  const { budget, value, interval } = reading;
  if (budget === undefined || value === null) return { ...reading, within: null, status: 'ok' };
  const within = value <= budget;
  if (!interval) return { ...reading, within, status: 'ok' };
  const sure = interval[1] <= budget || interval[0] > budget;
  return { ...reading, within, sure, status: 'ok' };
}

async function withTimeout(
  measurement: Measurement,
  benchContext: BenchContext,
): Promise<Reading[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`did not finish within ${measurement.timeoutMs / 1000} s`)),
      measurement.timeoutMs,
    );
  });
  try {
    return await Promise.race([measurement.run(benchContext), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function table(all: Row[]): string {
  const header = ['Measurement', 'Value', 'Budget', 'Within', 'Note'];
  const lines = all.map((row) => [
    row.name,
    row.value === null ? '-' : `${format(row.value)} ${row.unit}`.trim(),
    row.budget === undefined ? '' : `<= ${format(row.budget)} ${row.unit}`,
    verdict(row),
    row.status === 'failed' ? (row.reason ?? '') : (row.note ?? ''),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(column === cells.length - 1 ? 0 : (widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join(
    '\n',
  );
}

function verdict(row: Row): string {
  if (row.status === 'failed') return 'FAILED';
  if (row.within === null) return '';
  return (row.within ? 'yes' : 'NO') + (row.sure === false ? '?' : '');
}

function format(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) < 10 ? value.toFixed(3) : value.toFixed(1);
}
