// Choosing one of a few options (the Enable Type) in whatever shape the page draws the choice, the
// way that toolkit listens, then reading the choice back (issue 13 part 2):
// - a native `select`: its option selected through the prototype's setter, then `input`/`change`;
// - native radios (MUI's too: an `input[type=radio]` inside its label): a click on the radio;
// - ARIA radios (DevExtreme's `div.dx-radiobutton[role=radio]`, Headless UI's `role=radio`): a click,
//   then `aria-checked="true"`;
// - a combobox or a button that opens a `role=listbox` (MUI's Select opens on mousedown, DevExtreme's
//   SelectBox and Headless UI's Listbox on click, all on ArrowDown): it is opened, the one option
//   that says the words is clicked, and the control then shows those words.
// Nothing here guesses: no control, no single matching option, or a choice that does not read back
// is a failure, and the transfer stops before Save.

import { isVisible, normalizeText } from '../../dom/locate';
import { waitFor } from '../../dom/watch';
import { spokenText } from '../find';

/** How long a toolkit takes to answer one action (a list opening, a radio checking). */
const REACT_MS = 3_000;

export type ChoiceOutcome = 'set' | 'not-found' | 'not-set';

const says = (text: string, wanted: readonly string[]) =>
  wanted.some((word) => normalizeText(word) === normalizeText(text));

/** What a choice element says: its `aria-label`, else its text as a screen reader reads it. */
function nameOf(element: Element): string {
  const labelled = element.getAttribute('aria-labelledby');
  if (labelled) {
    const text = labelled
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id))
      .filter((part): part is HTMLElement => !!part && part !== element)
      .map(spokenText)
      .join(' ');
    if (text.trim()) return text;
  }
  const label = element.getAttribute('aria-label');
  if (label) return label;
  if (element instanceof HTMLInputElement)
    return element.labels?.[0] ? spokenText(element.labels[0]) : '';
  return spokenText(element);
}

/** The radios of a group: native inputs or `role=radio` elements, inside `group` or named by it. */
function radiosOf(group: Element): Element[] {
  if (group.matches('input[type="radio"]') && group instanceof HTMLInputElement) {
    const form = group.form ?? group.ownerDocument;
    return group.name
      ? Array.from(form.querySelectorAll(`input[type="radio"]`)).filter(
          (radio) => (radio as HTMLInputElement).name === group.name,
        )
      : [group];
  }
  return Array.from(group.querySelectorAll('input[type="radio"], [role="radio"]'));
}

const isChecked = (radio: Element) =>
  radio instanceof HTMLInputElement ? radio.checked : radio.getAttribute('aria-checked') === 'true';

/** The radio whose name says `wanted`, if exactly one. */
function radioSaying(group: Element, wanted: readonly string[]): Element | null {
  const matches = radiosOf(group).filter((radio) => says(nameOf(radio), wanted));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** The native `select`'s option that says `wanted`, if exactly one. */
function optionSaying(
  select: HTMLSelectElement,
  wanted: readonly string[],
): HTMLOptionElement | null {
  const matches = Array.from(select.options).filter((option) => says(option.text, wanted));
  return matches.length === 1 ? (matches[0] ?? null) : null;
}

/** A control that opens a list: MUI's and DevExtreme's comboboxes, Headless UI's listbox button. */
function opensList(control: Element): boolean {
  return (
    control.getAttribute('role') === 'combobox' ||
    control.getAttribute('aria-haspopup') === 'listbox'
  );
}

/** The list the control opened: the one its `aria-controls`/`aria-owns` names, else the only one shown. */
function openList(control: Element): HTMLElement | null {
  const doc = control.ownerDocument;
  for (const attribute of ['aria-controls', 'aria-owns']) {
    for (const id of (control.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
      const named = doc.getElementById(id);
      const list =
        named?.getAttribute('role') === 'listbox'
          ? named
          : named?.querySelector('[role="listbox"]');
      if (list instanceof HTMLElement && isVisible(list)) return list;
    }
  }
  const shown = Array.from(doc.querySelectorAll<HTMLElement>('[role="listbox"]')).filter(isVisible);
  return shown.length === 1 ? (shown[0] ?? null) : null;
}

/**
 * What a list-opening control shows as chosen: a combobox input's value (DevExtreme), else its
 * text (MUI's and Headless UI's buttons show the chosen option's words).
 */
function shownChoice(control: Element): string {
  if (control instanceof HTMLInputElement) return control.value;
  return spokenText(control);
}

/** Whether `control` now holds the choice that says `wanted` (read back before Save). */
export function readChoice(control: Element, wanted: readonly string[]): boolean {
  if (control instanceof HTMLSelectElement) {
    const chosen = control.selectedOptions[0];
    return control.selectedOptions.length === 1 && !!chosen && says(chosen.text, wanted);
  }
  if (opensList(control)) return says(shownChoice(control), wanted);
  const radio = radioSaying(control, wanted);
  return !!radio && isChecked(radio) && radiosOf(control).filter(isChecked).length === 1;
}

/** The page's own native setter, so a React-controlled `select` sees the change as a person's. */
function selectNatively(select: HTMLSelectElement, option: HTMLOptionElement): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  if (setter) setter.call(select, option.value);
  else select.value = option.value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Opens the list the way the toolkit listens: a click, else mousedown (MUI), else ArrowDown. */
async function open(control: HTMLElement, signal: AbortSignal): Promise<HTMLElement | null> {
  const attempts: (() => void)[] = [
    () => control.click(),
    () =>
      control.dispatchEvent(
        new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }),
      ),
    () =>
      control.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }),
      ),
  ];
  control.focus();
  for (const attempt of attempts) {
    if (openList(control)) break;
    attempt();
    const list = await waitFor(() => openList(control), REACT_MS / attempts.length, signal);
    if (list) return list;
  }
  return openList(control);
}

async function chooseFromList(
  control: HTMLElement,
  wanted: readonly string[],
  signal: AbortSignal,
): Promise<ChoiceOutcome> {
  const list = await open(control, signal);
  if (!list) return 'not-found';
  const options = Array.from(list.querySelectorAll<HTMLElement>('[role="option"]')).filter(
    (option) => says(nameOf(option), wanted),
  );
  const option = options.length === 1 ? options[0] : undefined;
  if (!option) {
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    control.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return 'not-found';
  }
  option.click();
  const shown = await waitFor(
    () => (!openList(control) && readChoice(control, wanted) ? true : null),
    REACT_MS,
    signal,
  );
  return shown ? 'set' : 'not-set';
}

/**
 * Chooses the option that says `wanted` in `control` (a `select`, a radio group or one of its
 * radios, a combobox or listbox button), then reads the choice back.
 */
export async function choose(
  control: HTMLElement,
  wanted: readonly string[],
  signal: AbortSignal,
): Promise<ChoiceOutcome> {
  if (readChoice(control, wanted)) return 'set';
  if (control instanceof HTMLSelectElement) {
    const option = optionSaying(control, wanted);
    if (!option) return 'not-found';
    selectNatively(control, option);
  } else if (opensList(control)) {
    return chooseFromList(control, wanted, signal);
  } else {
    const radio = radioSaying(control, wanted);
    if (!(radio instanceof HTMLElement)) return 'not-found';
    radio.click();
  }
  const kept = await waitFor(() => (readChoice(control, wanted) ? true : null), REACT_MS, signal);
  return kept ? 'set' : 'not-set';
}
