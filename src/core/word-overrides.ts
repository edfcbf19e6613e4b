// Word overrides (issue 13 part 6): words an organization adds for a target of either site, when
// its page says something else than the built-in words (another language, a renamed menu), e.g.
// `{"assetpanda.settings": ["Einstellungen"]}`. They come from the managed policy, the options page,
// or the admin pointing at the element ("Show me where it is"). They are data, never code, and
// bounded: known targets only, a few short words each. They are tried before the built-in words.

import type { Check } from './check';

/** Asset Panda's targets: the path to the SSO form, its fields and their choices. */
export const ASSETPANDA_WORD_TARGETS = [
  'settings',
  'preferences',
  'sso-tab',
  'add-button',
  'enable-type',
  'enable-all',
  'enable-domains',
  'disable-all',
  'connection-name',
  'domains',
  'metadata-file',
  'save-button',
  'no-connections',
] as const;
export type AssetPandaWordTarget = (typeof ASSETPANDA_WORD_TARGETS)[number];

export const isAssetPandaWordTarget = (value: string): value is AssetPandaWordTarget =>
  (ASSETPANDA_WORD_TARGETS as readonly string[]).includes(value);

/**
 * The portal's targets: the guide's locators (src/content/portal/site/locators.ts, PORTAL), every
 * one the guide points at among them, so that any "not found" in the guide can be taught.
 */
export const PORTAL_WORD_TARGETS = [
  'assetPandaApp',
  'newApplication',
  'createYourOwnApplication',
  'appNameInput',
  'createButton',
  'menuSignOn',
  'menuUsers',
  'samlTile',
  'editBasicSaml',
  'editClaims',
  'addNewClaim',
  'downloadMetadata',
  'save',
  'testLater',
  'paneClose',
  'addUserGroup',
  'noneSelected',
  'pickerSelect',
  'assign',
] as const;

export const WORD_TARGETS: readonly string[] = [
  ...ASSETPANDA_WORD_TARGETS.map((target) => `assetpanda.${target}`),
  ...PORTAL_WORD_TARGETS.map((target) => `portal.${target}`),
];

/** Bounds: an accessible name is short; a target has a few names; the map has its targets. */
export const MAX_WORD_LENGTH = 80;
export const MAX_WORDS_PER_TARGET = 8;

/** target id → words, earlier trusted more. */
export type WordOverrides = Partial<Record<string, string[]>>;

/** What the options page shows: the policy's words (read-only) and the admin's own. */
export interface WordOverridesState {
  policy: WordOverrides;
  own: WordOverrides;
}

export type WordOverrideProblem =
  | { code: 'not-an-object' }
  | { code: 'unknown-target'; target: string }
  | { code: 'not-a-list'; target: string }
  | { code: 'too-many-words'; target: string }
  | { code: 'empty-word'; target: string }
  | { code: 'word-too-long'; target: string };

/** Every reason `value` is not a valid override map (none: it is one). */
export function wordOverrideProblems(value: unknown): WordOverrideProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ code: 'not-an-object' }];
  const problems: WordOverrideProblem[] = [];
  for (const [target, words] of Object.entries(value as Record<string, unknown>)) {
    if (!WORD_TARGETS.includes(target)) {
      problems.push({ code: 'unknown-target', target: target.slice(0, MAX_WORD_LENGTH) });
      continue;
    }
    if (!Array.isArray(words) || !words.every((word) => typeof word === 'string')) {
      problems.push({ code: 'not-a-list', target });
      continue;
    }
    if (words.length > MAX_WORDS_PER_TARGET) problems.push({ code: 'too-many-words', target });
    if (words.some((word: string) => !word.trim())) problems.push({ code: 'empty-word', target });
    if (words.some((word: string) => word.length > MAX_WORD_LENGTH))
      problems.push({ code: 'word-too-long', target });
  }
  return problems;
}

export const isWordOverrides: Check<WordOverrides> = (value): value is WordOverrides =>
  wordOverrideProblems(value).length === 0;

/** Policy words first, then the admin's; each word once; at most MAX_WORDS_PER_TARGET a target. */
export function mergeWordOverrides(
  policy: WordOverrides | undefined,
  options: WordOverrides | undefined,
): WordOverrides {
  const merged: WordOverrides = {};
  for (const target of WORD_TARGETS) {
    const words = [...(policy?.[target] ?? []), ...(options?.[target] ?? [])]
      .map((word) => word.trim())
      .filter((word, index, all) => word && all.indexOf(word) === index)
      .slice(0, MAX_WORDS_PER_TARGET);
    if (words.length) merged[target] = words;
  }
  return merged;
}

/** One site's share of an override map (what its pages are sent: a transfer step, the guide). */
export function siteWords(overrides: WordOverrides, site: 'assetpanda' | 'portal'): WordOverrides {
  return Object.fromEntries(
    Object.entries(overrides).filter(([target]) => target.startsWith(`${site}.`)),
  );
}

/** `own` with `word` first among `target`'s words (a taught word is the most trusted of the admin's). */
export function teachWord(own: WordOverrides, target: string, word: string): WordOverrides {
  const words = [word.trim(), ...(own[target] ?? []).filter((w) => w !== word.trim())];
  return { ...own, [target]: words.slice(0, MAX_WORDS_PER_TARGET) };
}
