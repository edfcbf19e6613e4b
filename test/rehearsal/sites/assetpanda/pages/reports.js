// /reports: saved reports, static.
import { L } from '../labels.js';
import { card, dataTable, pageHeader } from './common.js';

export function mount(container) {
  container.append(
    pageHeader(L.reports, 'Saved reports and exports.'),
    card(
      null,
      dataTable(
        L.reports,
        ['Report', 'Owner', 'Last run'],
        [
          ['Assets by status', 'Alex Morgan', 'Nov 27'],
          ['Overdue check-outs', 'Priya Patel', 'Nov 28'],
          ['Depreciation (FY)', 'Dana Brooks', 'Nov 1'],
        ],
      ),
    ),
  );
}
