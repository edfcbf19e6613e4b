// "This page looks different" (a name tests and support staff rely on; issue 13 part 5): after a page found something
// with no certainty, the admin can read its redacted report, copy it or save it as a file to hand
// to support. Nothing is sent anywhere from here.

import { useState } from 'preact/hooks';
import type { MismatchRecord } from '../core/storage-schema';
import { t } from '../ui/i18n';

function save(report: MismatchRecord): void {
  const link = document.createElement('a');
  // Not revoked: the popup's document, and the URL with it, goes when the popup closes.
  link.href = URL.createObjectURL(new Blob([report.text], { type: 'text/plain' }));
  link.download = `sso-assistant-page-report-${report.site}.txt`;
  link.click();
}

export function MismatchReport({ report }: { report: MismatchRecord }) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const copy = () =>
    navigator.clipboard.writeText(report.text).then(
      () => setNotice(t('mismatchCopied')),
      () => setNotice(t('transferCopyFailed')),
    );
  return (
    <section class="card mismatch" data-mismatch-target={report.target}>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('mismatchReport')}
      </button>
      {open && (
        <div>
          <p>{t('mismatchIntro')}</p>
          <textarea readOnly rows={10} aria-label={t('mismatchReport')} value={report.text} />
          <p class="actions">
            <button type="button" onClick={() => void copy()}>
              {t('mismatchCopy')}
            </button>
            <button type="button" onClick={() => save(report)}>
              {t('mismatchSave')}
            </button>
          </p>
          <p role="status" class="notice">
            {notice}
          </p>
        </div>
      )}
    </section>
  );
}
