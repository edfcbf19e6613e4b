// The nesting guard that runs before the parser: it must count real documents' depth exactly, skip
// markup-like text where XML allows it. That it stays linear on adversarial markup is measured by
// `npm run bench` (scripts/bench-metadata.ts), not timed here: a time limit in a test fails on a busy
// machine.

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
});
