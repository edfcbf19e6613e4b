// Budget: parsing and checking a 14 KB Entra metadata file under 5 ms; a 1 MB file refused under
// 50 ms (DESIGN.md). The numbers come from the metadata checker's own bench (scripts/bench-metadata.ts,
// kept by the checker's authors next to what it measures); this file only brings its rows in. It is
// imported when the measurement runs, so a checker that does not load fails this row, not the bench.

import type { Measurement } from './types';

export const metadataParsing: Measurement = {
  title: 'Metadata checker: parse 14 KB / refuse 1 MB',
  timeoutMs: 60_000,
  async run() {
    const { benchMetadata } = await import('../bench-metadata');
    return (await benchMetadata()).map(({ name, value, unit, budget }) => ({
      name,
      value,
      unit,
      ...(budget === undefined ? {} : { budget }),
      note: 'from scripts/bench-metadata.ts',
    }));
  },
};
