// Any route the rehearsal does not model (App registrations, Users, …): a blade that says so.

import { h } from '../dom.js';
import { t } from '../labels.js';

export function open({ route, blade }) {
  const name = (route.requested || '').split('/').pop() || '';
  blade.setTitle(name.replace(/Blade$/, '') || t('notAvailable'));
  blade.content.append(
    h('div', { class: 'fxs-part-content ext-not-modelled' }, t('notAvailableText')),
  );
}
