// @vitest-environment node
// The markup-perturbation suite (issue 12.4): every portal locator on every snapshot of every
// dialect and language, under each meaning-preserving rewrite alone and under combinations
// fast-check draws. Never a different element (100% of cases); at least 95% of the cases that
// found their element on the original page still find it. The report prints each locator's rate.
// A deliberately brittle locator (the old pane finder's way: through a `section` wrapper) fails
// the same suite: the suite can tell.

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locator } from '../../../src/content/dom/locate';
import { wordsOf } from '../../../src/content/dom/target';
import { labelElements } from '../../../src/content/dom/text';
import { LABELS } from '../../../src/content/portal/site/labels';
import { PORTAL, type PortalTarget } from '../../../src/content/portal/site/locators';
import { type Checked, type Report, REWRITES, runCase, table, verdict } from './perturbation';
import { snapshotNames } from './snapshots';

const LISTS: PortalTarget[] = ['identifierRows', 'replyUrlRows'];
const CHECKED: Checked[] = (Object.keys(PORTAL) as PortalTarget[]).map((name) => ({
  locator: PORTAL[name],
  list: LISTS.includes(name),
}));

const FILES = snapshotNames();
/** Combined rewrites drawn by fast-check, over all snapshots (a jsdom page costs ~0.3 s). */
const COMBINED_RUNS = 60;
/**
 * fast-check's seed, fixed so that CI gives the same verdict on every run (a suite whose verdict
 * changed with the seed was flaky). To explore other combinations, run it with another seed:
 * `PERTURBATION_SEED=12345 npx vitest run --project unit test/unit/portal/perturbation.test.ts`;
 * a failure there prints its seed and path, and a locator it catches is fixed, not the seed.
 */
const SEED = Number(process.env['PERTURBATION_SEED'] ?? 20261207);
const TIMEOUT = 30 * 60_000;

describe('perturbation suite', () => {
  const report: Report = new Map();
  afterAll(() => {
    console.log(`\nLocator survival under markup perturbation (seed ${SEED})\n${table(report)}`);
    for (const [name, tally] of report)
      for (const lost of tally.lost) console.log(`lost: ${name} on ${lost}`);
  });

  it(
    'finds the same element or nothing, and mostly still finds it, on every snapshot',
    () => {
      // Every snapshot once, each under one rewrite in turn: every rewrite meets every dialect
      // and language.
      FILES.forEach((file, i) =>
        runCase(CHECKED, { file, rewrites: [REWRITES[i % REWRITES.length]!], seed: i + 1 }, report),
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...FILES),
          fc.shuffledSubarray(REWRITES, { minLength: 1 }),
          fc.integer({ min: 1, max: 2 ** 30 }),
          (file, rewrites, seed) => {
            runCase(CHECKED, { file, rewrites, seed }, report);
          },
        ),
        { numRuns: COMBINED_RUNS, seed: SEED },
      );
      const { wrong, found, survived } = verdict(report);
      expect(wrong).toEqual([]);
      expect(found).toBeGreaterThan(0);
      expect(survived / found).toBeGreaterThanOrEqual(0.95);
    },
    TIMEOUT,
  );
});

/** The old way of finding "Add identifier": the link inside the label's `section`. */
const BRITTLE: Locator = {
  name: 'brittle: section wrapper',
  strategies: [
    {
      css: '',
      find: (root) =>
        labelElements(root, wordsOf(LABELS.identifier))
          .map((label) => label.closest('section'))
          .flatMap((section) =>
            section
              ? [...section.querySelectorAll('a[href], [role="link"], button')].filter(
                  (link) => !link.closest('tr, [role="row"]'),
                )
              : [],
          ),
    },
  ],
};

describe('a brittle locator', () => {
  it(
    'fails the suite: it loses its element once the wrapper is a div',
    () => {
      const report: Report = new Map();
      // The dialect-a panes, where it finds the link before any rewrite.
      const panes = FILES.filter((f) =>
        /^basic-saml-pane-(fresh|half-filled|wrong|correct)\.en/.test(f),
      );
      for (const file of panes)
        for (const rewrite of REWRITES)
          runCase([{ locator: BRITTLE }], { file, rewrites: [rewrite], seed: 1 }, report);
      console.log(`\nThe brittle locator under the same rewrites\n${table(report)}`);
      const { found, survived } = verdict(report);
      expect(found).toBeGreaterThan(0);
      expect(survived / found).toBeLessThan(0.95);
    },
    TIMEOUT,
  );
});
