// The transfer record in storage.session `transfer`, changed only under one lock. The lock is the only
// thing kept in memory, and only to order the changes one service-worker lifetime makes: two
// messages (a report and a page announcing itself, say) must not both advance the same step.

import type { TransferProblem, TransferRecord, TransferStepRecord } from '../core/storage-schema';
import type { TransferStep } from '../core/transfer-steps';
import { getSession, setSession } from './store';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it, with the stored record as it is then. */
export function withTransfer<T>(task: (record: TransferRecord | null) => Promise<T>): Promise<T> {
  const run = queue.then(async () => task(await getSession('transfer')));
  queue = run.catch(() => undefined);
  return run;
}

export const isActive = (record: TransferRecord | null): record is TransferRecord =>
  record?.status === 'running' || record?.status === 'waiting';

/** Saves `record` with `changes`, logging the step's new status when it is given. */
export async function saveTransfer(
  record: TransferRecord,
  changes: Partial<TransferRecord>,
  logged?: { step: TransferStep; status: TransferStepRecord['status'] },
): Promise<TransferRecord> {
  const at = new Date().toISOString();
  const next: TransferRecord = {
    ...record,
    ...changes,
    updatedAt: at,
    steps: logged ? [...record.steps, { ...logged, at }] : record.steps,
  };
  await setSession('transfer', next);
  return next;
}

/** Ends the transfer at its current step with `problem`. */
export function failTransfer(
  record: TransferRecord,
  problem: TransferProblem,
): Promise<TransferRecord> {
  return saveTransfer(
    record,
    { status: 'failed', problem, waitingFor: null },
    { step: record.step, status: 'failed' },
  );
}
