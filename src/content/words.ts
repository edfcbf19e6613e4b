// The words a page is looked at with, on either site: the organization's word overrides (policy's,
// then the admin's, issue 13 part 6), tried before a registry's built-in words. Each content
// script sets them when it gets them (a transfer step on Asset Panda, the guide in the portal);
// everything that looks for a target asks here, so both sites apply them the same way.

import type { WordOverrides } from '../core/word-overrides';
import { confirmed, type Names, type Target, wordsOf } from './dom/target';

let overrides: WordOverrides = {};
/** Derived targets and word lists for the overrides in force (the engine caches per object). */
let targets = new WeakMap<Target, Target>();
let lists = new Map<string, readonly string[]>();
const listeners = new Set<() => void>();

export function useOverrides(words: WordOverrides | undefined): void {
  const next = words ?? {};
  if (JSON.stringify(next) === JSON.stringify(overrides)) return;
  overrides = next;
  targets = new WeakMap();
  lists = new Map();
  for (const listener of listeners) listener();
}

/** Calls `listener` when the overrides in force change (the guide looks again with them). */
export function onOverridesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The overrides in force (named in the mismatch report). */
export function currentOverrides(): WordOverrides {
  return overrides;
}

/** Whether any override is in force for a site's targets (`assetpanda.`, `portal.`). */
export function hasOverrides(site: 'assetpanda' | 'portal'): boolean {
  return Object.keys(overrides).some((id) => id.startsWith(`${site}.`));
}

/** `target` with the overrides for `id` (e.g. `portal.save`) as its taught words, tried first. */
export function withWords(target: Target, id: string): Target {
  const extra = overrides[id];
  if (!extra?.length) return target;
  let derived = targets.get(target);
  if (!derived) {
    const taught: Names = { override: extra.map(confirmed) };
    targets.set(target, (derived = { ...target, taught }));
  }
  return derived;
}

/** The override words for `id`, then `builtIn`'s words (for what is matched as plain text). */
export function wordsFor(id: string, builtIn: Names): readonly string[] {
  const extra = overrides[id];
  if (!extra?.length) return wordsOf(builtIn);
  let words = lists.get(id);
  if (!words)
    lists.set(id, (words = [...extra, ...wordsOf(builtIn).filter((w) => !extra.includes(w))]));
  return words;
}
