// "SAML Signing Certificate" (reference §2/§4.7: opened with the token signing certificate's Edit; the
// page "displays the status (Active or Inactive), expiration date, and thumbprint"). Read-only here.

import { h } from '../dom.js';
import { t, formatDate } from '../labels.js';
import { icon } from '../icons.js';
import { observable } from '../ko.js';
import { TENANT } from '../scenarios.js';
import { grid } from '../controls/grid.js';

export function openSigningCertificateBlade(shell, app, certificate) {
  return shell.openChildBlade((blade) => {
    blade.setTitle(t('samlSigningCertificate'), app.displayName);
    blade.setIcon(icon('key'));
    blade.content.append(
      h(
        'div',
        { class: 'fxs-part-content' },
        h('p', {}, t('signingCertificateText')),
        grid({
          columns: [
            { label: t('status'), render: (c) => t(c.status === 'Active' ? 'active' : 'inactive') },
            { label: t('expiration'), render: (c) => formatDate(c.expires) },
            { label: t('thumbprint'), render: (c) => c.thumbprint },
          ],
          rows: observable(certificate ? [certificate] : []),
          rowLabel: (c) => c.thumbprint,
          emptyText: t('willBeDisplayedOnSave'),
        }),
        h(
          'div',
          { class: 'ext-saml-property' },
          h('div', { class: 'ext-saml-property-label' }, t('signingOption')),
          h('div', {}, t('signSamlAssertion')),
        ),
        h(
          'div',
          { class: 'ext-saml-property' },
          h('div', { class: 'ext-saml-property-label' }, t('signingAlgorithm')),
          h('div', {}, 'SHA-256'),
        ),
        h(
          'div',
          { class: 'ext-saml-property' },
          h('div', { class: 'ext-saml-property-label' }, t('notificationEmailAddresses')),
          h('div', {}, TENANT.admin.upn),
        ),
      ),
    );
  });
}
