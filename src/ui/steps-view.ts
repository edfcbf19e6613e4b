// Turns stored progress into what the guide and popup show: each step's state, with the first
// step not done (in flow order) as the current one.

import type { Progress } from '../core/storage-schema';
import type { StepId, StepState } from '../core/steps';

export function stepStates(ids: readonly StepId[], progress: Progress): Record<StepId, StepState> {
  const states = {} as Record<StepId, StepState>;
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
