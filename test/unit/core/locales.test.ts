import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;

/** The languages the portal is recognised in (reference/azure-portal.md section 6); each needs a UI. */
const REQUIRED_LOCALES = ['en', 'de', 'fr', 'es', 'ja'];
const locales = readdirSync(join(root, 'public/_locales')).sort();

/** `$NAME$` references in a message, upper-cased: Chrome matches placeholder names case-blind. */
const references = (message: string) =>
  [
    ...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toUpperCase())),
  ].sort();

/** What a locale gets wrong against English: keys missing or extra, empty or mismatched messages. */
function localeProblems(en: Messages, other: Messages): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en)) {
    const theirs = other[key];
    if (!theirs) {
      problems.push(`missing ${key}`);
      continue;
    }
    if (!theirs.message?.trim()) problems.push(`empty ${key}`);
    if (references(theirs.message ?? '').join() !== references(en[key]!.message).join())
      problems.push(`placeholders used in ${key}`);
    if (JSON.stringify(theirs.placeholders ?? {}) !== JSON.stringify(en[key]!.placeholders ?? {}))
      problems.push(`placeholders declared in ${key}`);
  }
  for (const key of Object.keys(other)) if (!(key in en)) problems.push(`extra ${key}`);
  return problems;
}

describe('_locales', () => {
  const en: Messages = load('en');

  it('has a UI for every language the portal is recognised in', () => {
    expect(locales).toEqual(expect.arrayContaining(REQUIRED_LOCALES));
  });

  it.each(locales.filter((lang) => lang !== 'en'))(
    '%s has exactly the English keys, each translated, with the same placeholders',
    (lang) => {
      expect(localeProblems(en, load(lang))).toEqual([]);
    },
  );

  it('catches a missing key, an extra key and a changed placeholder', () => {
    const { guideTitle: _dropped, ...withoutOne } = structuredClone(en);
    expect(localeProblems(en, withoutOne)).toEqual(['missing guideTitle']);
    expect(localeProblems(en, { ...en, notInEnglish: { message: 'x' } })).toEqual([
      'extra notInEnglish',
    ]);
    const renamed = structuredClone(en);
    renamed.metadataDaysLeft!.message = '$TAGE$ Tage übrig';
    expect(localeProblems(en, renamed)).toEqual(['placeholders used in metadataDaysLeft']);
    const redeclared = structuredClone(en);
    redeclared.metadataDaysLeft!.placeholders = { days: { content: '$2' } };
    expect(localeProblems(en, redeclared)).toEqual(['placeholders declared in metadataDaysLeft']);
  });
});
