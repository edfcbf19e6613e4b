// Microsoft Entra ID | Overview: the tenant's basic facts and the way to Enterprise applications
// (reference §2 "Navigation labels": Entra ID > Enterprise apps > All applications).

import { h } from '../dom.js';
import { t } from '../labels.js';
import { icon } from '../icons.js';
import { hashFor } from '../routes.js';
import { TENANT } from '../scenarios.js';

export function open({ blade }) {
  blade.setTitle(`${TENANT.name} | ${t('overview')}`, t('microsoftEntraId'));
  blade.setIcon(icon('entra'));
  const row = (label, value) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value));
  blade.content.append(
    h(
      'div',
      { class: 'fxs-part-content' },
      h('h3', { class: 'msportalfx-form-section-title' }, t('basicInformation')),
      h(
        'table',
        { class: 'ext-facts' },
        row(t('name'), TENANT.name),
        row(t('tenantId'), TENANT.id),
        row(t('primaryDomain'), TENANT.domain),
      ),
      h(
        'p',
        {},
        h(
          'a',
          { class: 'fxs-fxclick', href: hashFor.appsList() },
          icon('apps'),
          ' ',
          t('enterpriseApplications'),
        ),
      ),
    ),
  );
}
