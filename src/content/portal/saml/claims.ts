// The email claim (issue 5; docs/cognito-entra-facts.md#email-claim): Cognito needs the
// user's email, which Entra sends only from a claim whose source is `user.mail`. Entra's default
// `…/claims/emailaddress` claim already does; when no claim does, the guide opens "Add new claim"
// and `fillEmailClaim` fills Manage claim: Name `emailaddress`, Source Attribute, Source attribute
// `user.mail`. Like the Basic SAML fill-in it never clicks Save, and it works in the top document
// (Knockout) and in the ReactView iframe (Fluent) alike.

import type { ProviderProfile } from '../../../core/profile';
import { fillInput } from '../../dom/fill';
import { find } from '../../dom/find';
import { isVisible } from '../../dom/visible';
import { waitFor } from '../../dom/watch';
import { portalTarget } from '../site/locators';
import { documentOf, EDITABLE_TEXT_INPUT, isChecked, leafTexts, press, textOf } from './dom';
import type { Claim } from './card';
import type { ChoiceOutcome, ClaimFillReport } from './fill-report';

export { readClaimsCard } from './card';
export type { Claim } from './card';
export { findSave, saveEnabled } from './pane';
export { explainClaimFill } from './explain';
export type { ChoiceOutcome, ClaimFillReport } from './fill-report';

/** Any claim whose source is the profile's attribute counts, whatever its name. */
export function emailClaimPresent(claims: readonly Claim[], profile: ProviderProfile): boolean {
  return claims.some((claim) => claim.source === profile.claimSource);
}

/**
 * Shown with the email-claim step: when a user's `mail` is empty, Entra leaves the claim out and
 * Cognito refuses the sign-in ("email: The attribute is required", docs/cognito-entra-facts.md#cognito-errors).
 */
export const MAIL_EMPTY_NOTE_KEY = 'emailClaimMailEmptyNote';

const ROW = 'tr, [role="row"]';
const OPTION = '[role="option"], [role="treeitem"]';
const CELL = 'td, [role="gridcell"], [role="cell"]';
/** A source as the claims grid shows it: `user.mail`, or a transformation such as `ToLower(user.mail)`. */
const SOURCE = /^(?:user\.[\w.]+|\w+\(.*\))$/;
const BLADE = '.fxs-blade, [role="region"], [role="complementary"], [role="dialog"]';

interface ClaimRow {
  row: Element;
  claim: Claim;
}

function claimRows(root: ParentNode): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const row of root.querySelectorAll(ROW)) {
    const cells = [...row.querySelectorAll(CELL)];
    // The source is the cell's first word: the Name ID row adds "[nameid-format:…]" after it.
    const source = cells
      .slice(1)
      .map((cell) => textOf(cell).split(' ')[0] ?? '')
      .find((word) => SOURCE.test(word));
    if (cells[0] && source && isVisible(row))
      rows.push({ row, claim: { name: textOf(cells[0]), source } });
  }
  return rows;
}

/**
 * The claims listed in the Attributes & Claims blade (its grids: name, type, value), for the
 * check after Save. Null when no claims grid is shown.
 */
export function readClaimsList(root: ParentNode = document): Claim[] | null {
  const rows = claimRows(root);
  return rows.length ? rows.map((r) => r.claim) : null;
}

/** "+ Add new claim" in the blade that lists the claims. */
export function findAddNewClaim(root: ParentNode = document): Element | null {
  const blades = new Set(
    claimRows(root).map(({ row }) => row.closest(BLADE) ?? documentOf(root).body),
  );
  return blades.size === 1 ? find(portalTarget('addNewClaim'), [...blades][0]!) : null;
}

export interface ManageClaimForm {
  /** The Manage claim blade (top document) or the ReactView iframe's body. */
  root: Element;
  /** Name: the form's first text box. */
  name: HTMLInputElement;
  /** Source: Attribute / Transformation (/ …). */
  source: Element;
}

