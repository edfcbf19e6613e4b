// /settings/preferences/notifications: switches that only change this page.
import { h, useId } from '../lib/dom.js';
import { L } from '../labels.js';
import { card } from './common.js';

const OPTIONS = [
  ['Email me when an asset is overdue', true],
  ['Email me when maintenance is due', true],
  ['Weekly summary', false],
];

function toggle(label, checked) {
  const id = useId();
  return h(
    'div',
    { class: 'switch-row' },
    h('label', { for: id }, label),
    h('input', { id, type: 'checkbox', role: 'switch', class: 'switch', checked }),
  );
}

export function mount(container) {
  container.append(
    card(
      L.notifications,
      OPTIONS.map(([label, on]) => toggle(label, on)),
    ),
  );
}
