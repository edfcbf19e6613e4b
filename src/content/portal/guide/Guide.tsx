// The guide's checklist: every portal step with its state; the current one expanded with its
// instruction. Collapse and dismiss are remembered by the background.

import { useState } from 'preact/hooks';
import { PORTAL_STEP_IDS } from '../../../core/steps';
import type { Progress } from '../../../core/storage-schema';
import { send } from '../../../messaging/send';
import { t } from '../../../ui/i18n';
import { stepStates } from '../../../ui/steps-view';

export function Guide({ progress }: { progress: Progress }) {
  const [collapsed, setCollapsed] = useState(progress.guide.collapsed);
  const states = stepStates(PORTAL_STEP_IDS, progress);

  const toggle = () => {
    setCollapsed(!collapsed);
    void send('guide/set', { collapsed: !collapsed });
  };
  const dismiss = () => {
    void send('guide/set', { dismissed: true });
    document.querySelector('[data-sso-assistant="guide"]')?.remove();
  };

  return (
    <section class="guide" aria-label={t('guideTitle')} data-collapsed={collapsed}>
      <header>
        <h2>{t('guideTitle')}</h2>
        <button type="button" onClick={toggle} aria-expanded={!collapsed}>
          {collapsed ? t('guideExpand') : t('guideCollapse')}
        </button>
        <button
          type="button"
          onClick={dismiss}
          aria-label={t('guideDismiss')}
          title={t('guideDismiss')}
        >
          ×
        </button>
      </header>
      {!collapsed && (
        <ol>
          {PORTAL_STEP_IDS.map((id) => (
            <li
              key={id}
              data-step={id}
              data-state={states[id]}
              aria-current={states[id] === 'current' ? 'step' : undefined}
            >
              <span class="title">{t(`step_${id.replaceAll('-', '_')}_title`)}</span>
              {states[id] === 'current' && (
                <p class="instruction">{t(`step_${id.replaceAll('-', '_')}_instruction`)}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
