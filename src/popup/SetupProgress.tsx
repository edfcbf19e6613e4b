// Where the admin is in the setup: every step with its state, "Show the guide", "Start over" and
// "Forget everything". While nothing is captured this is the admin's task (the portal's steps,
// with the guide as the primary action); after that it folds to one line with the count done.

import { codeKey } from '../core/message-keys';
import { GUIDE_STEPS } from '../core/steps';
import { t } from '../ui/i18n';
import { guideStepStates } from '../ui/steps-view';
import type { PopupState } from './state';
import { Fold } from './Fold';

export function SetupProgress({
  progress,
  isTask,
  onShowGuide,
  onStartOver,
  onForget,
}: {
  progress: PopupState['progress'];
  /** The admin's current task: shown open, with "Show the guide" as the primary button. */
  isTask: boolean;
  onShowGuide: () => void;
  onStartOver: () => void;
  onForget: () => void;
}) {
  const states = guideStepStates(GUIDE_STEPS, progress);
  const done = GUIDE_STEPS.filter((id) => states[id] === 'done').length;
  const body = (
    <>
      <ol class="steps">
        {GUIDE_STEPS.map((id) => (
          <li key={id} data-step={id} data-state={states[id]}>
            {t(codeKey('step', id, 'title'))}
          </li>
        ))}
      </ol>
      <p class="actions">
        <button type="button" class={isTask ? 'primary' : undefined} onClick={onShowGuide}>
          {t('popupShowGuide')}
        </button>
        <button type="button" onClick={onStartOver}>
          {t('popupStartOver')}
        </button>
        <button type="button" title={t('forgetEverythingHint')} onClick={onForget}>
          {t('forgetEverything')}
        </button>
      </p>
    </>
  );
  const count = t('popupStepsDone', [String(done), String(GUIDE_STEPS.length)]);
  if (!isTask)
    return (
      <Fold id="progress-heading" title={t('popupProgress')} note={count}>
        {body}
      </Fold>
    );
  return (
    <section class="task" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('popupProgress')}</h2>
      {body}
    </section>
  );
}
