// The locator engine: finds a Target (target.ts) the way a screen reader would, by role,
// accessible name and relation, computed by the W3C rules (`dom-accessibility-api`). No strategy
// needs a wrapper element or a toolkit class (no public capture of the portal shows one:
// docs/portal-facts.md#markup-we-must-not-assume); a target's CSS
// hint is only tried first. Certainty is the caller's rule: `find` gives the one visible match or
// null, never a guess.
// Loaded with the guide, not at content-script start-up (the 15 KB budget): the light lookups the
// capture needs early are in text.ts.

import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { type Names, type Relation, type Role, type Target, wordsOf } from './target';
import { currentPass, inOnePass, labelElements, labelPattern, ownText } from './text';
import { isVisible } from './visible';

/** Where each role can be: the tags that have it implicitly, and the explicit attribute. */
const ROLE_SELECTORS: Record<Role, string> = {
  button:
    'button, input[type="button"], input[type="submit"], input[type="reset"], input[type="image"], summary, [role="button"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  combobox: 'select, input[list], [role="combobox"]',
  complementary: 'aside, [role="complementary"]',
  dialog: 'dialog, [role="dialog"], [role="alertdialog"]',
  gridcell: 'td, [role="gridcell"], [role="cell"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  link: 'a[href], area[href], [role="link"]',
  menuitem: '[role="menuitem"]',
  option: 'option, [role="option"]',
  radio: 'input[type="radio"], [role="radio"]',
  radiogroup: '[role="radiogroup"]',
  region: 'section, [role="region"]',
  row: 'tr, [role="row"]',
  tab: '[role="tab"]',
  textbox:
    'input:not([type]), input[type="text"], input[type="email"], input[type="url"], input[type="search"], input[type="tel"], textarea, [role="textbox"]',
  treeitem: '[role="treeitem"]',
};

/** `td` is a cell in a table and a grid cell in a grid: either counts as a grid cell. */
const ROLE_ALIASES: Partial<Record<string, Role>> = { cell: 'gridcell', alertdialog: 'dialog' };

const selectorCache = new WeakMap<readonly Role[], string>();
function selectorOf(roles: readonly Role[]): string {
  let css = selectorCache.get(roles);
  if (!css) selectorCache.set(roles, (css = roles.map((r) => ROLE_SELECTORS[r]).join(', ')));
  return css;
}

/** Computed roles and names, kept for one pass over the page (text.ts `inOnePass`). */
let memoPass: object | null = null;
let roles = new WeakMap<Element, string | null>();
let names = new WeakMap<Element, string>();
function memo(): void {
  const pass = currentPass();
  if (pass !== memoPass || !pass) {
    memoPass = pass;
    roles = new WeakMap();
    names = new WeakMap();
  }
}

/** The element's role by the W3C rules (`td` → gridcell, `button[role=menuitem]` → menuitem). */
export function roleOf(element: Element): string | null {
  memo();
  if (roles.has(element)) return roles.get(element)!;
  const raw = getRole(element);
  const role = (raw && ROLE_ALIASES[raw]) ?? raw;
  roles.set(element, role);
  return role;
}

/** The element's accessible name by the W3C accname rules. */
export function nameOf(element: Element): string {
  memo();
  let name = names.get(element);
  if (name === undefined) {
    const view = element.ownerDocument.defaultView;
    name = computeAccessibleName(element, {
      computedStyleSupportsPseudoElements: false,
      ...(view ? { getComputedStyle: view.getComputedStyle.bind(view) } : {}),
    });
    names.set(element, name);
  }
  return name;
}

const exactPatterns = new WeakMap<Names, RegExp>();
const prefixPatterns = new WeakMap<Names, RegExp>();
const loosePatterns = new WeakMap<Names, RegExp>();

function patternOf(words: Names, prefix: boolean): RegExp {
  const cache = prefix ? prefixPatterns : exactPatterns;
  let pattern = cache.get(words);
  if (!pattern) cache.set(words, (pattern = labelPattern(wordsOf(words), prefix)));
  return pattern;
}

/**
 * Whether the element can have one of the names at all, cheaply: its text holds one of them
 * (white space ignored: a name joins blocks with spaces that the text lacks), or its name may come
 * from elsewhere (an attribute, a label). Most links of a long grid stop here.
 */
