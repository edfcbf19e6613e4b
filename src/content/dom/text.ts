// Label texts, matched the way a person reads them. A label is matched on its OWN text: a required
// marker, an info balloon or help text beside it (docs/portal-facts.md#markup-we-must-not-assume) does not
// change what it says, and neither do extra spans around its words, a leading "+" icon, curly
// apostrophes, case, or whether a space comes before "(" (translations often write "ID(…)").
// No DOM globals and no library here: the metadata capture uses these lookups at start-up, before
// the guide (and the accessible-name engine) is loaded.

/** Lower-case, collapse white space, drop a leading "+" (command icons), unify apostrophes. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\uff08/g, '(')
    .replace(/\uff09/g, ')')
    .replace(/\s+\(/g, '(')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\+\s*/, '')
    .toLowerCase();
}

/** A list of labels, normalized once (labels are constants; a grid has many candidates). */
const normalizedLabels = new WeakMap<readonly string[], string[]>();

export function wantedTexts(labels: readonly string[]): string[] {
  let wanted = normalizedLabels.get(labels);
  if (!wanted) normalizedLabels.set(labels, (wanted = labels.map(normalizeText)));
  return wanted;
}

const APOSTROPHES = "['\u2018\u2019\u02bc]";

/**
 * One regular expression that says whether a text, once normalized, equals (or starts with) one
 * of the labels, without normalizing the text: on the app list a locator looks at every link of
 * the grid, and building a normalized copy of each, every evaluation, was most of the guide's cost
 * on a busy blade. Equivalent to normalizeText(text) === label (checked by a property test),
 * except for the few characters whose lower case and case folding differ (Turkish İ).
 */
export function labelPattern(labels: readonly string[], startsWith = false): RegExp {
  const alternatives = wantedTexts(labels).map((label) =>
    [...label]
      .map((char) =>
        char === ' '
          ? '\\s+'
          : char === "'"
            ? APOSTROPHES
            : char === '('
              ? '\\s*[(\uff08]'
              : char === ')'
                ? '[)\uff09]'
                : char.replace(/[\^$\\.*+?()[\]{}|/]/g, '\\$&'),
      )
      .join(''),
  );
  // `(?=(\+\s*)?)\1`: drop a leading "+" the way normalizeText does, once and for good (a
  // lookahead does not backtrack), so "+foo" is not taken for the label "+foo" itself.
  const end = startsWith ? '' : '\\s*$';
  return new RegExp(`^\\s*(?=(\\+\\s*)?)\\1(?:${alternatives.join('|')})${end}`, 'iu');
}

/**
 * What sits inside a label without being its text: a required marker or an info balloon (an icon
 * with a tooltip), hidden from assistive technology or given a role of its own.
 */
const DECORATION = '[aria-hidden="true"], [hidden], [role="img"], [role="tooltip"], svg';
/** Marker characters around a label's words: the required "*", the balloon "ⓘ", a colon. */
const MARKERS = /^[\s*ⓘ:]+|[\s*ⓘ:]+$/gu;

/** Labels are short; longer texts are never indexed (most of a page's text). */
const MAX_LABEL_LENGTH = 120;

/** The element's own text: its words without decorations and the markers around them. */
export function ownText(element: Element): string {
  return wordsIn(element).replace(MARKERS, '');
}

function wordsIn(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 /* TEXT_NODE */) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 /* ELEMENT_NODE */ && !(node as Element).matches(DECORATION))
      text += wordsIn(node as Element);
  }
  return text;
}

/** Normalized short own text → the elements showing exactly that text, under `root`. */
function buildTextIndex(root: ParentNode): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  const seen = new Set<Element>();
  // No NodeFilter or Document globals: the same code runs in jsdom tests and in every frame.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue;
    if (!text || text.length > MAX_LABEL_LENGTH || !text.trim()) continue;
    // The text's element and its ancestors up to the first long one: extra spans may split a
    // label's words, so the label is the ancestor whose own text is all of them.
    let inner = '';
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      const whole = el.textContent ?? '';
      if (whole.length > MAX_LABEL_LENGTH || seen.has(el)) break;
      seen.add(el);
      // An ancestor with the very same text as the element inside it shows the same label: the
      // innermost one stands for both (labelElements keeps only innermost matches anyway).
      if (whole === inner) continue;
      inner = whole;
      const key = normalizeText(el.children.length ? ownText(el) : whole.replace(MARKERS, ''));
      if (!key) continue;
      const list = index.get(key);
      if (!list) index.set(key, [el]);
      else list.push(el);
    }
  }
  return index;
}

/**
 * While the page is looked at once (every listener of one page change, or one evaluation of the
 * engine), every lookup shares one walk of its text (built on first use per root); a pass inside
 * a pass is the same pass. Outside a pass nothing is cached, so nothing can go stale.
 */
let pass: WeakMap<object, Map<string, Element[]>> | null = null;

export function inOnePass<T>(evaluate: () => T): T {
  if (pass) return evaluate();
  pass = new WeakMap();
  try {
    return evaluate();
  } finally {
    pass = null;
  }
}

/** The current pass (an identity for caches that live as long as it), or null outside one. */
export function currentPass(): object | null {
  return pass;
}

function textIndex(root: ParentNode): Map<string, Element[]> {
  if (!pass) return buildTextIndex(root);
  let index = pass.get(root);
  if (!index) pass.set(root, (index = buildTextIndex(root)));
  return index;
}

/**
 * Elements whose own text is one of `labels`: the innermost such element, not its ancestors (a
 * label wrapped in a span is one label, not two).
 */
export function labelElements(root: ParentNode, labels: readonly string[]): Element[] {
  const index = textIndex(root);
  const found = new Set<Element>();
  for (const label of wantedTexts(labels)) {
    const same = index.get(label) ?? [];
    for (const el of same)
      if (!same.some((other) => other !== el && el.contains(other))) found.add(el);
  }
  return [...found];
}
