// Inside a ReactView iframe the guide cannot reach from the top document: a small panel with the
// current step's action and values, and the spotlight on the target in this frame.

import { t } from '../../../ui/i18n';
import type { EngineView } from '../engine';
import { CurrentStep } from './CurrentStep';
import { Spotlight } from './Spotlight';

export function FramePanel({ view }: { view: EngineView }) {
  // Only where this frame holds something for the step: an action or its target.
  if (!view.current || !view.guidance) return null;
  if (!view.guidance.action && !view.guidance.target) return null;
  return (
    <>
      <section class="guide frame" aria-label={t('guideTitle')} data-step={view.current}>
        <CurrentStep
          step={view.current}
          guidance={view.guidance}
          profile={view.profile}
          notFound={view.notFound}
        />
      </section>
      {view.target && view.guidance.target && (
        <Spotlight target={view.target} name={view.guidance.target} text={t(view.guidance.hint)} />
      )}
    </>
  );
}
