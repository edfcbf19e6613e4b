// "Get it from Entra" (a name tests and support staff rely on): the metadata from the App Federation Metadata Url of
// the app whose SAML page the portal showed, with no download at all. The background fetches it
// (retrying while Entra catches up) and checks it like any other capture.

import { useState } from 'preact/hooks';
import { send } from '../messaging/send';
import { refusalText, t } from '../ui/i18n';

export function FetchFromEntra({ url, onStored }: { url: string; onStored: () => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const fetchIt = async () => {
    setBusy(true);
    setProblem('');
    const reply = await send('metadata/fetch-url', { url });
    setBusy(false);
    if (!reply.ok) setProblem(refusalText('requestError', reply.error));
    else if (!reply.report.ok) setProblem(reply.report.error.message);
    else onStored();
  };

  return (
    <div class="fetch-from-entra">
      <button type="button" disabled={busy} onClick={() => void fetchIt()}>
        {t('getItFromEntra')}
      </button>
      {busy && <p role="status">{t('getItFromEntraBusy')}</p>}
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </div>
  );
}
