// Finds the Basic SAML Configuration pane and reads it (reference 4.6). The pane is found by its
// two section labels, "Identifier (Entity ID)" and "Reply URL (Assertion Consumer Service URL)",
// in every language reference 6 confirms, and by structure: each label heads a section holding a
// grid of rows (text box, Index on reply rows, Default check box, delete) and an "add" link. The
// same code serves the top document's Knockout pane and the ReactView iframe's Fluent pane; the
// rehearsal's `ext-*` class names are never used, since the real portal does not have them.

import { isVisible, locate, type Locator } from '../../dom/locate';
import { LABELS } from '../site/labels';
import { documentOf, EDITABLE_TEXT_INPUT, isChecked, isEnabled, labelElements } from './dom';

export type FieldKey = 'identifier' | 'replyUrl';

const SECTION_LABELS: Record<FieldKey, readonly string[]> = {
  identifier: LABELS.identifier,
  replyUrl: LABELS.replyUrl,
};

/** The English link texts (reference 4.6, 11); no translation is known (reference 6). */
const ADD_LINK_LABELS: Record<FieldKey, readonly string[]> = {
  identifier: LABELS.addIdentifier,
  replyUrl: LABELS.addReplyUrl,
};

const SECTION = 'section, fieldset, [role="group"]';
const ROW = 'tr, [role="row"]';
const LINK = 'a, button, [role="link"], [role="button"]';
const CHECK_BOX = 'input[type="checkbox"], [role="checkbox"]';
/** What holds a pane: a context pane or blade in the top document (reference 3.1, 4.1). */
const PANE = '.fxs-contextpane, .fxs-blade, [role="complementary"], [role="dialog"]';

export interface PaneSection {
  key: FieldKey;
  /** The section's label ("Identifier (Entity ID)", …). */
  label: Element;
  /** The element holding the label, the rows and the add link. */
  element: Element;
}

export interface BasicSamlPane {
  /** The pane (a context pane in the top document; the body of a ReactView iframe). */
  root: Element;
  identifier: PaneSection;
  replyUrl: PaneSection;
}

export interface PaneRow {
  value: string;
  isDefault: boolean;
  input: HTMLInputElement;
  /** The row's "Default" check box (native or ARIA), when it has one. */
  defaultBox: Element | null;
}

/** The one Basic SAML Configuration pane in `root`, or null when there is none or several. */
export function findBasicSamlPane(root: ParentNode = document): BasicSamlPane | null {
  const identifier = onlySection(root, 'identifier');
  const replyUrl = onlySection(root, 'replyUrl');
  if (!identifier || !replyUrl) return null;
  const common = commonAncestor(identifier.element, replyUrl.element);
  if (!common) return null;
  return { root: common.closest(PANE) ?? documentOf(root).body, identifier, replyUrl };
}

/**
 * A section is the closest section/group around a label that does not also hold the other
 * field's label (that would be the SAML page's read-only card, or the whole page). It may hold
 * neither rows nor a link (a variant without "Add …"): the fill then reports it, field by field.
 */
function onlySection(root: ParentNode, key: FieldKey): PaneSection | null {
  const other = SECTION_LABELS[key === 'identifier' ? 'replyUrl' : 'identifier'];
  const sections: PaneSection[] = [];
  for (const label of labelElements(root, SECTION_LABELS[key])) {
    const element = label.closest(SECTION);
    if (!element || labelElements(element, other).length > 0) continue;
    if (!sections.some((s) => s.element === element)) sections.push({ key, label, element });
  }
  return sections.length === 1 ? sections[0]! : null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a.parentElement; node; node = node.parentElement)
    if (node.contains(b)) return node;
  return null;
}

/** The section's rows in order: each row's first text box is the value (reference 4.6). */
export function readRows(section: PaneSection): PaneRow[] {
  const rows: PaneRow[] = [];
  for (const row of section.element.querySelectorAll(ROW)) {
    const input = row.querySelector<HTMLInputElement>(EDITABLE_TEXT_INPUT);
    if (!input || !isVisible(input)) continue;
    const defaultBox = row.querySelector(CHECK_BOX);
    rows.push({
      value: input.value,
      isDefault: defaultBox ? isChecked(defaultBox) : false,
      input,
      defaultBox,
    });
  }
  return rows;
}

/**
 * "Add identifier" / "Add reply URL": the one link in the section outside its rows. No
 * translation of the link text is known, so structure decides; the English text only breaks a tie.
 */
export function findAddLink(section: PaneSection): Element | null {
  const links = [...section.element.querySelectorAll(LINK)].filter(
    (link) => !link.closest(ROW) && isVisible(link) && isEnabled(link),
  );
  if (links.length === 1) return links[0]!;
  const named = links.filter((link) =>
    ADD_LINK_LABELS[section.key].some((text) => link.textContent?.includes(text)),
  );
  return named.length === 1 ? named[0]! : null;
}

const SAVE: Locator = {
  name: 'save',
  strategies: [
    {
      css: '[data-telemetryname="Command-Save"]',
      closest: '[role="button"], button',
      note: 'the portal command bar (reference 4.1, 11: confirmed)',
    },
    {
      css: 'button, [role="button"], [role="menuitem"]',
      text: LABELS.save,
      note: 'Save by its label in every confirmed language: Fluent command bars in ReactViews',
    },
  ],
};

/** The pane's (or Manage claim's) Save command, for the guide's spotlight. Never clicked here. */
export function findSave(root: ParentNode): Element | null {
  return locate(SAVE, root);
}

/** Save is enabled only once the form is dirty and valid, after a delay (reference 4.6, 8). */
export function saveEnabled(root: ParentNode): boolean {
  const save = findSave(root);
  return !!save && isEnabled(save);
}
