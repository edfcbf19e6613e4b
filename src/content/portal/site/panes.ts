// Which edit pane is open in this document, and what its text boxes hold. Panes are found by
// their section labels next to a Save command, never by class names of their own.

import { isVisible, labelElements, locate } from '../../dom/locate';
import { LABELS } from './labels';
import { PORTAL } from './locators';

/** A pane with a Save command and one of `labels` showing (e.g. Identifier (Entity ID)). */
export function samlPaneOpen(doc: Document, labels: readonly string[]): boolean {
  return !!locate(PORTAL.save, doc) && labelElements(doc, labels).some((l) => isVisible(l));
}

/** The text boxes of the section under a label (the rows of a Basic SAML list). */
export function sectionInputs(doc: Document, labels: readonly string[]): HTMLInputElement[] {
  for (const label of labelElements(doc, labels)) {
    let scope: Element | null = label;
    for (let level = 0; scope && level < 5; level += 1, scope = scope.parentElement) {
      const inputs = [
        ...scope.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])'),
      ];
      if (inputs.length) return inputs.filter((i) => !i.readOnly && isVisible(i));
      if (scope.querySelector('a, [role="link"], button, [role="button"]') && level > 1) break;
    }
  }
  return [];
}

export function paneValues(doc: Document): { identifiers: string[]; replyUrls: string[] } {
  const values = (labels: readonly string[]) =>
    sectionInputs(doc, labels)
      .map((i) => i.value.trim())
      .filter(Boolean);
  return { identifiers: values(LABELS.identifier), replyUrls: values(LABELS.replyUrl) };
}
