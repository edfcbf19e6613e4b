// /assets: a static sample list.
import { L } from '../labels.js';
import { card, dataTable, pageHeader } from './common.js';

const ASSETS = [
  ['AP-00412', 'MacBook Pro 14"', 'Laptops', 'Checked out', 'Jamie Chen'],
  ['AP-00413', 'MacBook Pro 14"', 'Laptops', 'Available', '—'],
  ['AP-00877', 'Dell U2723QE monitor', 'Monitors', 'Available', '—'],
  ['AP-01102', 'iPad Air', 'Tablets', 'Checked out', 'Riley Kim'],
  ['AP-00233', 'Projector EP-2250', 'AV equipment', 'Available', '—'],
  ['FL-07', 'Forklift', 'Warehouse', 'In maintenance', '—'],
];

export function mount(container) {
  container.append(
    pageHeader(L.assets, 'Everything your organization tracks.'),
    card(null, dataTable(L.assets, ['Asset ID', 'Name', 'Group', 'Status', 'Assigned to'], ASSETS)),
  );
}
