// What a "Fill in" did, field by field: written by the fills (basic-saml, claims) and read by the
// explanations (explain). Its own module so that neither side imports the other.

import type { FillOutcome } from '../../dom/fill';
import type { FieldKey } from './pane';

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

export type ChoiceOutcome = 'kept' | 'chosen' | 'not-found' | 'not-chosen' | 'skipped';

export interface ClaimFillReport {
  /** `occupied`: the form holds another claim's name (an existing claim): nothing was changed. */
  name: FillOutcome | 'occupied';
  /** Source: Attribute. */
  sourceKind: ChoiceOutcome;
  /** Source attribute: the profile's (`user.mail`). */
  sourceAttribute: ChoiceOutcome;
  /** Everything is set: the admin can Save. */
  complete: boolean;
}
