// Fluent UI React v9 look-alike components: the ReactView markup of dialect B (`?rehearsal-dialect=b`).
// Reference §3.2 says only "The UI is Fluent UI React"; the v8 class names it lists are what dialect A
// draws (fluent.js). Dialect B draws the other Fluent generation, v9, whose public markup is
// `fui-*` classes: `div.fui-Field` > `label.fui-Label` (its required `*` inside the label, as §12
// warns a label may hold) + `span.fui-Input` > `input.fui-Input__input`, the input tied to the label
// by `aria-labelledby` = the label's generated id (§12's reliable relation); `fui-Toolbar`, `fui-Link`
// (a `button`), `fui-Checkbox`, `fui-RadioGroup`, `fui-Dropdown` (a `button[role=combobox]` and a
// `div.fui-Listbox[role=listbox]` of `div.fui-Option[role=option]`), and div grids (`fui-Table`). No
// `section`, `fieldset`, `[role=group]` or `table` (§12). Same API as fluent.js, so the views are
// shared; inputs stay controlled (§7, react-lite.js).

import { h } from './react-lite.js';

export const ROOT_CLASS = 'fui-FluentProvider reactview-root';
/** A click outside this closes an open drop-down. */
export const DROPDOWN_ROOT = '.fui-Dropdown';
export const DROPDOWN_POPUP = '.fui-Listbox';

export function Icon(name, className = 'fui-Button__icon') {
  return h('span', { className, 'data-icon-name': name, 'aria-hidden': 'true' });
}

/** v9 Toolbar: `div.fui-Toolbar[role=toolbar] > button.fui-ToolbarButton.fui-Button`. */
export function CommandBar({ items }) {
  return h(
    'div',
    { className: 'fui-Toolbar', role: 'toolbar' },
    items.map((item) =>
      h(
        'button',
        {
          key: item.key,
          type: 'button',
          className: 'fui-Button fui-ToolbarButton',
          disabled: Boolean(item.disabled),
          'aria-disabled': item.disabled ? 'true' : null,
          onClick: item.disabled ? null : item.onClick,
        },
        Icon(item.icon),
        item.text,
      ),
    ),
  );
}

/** v9 Label: the required marker is a `span.fui-Label__required` inside the label (§12). */
export function Label({ id, htmlFor, required, children }) {
  return h(
    'label',
    { className: 'fui-Label fui-Field__label', id, htmlFor },
    children,
    required ? h('span', { className: 'fui-Label__required', 'aria-hidden': 'true' }, '*') : null,
  );
}

/** v9 InfoLabel: the label, then an info button whose balloon holds the help (§12 balloons). */
function InfoLabel({ id, required, info, children }) {
  return h(
    'span',
    { className: 'fui-InfoLabel' },
    Label({ id, required, children }),
    info
      ? h(
          'button',
          {
            type: 'button',
            className: 'fui-InfoButton',
            'aria-label': 'Information',
            title: info,
          },
          h('span', { className: 'fui-InfoButton__icon', 'aria-hidden': 'true' }, 'ⓘ'),
        )
      : null,
  );
}

function validationMessage(id, errorMessage) {
  return errorMessage
    ? h(
        'div',
        { className: 'fui-Field__validationMessage', id, role: 'alert' },
        h('span', { className: 'fui-Field__validationMessageIcon', 'aria-hidden': 'true' }, '!'),
        errorMessage,
      )
    : null;
}

/** `span.fui-Input > input.fui-Input__input`, controlled. */
function Input({ id, value, onChange, placeholder, labelledBy, ariaLabel, errorId, invalid }) {
  return h(
    'span',
    { className: `fui-Input${invalid ? ' fui-Input--invalid' : ''}` },
    h('input', {
      id,
      type: 'text',
      className: 'fui-Input__input',
      value,
      onChange,
      placeholder,
      autoComplete: 'off',
      'aria-label': ariaLabel,
      'aria-labelledby': labelledBy,
      'aria-invalid': invalid ? 'true' : 'false',
      'aria-describedby': invalid ? errorId : null,
    }),
  );
}

/** v9 Field: `div.fui-Field` > label + control, the control labelled by the label's id. */
export function TextField({
  id,
  label,
  required,
  value,
  onChange,
  errorMessage,
  ariaLabel,
  ariaLabelledBy,
  placeholder,
}) {
  const labelId = label ? `${id}__label` : null;
  const errorId = `${id}__validationMessage`;
  return h(
    'div',
    { className: `fui-Field${errorMessage ? ' fui-Field--error' : ''}` },
    label ? Label({ id: labelId, htmlFor: id, required, children: label }) : null,
    Input({
      id,
      value,
      onChange,
      placeholder,
      labelledBy: labelId || ariaLabelledBy,
      ariaLabel,
      errorId,
      invalid: Boolean(errorMessage),
    }),
    validationMessage(errorId, errorMessage),
  );
}

/** v9 Checkbox: `span.fui-Checkbox > input.fui-Checkbox__input + div.fui-Checkbox__indicator`. */
export function Checkbox({ id, label, checked, onChange, ariaLabel }) {
  return h(
    'span',
    { className: 'fui-Checkbox' },
    h('input', {
      id,
      type: 'checkbox',
      className: 'fui-Checkbox__input',
      checked,
      onChange,
      'aria-label': ariaLabel,
    }),
    h('div', { className: 'fui-Checkbox__indicator', 'aria-hidden': 'true' }, checked ? '✓' : ''),
    label ? h('label', { className: 'fui-Label fui-Checkbox__label', htmlFor: id }, label) : null,
  );
}

