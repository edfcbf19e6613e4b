// Browse Microsoft Entra Gallery (reference §4.2/§4.3; route `#view/Microsoft_AAD_IAM/AppGalleryBladeV2`).
// "+ Create your own application" opens a context pane on this blade; the route stays (§2, inferred).

import { h } from '../dom.js';
import { isMissing } from '../env.js';
import { t } from '../labels.js';
import { icon, appTile } from '../icons.js';
import { hashFor } from '../routes.js';
import { TENANT } from '../scenarios.js';
import { commandBar } from '../controls/command-bar.js';
import { openCreateAppPane } from './create-app-pane.js';

const CLOUD_PLATFORMS = ['Amazon Web Services (AWS)', 'Google Cloud Platform', 'Oracle', 'SAP'];
const FEATURED = [
  'Adobe Identity Management',
  'Atlassian Cloud',
  'Box',
  'Cisco Webex',
  'DocuSign',
  'Dropbox Business',
  'GitHub Enterprise Cloud',
  'Workday',
];

function tile(name) {
  return h(
    'div',
    { class: 'ext-gallery-tile' },
    appTile(name, 'large'),
    h('div', { class: 'ext-gallery-tile-name' }, name),
    h('div', { class: 'ext-gallery-tile-publisher' }, name.split(' ')[0]),
  );
}

export async function open({ blade, shell }) {
  blade.setTitle(t('browseGallery'), '');
  blade.setIcon(icon('apps'));
  blade.crumb = t('browseGallery');
  shell.setParentCrumbs(() => [
    { label: `${t('enterpriseApplications')} | ${t('allApplications')}`, href: hashFor.appsList() },
  ]);
  blade.content.append(
    commandBar([
      {
        label: t('createYourOwnApplication'),
        icon: 'plus',
        telemetry: 'CreateYourOwnApplication',
        missing: isMissing('create-your-own-application'),
        onClick: () => openCreateAppPane(shell),
      },
      { label: t('requestNewGalleryApp'), icon: 'feedback', telemetry: 'RequestGalleryApp' },
      { label: t('gotFeedback'), icon: 'feedback', telemetry: 'Feedback' },
    ]),
    h(
      'div',
      { class: 'fxs-part-content ext-gallery' },
      h('p', {}, t('galleryIntro', TENANT.name)),
      h(
        'div',
        { class: 'ext-search-row' },
        h(
          'div',
          { class: 'fxc-base azc-control azc-inputbox azc-textBox ext-search-box' },
          h(
            'div',
            { class: 'azc-inputbox-wrapper azc-textBox-wrapper' },
            icon('search'),
            h('input', {
              class: 'azc-input azc-formControl',
              type: 'text',
              placeholder: t('searchApplication'),
              'aria-label': t('searchApplication'),
            }),
          ),
        ),
        h(
          'div',
          { class: 'fxc-pills' },
          h('span', { class: 'fxc-pill' }, t('filterSingleSignOn')),
          h('span', { class: 'fxc-pill' }, t('filterUserAccountManagement')),
          h('span', { class: 'fxc-pill' }, t('filterCategories')),
        ),
      ),
      h('h3', { class: 'msportalfx-form-section-title' }, t('cloudPlatforms')),
      h('div', { class: 'ext-gallery-tiles' }, CLOUD_PLATFORMS.map(tile)),
      h('h3', { class: 'msportalfx-form-section-title' }, t('featuredApplications')),
      h('div', { class: 'ext-gallery-tiles' }, FEATURED.map(tile)),
    ),
  );
}
