// Small DOM helpers the SAML fill-in shares. They work in whatever document they are given: the
// portal's top document (Knockout panes) or a ReactView iframe's own document.

import { isVisible, labelElements as allLabelElements } from '../../dom/locate';

/** Editable text boxes: what a person can type into (read-only copy fields are not). */
export const EDITABLE_TEXT_INPUT =
  'input[type="text"]:not([readonly]):not([disabled]), input:not([type]):not([readonly]):not([disabled])';

export function documentOf(root: ParentNode): Document {
  return root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root as Node).ownerDocument!;
}

/**
 * Visible elements whose whole text is one of `labels` (in any language listed): the label itself,
 * not the section around it. The lookup is locate.ts's, so it shares the engine's one walk of the
 * page's short texts per evaluation.
 */
export function labelElements(root: ParentNode, labels: readonly string[]): Element[] {
  return allLabelElements(root, labels).filter(isVisible);
}

/** The element's visible text, trimmed, with runs of white space collapsed (case kept). */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Each piece of text in the element on its own (one per line, cell or span), trimmed. */
export function leafTexts(element: Element): string[] {
  const texts: string[] = [];
  const walker = documentOf(element).createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').trim();
    if (text) texts.push(text);
  }
  return texts;
}

/**
 * A person's click: mouse down, mouse up, then the click itself. Portal Knockout drop-downs act on
 * `mouseup` (docs/portal-facts.md#knockout-controls), Fluent controls on `click`; `el.click()` also toggles native check
 * boxes and radios the way a real click does.
 */
export function press(element: Element): void {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  element.dispatchEvent(new MouseEvent('mousedown', init));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  (element as HTMLElement).click();
}

/** Disabled the way portal commands show it: the `disabled` property or `aria-disabled`. */
export function isEnabled(element: Element): boolean {
  return (
    !(element as HTMLButtonElement).disabled && element.getAttribute('aria-disabled') !== 'true'
  );
}

/** Checked state of a native check box or radio, or an ARIA one (`aria-checked`). */
export function isChecked(element: Element): boolean {
  return element instanceof HTMLInputElement
    ? element.checked
    : element.getAttribute('aria-checked') === 'true';
}
