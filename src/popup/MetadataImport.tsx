// Metadata by hand: choose a file, drop it, paste the XML, or fetch the App Federation Metadata
// Url. Whatever the admin gives is checked by the background; a refusal says what to do.

import { useState } from 'preact/hooks';
import type { MetadataOutcome, Result } from '../core/messages';
import { send } from '../messaging/send';
import { refusalText, t } from '../ui/i18n';
import { errorText } from '../ui/metadata-text';

const MAX_READ = 1_100_000; // over the checker's 1 MB cap, so it can say "too large" itself

export function MetadataImport({ onStored }: { onStored: () => void }) {
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  /** Why the document was not taken: its code, what it means, and the checker's own words. */
  const [problem, setProblem] = useState<{ code: string; text: string; detail?: string } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);

  const handle = async (request: Promise<Result<MetadataOutcome>>) => {
    setBusy(true);
    setProblem(null);
    const reply = await request;
    setBusy(false);
    if (!reply.ok)
      setProblem({ code: reply.error, text: refusalText('requestError', reply.error) });
    else if (!reply.report.ok) {
      const { code, message } = reply.report.error;
      setProblem({ code, text: errorText(code), detail: message });
    } else onStored();
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const content = file.size > MAX_READ ? ' '.repeat(MAX_READ) : await file.text();
    await handle(
      send('metadata/import', {
        text: content.slice(0, MAX_READ),
        source: 'file',
        fileName: file.name,
      }),
    );
  };

  return (
    <div
      class="import"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        void readFile(e.dataTransfer?.files[0]);
      }}
    >
      <p>{t('metadataImportIntro')}</p>
      <label class="file">
        {t('metadataChooseFile')}
        <input
          type="file"
          accept=".xml,text/xml,application/xml"
          onChange={(e) => void readFile(e.currentTarget.files?.[0])}
        />
      </label>
      <label for="metadata-paste">{t('metadataPasteLabel')}</label>
      <textarea
        id="metadata-paste"
        rows={4}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        spellcheck={false}
      />
      <button
        type="button"
        disabled={busy || !text.trim()}
        onClick={() => void handle(send('metadata/import', { text, source: 'paste' }))}
      >
        {t('metadataCheckPasted')}
      </button>
      <label for="metadata-url">{t('metadataUrlLabel')}</label>
      <input
        id="metadata-url"
        type="url"
        value={url}
        onInput={(e) => setUrl(e.currentTarget.value)}
        placeholder="https://login.microsoftonline.com/…/federationmetadata.xml?appid=…"
      />
      <button
        type="button"
        disabled={busy || !url.trim()}
        onClick={() => void handle(send('metadata/fetch-url', { url }))}
      >
        {t('metadataFetchUrl')}
      </button>
      {busy && <p role="status">{t('metadataChecking')}</p>}
      {problem && (
        <div role="alert" class="problem" data-code={problem.code}>
          <p>{problem.text}</p>
          {problem.detail && (
            <details>
              <summary>{t('technicalDetails')}</summary>
              <code>{problem.detail}</code>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
