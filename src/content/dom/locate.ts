// Locators by strategy list (the Asset Panda side's shape until it moves to the Target shape of
// target.ts), and the one entry point, `locate`/`locateAll`, that also evaluates Targets (find.ts).
// A locator is data: strategies in order of trust, each a CSS selector and
// optionally the label texts (every supported portal language) the element's own text, accessible
// name or title must equal. The first strategy that matches anything decides; a target counts as
// found only when that strategy matches exactly one visible element (the certainty rule), so
// the assistant never points at, clicks or types into a guess.

import { findAll } from './find';
import type { Target } from './target';
import { labelElements, labelPattern } from './text';
import { isVisible } from './visible';

export { inOnePass, labelElements, labelPattern, normalizeText } from './text';
export { isVisible } from './visible';

export interface Strategy {
  /**
   * Label → control: start from elements whose own text equals one of these labels (a card
   * title, a field label), climb up to `levels` ancestors and take the controls matching `css`
   * (and `text`) found in the first ancestor that has any. For targets identified by what is
   * written next to them rather than by their own markup.
   */
  near?: readonly string[];
  levels?: number;
  /** CSS selector of candidates. */
  css: string;
  /**
   * For relations CSS cannot express (e.g. "the card that lists user.* attributes"): returns the
   * candidates instead of `css`; text and visibility checks still apply.
   */
  find?: (root: ParentNode, visible: (element: Element) => boolean) => Element[];
  /** The candidate's text (or aria-label/title) must equal one of these, after normalising. */
  text?: readonly string[];
  /** Match text as a prefix instead (e.g. "Test single sign-on with <App>"). */
  textStartsWith?: boolean;
  /** Climb from the matched element to the closest ancestor matching this selector. */
  closest?: string;
  /** Why this strategy exists and which page shape it serves. */
  note?: string;
}

export interface Locator {
  name: string;
  strategies: readonly Strategy[];
}

const matchers = new WeakMap<Strategy, RegExp>();

function textMatches(element: Element, strategy: Strategy): boolean {
  if (!strategy.text) return true;
  let pattern = matchers.get(strategy);
  if (!pattern)
    matchers.set(strategy, (pattern = labelPattern(strategy.text, strategy.textStartsWith)));
  if (pattern.test(element.textContent ?? '')) return true;
  const label = element.getAttribute('aria-label');
  if (label && pattern.test(label)) return true;
  const title = element.getAttribute('title');
  return !!title && pattern.test(title);
}

function candidatesOf(
  strategy: Strategy,
  root: ParentNode,
  visible: (element: Element) => boolean,
): Element[] {
  if (strategy.find) return strategy.find(root, visible);
  if (!strategy.near) return [...root.querySelectorAll(strategy.css)];
  const out: Element[] = [];
  for (const label of labelElements(root, strategy.near)) {
    let scope: Element | null = label;
    for (let level = 0; scope && level <= (strategy.levels ?? 4); level += 1) {
      const controls = [...scope.querySelectorAll(strategy.css)].filter((c) =>
        textMatches(c, strategy),
      );
      if (controls.length) {
        out.push(...controls);
        break;
      }
      scope = scope.parentElement;
    }
  }
  return out;
}

const isTarget = (locator: Locator | Target): locator is Target => 'roles' in locator;

/** All visible matches of the first strategy that matches anything (for tests: match counts). */
export function locateAll(
  locator: Locator | Target,
  root: ParentNode = document,
  visible = isVisible,
): Element[] {
  if (isTarget(locator)) return findAll(locator, root, { visible });
  for (const strategy of locator.strategies) {
    const found = new Set<Element>();
    for (const candidate of candidatesOf(strategy, root, visible)) {
      if (!textMatches(candidate, strategy)) continue;
      const element = strategy.closest ? candidate.closest(strategy.closest) : candidate;
      if (element && visible(element)) found.add(element);
    }
    if (found.size > 0) return [...found];
  }
  return [];
}

/** The one element the locator finds with certainty, or null. */
export function locate(
  locator: Locator | Target,
  root: ParentNode = document,
  visible = isVisible,
): Element | null {
  const all = locateAll(locator, root, visible);
  return all.length === 1 ? (all[0] ?? null) : null;
}
