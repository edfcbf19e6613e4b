// Portal grids (reference §4.1): rows are `tr` inside `.azc-grid` (`.azc-grid-groupdata tr`,
// `.azc-grid-multiselectable tr[aria-label]`).

import { h, clear } from '../dom.js';
import { effect } from '../ko.js';
import { checkBox } from './check-box.js';
import { observable } from '../ko.js';
import { dialectB } from '../env.js';
import { gcGrid, gcRow } from './b/gc-grid.js';

/**
 * columns: [{ label, render(row) → node|string }]; rows: () => array (reactive); rowLabel(row) names
 * the row (aria-label); selection: observable array of selected rows (adds a check box column).
 */
export function grid({ columns, rows, rowLabel, emptyText, selection = null }) {
  if (dialectB) return divGrid({ columns, rows, rowLabel, emptyText, selection });
  const body = h('tbody', { class: 'azc-grid-groupdata' });
  const table = h(
    'table',
    { class: 'azc-grid-table', role: 'grid' },
    h(
      'thead',
      { class: 'azc-grid-headerRow' },
      h(
        'tr',
        { role: 'row' },
        selection ? h('th', { class: 'azc-grid-selectColumn', role: 'columnheader' }) : null,
        columns.map((c) =>
          h('th', { role: 'columnheader', class: 'azc-grid-headerCell' }, c.label),
        ),
      ),
    ),
    body,
  );
  effect(() => {
    const list = rows();
    clear(body);
    if (!list.length) {
      body.append(
        h(
          'tr',
          { class: 'azc-grid-emptyRow' },
          h('td', { colspan: String(columns.length + (selection ? 1 : 0)) }, emptyText),
        ),
      );
      return;
    }
    for (const row of list) {
      const cells = columns.map((c) =>
        h('td', { role: 'gridcell', class: 'azc-grid-cell' }, c.render(row)),
      );
      const selectCell = selection
        ? h('td', { class: 'azc-grid-selectColumn' }, selectBox(row, selection, rowLabel))
        : null;
      body.append(
        h(
          'tr',
          { role: 'row', class: 'azc-grid-row', 'aria-label': rowLabel(row) },
          selectCell,
          cells,
        ),
      );
    }
  });
  return h(
    'div',
    {
      class: `fxc-base azc-control azc-grid fxc-grid${selection ? ' azc-grid-multiselectable' : ''}`,
    },
    table,
  );
}

/** The row's selection check box, kept in step with the `selection` observable array. */
function selectBox(row, selection, rowLabel) {
  const checked = observable(selection.peek().includes(row));
  effect(() => {
    const now = checked();
    const current = selection.peek();
    if (now && !current.includes(row)) selection([...current, row]);
    if (!now && current.includes(row)) selection(current.filter((r) => r !== row));
  });
  return checkBox({ checked, ariaLabel: rowLabel(row) });
}

/** Dialect B: the same grid in the newer `fxc-gc` div generation (reference §12). */
function divGrid({ columns, rows, rowLabel, emptyText, selection }) {
  return gcGrid({
    headers: [...(selection ? [''] : []), ...columns.map((c) => c.label)],
    rows,
    emptyText,
    className: selection ? 'fxc-gc-multiselect' : '',
    renderRow: (row) =>
      gcRow(
        [
          ...(selection ? [selectBox(row, selection, rowLabel)] : []),
          ...columns.map((c) => c.render(row)),
        ],
        { label: rowLabel(row) },
      ),
  });
}
