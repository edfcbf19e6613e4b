// The locator engine. A locator is data: strategies in order of trust, each a CSS selector and
// optionally the label texts (every supported portal language) the element's own text, accessible
// name or title must equal. The first strategy that matches anything decides; a target counts as
// found only when that strategy matches exactly one visible element ("certainty": DESIGN.md), so
// the assistant never points at, clicks or types into a guess.

export interface Strategy {
  /** CSS selector of candidates. */
  css: string;
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

function namesOf(element: Element): string[] {
  const names = [element.textContent ?? ''];
  const label = element.getAttribute('aria-label');
  if (label) names.push(label);
  const title = element.getAttribute('title');
  if (title) names.push(title);
  return names.map(normalizeText);
}

function textMatches(element: Element, strategy: Strategy): boolean {
  if (!strategy.text) return true;
  const wanted = strategy.text.map(normalizeText);
  return namesOf(element).some((name) =>
    wanted.some((w) => (strategy.textStartsWith ? name.startsWith(w) : name === w)),
  );
}

/** Visible: laid out, not hidden by the page (hidden panes stay in the DOM in the portal). */
export function isVisible(element: Element): boolean {
  if (!(element instanceof HTMLElement) && !(element instanceof SVGElement)) return false;
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  const rects = element.getClientRects();
  return rects.length > 0 && Array.from(rects).some((r) => r.width > 0 && r.height > 0);
}

/** All visible matches of the first strategy that matches anything (for tests: match counts). */
export function locateAll(locator: Locator, root: ParentNode = document): Element[] {
  for (const strategy of locator.strategies) {
    const found = new Set<Element>();
    for (const candidate of root.querySelectorAll(strategy.css)) {
      if (!textMatches(candidate, strategy)) continue;
      const element = strategy.closest ? candidate.closest(strategy.closest) : candidate;
      if (element && isVisible(element)) found.add(element);
    }
    if (found.size > 0) return [...found];
  }
  return [];
}

/** The one element the locator finds with certainty, or null. */
export function locate(locator: Locator, root: ParentNode = document): Element | null {
  const all = locateAll(locator, root);
  return all.length === 1 ? (all[0] ?? null) : null;
}
