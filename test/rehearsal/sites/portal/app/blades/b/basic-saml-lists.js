// Dialect B of the Basic SAML Configuration pane's two lists (reference §4.6 for the content, §4.1 and
// §12 for the markup). Each list is a form element (`div.fxc-weave-pccontrol … msportalfx-form-
// formelement`) whose `label.azc-form-label` holds the label text, the required marker and the info
// balloon (§12); under it the rows in the `fxc-gc` div grid (§12) and the link "Add identifier" /
// "Add reply URL" (§4.6: links, not buttons). Every row input points at the list's label by
// `aria-labelledby` (§4.1, §12); the Index input at its column header. No `section`, `fieldset`,
// `[role=group]` or `table` (§12). The rows' behaviour is the pane model's (basic-saml-pane.js).

import { h, activate } from '../../dom.js';
import { isMissing } from '../../env.js';
import { t } from '../../labels.js';
import { icon } from '../../icons.js';
import { effect } from '../../ko.js';
import { textBox } from '../../controls/text-box.js';
import { checkBox } from '../../controls/check-box.js';
import { actionLink } from '../../controls/button.js';
import { formElement } from '../../controls/b/form-element.js';
import { gcGrid, gcRow } from '../../controls/b/gc-grid.js';

/** §4.6 "rows can be removed": the trash icon as a `div[role=button]` named Delete. */
function deleteButton(onDelete) {
  return activate(
    h(
      'div',
      { class: 'fxs-fxclick', role: 'button', tabindex: '0', 'aria-label': t('delete') },
      icon('trash'),
    ),
    onDelete,
  );
}

/**
 * One list: `headers` are the grid's column headers (§4.6 inferred "Default", "Index"); `cells(row,
 * labelId, headerIds)` the row's cells after the value input.
 */
function rowList(model, { label, help, list, add, addText, missing, error, cells }) {
  return formElement({
    label,
    info: help,
    required: true, // §4.6: probably both shown as required (red `*`) for a non-gallery app
    control: (labelId) => {
      const grid = gcGrid({
        headers: cells.headers,
        rows: list,
        keep: true,
        renderRow: (row, headerIds) =>
          gcRow([
            textBox({
              value: row.value,
              labelledBy: labelId,
              accessibleLabel: label,
              error: error(row),
            }),
            ...cells.render(row, headerIds),
            deleteButton(() => list(list.peek().filter((r) => r !== row))),
          ]),
      });
      effect(() => {
        grid.hidden = list().length === 0; // §4.6: a new non-gallery app shows both lists empty
      });
      const link = missing
        ? null
        : actionLink({
            text: addText,
            onClick: () => {
              add();
              const inputs = grid.querySelectorAll('.fxc-gc-columncell_0 input');
              inputs[inputs.length - 1]?.focus();
            },
          });
      return [grid, link];
    },
  });
}

export function identifierListB(model) {
  return rowList(model, {
    label: t('identifierEntityId'), // §4.6 label, §6 translations
    help: t('identifierHelp'),
    list: model.identifiers,
    add: () => model.addIdentifier(),
    addText: t('addIdentifier'), // §4.6 "Add identifier"
    missing: isMissing('add-identifier'),
    error: (row) => model.identifierError(row),
    cells: {
      headers: ['', t('default'), ''],
      // §4.6: each row can be set as default.
      render: (row) => [checkBox({ checked: row.isDefault, ariaLabel: t('default') })],
    },
  });
}

export function replyUrlListB(model) {
  return rowList(model, {
    label: t('replyUrlAcs'), // §4.6 label, §6 translations
    help: t('replyUrlHelp'),
    list: model.replyUrls,
    add: () => model.addReplyUrl(),
    addText: t('addReplyUrl'), // §4.6 "Add reply URL"
    missing: isMissing('add-reply-url'),
    error: (row) => model.replyError(row, 'value'),
    cells: {
      headers: ['', t('index'), t('default'), ''],
      // §4.6: reply rows have an Index field (tied to its column header) and a Default.
      render: (row, headerIds) => [
        textBox({
          value: row.index,
          labelledBy: headerIds[1],
          error: model.replyError(row, 'index'),
        }),
        checkBox({ checked: row.isDefault, ariaLabel: t('default') }),
      ],
    },
  });
}
