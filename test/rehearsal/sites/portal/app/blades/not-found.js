// Any route the rehearsal does not model (App registrations, Users, Groups, …): a blade that says so.

import { h } from '../dom.js';
import { t } from '../labels.js';

const TITLES = {
  ApplicationsListBlade: 'appRegistrations',
  CreateApplicationBlade: 'appRegistrations',
  UserManagementMenuBlade: 'navUsers',
  GroupsManagementMenuBlade: 'navGroups',
};

export function open({ route, blade }) {
  const name = (route.requested || '').split('/').pop() || '';
  blade.setTitle(TITLES[name] ? t(TITLES[name]) : name.replace(/Blade$/, '') || t('notAvailable'));
  blade.content.append(
    h('div', { class: 'fxs-part-content ext-not-modelled' }, t('notAvailableText')),
  );
}
