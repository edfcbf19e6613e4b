// What "Fill in" will do to one list of the Basic SAML Configuration pane, decided from the values
// alone (pure, so every case is tested without a page). A correct value is kept and never
// duplicated; a wrong value is never kept silently: it is reported and replaced only once the
// admin has confirmed.

import type { ProviderProfile } from '../../../core/profile';
import type { FieldKey } from './pane';

export type PlanAction =
  /** The expected value is already there, character for character. */
  | 'keep'
  /** An empty row is there: type into it. */
  | 'fill-empty'
  /** No row at all: click "Add identifier" / "Add reply URL", then type into the new row. */
  | 'add-row'
  /** Another value is there: show it and ask whether to replace it. */
  | 'ask-replace'
  /** Another value is there and the admin confirmed: type over it. */
  | 'replace-wrong';

export interface FieldPlan {
  action: PlanAction;
  /** The row acted on (its index among the rows), null for `add-row`. */
  row: number | null;
  /** The value that row holds now ('' when empty or new). */
  current: string;
  /** Tick "Default" on the row: other values stay in the list, so ours must be the default. */
  makeDefault: boolean;
  /** Other values in the list, left as they are (the guide mentions them). */
  others: string[];
}

export interface RowValue {
  value: string;
  isDefault: boolean;
}

export type BasicSamlPlan = Record<FieldKey, FieldPlan>;

export const EXPECTED: Record<FieldKey, (profile: ProviderProfile) => string> = {
  identifier: (profile) => profile.entityId,
  replyUrl: (profile) => profile.replyUrl,
};

export function planField(
  rows: readonly RowValue[],
  expected: string,
  replaceWrong: boolean,
): FieldPlan {
  const filled = rows.map((row, index) => ({ ...row, index })).filter((r) => r.value.trim());
  const othersThan = (index: number) => filled.filter((r) => r.index !== index).map((r) => r.value);
  const match = rows.findIndex((row) => row.value === expected);
  if (match >= 0) {
    return {
      action: 'keep',
      row: match,
      current: expected,
      makeDefault: filled.length > 1 && !rows[match]!.isDefault,
      others: othersThan(match),
    };
  }
  // The default row is the one Entra uses for IdP-initiated sign-in: the one to correct first.
  const wrong = filled.find((r) => r.isDefault) ?? filled[0];
  if (wrong) {
    return {
      action: replaceWrong ? 'replace-wrong' : 'ask-replace',
      row: wrong.index,
      current: wrong.value,
      makeDefault: filled.length > 1 && !wrong.isDefault,
      others: othersThan(wrong.index),
    };
  }
  const empty = rows.findIndex((row) => !row.value.trim());
  if (empty >= 0)
    return {
      action: 'fill-empty',
      row: empty,
      current: rows[empty]!.value,
      makeDefault: false,
      others: [],
    };
  return { action: 'add-row', row: null, current: '', makeDefault: false, others: [] };
}

export function planBasicSaml(
  values: Record<FieldKey, readonly RowValue[]>,
  profile: ProviderProfile,
  replaceWrong = false,
): BasicSamlPlan {
  return {
    identifier: planField(values.identifier, EXPECTED.identifier(profile), replaceWrong),
    replyUrl: planField(values.replyUrl, EXPECTED.replyUrl(profile), replaceWrong),
  };
}
