// /settings/<section> other than Preferences: read-only summaries.
import { L } from '../labels.js';
import { SETTINGS_SECTIONS } from '../routes.js';
import { card, dataTable, definitionList, pageHeader } from './common.js';

const CONTENT = {
  'account-management': () =>
    card(
      'Organization',
      definitionList([
        ['Organization name', 'Acme Corporation'],
        ['Sub-domain', location.hostname],
        ['Time zone', '(UTC−06:00) Central Time (US & Canada)'],
        ['Primary contact', 'Alex Morgan'],
      ]),
    ),
  'account-builder': () =>
    card(
      'Groups',
      dataTable(
        'Groups',
        ['Group', 'Fields', 'Records'],
        [
          ['Laptops', '14', '486'],
          ['Monitors', '9', '322'],
          ['Tablets', '11', '131'],
          ['Warehouse', '17', '58'],
        ],
      ),
    ),
  users: () =>
    card(
      'Users',
      dataTable(
        'Users',
        ['Name', 'Email', 'Role'],
        [
          ['Alex Morgan', 'alex.morgan@acme.example', 'Administrator'],
          ['Priya Patel', 'priya.patel@acme.example', 'Manager'],
          ['Jamie Chen', 'jamie.chen@acme.example', 'Member'],
        ],
      ),
    ),
  billing: () =>
    card(
      'Plan',
      definitionList([
        ['Plan', 'Asset Panda Pro, annual'],
        ['Renews on', 'March 1, 2026'],
        ['Payment method', 'Visa ending in 4242'],
      ]),
    ),
};

export function mount(container, { route }) {
  const section = SETTINGS_SECTIONS.find((item) => item.path === route.path);
  container.append(
    pageHeader(section?.label ?? L.settings, section?.description),
    CONTENT[route.section](),
  );
}
