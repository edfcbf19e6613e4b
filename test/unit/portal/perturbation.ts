// The perturbation suite's runner (issue 12.4): mutation testing for locators. Each locator is
// evaluated on a saved page and on the same page rewritten in meaning-preserving ways (perturb.ts),
// one rewrite at a time and combined. It must find the same element or nothing, never another;
// and it should still find it: the report gives each locator's survival rate.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { locate, locateAll, type Locator } from '../../../src/content/dom/locate';
import { fieldLabels } from '../../../src/content/dom/find';
import { type Target, wordsOf } from '../../../src/content/dom/target';
import { inOnePass } from '../../../src/content/dom/text';
import { identify, identityOf, shown, transforms, withIdentities } from './perturb';

const FIXTURES = join(process.cwd(), 'test/unit/fixtures/portal');

export interface Case {
  file: string;
  /** The rewrites applied, in order. */
  rewrites: string[];
  seed: number;
}

export interface Tally {
  /** Cases the locator was looked at in. */
  cases: number;
  /** Cases where it found its element on the original page. */
  found: number;
  /** …and still found that element after the rewrites. */
  survived: number;
  /** Cases where it found another element than on the original: must stay empty. */
  wrong: string[];
  /** Cases where it lost its element (for the note: which rewrites cost what). */
  lost: string[];
}

export type Report = Map<string, Tally>;

/** Several matches are lists (a field's rows): compared as sets. Others: the one, or none. */
export interface Checked {
  locator: Locator | Target;
  list?: boolean;
}

const nameOf = (c: Checked) => c.locator.name;

function answer(c: Checked, doc: Document): number[] {
  if (c.list) return locateAll(c.locator, doc, shown).map((el) => identityOf(el)!);
  const one = locate(c.locator, doc, shown);
  return one ? [identityOf(one)!] : [];
}

/** The relation labels of the targets: where the markers and balloons go. */
function labelsOf(checked: readonly Checked[]): (doc: Document) => Element[] {
  const words = checked.flatMap(({ locator }) =>
    'relation' in locator && locator.relation
      ? [locator.relation.label, ...(locator.relation.peers ?? [])].flatMap((n) => [...wordsOf(n)])
      : [],
  );
  const names = { und: words.map((text) => ({ text, certainty: 'confirmed' as const })) };
  return (doc) => fieldLabels(doc, names, { visible: shown });
}

/** Each page's answers before any rewrite (every parse numbers its elements alike). */
const originals = new Map<string, number[][]>();

function parse(file: string): Document {
  const doc = new JSDOM(readFileSync(join(FIXTURES, file), 'utf8')).window.document;
  identify(doc);
  return doc;
}

export function runCase(
  checked: readonly Checked[],
  { file, rewrites, seed }: Case,
  report: Report,
): void {
  const key = `${checked.map(nameOf).join()}|${file}`;
  let before = originals.get(key);
  if (!before) {
    const original = parse(file);
    before = inOnePass(() => checked.map((c) => answer(c, original)));
    originals.set(key, before);
  }
  const doc = parse(file);
  const found = (relatedOnly: boolean) => (page: Document) =>
    withIdentities(
      page,
      new Set(
        checked.flatMap((c, i) =>
          relatedOnly && !('relation' in c.locator && c.locator.relation) ? [] : before[i]!,
        ),
      ),
    );
  const all = transforms(found(false), found(true), labelsOf(checked));
  rewrites.forEach((name, i) => all[name]!(doc, seed + i));
  const after = inOnePass(() => checked.map((c) => answer(c, doc)));
  checked.forEach((c, i) => {
    let tally = report.get(nameOf(c));
    if (!tally)
      report.set(nameOf(c), (tally = { cases: 0, found: 0, survived: 0, wrong: [], lost: [] }));
    const was = before[i]!;
    const now = after[i]!;
    tally.cases += 1;
    if (now.some((id) => !was.includes(id)))
      tally.wrong.push(`${file} [${rewrites.join(' + ')}] seed ${seed}`);
    if (was.length) {
      tally.found += 1;
      if (now.length === was.length && now.every((id) => was.includes(id))) tally.survived += 1;
      else tally.lost.push(`${file} [${rewrites.join(' + ')}]`);
    }
  });
}

export const REWRITES = Object.keys(
  transforms(
    () => [],
    () => [],
    () => [],
  ),
);

/** Totals over all locators: never a different element, and the share still found. */
export function verdict(report: Report): { wrong: string[]; found: number; survived: number } {
  let found = 0;
  let survived = 0;
  const wrong: string[] = [];
  for (const [name, tally] of report) {
    found += tally.found;
    survived += tally.survived;
    wrong.push(...tally.wrong.map((w) => `${name}: ${w}`));
  }
  return { wrong, found, survived };
}

/** The report as a table: each locator's survival rate. */
export function table(report: Report): string {
  const rows = [...report].map(([name, t]) => {
    const rate = t.found ? ((100 * t.survived) / t.found).toFixed(1) : '-';
    return `${name.padEnd(26)} ${String(t.cases).padStart(6)} ${String(t.found).padStart(6)} ${String(t.survived).padStart(8)} ${rate.padStart(6)}% ${String(t.wrong.length).padStart(5)}`;
  });
  const total = verdict(report);
  const all = total.found ? ((100 * total.survived) / total.found).toFixed(1) : '-';
  return [
    `${'locator'.padEnd(26)}  cases  found survived   rate wrong`,
    ...rows,
    `${'all'.padEnd(26)} ${''.padStart(6)} ${String(total.found).padStart(6)} ${String(total.survived).padStart(8)} ${all.padStart(6)}% ${String(total.wrong.length).padStart(5)}`,
  ].join('\n');
}
