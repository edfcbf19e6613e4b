// @vitest-environment node
// locate.ts matches candidate texts against a strategy's labels with one regular expression instead
// of normalizing every text (the app list has a link per app, looked at on every evaluation). The
// expression must say exactly what normalizeText(text) === label (or startsWith) says: checked here
// on every label of the portal's tables and on generated ones, against texts built from the same
// pieces the portal's markup has (white space of every kind, "+" icons, curly apostrophes, case).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPattern, normalizeText } from '../../../src/content/dom/locate';
import { wordsOf } from '../../../src/content/dom/target';
import { LABELS } from '../../../src/content/portal/site/labels';

const realLabels = Object.values(LABELS).flatMap((names) => [...wordsOf(names)]);

/** Text characters of the five portal languages and the markup around them. Not İ or ẞ, whose
 * lower case and case folding differ (the one documented difference). */
const pieces = fc.constantFrom(
  ...'aAbBeEiInNsSzZéÉèçÇñÑäÄöÖüÜßアプリケーション新規作成-_.()/?&:'.split(''),
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '+',
  "'",
  '\u2019',
  '\u2018',
  '\u02bc',
);
const text = fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join(''));

/** A text that is a label with its spaces, case, apostrophes and "+" icon varied. */
const variantOf = (label: string) =>
  fc
    .tuple(
      fc.constantFrom('', ' ', '+ ', '+', '\n  +  ', '\t'),
      fc.array(fc.boolean(), { minLength: label.length, maxLength: label.length }),
      fc.constantFrom(' ', '  ', '\n', '\u00a0'),
      fc.constantFrom('', ' ', '\n', ' extra'),
    )
    .map(
      ([before, upper, space, after]) =>
        before +
        [...label]
          .map((char, i) =>
            char === ' '
              ? space
              : char === "'"
                ? '\u2019'
                : upper[i]
                  ? char.toUpperCase()
                  : char.toLowerCase(),
          )
          .join('') +
        after,
    );

const agrees = (labels: string[], candidate: string, startsWith: boolean) => {
  const wanted = labels.map(normalizeText);
  const name = normalizeText(candidate);
  const expected = wanted.some((w) => (startsWith ? name.startsWith(w) : name === w));
  expect(labelPattern(labels, startsWith).test(candidate), JSON.stringify(candidate)).toBe(
    expected,
  );
};

describe('labelPattern', () => {
  it.each([false, true])(
    'agrees with normalizeText on variants of every portal label (startsWith %s)',
    (startsWith) => {
      fc.assert(
        fc.property(
          fc
            .constantFrom(...realLabels)
            .chain((label) => fc.tuple(fc.constant(label), variantOf(label))),
          ([label, candidate]) => agrees([label], candidate, startsWith),
        ),
        { numRuns: 3000 },
      );
    },
  );

  it.each([false, true])(
    'agrees with normalizeText on arbitrary texts and labels (startsWith %s)',
    (startsWith) => {
      fc.assert(
        fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), text, (labels, candidate) =>
          agrees(labels, candidate, startsWith),
        ),
        { numRuns: 5000 },
      );
    },
  );

  it('takes a leading "+" away once, as normalizeText does', () => {
    expect(labelPattern(['++foo']).test('+foo')).toBe(false);
    expect(labelPattern(['++foo']).test('++foo')).toBe(true);
    expect(labelPattern(['New application']).test('  +  New\n application ')).toBe(true);
  });
});
