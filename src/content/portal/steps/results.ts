// What the steps' actions answer, in words the guide shows.

import { t } from '../../../ui/i18n';
import type { ActionResult, Note } from './types';

export const say = (notes: readonly Note[]) => notes.map((n) => t(n.key, [...n.substitutions]));

/** The action's target is gone (or was never there with certainty): nothing was touched. */
export const targetMissing = (): ActionResult => ({
  ok: false,
  messages: [t('fillTargetMissing')],
});
