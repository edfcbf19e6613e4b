// What every page step (a transfer step the Asset Panda page performs) receives and answers; run.ts
// runs them.

import type { CommandPayload } from '../../core/commands';
import type { TransferProblem } from '../../core/storage-schema';
import type { TransferProblemCode, TransferTarget } from '../../core/transfer-steps';

export type TransferJob = CommandPayload<'transfer/step'>['job'];

export interface PageStepContext {
  transferId: string;
  job: TransferJob;
  /** Aborts when the background sends another step or the admin cancels. */
  signal: AbortSignal;
  /** Tells the background the step waits for the admin (to sign in). */
  waiting: () => void;
}

export type PageStepOutcome = { status: 'done' } | { status: 'failed'; problem: TransferProblem };

export type PageStepRun = (context: PageStepContext) => Promise<PageStepOutcome>;

export const DONE: PageStepOutcome = { status: 'done' };

export function failed(
  code: TransferProblemCode,
  target?: TransferTarget,
  message?: string | null,
): PageStepOutcome {
  return {
    status: 'failed',
    problem: {
      code,
      ...(target ? { target } : {}),
      ...(message ? { message: message.slice(0, 500) } : {}),
    },
  };
}
