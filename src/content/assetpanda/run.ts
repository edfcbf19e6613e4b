// Runs the step the background sent, one at a time, and reports how it ended. The background may
// send a step again after its service worker restarted: a step already running is left to finish,
// and one already finished is reported again rather than done twice.

import type { CommandPayload } from '../../core/commands';
import type { RequestPayload } from '../../core/messages';
import type { PageStep, TransferProblemCode } from '../../core/transfer-steps';
import { send } from '../../messaging/send';
import { failed, type StepOutcome, type StepRun } from './step';
import { checkExisting, readBack } from './steps/connections';
import { chooseEnableType } from './steps/enable-type';
import { attachMetadata } from './steps/metadata-file';
import { openSsoPage } from './steps/navigate';
import { openForm } from './steps/open-form';
import { save } from './steps/save';
import { signIn } from './steps/sign-in';
import { fillConnectionName, fillDomains } from './steps/text-fields';
import { verifyForm } from './steps/verify';
import { reportMismatch } from './mismatch';
import { useOverrides } from './words';

/** Problems that mean the page is not as the assistant expects it: worth a mismatch report. */
const MISMATCHES: ReadonlySet<TransferProblemCode> = new Set([
  'not-found',
  'field-not-set',
  'page-language',
]);

const STEPS: Record<PageStep, StepRun> = {
  'sign-in': signIn,
  'open-sso-page': openSsoPage,
  'check-existing': checkExisting,
  'open-form': openForm,
  'enable-type': chooseEnableType,
  'connection-name': fillConnectionName,
  domains: fillDomains,
  'metadata-file': attachMetadata,
  verify: verifyForm,
  save,
  'read-back': readBack,
};

type Report = RequestPayload<'transfer/report'>;

let running: { transferId: string; step: PageStep; controller: AbortController } | null = null;
const finished = new Map<string, Report>();

export function runStep({ transferId, step, job }: CommandPayload<'transfer/step'>): void {
  const key = `${transferId} ${step}`;
  if (running?.transferId === transferId && running.step === step) return;
  const earlier = finished.get(key);
  if (earlier) {
    void send('transfer/report', earlier);
    return;
  }
  running?.controller.abort();
  const controller = new AbortController();
  const current = { transferId, step, controller };
  running = current;
  useOverrides(job.words);
  const { signal } = controller;
  const waiting = () => {
    if (!signal.aborted) void send('transfer/report', { transferId, step, status: 'waiting' });
  };
  void STEPS[step]({ transferId, job, signal, waiting })
    .catch((error: unknown): StepOutcome => {
      console.warn('[sso-assistant] transfer step failed:', step, error);
      return failed('page-error', undefined, error instanceof Error ? error.message : null);
    })
    .then((outcome) => {
      if (running === current) running = null;
      if (signal.aborted) return;
      const report: Report =
        outcome.status === 'done'
          ? { transferId, step, status: 'done' }
          : { transferId, step, status: 'failed', problem: outcome.problem };
      finished.set(key, report);
      // Something on the page was not as expected: a report to hand to support, made now, while
      // the page shows it (a language the words do not cover counts too).
      const problem = outcome.status === 'failed' ? outcome.problem : null;
      if (problem && MISMATCHES.has(problem.code)) reportMismatch(problem.target ?? 'page');
      void send('transfer/report', report);
    });
}

/** The admin cancelled: whatever step of that transfer runs stops where it is. */
export function stopTransfer(transferId: string): void {
  if (running?.transferId !== transferId) return;
  running.controller.abort();
  running = null;
}
