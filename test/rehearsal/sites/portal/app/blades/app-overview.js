// The app's Overview (the blade opened after Create, reference §4.3): its properties and the
// "Getting Started" tiles that lead to Users and groups and Single sign-on.

import { h } from '../dom.js';
import { t } from '../labels.js';
import { appTile } from '../icons.js';
import { hashFor } from '../routes.js';
import { copyField } from '../controls/copy-field.js';

export function render({ app, container }) {
  const property = (label, value) =>
    h(
      'div',
      { class: 'ext-property' },
      h('div', { class: 'ext-property-label' }, label),
      copyField({ value, ariaLabel: label }),
    );
  const step = (n, title, text, linkText, href) =>
    h(
      'div',
      { class: 'ext-getting-started-tile' },
      h('div', { class: 'ext-getting-started-number' }, String(n)),
      h('div', { class: 'ext-getting-started-title' }, title),
      h('p', {}, text),
      href
        ? h('a', { class: 'fxs-fxclick', href }, linkText)
        : h('span', { class: 'ext-muted' }, linkText),
    );
  container.append(
    h(
      'div',
      { class: 'fxs-part-content ext-app-overview' },
      h('h3', { class: 'msportalfx-form-section-title' }, t('properties')),
      h(
        'div',
        { class: 'ext-overview-properties' },
        h('div', { class: 'ext-overview-logo' }, appTile(app.displayName, 'large')),
        h(
          'div',
          {},
          property(t('name'), app.displayName),
          property(t('applicationId'), app.appId),
          property(t('objectId'), app.objectId),
        ),
      ),
      h('h3', { class: 'msportalfx-form-section-title' }, t('gettingStarted')),
      h(
        'div',
        { class: 'ext-getting-started' },
        step(
          1,
          t('assignUsersAndGroups'),
          t('assignUsersAndGroupsText'),
          t('assignUsersAndGroups'),
          hashFor.app(app, 'Users'),
        ),
        step(
          2,
          t('setUpSingleSignOn'),
          t('setUpSingleSignOnText'),
          t('getStarted'),
          hashFor.app(app, 'SignOn'),
        ),
        step(3, t('provisionUserAccounts'), t('provisionUserAccountsText'), t('getStarted'), null),
        step(4, t('conditionalAccess'), t('conditionalAccessText'), t('createPolicy'), null),
        step(5, t('selfService'), t('selfServiceText'), t('getStarted'), null),
      ),
    ),
  );
}
