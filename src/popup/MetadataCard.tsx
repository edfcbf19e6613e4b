// The metadata card: what Asset Panda will receive, in plain words, with the checks that matter
// (certificate validity, warnings, and whether the certificate matches the one the portal shows).
// It folds to one line with its verdict: sending is the admin's task, the details are on request.

import type { ComponentChildren } from 'preact';
import { captureConcerns } from '../core/capture-concerns';
import type { PortalCertificate, StoredMetadata } from '../core/storage-schema';
import { t } from '../ui/i18n';
import { daysLeft, warningText } from '../ui/metadata-text';

type Verdict = 'good' | 'warn' | 'bad';

/** The card's one line: what Send would ask about (concerns) outweighs notes (warnings). */
function verdictOf(metadata: StoredMetadata, portal: PortalCertificate | null): [Verdict, string] {
  if (captureConcerns(metadata, portal).length) return ['bad', t('metadataVerdictCheck')];
  if (metadata.report.warnings.length) return ['warn', t('metadataVerdictNotes')];
  return ['good', t('metadataCardTitle')];
}

export function MetadataCard({
  metadata,
  portalCertificate,
  children,
}: {
  metadata: StoredMetadata;
  portalCertificate: PortalCertificate | null;
  /** What the admin can do about it (use other metadata, fetch it again). */
  children?: ComponentChildren;
}) {
  const [verdict, verdictText] = verdictOf(metadata, portalCertificate);
  const { report } = metadata;
  const portalThumbprint = portalCertificate?.thumbprint ?? null;
  const matches = portalThumbprint
    ? report.certificates.some((c) => c.sha1 === portalThumbprint)
    : null;
  return (
    <details class="fold metadata" data-testid="metadata-card" data-verdict={verdict}>
      <summary>
        <h2 id="metadata-heading">{t('metadataHeading')}</h2>
        <span class={`verdict ${verdict}`}>{verdictText}</span>
      </summary>
      <div class="fold-body">
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
        {children}
      </div>
    </details>
  );
}
