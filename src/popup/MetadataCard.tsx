// The metadata card: what Asset Panda will receive, in plain words, with the checks that matter
// (certificate validity, warnings, and whether the certificate matches the one the portal shows).

import type { PortalCertificate, StoredMetadata } from '../core/storage-schema';
import { t } from '../ui/i18n';
import { daysLeft, warningText } from '../ui/metadata-text';

export function MetadataCard({
  metadata,
  portalCertificate,
}: {
  metadata: StoredMetadata;
  portalCertificate: PortalCertificate | null;
}) {
  const { report } = metadata;
  const portalThumbprint = portalCertificate?.thumbprint ?? null;
  const matches = portalThumbprint
    ? report.certificates.some((c) => c.sha1 === portalThumbprint)
    : null;
  return (
    <article class="card" data-testid="metadata-card" aria-labelledby="metadata-card-title">
      <h3 id="metadata-card-title">{t('metadataCardTitle')}</h3>
      <dl>
        <dt>{t('metadataEntityId')}</dt>
        <dd data-field="entity-id">{report.entityId}</dd>
        <dt>{t('metadataTenant')}</dt>
        <dd data-field="tenant">{report.tenantId ?? t('metadataTenantUnknown')}</dd>
        <dt>{t('metadataSsoUrl')}</dt>
        <dd data-field="sso">{report.sso.post ?? report.sso.redirect}</dd>
        <dt>{t('metadataSource')}</dt>
        <dd data-field="source">
          {t(`metadataSource_${metadata.source}`)} ·{' '}
          {new Date(metadata.capturedAt).toLocaleString()}
        </dd>
      </dl>
      <h4>{t('metadataCertificates')}</h4>
      <ul class="certificates">
        {report.certificates.map((c) => {
          const days = daysLeft(c.notAfter);
          return (
            <li key={c.sha1} data-thumbprint={c.sha1}>
              <code class="thumbprint">{c.sha1}</code>
              <div>
                {new Date(c.notBefore).toLocaleDateString()} –{' '}
                {new Date(c.notAfter).toLocaleDateString()}{' '}
                <span class={days < 0 ? 'bad' : days < 90 ? 'warn' : 'good'}>
                  {days < 0 ? t('metadataExpired') : t('metadataDaysLeft', String(days))}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
      {matches !== null && (
        <p class={matches ? 'good' : 'bad'} data-field="thumbprint-match">
          {matches
            ? t('metadataMatchesPortal')
            : t('metadataDiffersFromPortal', portalThumbprint ?? '')}
        </p>
      )}
      {report.warnings.length > 0 && (
        <ul class="warnings" aria-label={t('metadataWarnings')}>
          {report.warnings.map((w) => (
            <li key={w.code} data-code={w.code}>
              {warningText(w)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
