// The manual path: when the assistant cannot finish with certainty, the admin enters the values in
// Asset Panda by hand. The XML is downloaded from the popup itself (a blob URL and an
// `<a download>`: no downloads permission), and each value has a Copy button. It opens only when
// the admin asks: trying again from the popup comes first.

import { useState } from 'preact/hooks';
import { base64ToBytes } from '../core/bytes';
import type { TransferRecord } from '../core/storage-schema';
import { ENABLE_TYPE_LABELS, firstWord, LABELS } from '../content/assetpanda/site/labels';
import { t } from '../ui/i18n';

/** Saves the bytes that would have been sent under the name they would have had. */
function download(transfer: TransferRecord): void {
  const bytes = base64ToBytes(transfer.metadataBase64);
  const blob = new Blob([bytes.slice().buffer], { type: 'application/xml' });
  const link = document.createElement('a');
  // Not revoked: the popup's document, and the URL with it, goes when the popup closes.
  link.href = URL.createObjectURL(blob);
  link.download = transfer.fileName;
  link.click();
}

export function TransferManual({ transfer }: { transfer: TransferRecord }) {
  const [copied, setCopied] = useState('');
  // Asset Panda's own words for its fields and choices: what the admin will see on its page.
  const values: [string, string][] = [
    [firstWord(LABELS.enableType), firstWord(ENABLE_TYPE_LABELS[transfer.enableType])],
    [firstWord(LABELS.connectionName), transfer.connectionName],
    ...(transfer.enableType === 'domains'
      ? [[firstWord(LABELS.domains), transfer.domains.join(', ')] as [string, string]]
      : []),
  ];
  const copy = (label: string, value: string) =>
    navigator.clipboard.writeText(value).then(
      () => setCopied(t('transferCopied', label)),
      () => setCopied(t('transferCopyFailed')),
    );

  return (
    <section class="manual" aria-labelledby="transfer-manual-heading">
      <details>
        <summary>
          <h3 id="transfer-manual-heading">{t('transferManualHeading')}</h3>
        </summary>
        <p>{t('transferManualIntro')}</p>
        <dl>
          {values.map(([label, value]) => (
            <div key={label} class="value">
              <dt>{label}</dt>
              <dd>
                <code>{value}</code>
                <button
                  type="button"
                  aria-label={t('transferCopyValue', label)}
                  onClick={() => void copy(label, value)}
                >
                  {t('transferCopy')}
                </button>
              </dd>
            </div>
          ))}
          <div class="value">
            <dt>{firstWord(LABELS.metadataFile)}</dt>
            <dd>
              <code>{transfer.fileName}</code>
              <button type="button" onClick={() => download(transfer)}>
                {t('transferDownload')}
              </button>
            </dd>
          </div>
        </dl>
        <p>{t('transferManualSave')}</p>
        <p role="status" class="notice">
          {copied}
        </p>
      </details>
    </section>
  );
}
