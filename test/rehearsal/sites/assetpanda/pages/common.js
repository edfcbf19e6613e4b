// Small building blocks shared by the simple pages.
import { h } from '../lib/dom.js';

export function pageHeader(title, description) {
  return h(
    'div',
    { class: 'page-header' },
    h('h1', { class: 'MuiTypography-h4' }, title),
    description ? h('p', { class: 'muted' }, description) : null,
  );
}

export function card(title, ...children) {
  return h(
    'section',
    { class: 'MuiPaper-root card' },
    title ? h('h2', { class: 'MuiTypography-h6' }, title) : null,
    children,
  );
}

/** A plain data table: columns = header texts, rows = arrays of cell contents. */
export function dataTable(label, columns, rows) {
  return h(
    'div',
    { class: 'MuiTableContainer-root' },
    h(
      'table',
      { class: 'MuiTable-root', 'aria-label': label },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((column) =>
            h('th', { class: 'MuiTableCell-root MuiTableCell-head', scope: 'col' }, column),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            { class: 'MuiTableRow-root MuiTableRow-hover' },
            row.map((cell) => h('td', { class: 'MuiTableCell-root' }, cell)),
          ),
        ),
      ),
    ),
  );
}

export function definitionList(pairs) {
  return h(
    'dl',
    { class: 'definition-list' },
    pairs.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]),
  );
}
