// Dialect B grid, the newer portal generation (reference §12, "Grids come in two generations"): a div
// grid `.fxc-gc-table` with header cells `.fxc-gc-columnheader-content`, rows `.fxc-gc-rows` >
// `.fxc-gc-row` > `.fxc-gc-row-content[role=row]` and cells `.fxc-gc-columncell_<n>`. No `table`,
// `tr` or `td`, and no `section`/`[role=group]` (§12).

import { h, clear, generatedId } from '../../dom.js';
import { bindForeach, effect } from '../../ko.js';

/** One header row; returns the generated ids of the header cells, so cells can be labelled by them. */
function headerRow(labels) {
  const ids = labels.map(() => generatedId());
  const el = h(
    'div',
    { class: 'fxc-gc-header', role: 'rowgroup' },
    h(
      'div',
      { class: 'fxc-gc-row-content fxc-gc-header-row', role: 'row' },
      labels.map((label, i) =>
        h(
          'div',
          { class: `fxc-gc-columnheader fxc-gc-columnheader_${i}`, role: 'columnheader' },
          h('div', { class: 'fxc-gc-columnheader-content', id: ids[i] }, label),
        ),
      ),
    ),
  );
  return { el, ids };
}

/** A row: `cells` are nodes (or strings), one per column. */
export function gcRow(cells, { label = null, selected = null } = {}) {
  const content = h(
    'div',
    { class: 'fxc-gc-row-content', role: 'row', 'aria-label': label },
    cells.map((cell, i) =>
      h('div', { class: `fxc-gc-cell fxc-gc-columncell_${i}`, role: 'gridcell' }, cell),
    ),
  );
  if (selected) effect(() => content.setAttribute('aria-selected', String(Boolean(selected()))));
  return h('div', { class: 'fxc-gc-row' }, content);
}

/**
 * headers: column labels; rows: observable array; renderRow(row, headerIds) → a gcRow. `keep`: rows
 * stay in place while others come and go (an editable list); otherwise the body is redrawn.
 */
export function gcGrid({ headers, rows, renderRow, emptyText = '', keep = false, className = '' }) {
  const header = headerRow(headers);
  const body = h('div', { class: 'fxc-gc-rows', role: 'rowgroup' });
  if (keep) bindForeach(body, rows, (row) => renderRow(row, header.ids));
  else
    effect(() => {
      const list = rows();
      clear(body);
      if (!list.length && emptyText)
        body.append(h('div', { class: 'fxc-gc-norows msportalfx-text-regular' }, emptyText));
      for (const row of list) body.append(renderRow(row, header.ids));
    });
  return h(
    'div',
    { class: `fxc-base fxc-gc fxc-gc-table ${className}`.trim(), role: 'grid' },
    header.el,
    body,
  );
}
