// The portal's Home: service tiles leading to Entra ID and Enterprise applications.

import { h } from '../dom.js';
import { env } from '../env.js';
import { t } from '../labels.js';
import { icon } from '../icons.js';
import { hashFor } from '../routes.js';

export function open({ blade }) {
  blade.setTitle(env.shell === 'entra' ? t('home') : t('azureServices'));
  const tile = (iconName, label, href) =>
    h(
      'a',
      { class: 'ext-home-tile', href },
      h('span', { class: 'ext-home-tile-icon' }, icon(iconName)),
      h('span', {}, label),
    );
  blade.content.append(
    h(
      'div',
      { class: 'fxs-part-content ext-home' },
      h(
        'div',
        { class: 'ext-home-tiles' },
        tile('entra', t('microsoftEntraId'), hashFor.entraOverview()),
        tile('apps', t('enterpriseApplications'), hashFor.appsList()),
        tile('list', t('appRegistrations'), hashFor.appRegistrations()),
        tile('user', t('navUsers'), hashFor.users()),
        tile('users', t('navGroups'), hashFor.groups()),
      ),
    ),
  );
}
