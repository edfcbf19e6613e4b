// Finding things on the Asset Panda page with certainty: exactly one match, or nothing. Builds on
// the shared locator engine (src/content/dom/find.ts, with the registry in site/locators.ts) with
// what its forms need besides: a control found through its label, text as a screen reader reads
// it, links that appear twice.

import { find, findAll } from '../dom/find';
import type { Target } from '../dom/target';
import { labelElements, normalizeText } from '../dom/text';
import { isVisible } from '../dom/visible';
import { target } from './site/locators';

/** How long a page of the single-page app may take to show what it loads (spinners included). */
export const PAGE_LOAD_MS = 20_000;
/** How long a form reacts to one action (a list opening, a field mounting, a file chip showing). */
export const REACT_MS = 3_000;

/** Text without `aria-hidden` parts, as a screen reader reads it (no " *" of a required label). */
export function spokenText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return Array.from(node.childNodes, spokenText).join('');
}

export function saysOneOf(element: Element, texts: readonly string[]): boolean {
  const said = normalizeText(spokenText(element));
  return texts.some((text) => normalizeText(text) === said);
}

/** What a form field can be, whatever the toolkit draws. */
const CONTROLS = [
  'input:not([type="hidden"])',
  'select',
  'textarea',
  '[role="radiogroup"]',
  '[role="radio"]',
  '[role="combobox"]',
  '[aria-haspopup="listbox"]',
].join(', ');

/**
 * The one control in `root` whose label says one of `texts`: a `<label>` (its `for` may name a
 * non-input, as MUI's Select does) or an `aria-label`. A file input may be hidden behind its drop
 * zone, so `visible: false` skips the visibility check.
 */
export function controlByLabel(
  root: ParentNode,
  texts: readonly string[],
  { visible = true } = {},
): HTMLElement | null {
  const found = new Set<HTMLElement>();
  for (const label of root.querySelectorAll('label')) {
    if (!saysOneOf(label, texts)) continue;
    const control =
      label.control ?? (label.htmlFor ? label.ownerDocument.getElementById(label.htmlFor) : null);
    if (control instanceof HTMLElement) found.add(control);
  }
  for (const element of root.querySelectorAll<HTMLElement>('input[aria-label], [role][aria-label]'))
    if (
      texts.some(
        (text) => normalizeText(text) === normalizeText(element.getAttribute('aria-label') ?? ''),
      )
    )
      found.add(element);
  // A radio group or a combobox named by another element (Headless UI, DevExtreme's aria-labelledby).
  for (const element of root.querySelectorAll<HTMLElement>(CONTROLS)) {
    const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/);
    const namers = ids.map((id) => element.ownerDocument.getElementById(id));
    if (namers.some((namer) => namer && namer !== element && saysOneOf(namer, texts)))
      found.add(element);
  }
  // A fieldset of radios, named by its legend (plain HTML).
  for (const legend of root.querySelectorAll('fieldset > legend'))
    if (saysOneOf(legend, texts) && legend.parentElement) found.add(legend.parentElement);
  const usable = [...found].filter((element) => !visible || isVisible(element));
  if (usable.length === 1) return usable[0] ?? null;
  return usable.length === 0 ? controlAfterText(root, texts, visible) : null;
}

/**
 * A label that is only text beside its control (DevExtreme's `div.dx-field-label` before its
 * `div.dx-field-value`; a Tailwind form's `<p>`): the control in the smallest ancestor of the text
 * that holds a control. Radios there stand for their group (their closest radiogroup, or that
 * ancestor); anything else must be the one control there.
 */
function controlAfterText(
  root: ParentNode,
  texts: readonly string[],
  visible: boolean,
): HTMLElement | null {
  const found = new Set<HTMLElement>();
  for (const text of labelElements(root, texts)) {
    for (let scope = text.parentElement; scope; scope = scope.parentElement) {
      const controls = Array.from(scope.querySelectorAll<HTMLElement>(CONTROLS)).filter(
        (control) => !visible || isVisible(control) || control.matches('input[type="file"]'),
      );
      if (!controls.length) {
        if (scope === root) break;
        continue;
      }
      const radio = '[role="radio"], input[type="radio"]';
      const fields = new Set(
        controls.map((control) =>
          control.matches(radio)
            ? (control.closest<HTMLElement>('[role="radiogroup"]') ?? scope)
            : (control.closest<HTMLElement>('[role="radiogroup"]') ?? control),
        ),
      );
      if (fields.size === 1) found.add([...fields][0]!);
      break;
    }
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** A link found more than once (a settings menu and the breadcrumbs) is certain if all lead alike. */
export function locateLink(wanted: Target): HTMLElement | null {
  const all = findAll(wanted);
  const first = all[0];
  if (!(first instanceof HTMLElement)) return null;
  if (all.length === 1) return first;
  const href = first.getAttribute('href');
  return href && all.every((element) => element.getAttribute('href') === href) ? first : null;
}

/** The open "Add new SSO" dialog. */
export const findDialog = (): HTMLElement | null => find(target('dialog')) as HTMLElement | null;

/** The words of the error Asset Panda shows for `control` (its `aria-describedby`), if invalid. */
export function errorOf(control: Element): string | null {
  if (control.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const text = ids
    .map((id) => control.ownerDocument.getElementById(id))
    .map((element) => (element ? spokenText(element).trim() : ''))
    .filter(Boolean)
    .join(' ');
  return text || 'invalid';
}
