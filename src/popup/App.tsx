// The popup: where the admin is in the setup, the metadata card, and the transfer.

import { useEffect, useState } from 'preact/hooks';
import type { RequestResults } from '../core/messages';
import { STEP_IDS } from '../core/steps';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import { stepStates } from '../ui/steps-view';

type PopupState = RequestResults['state/get'];

export function App() {
  const [state, setState] = useState<PopupState | null>(null);
  const [notice, setNotice] = useState<string>('');

  useEffect(() => {
    void send('state/get', {}).then((reply) => reply.ok && setState(reply));
  }, []);

  const showGuide = async () => {
    const reply = await send('guide/show', {});
    setNotice(reply.ok ? t('popupGuideShown') : t('popupNoPortalTab'));
  };

  const states = state ? stepStates(STEP_IDS, state.progress) : null;
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t('popupProgress')}</h2>
        {states && (
          <ol class="steps">
            {STEP_IDS.map((id) => (
              <li key={id} data-step={id} data-state={states[id]}>
                {t(`step_${id.replaceAll('-', '_')}_title`)}
              </li>
            ))}
          </ol>
        )}
        <button type="button" onClick={() => void showGuide()}>
          {t('popupShowGuide')}
        </button>
        <p role="status" class="notice">
          {notice}
        </p>
      </section>
    </main>
  );
}
