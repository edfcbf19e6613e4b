// The shapes every measurement shares: what one row of the bench table is, and what a measurement
// is given to run. A new measurement is one file exporting a `Measurement`, listed in registry.ts.

import type { BrowserContext } from 'playwright-core';
import type { RehearsalServer } from '../../test/rehearsal/server';

/** One line of the table and of bench-results/<timestamp>.json. */
export interface Row {
  name: string;
  value: number | null;
  unit: string;
  /** The most the value may be (every budget in DESIGN.md is an upper bound); absent: information. */
  budget?: number;
  /** Whether value <= budget; null when there is no budget or the measurement failed. */
  within: boolean | null;
  /**
   * For a value measured with noise: the 90% interval it comes with. The verdict is only sure when
   * the whole interval is on one side of the budget; otherwise the table marks it with "?".
   */
  interval?: [number, number];
  /** False when the interval straddles the budget (the verdict may flip on the next run). */
  sure?: boolean;
  status: 'ok' | 'failed';
  /** Why the row failed, in plain words. */
  reason?: string;
  /** One short line for the table: how it was measured, the spread, the comparison. */
  note?: string;
  /** The evidence behind the value (samples, spread, files), for the JSON; not printed in full. */
  detail?: Record<string, unknown>;
}

/** What a measurement returns before the harness judges it against its budget. */
export type Reading = Omit<Row, 'within' | 'sure' | 'status'>;

export interface BenchBrowser {
  context: BrowserContext;
  /** Uncaught page errors and console errors, so a measurement can tell a broken page from a slow one. */
  errors: string[];
}

/** The two browsers a side-by-side measurement compares: identical but for the extension. */
export interface BrowserPair {
  withExtension: BenchBrowser & { extensionId: string };
  withoutExtension: BenchBrowser;
}

export interface BenchContext {
  server: RehearsalServer;
  /** The built extension (dist/chrome). */
  extensionDir: string;
  /** Launched on first use and shared by every measurement that needs them. */
  browsers(): Promise<BrowserPair>;
  /** Progress for the person waiting (stderr), so the table on stdout stays clean. */
  log(message: string): void;
}

export interface Measurement {
  /** Names the failed row when the measurement throws before it has any row to show. */
  title: string;
  /** Beyond this the measurement is abandoned and its row marked failed. */
  timeoutMs: number;
  run(context: BenchContext): Promise<Reading[]>;
}
