// Turns stored progress into what the guide and popup show: each guide step's state, with the
// first step not done (in flow order) as the current one.

import type { GuideStepRecord } from '../core/storage-schema';
import type { GuideStepState } from '../core/steps';

export function guideStepStates<Id extends string>(
  ids: readonly Id[],
  progress: { steps: Partial<Record<Id, Pick<GuideStepRecord, 'state'>>> },
): Record<Id, GuideStepState> {
  const states = {} as Record<Id, GuideStepState>;
  let currentGiven = false;
  for (const id of ids) {
    const record = progress.steps[id];
    if (record?.state === 'done') states[id] = 'done';
    else if (record?.state === 'blocked') states[id] = 'blocked';
    else if (!currentGiven) {
      states[id] = 'current';
      currentGiven = true;
    } else states[id] = 'todo';
  }
  return states;
}
