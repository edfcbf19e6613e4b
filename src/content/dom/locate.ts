// The locator engine. A locator is data: strategies in order of trust, each a CSS selector and
// optionally the label texts (every supported portal language) the element's own text, accessible
// name or title must equal. The first strategy that matches anything decides; a target counts as
// found only when that strategy matches exactly one visible element ("certainty": DESIGN.md), so
// the assistant never points at, clicks or types into a guess.

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

/** Lower-case, collapse white space, drop a leading "+" (command icons), unify apostrophes. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\+\s*/, '')
    .toLowerCase();
}

/** A strategy's labels, normalized once (locators are constants; a grid has many candidates). */
const normalizedLabels = new WeakMap<readonly string[], string[]>();

function wantedTexts(labels: readonly string[]): string[] {
  let wanted = normalizedLabels.get(labels);
  if (!wanted) normalizedLabels.set(labels, (wanted = labels.map(normalizeText)));
  return wanted;
}

const APOSTROPHES = "['\u2018\u2019\u02bc]";

/**
 * One regular expression per strategy that says whether a text, once normalized, equals (or starts
 * with) one of its labels, without normalizing the text: on the app list a strategy looks at every
 * link of the grid, and building a normalized copy of each, every evaluation, was most of the
 * guide's cost on a busy blade. Equivalent to normalizeText(text) === label (checked by a property
 * test), except for the few characters whose lower case and case folding differ (Turkish İ).
 */
const matchers = new WeakMap<Strategy, RegExp>();

export function labelPattern(labels: readonly string[], startsWith = false): RegExp {
  const alternatives = wantedTexts(labels).map((label) =>
    [...label]
      .map((char) =>
        char === ' '
          ? '\\s+'
          : char === "'"
            ? APOSTROPHES
            : char.replace(/[\^$\\.*+?()[\]{}|/]/g, '\\$&'),
      )
      .join(''),
  );
  // `(?=(\+\s*)?)\1`: drop a leading "+" the way normalizeText does, once and for good (a
  // lookahead does not backtrack), so "+foo" is not taken for the label "+foo" itself.
  const end = startsWith ? '' : '\\s*$';
  return new RegExp(`^\\s*(?=(\\+\\s*)?)\\1(?:${alternatives.join('|')})${end}`, 'iu');
}

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

/** Visible: laid out and not `hidden` (hidden panes stay in the DOM in the portal). */
export function isVisible(element: Element): boolean {
  if (element.closest('[hidden]')) return false; // aria-hidden content is still seen
  const rects = element.getClientRects();
  return rects.length > 0 && Array.from(rects).some((r) => r.width > 0 && r.height > 0);
}

/** Labels are short; longer texts are never indexed (most of a page's text). */
const MAX_LABEL_LENGTH = 120;

/** Normalized short text → the innermost elements showing exactly that text, under `root`. */
function buildTextIndex(root: ParentNode): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  // No NodeFilter or Document globals: the same code runs in jsdom tests and in every frame.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = node.nodeValue;
    if (!parent || !text || text.length > MAX_LABEL_LENGTH || !text.trim()) continue;
    const whole = parent.textContent ?? '';
    if (whole.length > MAX_LABEL_LENGTH) continue;
    const key = normalizeText(whole);
    const list = index.get(key);
    if (!list) index.set(key, [parent]);
    else if (!list.includes(parent)) list.push(parent);
  }
  return index;
}

/**
 * While the page is looked at once (every listener of one page change, or one evaluation of the
 * engine), every lookup shares one walk of its text (built on first use per root); a pass inside
 * a pass is the same pass. Outside a pass nothing is cached, so nothing can go stale.
 */
let passIndexes: WeakMap<object, Map<string, Element[]>> | null = null;

export function inOnePass<T>(evaluate: () => T): T {
  if (passIndexes) return evaluate();
  passIndexes = new WeakMap();
  try {
    return evaluate();
  } finally {
    passIndexes = null;
  }
}

function textIndex(root: ParentNode): Map<string, Element[]> {
  if (!passIndexes) return buildTextIndex(root);
  let index = passIndexes.get(root);
  if (!index) passIndexes.set(root, (index = buildTextIndex(root)));
  return index;
}

/** Elements whose own text is one of `labels`: the innermost such element, not its ancestors. */
export function labelElements(root: ParentNode, labels: readonly string[]): Element[] {
  const index = textIndex(root);
  const found = new Set<Element>();
  for (const label of wantedTexts(labels)) for (const el of index.get(label) ?? []) found.add(el);
  return [...found];
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

/** All visible matches of the first strategy that matches anything (for tests: match counts). */
export function locateAll(
  locator: Locator,
  root: ParentNode = document,
  visible = isVisible,
): Element[] {
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
  locator: Locator,
  root: ParentNode = document,
  visible = isVisible,
): Element | null {
  const all = locateAll(locator, root, visible);
  return all.length === 1 ? (all[0] ?? null) : null;
}
