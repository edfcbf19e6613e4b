// / : the dashboard, static sample numbers.
import { h } from '../lib/dom.js';
import { L } from '../labels.js';
import { card, dataTable, pageHeader } from './common.js';

const STATS = [
  ['Assets', '1,284', '+36 this month'],
  ['Checked out', '312', '24% of assets'],
  ['Due for maintenance', '17', 'Next: Forklift FL-07, Dec 2'],
  ['Overdue returns', '5', 'Oldest: 9 days'],
];

const ACTIVITY = [
  ['MacBook Pro 14" (AP-00412)', 'Checked out', 'Jamie Chen', 'Today, 9:12 AM'],
  ['Dell U2723QE monitor (AP-00877)', 'Checked in', 'Priya Patel', 'Today, 8:47 AM'],
  ['Forklift FL-07', 'Maintenance scheduled', 'Sam Ortiz', 'Yesterday, 4:05 PM'],
  ['iPad Air (AP-01102)', 'Created', 'Alex Morgan', 'Yesterday, 11:30 AM'],
  ['Projector EP-2250 (AP-00233)', 'Moved to Austin office', 'Dana Brooks', 'Nov 26, 2:18 PM'],
];

export function mount(container) {
  container.append(
    pageHeader(L.dashboard, 'An overview of your assets today.'),
    h(
      'div',
      { class: 'stat-grid' },
      STATS.map(([label, value, hint]) =>
        h(
          'div',
          { class: 'MuiPaper-root card stat' },
          h('p', { class: 'stat-label muted' }, label),
          h('p', { class: 'stat-value' }, value),
          h('p', { class: 'stat-hint muted' }, hint),
        ),
      ),
    ),
    card(
      'Recent activity',
      dataTable('Recent activity', ['Asset', 'Action', 'By', 'When'], ACTIVITY),
    ),
  );
}
