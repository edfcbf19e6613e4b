// Setup progress: which steps are done, as the pages showed them. A step can also go back to
// todo when the page shows it undone (the admin changed a saved value).

import type { Progress } from '../core/storage-schema';
import type { GuideStep } from '../core/steps';
import { updateLocal } from './store';

export function recordStep(
  step: GuideStep,
  state: 'done' | 'todo' | 'blocked',
  detail?: string,
): Promise<Progress> {
  return updateLocal('progress', (progress) => ({
    ...progress,
    steps: {
      ...progress.steps,
      [step]: { state, at: new Date().toISOString(), ...(detail ? { detail } : {}) },
    },
  }));
}
