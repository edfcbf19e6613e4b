// The nesting guard that runs before the parser: it must count real documents' depth exactly, skip
// markup-like text where XML allows it, and stay linear.

import { readdirSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exceedsNestingDepth } from '../../../src/core/metadata/xml';
import { readRealFixture, REAL_METADATA_DIR } from './fixtures/shared-fixtures';

function depthOf(element: Element): number {
  let deepest = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) deepest = Math.max(deepest, depthOf(child as Element));
  }
  return deepest + 1;
}

/** The depth the guard sees: the smallest limit it does not exceed. */
function guardDepth(text: string): number {
  let limit = 0;
  while (exceedsNestingDepth(text, limit)) limit++;
  return limit;
}

describe('exceedsNestingDepth', () => {
  const parseable = readdirSync(REAL_METADATA_DIR)
    .filter((file) => file.endsWith('.xml') && !/^(hostile|malformed)-/.test(file))
    .concat('malformed-wrong-namespace-sustainsys.xml');

  it.each(parseable)('counts the element depth of %s exactly', (file) => {
    const text = new TextDecoder().decode(readRealFixture(file));
    const root = new DOMParser().parseFromString(text, 'text/xml').documentElement;
    if (!root) throw new Error(`${file} has no root`);
    expect(guardDepth(text)).toBe(depthOf(root));
  });

  it.each([
    ['self-closing elements', '<a><b/><c x="1"/></a>', 2],
    ['a ">" and "/>" inside attribute values', `<a x="1>2"><b y='/>'><c/></b></a>`, 3],
    [
      'markup inside comments, CDATA and processing instructions',
      '<a><!-- <b><c><d> --><![CDATA[<b><c>]]><?pi <b><c>?></a>',
      1,
    ],
    ['a declaration and end tags with spaces', '<?xml version="1.0"?><a ><b ></b ></a >', 2],
  ])('handles %s', (_name, text, depth) => {
    expect(guardDepth(text)).toBe(depth);
  });

  it('gives up (leaving the verdict to the parser) on unterminated markup', () => {
    for (const text of ['<a><b', '<a><!-- <b><c>', '<a x="<b><c>', '<a><![CDATA[ <b>']) {
      expect(exceedsNestingDepth(text, 1)).toBe(false);
    }
  });

  it('scans adversarial markup in linear time: four times the input, about four times the work', () => {
    // A ratio, not a time limit: an absolute bound (500 ms for a megabyte) failed on a busy
    // machine although the scan was linear. The quickest of three runs shrugs off a pause; a
    // quadratic scan would take 16 times as long for 4 times the input, a linear one 4 times.
    const adversarial = [
      (n: number) => '<a'.repeat(n / 2),
      (n: number) => '<a x="'.repeat(n / 6),
      (n: number) => '<!--'.repeat(n / 4),
      (n: number) => '<'.repeat(n),
      (n: number) => '<a>'.repeat(n / 3),
    ];
    const quickest = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        exceedsNestingDepth(text, 100);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    for (const make of adversarial) {
      const [small, large] = [make(250_000), make(1_000_000)];
      exceedsNestingDepth(large, 100); // once before timing: the first run also compiles
      const [timeSmall, timeLarge] = [quickest(small), quickest(large)];
      expect(
        timeLarge / Math.max(timeSmall, 0.5),
        `${timeSmall.toFixed(2)} ms for ${small.slice(0, 6)}…, ${timeLarge.toFixed(2)} ms for 4 times as much`,
      ).toBeLessThan(8);
    }
  });
});
