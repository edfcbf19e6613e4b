// Finds the Basic SAML Configuration pane and reads it (docs/portal-facts.md#basic-saml-pane). Each list is found from
// its label, "Identifier (Entity ID)" or "Reply URL (Assertion Consumer Service URL)" in every
// language docs/portal-facts.md#translations confirms, through the portal registry's targets (site/locators.ts): its
// rows' text boxes (tied to the label by aria-labelledby, else the boxes in the label's territory)
// and its "Add …" link. No wrapper element is needed (docs/portal-facts.md#markup-we-must-not-assume: no public capture shows a
// section, fieldset or group around a field). The same code serves the top document's Knockout
// pane and the ReactView iframe's Fluent pane.

import { fieldLabels, find, findAll } from '../../dom/find';
import { inOnePass } from '../../dom/text';
import { isVisible } from '../../dom/visible';
import { LABELS } from '../site/labels';
import { PORTAL, portalTarget } from '../site/locators';
import { documentOf, EDITABLE_TEXT_INPUT, isChecked, isEnabled } from './dom';

export type FieldKey = 'identifier' | 'replyUrl';

const LIST = {
  identifier: { label: LABELS.identifier, rows: PORTAL.identifierRows, add: PORTAL.addIdentifier },
  replyUrl: { label: LABELS.replyUrl, rows: PORTAL.replyUrlRows, add: PORTAL.addReplyUrl },
} as const;

/** A grid row (role row: `tr`, or a div grid's `[role=row]`, docs/portal-facts.md#markup-we-must-not-assume). */
const ROW = 'tr, [role="row"]';
const CHECK_BOX = 'input[type="checkbox"], [role="checkbox"]';
/** What holds a pane: a dialog or complementary landmark, or the portal's context pane (3.1). */
const PANE = '[role="complementary"], [role="dialog"], aside, dialog, .fxs-contextpane, .fxs-blade';

export interface PaneSection {
  key: FieldKey;
  /** The list's label ("Identifier (Entity ID)", …): its rows and "Add …" link are found from it. */
  label: Element;
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
  return inOnePass(() => findPane(root));
}

function findPane(root: ParentNode): BasicSamlPane | null {
  const identifier = onlySection(root, 'identifier');
  const replyUrl = onlySection(root, 'replyUrl');
  if (!identifier || !replyUrl) return null;
  const common = commonAncestor(identifier.label, replyUrl.label);
  if (!common) return null;
  return { root: common.closest(PANE) ?? documentOf(root).body, identifier, replyUrl };
}

/**
 * A list's label is the one visible label of that text that has rows or an "Add …" link of its
 * own: the SAML page's read-only card under the pane shows the same label with neither. A pane
 * without "Add …" and without rows is not recognised (nothing could be filled there anyway).
 */
function onlySection(root: ParentNode, key: FieldKey): PaneSection | null {
  const { label: words, rows, add } = LIST[key];
  const sections = fieldLabels(root, words).filter(
    (label) => find(add, root, { label }) || findAll(rows, root, { label }).length,
  );
  return sections.length === 1 ? { key, label: sections[0]! } : null;
}

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a.parentElement; node; node = node.parentElement)
    if (node.contains(b)) return node;
  return null;
}

const rootOf = (section: PaneSection): ParentNode => documentOf(section.label);

/**
 * The list's rows in order: each row's first editable text box is the value (docs/portal-facts.md#basic-saml-pane; a
 * reply row's Index box comes after it), its check box the "Default".
 */
export function readRows(section: PaneSection): PaneRow[] {
  return inOnePass(() => rowsOf(section));
}

function rowsOf(section: PaneSection): PaneRow[] {
  const { rows: target } = LIST[section.key];
  const holders = new Set<Element>();
  for (const box of findAll(target, rootOf(section), { label: section.label }))
    holders.add(box.closest(ROW) ?? box);
  const rows: PaneRow[] = [];
  for (const holder of holders) {
    const input = holder.matches(EDITABLE_TEXT_INPUT)
      ? (holder as HTMLInputElement)
      : holder.querySelector<HTMLInputElement>(EDITABLE_TEXT_INPUT);
    if (!input || !isVisible(input)) continue;
    const defaultBox = holder === input ? null : holder.querySelector(CHECK_BOX);
    rows.push({
      value: input.value,
      isDefault: defaultBox ? isChecked(defaultBox) : false,
      input,
      defaultBox,
    });
  }
  return rows;
}

/** "Add identifier" / "Add reply URL": the one enabled link after the list's label, outside its rows. */
export function findAddLink(section: PaneSection): Element | null {
  const link = find(LIST[section.key].add, rootOf(section), { label: section.label });
  return link && isEnabled(link) ? link : null;
}

/** The pane's (or Manage claim's) Save command, for the guide's spotlight. Never clicked here. */
export function findSave(root: ParentNode): Element | null {
  return find(portalTarget('save'), root);
}
/** Save is enabled only once the form is dirty and valid, after a delay (docs/portal-facts.md#basic-saml-pane). */
export function saveEnabled(root: ParentNode): boolean {
  const save = findSave(root);
  return !!save && isEnabled(save);
}
