// The guide in the top frame: a compact checklist of the portal steps, the current step's panel,
// and the spotlight on its target. Collapse, dismiss and the corner are remembered by the background.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { codeKey } from '../../../core/message-keys';
import type { GuideCorner as Side } from '../../../core/storage-schema';
import { PORTAL_STEP_IDS, type StepId } from '../../../core/steps';
import { send } from '../../../messaging/send';
import { t } from '../../../ui/i18n';
import { stepStates } from '../../../ui/steps-view';
import type { EngineView } from '../engine';
import { CurrentStep, type RunAction } from './CurrentStep';
import { Spotlight } from './Spotlight';
import { trusted } from './trusted';

export function Guide({
  view,
  onAction,
  onDismiss,
}: {
  view: EngineView;
  onAction: RunAction;
  onDismiss: () => void;
}) {
  const [collapsed, setCollapsed] = useState(view.progress.guide.collapsed);
  // The corner the admin chose (remembered), and the one the panel is in: the other corner while
  // the chosen one would cover the target.
  const [preferred, setPreferred] = useState<Side>(view.progress.guide.corner ?? 'right');
  const [side, setSide] = useState<Side>(preferred);
  const panel = useRef<HTMLElement>(null);

  // Never cover what the guide points at, nor a ReactView pane (whose own panel shows the step
  // there): use the other bottom corner when the admin's preferred one would overlap either.
  useLayoutEffect(() => {
    const box = panel.current?.getBoundingClientRect();
    if (!box) return;
    const margin = 16;
    const inCorner = (corner: Side, r: DOMRect) =>
      r.width > 0 &&
      r.bottom > innerHeight - box.height - 2 * margin &&
      (corner === 'right'
        ? r.right > innerWidth - box.width - 2 * margin
        : r.left < box.width + 2 * margin);
    const obstacles = [view.target, ...document.querySelectorAll('iframe[name$=".ReactView"]')]
      .filter((el): el is Element => !!el)
      .map((el) => el.getBoundingClientRect());
    const blocked = (corner: Side) => obstacles.some((r) => inCorner(corner, r));
    const other: Side = preferred === 'right' ? 'left' : 'right';
    // A ReactView pane or blade shows its own panel at its bottom right: keep clear of it.
    if (view.guidance?.hint === 'hint_in_pane') setSide('left');
    else setSide(blocked(preferred) && !blocked(other) ? other : preferred);
  }, [view.target, view.guidance?.hint, collapsed, preferred]);
  const states = stepStates(PORTAL_STEP_IDS, view.progress);
  const title = (id: StepId) => t(codeKey('step', id, 'title'));
  // What a screen reader hears when the step or its hint changes: said politely, after whatever
  // the portal is saying, and without moving focus from where the admin works.
  const announcement = view.current
    ? `${title(view.current)}: ${t(view.guidance?.hint ?? codeKey('step', view.current, 'instruction'))}`
    : t('guideAllDone');

  const toggle = () => {
    setCollapsed(!collapsed);
    void send('guide/set', { collapsed: !collapsed });
  };
  const move = () => {
    const corner: Side = side === 'right' ? 'left' : 'right';
    setPreferred(corner);
    void send('guide/set', { corner });
  };

  return (
    <>
      <section
        ref={panel}
        class={`guide ${side}`}
        aria-label={t('guideTitle')}
        data-collapsed={collapsed}
      >
        <header>
          <h2>{t('guideTitle')}</h2>
          <button
            type="button"
            onClick={trusted(move)}
            aria-label={t('guideMove')}
            title={t('guideMove')}
          >
            ⇄
          </button>
          <button type="button" onClick={trusted(toggle)} aria-expanded={!collapsed}>
            {collapsed ? t('guideExpand') : t('guideCollapse')}
          </button>
          <button
            type="button"
            onClick={trusted(onDismiss)}
            aria-label={t('guideDismiss')}
            title={t('guideDismiss')}
          >
            ×
          </button>
        </header>
        <ol hidden={collapsed}>
          {PORTAL_STEP_IDS.map((id) => (
            <li
              key={id}
              data-step={id}
              data-state={states[id]}
              aria-current={states[id] === 'current' ? 'step' : undefined}
            >
              <span class="title">{title(id)}</span>
              {states[id] === 'current' && (
                <CurrentStep
                  step={id}
                  guidance={view.guidance}
                  profile={view.profile}
                  notFound={view.notFound}
                  onAction={onAction}
                />
              )}
            </li>
          ))}
        </ol>
        {!view.current && !collapsed && (
          // Issue 15: once the portal is done, the last step is the test, and how to do it.
          <div class="all-done">
            <p>{t('guideAllDone')}</p>
            <p>{t('step_test_sign_in_instruction')}</p>
          </div>
        )}
        <p class="sr-only" aria-live="polite">
          {announcement}
        </p>
      </section>
      {view.target && view.guidance?.target && (
        <Spotlight target={view.target} name={view.guidance.target} text={t(view.guidance.hint)} />
      )}
    </>
  );
}
