// The current step's panel: the instruction for this point of the page, the action the assistant
// can take ("Fill in", and "Replace" when a wrong value is in the way), what the page's own
// validation says and what to do, the values with Copy buttons, and the plain-instructions
// fallback when the target cannot be found with certainty.

import { useState } from 'preact/hooks';
import { codeKey } from '../../../core/message-keys';
import { SUGGESTED_APP_NAME, type ProviderProfile } from '../../../core/profile';
import type { StepId } from '../../../core/steps';
import { t } from '../../../ui/i18n';
import type { Action, ActionResult } from '../actions';
import type { Guidance } from '../steps/types';
import { CopyValue } from './CopyValue';
import { trusted } from './trusted';

/** Actions that type into the target: offered only once the target is found with certainty. */
const FILLS = new Set<Action>(['fill-app-name', 'fill-basic-saml', 'fill-email-claim']);

export type RunAction = (action: Action, confirmed?: boolean) => Promise<ActionResult>;

export function CurrentStep({
  step,
  guidance,
  profile,
  notFound,
  onAction,
}: {
  step: StepId;
  guidance: Guidance | null;
  profile: ProviderProfile;
  notFound: boolean;
  onAction: RunAction;
}) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const instruction = codeKey('step', step, 'instruction');
  const values = { ...profile, appName: SUGGESTED_APP_NAME };

  const run = async (action: Action, confirmed = false) => {
    setBusy(true);
    setResult(
      await onAction(action, confirmed).catch(() => ({ ok: false, messages: [t('actionFailed')] })),
    );
    setBusy(false);
  };

  return (
    <div class="current" data-current-step={step}>
      {notFound ? (
        <div class="fallback" role="alert">
          <p>{t('targetNotFound')}</p>
          {guidance && <p>{t(guidance.hint)}</p>}
          <p>{t(instruction)}</p>
        </div>
      ) : (
        <p class="instruction">{t(guidance?.hint ?? instruction)}</p>
      )}
      {guidance?.action && (!notFound || !FILLS.has(guidance.action)) && (
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={trusted(() => void run(guidance.action!))}
        >
          {t(guidance.action === 'fetch-from-entra' ? 'getItFromEntra' : 'fillIn')}
        </button>
      )}
      {result && (
        <div
          role="status"
          class={result.ok ? 'ok' : 'problem'}
          data-action-result={result.ok ? 'ok' : 'problem'}
        >
          {result.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
          {result.confirm && guidance?.action && (
            <button
              type="button"
              disabled={busy}
              onClick={trusted(() => void run(guidance.action!, true))}
            >
              {t('replace')}
            </button>
          )}
        </div>
      )}
      {guidance?.notes && guidance.notes.length > 0 && (
        <ul class="notes">
          {guidance.notes.map((note) => (
            <li key={note.key}>{t(note.key, [...note.substitutions])}</li>
          ))}
        </ul>
      )}
      {guidance?.copy && (
        <dl class="values">
          {guidance.copy.map((key) => (
            <CopyValue key={key} label={t(`value_${key}`)} value={values[key]} />
          ))}
        </dl>
      )}
    </div>
  );
}