/** v9 Link without href renders a `button.fui-Link`. */
export function Link({ onClick, children }) {
  return h('button', { type: 'button', className: 'fui-Link', onClick }, children);
}

export function IconButton({ icon, ariaLabel, onClick }) {
  return h(
    'button',
    {
      type: 'button',
      className: 'fui-Button fui-Button--subtle fui-Button--icon',
      'aria-label': ariaLabel,
      onClick,
    },
    Icon(icon),
  );
}

/** v9 RadioGroup: `div.fui-RadioGroup[role=radiogroup]` of `span.fui-Radio > input.fui-Radio__input`. */
export function ChoiceGroup({ id, label, options, selectedKey, onChange }) {
  const labelId = `${id}__label`;
  return h(
    'div',
    { className: 'fui-Field' },
    Label({ id: labelId, children: label }),
    h(
      'div',
      { className: 'fui-RadioGroup', role: 'radiogroup', 'aria-labelledby': labelId },
      options.map((option) =>
        h(
          'span',
          { className: 'fui-Radio', key: option.key },
          h('input', {
            id: `${id}-${option.key}`,
            type: 'radio',
            className: 'fui-Radio__input',
            name: id,
            value: option.key,
            checked: option.key === selectedKey,
            onChange: () => onChange(option.key),
          }),
          h(
            'label',
            { className: 'fui-Label fui-Radio__label', htmlFor: `${id}-${option.key}` },
            option.text,
          ),
        ),
      ),
    ),
  );
}

/**
 * v9 Dropdown: `div.fui-Dropdown > button.fui-Dropdown__button[role=combobox]`, the open list a
 * `div.fui-Listbox[role=listbox]` of `div.fui-Option[role=option]`, acting on click.
 */
export function Dropdown({
  id,
  label,
  options,
  selectedKey,
  placeholder,
  open,
  active,
  onToggle,
  onSelect,
  onKeyDown,
  errorMessage,
}) {
  const labelId = `${id}__label`;
  const errorId = `${id}__validationMessage`;
  const selected = options.find((o) => o.key === selectedKey);
  return h(
    'div',
    { className: `fui-Field${errorMessage ? ' fui-Field--error' : ''}` },
    Label({ id: labelId, required: true, children: label }),
    h(
      'div',
      { className: 'fui-Dropdown' },
      h(
        'button',
        {
          id,
          type: 'button',
          className: 'fui-Dropdown__button',
          role: 'combobox',
          'aria-expanded': open ? 'true' : 'false',
          'aria-haspopup': 'listbox',
          'aria-labelledby': labelId,
          'aria-controls': open ? `${id}__listbox` : null,
          'aria-activedescendant': open && active >= 0 ? `${id}__option${active}` : null,
          'aria-invalid': errorMessage ? 'true' : 'false',
          'aria-describedby': errorMessage ? errorId : null,
          onClick: onToggle,
          onKeyDown,
        },
        h(
          'span',
          { className: selected ? 'fui-Dropdown__value' : 'fui-Dropdown__placeholder' },
          selected ? selected.text : placeholder,
        ),
        h('span', { className: 'fui-Dropdown__expandIcon', 'aria-hidden': 'true' }, '⌄'),
      ),
      open
        ? h(
            'div',
            { className: 'fui-Listbox', role: 'listbox', id: `${id}__listbox` },
            options.map((option, i) =>
              h(
                'div',
                {
                  key: option.key,
                  id: `${id}__option${i}`,
                  className: `fui-Option${i === active ? ' fui-Option--active' : ''}`,
                  role: 'option',
                  'aria-selected': option.key === selectedKey ? 'true' : 'false',
                  onClick: () => onSelect(option.key),
                },
                option.text,
              ),
            ),
          )
        : null,
    ),
    validationMessage(errorId, errorMessage),
  );
}

/**
 * A list of rows under one label (the Basic SAML Identifier / Reply URL lists): a `div.fui-Field`
 * whose InfoLabel carries the required marker and the help balloon; the rows' inputs point at the
 * label's id themselves.
 */
export function RowList({ labelId, label, help, grid, link }) {
  return h(
    'div',
    { className: 'fui-Field reactview-rowlist' },
    InfoLabel({ id: labelId, required: true, info: help, children: label }),
    grid,
    link,
  );
}

/** A div grid (`fui-Table` rendered as divs): header cells, then one row per item. */
export function Grid({ hidden, headers, rows }) {
  return h(
    'div',
    { className: 'fui-Table reactview-grid', role: 'grid', hidden },
    h(
      'div',
      { className: 'fui-TableHeader', role: 'rowgroup' },
      h(
        'div',
        { className: 'fui-TableRow', role: 'row' },
        headers.map((label, i) =>
          h('div', { className: 'fui-TableHeaderCell', role: 'columnheader', key: i }, label),
        ),
      ),
    ),
    h(
      'div',
      { className: 'fui-TableBody', role: 'rowgroup' },
      rows.map(({ key, cells }) =>
        h(
          'div',
          { className: 'fui-TableRow', role: 'row', key },
          cells.map(({ node }, i) =>
            h('div', { className: 'fui-TableCell', role: 'gridcell', key: i }, node),
          ),
        ),
      ),
    ),
  );
}
