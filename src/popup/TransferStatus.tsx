// Where the transfer is: each step as it happens, then the success, or why it stopped with what
// the admin can do (send anyway, choose another name, or enter the values by hand).

import { useState } from 'preact/hooks';
import type { TransferRecord } from '../core/storage-schema';
import { isAssetPandaWordTarget, type AssetPandaWordTarget } from '../core/word-overrides';
import { send } from '../messaging/send';
import { plannedSteps, type TransferStep } from '../core/transfer-steps';
import { codeKey } from '../core/message-keys';
import { t } from '../ui/i18n';
import { TransferManual } from './TransferManual';

type TransferStepState = 'done' | 'current' | 'waiting' | 'failed' | 'todo';

/** Steps before the current one are done if they were, the current one shows the status. */
function transferStepStates(transfer: TransferRecord): [TransferStep, TransferStepState][] {
  const plan = plannedSteps(transfer.enableType);
  const at = plan.indexOf(transfer.step);
  const doneSteps = new Set(transfer.steps.filter((s) => s.status === 'done').map((s) => s.step));
  return plan.map((step, index): [TransferStep, TransferStepState] => {
    if (transfer.status === 'done') return [step, 'done'];
    if (index < at) return [step, doneSteps.has(step) ? 'done' : 'todo'];
    if (index > at) return [step, 'todo'];
    if (transfer.status === 'waiting') return [step, 'waiting'];
    return [step, transfer.status === 'failed' ? 'failed' : 'current'];
  });
}

function summary(transfer: TransferRecord): string {
  if (transfer.status === 'done') return t('transferDone', transfer.connectionName);
  if (transfer.status === 'failed') return t('transferStopped');
  if (transfer.waitingFor === 'sign-in') return t('transferWaitingSignIn');
  if (transfer.waitingFor === 'tab') return t('transferWaitingTab');
  return t('transferRunning', t(codeKey('transferStep', transfer.step)));
}

/** The explanation of why the transfer stopped, naming the field or control concerned. */
function problemTexts(transfer: TransferRecord): string[] {
  const problem = transfer.problem;
  if (!problem) return [t('transferProblem_page_error')];
  const target = problem.target ? t(codeKey('transferTarget', problem.target)) : '';
  const texts = [t(codeKey('transferProblem', problem.code), [target, problem.message ?? ''])];
  // These explanations do not quote the page; what it showed still helps the admin.
  if (problem.message && (problem.code === 'not-confirmed' || problem.code === 'page-error'))
    texts.push(t('transferPageSays', problem.message));
  // After Save was clicked, the admin must look before sending again: it may have been saved.
  if (transfer.saveClickedAt && problem.code !== 'not-confirmed')
    texts.push(t('transferCheckFirst'));
  return texts;
}

export function TransferStatus({
  transfer,
  onSendAnyway,
  onRename,
  onCancel,
}: {
  transfer: TransferRecord;
  onSendAnyway: () => void;
  onRename: () => void;
  onCancel: () => void;
}) {
  const active = transfer.status === 'running' || transfer.status === 'waiting';
  const [teachRefused, setTeachRefused] = useState('');
  // "Show me where it is": for a control of the page that was not found (issue 13 part 7).
  const target = transfer.problem?.target;
  const teachable =
    transfer.problem?.code === 'not-found' && target && isAssetPandaWordTarget(target)
      ? target
      : null;
  const showMe = async (teach: AssetPandaWordTarget) => {
    const reply = await send('teach/start', { target: teach });
    setTeachRefused(reply.ok ? '' : t('teachStartFailed'));
  };
  const code = transfer.problem?.code;
  const asks = code === 'connection-exists' || code === 'connections-unreadable';
  const nameRefused =
    code === 'connection-exists' || transfer.problem?.target === 'connection-name';
  return (
    <div class="card transfer-status" data-transfer-id={transfer.id} data-status={transfer.status}>
      <p role="status" class={transfer.status === 'done' ? 'summary good' : 'summary'}>
        {summary(transfer)}
      </p>
      {/* Open while it runs; once it ended, the summary and the problem say what matters. */}
      <details class="steps-fold" open={active}>
        <summary>{t('transferStepsLabel')}</summary>
        <ol class="transfer-steps" aria-label={t('transferStepsLabel')}>
          {transferStepStates(transfer).map(([step, state]) => (
            <li key={step} data-transfer-step={step} data-state={state}>
              {t(codeKey('transferStep', step))}
              <span class="visually-hidden"> ({t(codeKey('transferState', state))})</span>
            </li>
          ))}
        </ol>
      </details>
      {active && !transfer.saveClickedAt && (
        <button type="button" onClick={onCancel}>
          {t('transferCancel')}
        </button>
      )}
      {transfer.status === 'failed' && (
        <div role="alert" class="problem" data-problem={code}>
          {problemTexts(transfer).map((text) => (
            <p key={text}>{text}</p>
          ))}
        </div>
      )}
      {transfer.status === 'failed' && (asks || nameRefused) && (
        <p class="actions">
          {asks && (
            <button type="button" onClick={onSendAnyway}>
              {t('transferSendAnyway')}
            </button>
          )}
          {nameRefused && (
            <button type="button" onClick={onRename}>
              {t('transferUseAnotherName')}
            </button>
          )}
        </p>
      )}
      {transfer.status === 'failed' && teachable && (
        <p class="actions">
          <button type="button" onClick={() => void showMe(teachable)}>
            {t('teachShowMe')}
          </button>
          {teachRefused && <span role="alert">{teachRefused}</span>}
        </p>
      )}
      {transfer.status === 'failed' && code !== 'cancelled' && (
        <TransferManual transfer={transfer} />
      )}
    </div>
  );
}
