// "Fill in" for the Basic SAML Configuration pane (issue 5): plan each list, then act like a
// person would (click "Add …", wait for the new row, type with input and change events, tick
// Default), then check that every value stayed. It never clicks Save: the admin saves, the guide
// spotlights Save (`findSave`) and afterwards reads the SAML page's card back (`readBasicSamlCard`).
// Running it twice changes nothing more: the second run finds every value in place and keeps it.

import type { ProviderProfile } from '../../../core/profile';
import { fillInput } from '../../dom/fill';
import { waitFor } from '../../dom/watch';
import { press, isChecked } from './dom';
import { type BasicSamlPane, type FieldKey, type PaneRow, findAddLink, readRows } from './pane';
import { EXPECTED, planField, type FieldPlan } from './plan';

export { findBasicSamlPane, findAddLink, findSave, readRows, saveEnabled } from './pane';
export type { BasicSamlPane, FieldKey, PaneRow, PaneSection } from './pane';
export { planBasicSaml, planField } from './plan';
export type { BasicSamlPlan, FieldPlan, PlanAction, RowValue } from './plan';
export { readValidationProblems } from './validation';
export type { SamlProblem, SamlProblemCode } from './validation';
export { readBasicSamlCard, compareSavedSaml } from './card';
export type { SavedSaml, SavedVerdict } from './card';
export { explainFill, explainProblem, explainSaved } from './explain';
export type { Explanation } from './explain';

export type FieldOutcome =
  /** The value was there already. */
  | 'kept'
  /** Typed into an empty row. */
  | 'filled'
  /** A row was added with "Add …" and the value typed into it. */
  | 'added'
  /** A wrong value was typed over, as the admin confirmed. */
  | 'replaced'
  /** A wrong value is there: the guide shows it (`wrong`) and offers "Replace". */
  | 'needs-confirmation'
  /** The section or its "Add …" link was not found with certainty: nothing was touched. */
  | 'not-found'
  /** "Add …" was clicked but no new row appeared in time. */
  | 'no-new-row'
  /** The page threw the typed value away. */
  | 'reverted'
  /** The row's text box is read-only or disabled. */
  | 'not-editable';

export interface FieldReport {
  field: FieldKey;
  outcome: FieldOutcome;
  expected: string;
  /** The other value found in the row (`needs-confirmation`) or typed over (`replaced`). */
  wrong: string | null;
  /** Other values in the list, left alone. */
  others: string[];
  /** Whether "Default" had to be ticked on our row, and whether the tick held. */
  default: 'unchanged' | 'set' | 'failed';
}

export interface FillReport {
  identifier: FieldReport;
  replyUrl: FieldReport;
  /** Something was typed or ticked: the pane is dirty and the admin should Save. */
  changed: boolean;
  /** Both values are in the pane (and default where needed): nothing is left to fill. */
  complete: boolean;
}

export interface FillOptions {
  /** The admin confirmed replacing wrong values ("Replace" in the guide). */
  replaceWrong?: boolean;
  /** How long to wait for a row after "Add …" and for a Default tick to show. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const DONE: readonly FieldOutcome[] = ['kept', 'filled', 'added', 'replaced'];

/** Fills running now, per pane: a second "Fill in" while one runs joins it (no second row). */
const running = new WeakMap<Element, Promise<FillReport>>();

export function fillBasicSaml(
  pane: BasicSamlPane,
  profile: ProviderProfile,
  options: FillOptions = {},
): Promise<FillReport> {
  const current = running.get(pane.root);
  if (current) return current;
  const fill = fillPane(pane, profile, options).finally(() => running.delete(pane.root));
  running.set(pane.root, fill);
  return fill;
}

async function fillPane(
  pane: BasicSamlPane,
  profile: ProviderProfile,
  options: FillOptions,
): Promise<FillReport> {
  // One list after the other: the Knockout pane moves focus into a row it adds.
  const identifier = await fillField(pane, 'identifier', profile, options);
  const replyUrl = await fillField(pane, 'replyUrl', profile, options);
  const changed = [identifier, replyUrl].some(
    (r) =>
      r.outcome === 'filled' ||
      r.outcome === 'added' ||
      r.outcome === 'replaced' ||
      r.default === 'set',
  );
  const complete = [identifier, replyUrl].every(
    (r) => DONE.includes(r.outcome) && r.default !== 'failed',
  );
  return { identifier, replyUrl, changed, complete };
}

async function fillField(
  pane: BasicSamlPane,
  field: FieldKey,
  profile: ProviderProfile,
  { replaceWrong = false, timeoutMs = 5000, signal }: FillOptions,
): Promise<FieldReport> {
  const section = pane[field];
  const expected = EXPECTED[field](profile);
  const rows = readRows(section);
  const plan = planField(rows, expected, replaceWrong);
  const report = (outcome: FieldOutcome, defaultState: FieldReport['default'] = 'unchanged') => ({
    field,
    outcome,
    expected,
    wrong: plan.action === 'ask-replace' || plan.action === 'replace-wrong' ? plan.current : null,
    others: plan.others,
    default: defaultState,
  });

  if (plan.action === 'ask-replace') return report('needs-confirmation');
  const row =
    plan.action === 'add-row' ? await addRow(pane, field, timeoutMs, signal) : rows[plan.row!]!;
  if (!row) return report(findAddLink(section) ? 'no-new-row' : 'not-found');

  if (plan.action !== 'keep') {
    const typed = await fillInput(row.input, expected);
    if (typed === 'reverted' || typed === 'not-editable') return report(typed);
  }
  const defaultState = plan.makeDefault
    ? await tickDefault(pane, field, row, timeoutMs, signal)
    : 'unchanged';
  // The value must still be there after the page reacted to everything above.
  if (!readRows(section).some((r) => r.input === row.input && r.value === expected))
    return report('reverted', defaultState);
  return report(OUTCOME_OF[plan.action], defaultState);
}

const OUTCOME_OF: Record<Exclude<FieldPlan['action'], 'ask-replace'>, FieldOutcome> = {
  keep: 'kept',
  'fill-empty': 'filled',
  'add-row': 'added',
  'replace-wrong': 'replaced',
};

/** Clicks the section's "Add …" link and waits for the row it creates (one click, one row). */
async function addRow(
  pane: BasicSamlPane,
  field: FieldKey,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<PaneRow | null> {
  const section = pane[field];
  const link = findAddLink(section);
  if (!link) return null;
  const before = new Set(readRows(section).map((r) => r.input));
  press(link);
  return waitFor(
    () => readRows(section).find((r) => !before.has(r.input) && !r.value.trim()) ?? null,
    timeoutMs,
    signal,
  );
}

/** Ticks the row's Default check box and waits until the page shows it ticked. */
async function tickDefault(
  pane: BasicSamlPane,
  field: FieldKey,
  row: PaneRow,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<FieldReport['default']> {
  if (!row.defaultBox) return 'failed';
  if (!isChecked(row.defaultBox)) press(row.defaultBox);
  const ticked = await waitFor(
    () => readRows(pane[field]).find((r) => r.input === row.input && r.isDefault) ?? null,
    timeoutMs,
    signal,
  );
  return ticked ? 'set' : 'failed';
}