function mayHaveName(element: Element, words: Names): boolean {
  let loose = loosePatterns.get(words);
  if (!loose) {
    const squashed = wordsOf(words).map((word) =>
      [...word.replace(/\s+/g, '').replace(/^\+/, '')]
        .map((char) => char.replace(/[\^$\\.*+?()[\]{}|/]/g, '\\$&'))
        .join('\\s*'),
    );
    loosePatterns.set(words, (loose = new RegExp(squashed.join('|'), 'iu')));
  }
  if (loose.test((element.textContent ?? '').replace(/[\u2018\u2019\u02bc]/g, "'"))) return true;
  const named = '[aria-label], [aria-labelledby], [title], [alt]';
  return (
    element.matches(named) ||
    !!element.querySelector(named) ||
    !!(element as HTMLInputElement).labels?.length
  );
}

export function hasName(element: Element, words: Names, prefix = false): boolean {
  return mayHaveName(element, words) && patternOf(words, prefix).test(nameOf(element));
}

export interface FindOptions {
  /** What counts as visible (tests on saved pages, which lay nothing out, pass their own). */
  visible?: (element: Element) => boolean;
  /** The relation's label, already found (a list's label): the relation starts from it alone. */
  label?: Element;
}

function hasRole(element: Element, wanted: readonly Role[]): boolean {
  const role = roleOf(element);
  return !!role && (wanted as readonly string[]).includes(role);
}

function insideRole(element: Element, wanted: readonly Role[]): boolean {
  const css = selectorOf(wanted);
  for (let el = element.parentElement?.closest(css); el; el = el.parentElement?.closest(css))
    if (hasRole(el, wanted)) return true;
  return false;
}

/**
 * Whether the element is one of the target's candidates: visible, with one of its roles (and
 * names, when they are required), inside and outside what it must be. Kept for one pass.
 */
let candidateMemo = new WeakMap<Target, WeakMap<Element, boolean>>();
let candidatePass: object | null = null;

function isCandidate(el: Element, target: Target, visible: (e: Element) => boolean): boolean {
  const pass = currentPass();
  if (pass !== candidatePass || !pass) {
    candidatePass = pass;
    candidateMemo = new WeakMap();
  }
  let known = candidateMemo.get(target);
  if (!known) candidateMemo.set(target, (known = new WeakMap()));
  let result = known.get(el);
  if (result === undefined) {
    const required = target.names && target.nameRule !== 'preferred' ? target.names : null;
    result =
      el.matches(selectorOf(target.roles)) &&
      visible(el) &&
      hasRole(el, target.roles) &&
      (!target.notInside || !insideRole(el, target.notInside)) &&
      (!target.inside || insideRole(el, target.inside)) &&
      (!target.showsText || showsWords(el, target)) &&
      (!required || hasName(el, required, target.namePrefix));
    known.set(el, result);
  }
  return result;
}

function candidatesIn(
  scope: ParentNode,
  target: Target,
  visible: (e: Element) => boolean,
): Element[] {
  return [...scope.querySelectorAll(selectorOf(target.roles))].filter((el) =>
    isCandidate(el, target, visible),
  );
}

const overlaps = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);

/** A CSS attribute value in quotes. */
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The controls tied to the label by markup (W3C): their `aria-labelledby` or `aria-describedby`
 * names it (or an element around or inside it), or it is their `label` (`for`, or wrapping).
 */
