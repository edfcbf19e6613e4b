// One pass of the guide steps over a page: what each step's module sees there, which step is
// current (the first not done, in flow order) and what that step's module points at. The order
// and the modules are parameters, so a test can run a step that is not (yet) in the flow.

import { guideStepStates } from '../../../ui/steps-view';
import type { GuideStepRecord } from '../../../core/storage-schema';
import type { GuideStepContext, GuideStepModule, Guidance } from './types';

export interface GuideStepsRead<Id extends string> {
  /** The steps this page shows in another state than the stored one. */
  seen: { step: Id; state: 'done' | 'todo' }[];
  current: Id | null;
  guidance: Guidance | null;
}

/** Each module runs isolated: one that throws is logged and skipped, never breaks the others. */
export function readSteps<Id extends string>(
  order: readonly Id[],
  modules: Readonly<Record<Id, GuideStepModule>>,
  progress: { steps: Partial<Record<Id, Pick<GuideStepRecord, 'state'>>> },
  ctx: GuideStepContext,
): GuideStepsRead<Id> {
  const seen: GuideStepsRead<Id>['seen'] = [];
  for (const step of order) {
    try {
      const state = modules[step].observe(ctx);
      const stored = progress.steps[step]?.state === 'done' ? 'done' : 'todo';
      if (state && state !== stored) seen.push({ step, state });
    } catch (error) {
      console.error('[sso-assistant] step', step, error);
    }
  }
  const states = guideStepStates(order, progress);
  const current = order.find((id) => states[id] === 'current') ?? null;
  let guidance: Guidance | null = null;
  try {
    guidance = current ? modules[current].guide(ctx) : null;
  } catch (error) {
    console.error('[sso-assistant] step', current, error);
  }
  return { seen, current, guidance };
}
