// Builds the "This page looks different" report (src/core/mismatch-report.ts) on either site, from
// the target that was not found with certainty (dom/target.ts): each strategy's visible match
// count, and a skeleton of the DOM around where the target was expected. The skeleton keeps only what a toolkit's markup is
// made of (tag names, roles, class names, attribute NAMES) and never text, attribute values, ids or
// input values, so a page full of secrets yields a report without them.

import {
  formatReport,
  redactRoute,
  type MismatchReport,
  type StrategyCount,
} from '../../core/mismatch-report';
import type { WordOverrides } from '../../core/word-overrides';
import { findAll } from '../dom/find';
import type { Target } from '../dom/target';
import { isVisible } from '../dom/visible';

/** Enough of a page to see its toolkit's shape, little enough to read. */
const MAX_NODES = 400;
const MAX_DEPTH = 14;
/** Class names and roles look like identifiers; anything else (a value smuggled in) is left out. */
const IDENTIFIER = /^[A-Za-z_-][\w-]{0,63}$/;
/** Subtrees that are no part of the page's markup, or are ours. */
const SKIPPED = 'script, style, template, noscript, [data-sso-assistant]';

/**
 * How many visible elements each way of finding `target` matches on its own, in the engine's
 * order of trust: the organization's words, the toolkit hint, roles and names, the relation to a
 * label, the code fallback. Only ways the target has are listed.
 */
export function strategyCounts(target: Target, root: ParentNode = document): StrategyCount[] {
  const { taught, hint, relation, fallback, ...base } = target;
  const count = (strategy: string, alone: Target): StrategyCount => ({
    strategy,
    matches: findAll(alone, root).length,
  });
  const { names, nameRule, ...unnamed } = base;
  const counts: StrategyCount[] = [];
  // The taught words alone: with the built-in names beside them, a miss would count theirs.
  if (taught)
    counts.push(count('word overrides (role and accessible name)', { ...unnamed, names: taught }));
  if (hint) counts.push(count('toolkit hint', { ...base, hint }));
  const byName = names && nameRule !== 'preferred' ? base : unnamed;
  counts.push(count('role and accessible name', byName));
  if (relation) counts.push(count('relation to its label', { ...base, relation }));
  if (fallback)
    counts.push({
      strategy: 'fallback',
      matches: fallback(root, isVisible).filter(isVisible).length,
    });
  return counts;
}

function line(element: Element, depth: number): string {
  const parts = [element.localName];
  const role = element.getAttribute('role');
  if (role && role.split(/\s+/).every((token) => IDENTIFIER.test(token)))
    parts.push(`[role=${role}]`);
  for (const name of Array.from(element.classList)
    .filter((c) => IDENTIFIER.test(c))
    .slice(0, 12))
    parts.push(`.${name}`);
  const names = element
    .getAttributeNames()
    .filter((name) => name !== 'class' && name !== 'role' && IDENTIFIER.test(name));
  if (names.length) parts.push(` {${names.join(' ')}}`);
  return `${'  '.repeat(depth)}${parts.join('')}`;
}

/** The element tree under `root` as one line per element: markup shape only. */
export function domSkeleton(root: Element): string {
  const lines: string[] = [];
  const walk = (element: Element, depth: number) => {
    if (lines.length >= MAX_NODES || element.matches(SKIPPED)) return;
    lines.push(line(element, depth));
    if (depth >= MAX_DEPTH) return;
    for (const child of element.children) walk(child, depth + 1);
  };
  walk(root, 0);
  if (lines.length >= MAX_NODES) lines.push(`… (cut at ${MAX_NODES} elements)`);
  return lines.join('\n');
}

export interface ReportInput {
  site: MismatchReport['site'];
  /** The target's name as the transfer or the guide knows it, e.g. `assetpanda.settings`. */
  target: string;
  /** What looked for it (with the word overrides it was looked for with), if known. */
  find: Target | null;
  /** Where the target was expected (a dialog, a pane), else the whole body. */
  around?: Element | null;
  overrides: WordOverrides;
  /** The extension's version (the caller has the extension API; this stays testable without). */
  extensionVersion: string;
}

export function mismatchReport(input: ReportInput): string {
  const { site, target, find, around, overrides, extensionVersion } = input;
  return formatReport({
    site,
    target,
    strategies: find ? strategyCounts(find) : [],
    route: redactRoute(location.href),
    language: document.documentElement.lang,
    extensionVersion,
    overrides,
    skeleton: domSkeleton(around ?? document.body),
  });
}
