// The current step's panel: the instruction for this point of the page, the action the assistant
// can take ("Fill in"), the values with Copy buttons, and the plain-instructions fallback when
// the target cannot be found with certainty.

import { useState } from 'preact/hooks';
import type { ProviderProfile } from '../../../core/profile';
import type { StepId } from '../../../core/steps';
import { t } from '../../../ui/i18n';
import { APP_NAME } from '../steps/create-app';
import type { Guidance } from '../steps/types';
import { CopyValue } from './CopyValue';

export type ActionResult = { ok: boolean; message: string };

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
  onAction: (action: NonNullable<Guidance['action']>) => Promise<ActionResult>;
}) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const stepKey = step.replaceAll('-', '_');
  const values = { ...profile, appName: APP_NAME };

  const run = async (action: NonNullable<Guidance['action']>) => {
    setBusy(true);
    setResult(await onAction(action).catch(() => ({ ok: false, message: t('actionFailed') })));
    setBusy(false);
  };

  return (
    <div class="current" data-current-step={step}>
      {notFound ? (
        <div class="fallback" role="alert">
          <p>{t('targetNotFound')}</p>
          {guidance && <p>{t(guidance.hint)}</p>}
          <p>{t(`step_${stepKey}_instruction`)}</p>
        </div>
      ) : (
        <p class="instruction">{t(guidance?.hint ?? `step_${stepKey}_instruction`)}</p>
      )}
      {guidance?.action && !notFound && (
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={() => void run(guidance.action!)}
        >
          {t('fillIn')}
        </button>
      )}
      {result && (
        <p role="status" class={result.ok ? 'ok' : 'problem'}>
          {result.message}
        </p>
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