function tiedControls(label: Element, root: ParentNode): Element[] {
  const ids = new Set<string>();
  for (let el: Element | null = label; el; el = el.parentElement) if (el.id) ids.add(el.id);
  for (const el of label.querySelectorAll('[id]')) ids.add(el.id);
  const found = new Set<Element>();
  for (const id of ids)
    for (const attribute of ['aria-labelledby', 'aria-describedby'])
      for (const el of root.querySelectorAll(`[${attribute}~=${quoted(id)}]`)) found.add(el);
  // `control`: the `for` target, else the first labelable element the label wraps.
  const control = (label.closest('label') as HTMLLabelElement | null)?.control;
  if (control) found.add(control);
  return [...found];
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without the Node global
const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;

/**
 * The candidates after the label, in its territory: inside the smallest ancestor of the label
 * that holds any, before the next peer label in document order; an ancestor holding a peer label
 * ends the climb (above it lie other fields).
 */
function territory(
  label: Element,
  target: Target,
  peers: Element[],
  visible: (e: Element) => boolean,
): Element[] {
  const nextPeer = peers.find((p) => follows(label, p));
  for (let scope = label.parentElement; scope; scope = scope.parentElement) {
    const inScope = candidatesIn(scope, target, visible).filter(
      (c) => follows(label, c) && !label.contains(c) && (!nextPeer || follows(c, nextPeer)),
    );
    // Above an ancestor holding a peer lie other fields: the search ends there. At that level a
    // candidate counts only between the label and the next peer; the last label of a group has
    // no next peer, and anything after it might belong to anything.
    const bounded = peers.some((p) => scope.contains(p));
    if (inScope.length && (!bounded || nextPeer)) return inScope;
    if (bounded) return [];
  }
  return [];
}

function visibleLabels(root: ParentNode, words: Names, visible: (e: Element) => boolean) {
  return labelElements(root, wordsOf(words)).filter(visible);
}

/**
 * The visible elements showing one of the words as their own text that can label a field: not
 * the text of a control (a menu item's name) nor a row's own hidden label.
 */
export function fieldLabels(
  root: ParentNode,
  words: Names,
  { visible = isVisible }: FindOptions = {},
): Element[] {
  return visibleLabels(root, words, visible).filter(
    (label) => !closestWithRole(label, LABEL_HOLDERS),
  );
}

function related(
  target: Target,
  relation: Relation,
  root: ParentNode,
  { visible = isVisible, label }: FindOptions,
): Element[][] {
  const labels = label ? [label] : fieldLabels(root, relation.label, { visible });
  if (!labels.length) return [];
  const tied = [...new Set(labels.flatMap((l) => tiedControls(l, root)))].filter((c) =>
    isCandidate(c, target, visible),
  );
  if (tied.length) return [sorted(tied)];
  const peers = (relation.peers ?? [])
    .flatMap((words) => visibleLabels(root, words, visible))
    .filter((peer) => !labels.some((label) => overlaps(label, peer)));
  // Another place showing the same label (the pane's title repeating its card's) bounds a
  // label's territory as a peer's does: climbing past it would take that place's controls.
  return labels.map((label) =>
    territory(
      label,
      target,
      sorted([...peers, ...labels.filter((other) => !overlaps(other, label))]),
      visible,
    ),
  );
}

/** In document order ("the next peer" is the nearest one; rows are read top to bottom). */
const sorted = (elements: Element[]) => elements.sort((a, b) => (follows(a, b) ? -1 : 1));

/** Preferred names pick among several candidates; when none has them, all stay. */
function prefer(list: Element[], target: Target): Element[] {
  if (!target.names || target.nameRule !== 'preferred' || list.length < 2) return list;
  const named = list.filter((el) => hasName(el, target.names!, target.namePrefix));
  return named.length ? named : list;
}

/** Shows words, or is named one of the target's names (its words moved into an attribute). */
function showsWords(el: Element, target: Target): boolean {
  return !!ownText(el).trim() || (!!target.names && hasName(el, target.names, target.namePrefix));
}

function take(list: Element[], target: Target): Element[] {
  const chosen = prefer(list, target);
  switch (target.relation?.take ?? 'first') {
    case 'all':
      return chosen;
    case 'only':
      return chosen.length === 1 ? chosen : [];
    case 'first':
      return chosen.slice(0, 1);
  }
}

const LABEL_HOLDERS: readonly Role[] = [
  'button',
  'link',
  'menuitem',
  'tab',
  'treeitem',
  'option',
  'row',
];

/** The closest element (itself or an ancestor) with one of the roles. */
function closestWithRole(element: Element, wanted: readonly Role[]): Element | null {
  const css = selectorOf(wanted);
  for (let el = element.closest(css); el; el = el.parentElement?.closest(css) ?? null)
    if (hasRole(el, wanted)) return el;
  return null;
}

/** Every visible match of the target (tests count them; lists such as a field's rows use them). */
export function findAll(
  target: Target,
  root: ParentNode = document,
  options: FindOptions = {},
): Element[] {
  // One walk of the page's texts for the target's label, peers and names.
  return inOnePass(() => evaluate(target, root, options));
}

function evaluate(target: Target, root: ParentNode, options: FindOptions): Element[] {
  const { visible = isVisible } = options;
  if (target.hint) {
    const hinted = new Set<Element>();
    for (const el of root.querySelectorAll(target.hint)) {
      const match = closestWithRole(el, target.roles);
      if (match && visible(match)) hinted.add(match);
    }
    // Several (tiles sharing a class): the names pick among them.
    if (hinted.size > 1 && target.names) {
      const named = [...hinted].filter((el) => hasName(el, target.names!, target.namePrefix));
      if (named.length) return named;
    }
    if (hinted.size) return [...hinted];
  }
  const found = new Set<Element>();
  if (!target.relation)
    for (const el of prefer(candidatesIn(root, target, visible), target)) found.add(el);
  else
    for (const list of related(target, target.relation, root, options))
      for (const el of take(list, target)) found.add(el);
  if (!found.size && target.fallback)
    for (const el of target.fallback(root, visible)) if (visible(el)) found.add(el);
  return [...found];
}

/** The one visible element the target matches, or null (none, or several: not certain). */
export function find(
  target: Target,
  root: ParentNode = document,
  options: FindOptions = {},
): Element | null {
  const all = findAll(target, root, options);
  return all.length === 1 ? all[0]! : null;
}
