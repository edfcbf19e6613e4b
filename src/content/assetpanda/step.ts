// What every step of the transfer receives and answers (see run.ts, which runs them).

import type { CommandPayload } from '../../core/commands';
import type { TransferProblem } from '../../core/storage-schema';
import type { TransferProblemCode, TransferTarget } from '../../core/transfer-steps';

export type TransferJob = CommandPayload<'transfer/step'>['job'];

export interface StepContext {
  transferId: string;
  job: TransferJob;
  /** Aborts when the background sends another step or the admin cancels. */
  signal: AbortSignal;
  /** Tells the background the step waits for the admin (to sign in). */
  waiting: () => void;
}

export type StepOutcome = { status: 'done' } | { status: 'failed'; problem: TransferProblem };

export type StepRun = (context: StepContext) => Promise<StepOutcome>;

export const DONE: StepOutcome = { status: 'done' };

export function failed(
  code: TransferProblemCode,
  target?: TransferTarget,
  message?: string | null,
): StepOutcome {
  return {
    status: 'failed',
    problem: {
      code,
      ...(target ? { target } : {}),
      ...(message ? { message: message.slice(0, 500) } : {}),
    },
  };
}
