// Measures the metadata checker against its budget (DESIGN.md, Performance budget): parsing and
// checking Entra's 14 KB app metadata under 5 ms, refusing a 1 MB+ input under 50 ms. Used by
// scripts/bench.ts; `tsx scripts/bench-metadata.ts` prints the numbers on their own.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspectMetadata, MAX_METADATA_BYTES } from '../src/core/metadata/inspect';
import { exceedsNestingDepth } from '../src/core/metadata/xml';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  budget?: number;
}

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
// The shared folder sits beside the repository, also in CI's fresh clone.
const ENTRA_APP_METADATA = path.join(
  path.resolve(REPO_ROOT, '../shared'),
  'fixtures/metadata/real/entra-app-ssoready-1.xml',
);
// A clock at which that file's certificate is valid, so that every check runs to the end.
const NOW = new Date('2026-01-01T00:00:00Z');

export async function benchMetadata(): Promise<BenchResult[]> {
  const entra = new Uint8Array(await readFile(ENTRA_APP_METADATA));
  const oversized = repeatToSize(entra, MAX_METADATA_BYTES + 1);

  // A benchmark of the wrong path measures nothing: make sure each input takes the intended one.
  const checked = await inspectMetadata(entra, { now: NOW });
  if (!checked.ok) throw new Error(`bench-metadata: the Entra file gave ${checked.error.code}`);
  const refused = await inspectMetadata(oversized, { now: NOW });
  if (refused.ok || refused.error.code !== 'too-large') {
    throw new Error('bench-metadata: the 1 MB+ input was not refused as too large');
  }

  return [
    {
      name: `metadata: parse and check Entra app metadata (${Math.round(entra.length / 1024)} KB), median`,
      value: await medianMilliseconds(() => inspectMetadata(entra, { now: NOW }), 50, 500),
      unit: 'ms',
      budget: 5,
    },
    {
      name: `metadata: refuse a 1 MB+ input (${oversized.length} bytes), median`,
      value: await medianMilliseconds(() => inspectMetadata(oversized, { now: NOW }), 20, 500),
      unit: 'ms',
      budget: 50,
    },
    {
      // The guard that runs before the parser must stay linear on markup built to defeat it
      // (a quadratic scan of a megabyte takes minutes). The slowest of its adversarial shapes.
      name: 'metadata: nesting guard on 1 MB of adversarial markup (slowest shape), median',
      value: Math.max(
        ...(await Promise.all(
          ADVERSARIAL.map((text) =>
            medianMilliseconds(async () => exceedsNestingDepth(text, 100), 5, 21),
          ),
        )),
      ),
      unit: 'ms',
      budget: 50,
    },
  ];
}

/** About a megabyte each of markup shaped to make a nesting scan backtrack or recurse. */
const ADVERSARIAL = [
  '<a'.repeat(500_000),
  '<a x="'.repeat(170_000),
  '<!--'.repeat(250_000),
  '<'.repeat(1_000_000),
  '<a>'.repeat(300_000),
];

/** The input's bytes over and over, cut at `size`. */
function repeatToSize(bytes: Uint8Array, size: number): Uint8Array {
  const result = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += bytes.length) {
    result.set(bytes.subarray(0, size - offset), offset);
  }
  return result;
}

/** Median wall time of `runs` calls, after `warmup` calls that let the JIT settle. */
async function medianMilliseconds(
  task: () => Promise<unknown>,
  warmup: number,
  runs: number,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const median =
    times.length % 2 === 1
      ? (times[middle] as number)
      : ((times[middle - 1] as number) + (times[middle] as number)) / 2;
  return Math.round(median * 1000) / 1000;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const { name, value, unit, budget } of await benchMetadata()) {
    const verdict =
      budget === undefined ? '' : value <= budget ? '  (within budget)' : '  OVER BUDGET';
    console.log(
      `${name}: ${value} ${unit}${budget === undefined ? '' : ` / ${budget} ${unit}`}${verdict}`,
    );
  }
}
