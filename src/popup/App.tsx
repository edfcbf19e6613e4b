// The popup: the admin's current task first, the rest folded to one line each. Before any
// metadata, the task is the portal's steps (with the guide); with metadata, sending it to Asset
// Panda; once it is there, testing the sign-in. A browser caps a popup at 800×600 pixels, so what
// is not the task waits behind a disclosure instead of pushing the task out of sight.

import { Fragment, type ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import { FetchFromEntra } from './FetchFromEntra';
import { Fold } from './Fold';
import { MetadataCard } from './MetadataCard';
import { MetadataImport } from './MetadataImport';
import { MismatchReport } from '../ui/MismatchReport';
import { SetupProgress } from './SetupProgress';
import { SignInTest } from './SignInTest';
import { Transfer } from './Transfer';
import { FinishSections } from './FinishSections';
import type { PopupState } from './state';

/** What the admin is doing now: the popup opens on it. */
export type Task = 'portal' | 'send' | 'sign-in';

/** The popup's sections in the setup's order, after whichever is the task. */
const FLOW = ['portal', 'metadata', 'send', 'sign-in'] as const;
type Section = (typeof FLOW)[number];

function taskOf(state: PopupState): Task {
  if (state.transfer?.status === 'done') return 'sign-in';
  return state.captures.length || state.transfer ? 'send' : 'portal';
}

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
  const task = taskOf(state);
  const current = state.captures[0];
  const stored = () => {
    setReplacing(false);
    refresh();
  };
  const fetchFromEntra = state.portalCertificate?.metadataUrl && (
    <FetchFromEntra url={state.portalCertificate.metadataUrl} onStored={stored} />
  );
  // Keyed: a section keeps its state (the transfer form's values) when the task moves on.
  const sections: Record<Section, ComponentChildren> = {
    portal: (
      <SetupProgress
        progress={state.progress}
        isTask={task === 'portal'}
        onShowGuide={() => void showGuide()}
        onStartOver={() => void send('progress/reset', {}).then(refresh)}
        onForget={() => void forget()}
      />
    ),
    metadata:
      current && !replacing ? (
        <MetadataCard metadata={current} portalCertificate={state.portalCertificate}>
          <p class="actions">
            <button type="button" onClick={() => setReplacing(true)}>
              {t('metadataUseAnother')}
            </button>
          </p>
          {fetchFromEntra}
        </MetadataCard>
      ) : (
        <>
          {fetchFromEntra}
          <Fold
            id="metadata-heading"
            title={t('metadataHeading')}
            note={t('metadataImportNote')}
            open={replacing}
            testId="metadata-import"
          >
            <MetadataImport onStored={stored} />
          </Fold>
        </>
      ),
    send: task !== 'portal' && <Transfer state={state} isTask={task === 'send'} />,
    'sign-in': <SignInTest state={state} isTask={task === 'sign-in'} onChange={refresh} />,
  };
  return (
    <main class="popup" data-task={task}>
      <h1>{t('popupTitle')}</h1>
      <p role="status" class="notice">
        {notice}
      </p>
      {[task, ...FLOW.filter((section) => section !== task)].map((section) => (
        <Fragment key={section}>{sections[section]}</Fragment>
      ))}
      <FinishSections state={state} />
      {state.mismatch && <MismatchReport report={state.mismatch} />}
    </main>
  );
}
