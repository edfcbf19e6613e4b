// "Download setup report" (issue 15): one click saves the report for the admin's change ticket,
// as Markdown (to read) and JSON (to file), both built from what the background stored.

import { buildSetupReport } from '../core/setup-report';
import { setupReportMarkdown } from '../core/setup-report-markdown';
import { t } from '../ui/i18n';
import type { PopupState } from './state';
import { Fold } from './Fold';

export function SetupReport({ state }: { state: PopupState }) {
  const download = () => {
    const now = new Date();
    const report = buildSetupReport({
      now,
      profile: state.settings.profile,
      progress: state.progress,
      metadata: state.captures[0],
      portalCertificate: state.portalCertificate,
      transfer: state.transfer,
      // Where the metadata went, else where it would go.
      assetPandaUrl:
        state.transfer?.origin ?? state.destination.origin ?? state.settings.assetPandaUrl,
    });
    const stem = `asset-panda-sso-setup-report-${now.toISOString().slice(0, 10)}`;
    save(
      `${stem}.md`,
      'text/markdown',
      setupReportMarkdown(report, (key) => t(key)),
    );
    save(`${stem}.json`, 'application/json', JSON.stringify(report, null, 2) + '\n');
  };
  return (
    <Fold id="report-heading" title={t('reportHeading')} testId="setup-report">
      <p class="hint">{t('reportHint')}</p>
      <button type="button" onClick={download}>
        {t('reportDownload')}
      </button>
    </Fold>
  );
}

/** A download without the `downloads` permission: an object URL on a clicked anchor. */
function save(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