/**
 * Manage claim, found by structure (its labels have no confirmed translation): the one blade with
 * a radio group (Source), a drop-down (Source attribute) and text boxes (Name, Namespace).
 */
export function findManageClaimForm(root: ParentNode = document): ManageClaimForm | null {
  const forms = new Map<Element, ManageClaimForm>();
  for (const source of root.querySelectorAll('[role="radiogroup"]')) {
    if (!isVisible(source)) continue;
    const form = source.closest(BLADE) ?? documentOf(root).body;
    const name = [...form.querySelectorAll<HTMLInputElement>(EDITABLE_TEXT_INPUT)].find(isVisible);
    const dropDown = [...form.querySelectorAll('[role="combobox"]')].some(isVisible);
    if (name && dropDown) forms.set(form, { root: form, name, source });
  }
  return forms.size === 1 ? [...forms.values()][0]! : null;
}

export async function fillEmailClaim(
  form: ManageClaimForm,
  profile: ProviderProfile,
  { timeoutMs = 5000, signal }: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<ClaimFillReport> {
  if (form.name.value.trim() && form.name.value !== profile.claimName)
    return { name: 'occupied', sourceKind: 'skipped', sourceAttribute: 'skipped', complete: false };
  const name = await fillInput(form.name, profile.claimName);
  const sourceKind = await chooseAttributeSource(form, timeoutMs, signal);
  const sourceAttribute =
    sourceKind === 'kept' || sourceKind === 'chosen'
      ? await chooseSourceAttribute(form, profile.claimSource, timeoutMs, signal)
      : 'skipped';
  const ok = (outcome: ChoiceOutcome) => outcome === 'kept' || outcome === 'chosen';
  return {
    name,
    sourceKind,
    sourceAttribute,
    complete: (name === 'filled' || name === 'unchanged') && ok(sourceKind) && ok(sourceAttribute),
  };
}

/** "Attribute" is the first Source choice in Entra; its label has no confirmed translation. */
async function chooseAttributeSource(
  form: ManageClaimForm,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<ChoiceOutcome> {
  const attribute = form.source.querySelector('input[type="radio"], [role="radio"]');
  if (!attribute) return 'not-found';
  if (isChecked(attribute)) return 'kept';
  press(attribute);
  return (await waitFor(() => (isChecked(attribute) ? true : null), timeoutMs, signal))
    ? 'chosen'
    : 'not-chosen';
}

/**
 * Opens the Source attribute drop-down and picks the option whose text is the attribute, like a
 * person (mouse down/up and click: Knockout drop-downs act on mouseup, docs/portal-facts.md#knockout-controls), then
 * checks that the drop-down shows it.
 */
async function chooseSourceAttribute(
  form: ManageClaimForm,
  attribute: string,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<ChoiceOutcome> {
  // With Source = Attribute there is one drop-down (Transformation adds a second).
  const dropDown = await waitFor(
    () => {
      const shown = [...form.root.querySelectorAll('[role="combobox"]')].filter(isVisible);
      return shown.length === 1 ? shown[0]! : null;
    },
    timeoutMs,
    signal,
  );
  if (!dropDown) return 'not-found';
  // The chosen value is one piece of the drop-down's text (next to its caret glyph, if any).
  const shows = () => (leafTexts(dropDown).includes(attribute) ? true : null);
  if (shows()) return 'kept';
  press(dropDown);
  const option = await waitFor(
    () => {
      // Fluent lists `option`s; Knockout drop-downs list `treeitem`s (docs/portal-facts.md#markup-we-must-not-assume).
      const options = [...documentOf(form.root).querySelectorAll(OPTION)].filter(
        (o) => isVisible(o) && textOf(o) === attribute,
      );
      return options.length === 1 ? options[0]! : null;
    },
    timeoutMs,
    signal,
  );
  if (!option) {
    press(dropDown); // close the list again: leave the page as it was
    return 'not-found';
  }
  press(option);
  return (await waitFor(shows, timeoutMs, signal)) ? 'chosen' : 'not-chosen';
}
