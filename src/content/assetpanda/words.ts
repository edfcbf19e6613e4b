// The words the Asset Panda page is looked at with: the organization's word overrides for a target
// (policy's, then the admin's; sent with each step of the transfer), tried before the built-in words
// of locators.ts. Set once per step by run.ts; everything that looks for words asks here.

import type { AssetPandaWordTarget, WordOverrides } from '../../core/word-overrides';

let overrides: WordOverrides = {};
/** One array per target and overrides, so the locator engine's per-list caches keep working. */
let cache = new Map<string, readonly string[]>();

export function useOverrides(words: WordOverrides | undefined): void {
  const next = words ?? {};
  if (JSON.stringify(next) === JSON.stringify(overrides)) return;
  overrides = next;
  cache = new Map();
}

/** The overrides in force (named in the mismatch report). */
export function currentOverrides(): WordOverrides {
  return overrides;
}

/** Whether any override is in force for Asset Panda (a page in another language may be covered). */
export function hasOverrides(): boolean {
  return Object.keys(overrides).some((target) => target.startsWith('assetpanda.'));
}

/** `target`'s override words, then `builtIn`. */
export function wordsFor(
  target: AssetPandaWordTarget | null,
  builtIn: readonly string[],
): readonly string[] {
  const extra = target ? overrides[`assetpanda.${target}`] : undefined;
  if (!extra?.length) return builtIn;
  const key = `${target}\n${builtIn.join('\n')}`;
  let words = cache.get(key);
  if (!words) cache.set(key, (words = [...extra, ...builtIn.filter((w) => !extra.includes(w))]));
  return words;
}
