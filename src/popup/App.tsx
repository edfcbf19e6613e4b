// The popup: where the admin is in the setup, the metadata card, and the transfer.

import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { codeKey } from '../core/message-keys';
import { GUIDE_STEPS } from '../core/steps';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import { guideStepStates } from '../ui/steps-view';
import { FetchFromEntra } from './FetchFromEntra';
import { MetadataCard } from './MetadataCard';
import { MetadataImport } from './MetadataImport';
import { MismatchReport } from '../ui/MismatchReport';
import { Transfer } from './Transfer';
import { FinishSections } from './FinishSections';
import type { PopupState } from './state';

export function App() {
  const [state, setState] = useState<PopupState | null>(null);
  const [notice, setNotice] = useState('');
  const [replacing, setReplacing] = useState(false);

  const refresh = useCallback(() => {
    void send('state/get', {}).then((reply) => reply.ok && setState(reply));
  }, []);

  useEffect(() => {
    refresh();
    // The background owns the data; a change is only a cue to ask it again.
    const onChanged = () => refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [refresh]);

  const forget = async () => {
    const reply = await send('data/forget', {});
    setNotice(reply.ok ? t('forgetEverythingDone') : t('forgetEverythingFailed'));
    setReplacing(false);
    refresh();
  };

  const showGuide = async () => {
    const reply = await send('guide/show', {});
    setNotice(reply.ok ? t('popupGuideShown') : t('popupNoPortalTab'));
  };

  if (!state) return <main class="popup" aria-busy="true" />;
  const states = guideStepStates(GUIDE_STEPS, state.progress);
  const current = state.captures[0];
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading">{t('popupProgress')}</h2>
        <ol class="steps">
          {GUIDE_STEPS.map((id) => (
            <li key={id} data-step={id} data-state={states[id]}>
              {t(codeKey('step', id, 'title'))}
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => void showGuide()}>
          {t('popupShowGuide')}
        </button>{' '}
        <button type="button" onClick={() => void send('progress/reset', {}).then(refresh)}>
          {t('popupStartOver')}
        </button>{' '}
        <button type="button" title={t('forgetEverythingHint')} onClick={() => void forget()}>
          {t('forgetEverything')}
        </button>
        <p role="status" class="notice">
          {notice}
        </p>
      </section>
      <section aria-labelledby="metadata-heading">
        <h2 id="metadata-heading">{t('metadataHeading')}</h2>
        {current && !replacing ? (
          <>
            <MetadataCard metadata={current} portalCertificate={state.portalCertificate} />
            <button type="button" onClick={() => setReplacing(true)}>
              {t('metadataUseAnother')}
            </button>
          </>
        ) : (
          <MetadataImport
            onStored={() => {
              setReplacing(false);
              refresh();
            }}
          />
        )}
        {state.portalCertificate?.metadataUrl && (
          <FetchFromEntra
            url={state.portalCertificate.metadataUrl}
            onStored={() => {
              setReplacing(false);
              refresh();
            }}
          />
        )}
      </section>
      <Transfer state={state} />
      <FinishSections state={state} onChange={refresh} />
      {state.mismatch && <MismatchReport report={state.mismatch} />}
    </main>
  );
}
