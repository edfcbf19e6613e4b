// Renders the setup report as Markdown for a change ticket. The words come from the caller (the
// popup passes the extension's translations), so this stays pure and the headings follow the
// admin's language while the values stay exactly as configured.

import { codeKey, type MessageKey } from './message-keys';
import type { SetupReport } from './setup-report';

export type Words = (key: MessageKey) => string;

export function setupReportMarkdown(report: SetupReport, w: Words): string {
  const none = w('report_none');
  const row = (cells: (string | null | undefined)[]) =>
    `| ${cells.map((c) => cell(c ?? none)).join(' | ')} |`;
  const table = (head: string[], rows: (string | null | undefined)[][]) => [
    row(head),
    `|${head.map(() => ' --- |').join('')}`,
    ...rows.map(row),
  ];
  const lines: string[] = [
    `# ${w('report_title')}`,
    '',
    `${w('report_generated')}: ${report.generatedAt}`,
  ];

  lines.push('', `## ${w('report_entra')}`, '');
  lines.push(
    ...table(
      ['', ''],
      [
        [w('report_identifier'), code(report.entra.identifier)],
        [w('report_replyUrl'), code(report.entra.replyUrl)],
        [w('report_claim'), code(`${report.entra.claim.name} ← ${report.entra.claim.source}`)],
      ],
    ),
  );

  const m = report.metadata;
  lines.push('', `## ${w('report_metadata')}`, '');
  if (!m) lines.push(none);
  else {
    lines.push(
      ...table(
        ['', ''],
        [
          [w('report_entityId'), code(m.entityId)],
          [w('report_tenant'), m.tenantId && code(m.tenantId)],
          [w('report_appId'), m.appId && code(m.appId)],
          [w('report_ssoUrl'), code(m.sso.post ?? m.sso.redirect ?? '')],
          [w('report_source'), `${m.source}, ${m.capturedAt}`],
          [
            w('report_portalThumbprint'),
            m.portalThumbprint &&
              `${code(m.portalThumbprint)} (${w(m.portalThumbprintMatches ? 'report_matches' : 'report_differs')})`,
          ],
        ],
      ),
      '',
      `### ${w('report_certificates')}`,
      '',
      ...table(
        [w('report_thumbprint'), 'SHA-256', w('report_validFrom'), w('report_validUntil')],
        m.certificates.map((c) => [code(c.sha1), code(c.sha256), c.notBefore, c.notAfter]),
      ),
    );
  }

  const a = report.assetPanda;
  lines.push('', `## ${w('report_assetPanda')}`, '');
  if (!a) lines.push(none);
  else
    lines.push(
      ...table(
        ['', ''],
        [
          [w('report_address'), a.address],
          [w('report_connection'), a.connectionName],
          [w('report_enableType'), a.enableType],
          [w('report_domains'), a.domains.join(', ') || none],
          [w('report_status'), a.status],
          [w('report_saved'), a.savedAt],
        ],
      ),
    );

  lines.push('', `## ${w('report_steps')}`, '');
  lines.push(
    ...table(
      [w('report_step'), w('report_when'), w('report_how')],
      report.steps.map((s) => [
        w(codeKey('step', s.id, 'title')),
        s.state === 'done' ? s.at : null,
        s.verifiedBy && w(codeKey('report_verified', s.verifiedBy)),
      ]),
    ),
  );
  return lines.join('\n') + '\n';
}

/** A table cell: pipes and line breaks would break the row. */
function cell(value: string): string {
  return value.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
}

function code(value: string): string {
  return `\`${value.replaceAll('`', '')}\``;
}
