// Fluent UI (v8) look-alike components for the rehearsal ReactViews (reference §3.2: `ms-CommandBar`,
// `ms-OverflowSet`, `ms-Button`; text fields `div.ms-TextField … input.ms-TextField-field`, inferred).
// Each returns virtual nodes for react-lite.js; inputs are controlled (`value` + `onChange`).

import { h } from './react-lite.js';

export const ROOT_CLASS = 'ms-Fabric reactview-root';
/** A click outside this closes an open drop-down. */
export const DROPDOWN_ROOT = '.ms-Dropdown-container';
export const DROPDOWN_POPUP = '.ms-Callout';

/** Fluent's icon font is replaced by CSS masks keyed on `data-icon-name` (styles/fluent.css). */
export function Icon(name, className = 'ms-Button-icon') {
  return h('i', {
    className: `ms-Icon ${className}`,
    'data-icon-name': name,
    'aria-hidden': 'true',
  });
}

/** CommandBar: `div.ms-CommandBar > div.ms-OverflowSet.ms-CommandBar-primaryCommand > div.ms-OverflowSet-item > button.ms-Button--commandBar`. */
export function CommandBar({ items }) {
  return h(
    'div',
    { className: 'ms-FocusZone ms-CommandBar', role: 'menubar', 'aria-label': 'Command bar' },
    h(
      'div',
      { className: 'ms-OverflowSet ms-CommandBar-primaryCommand', role: 'presentation' },
      items.map((item) =>
        h(
          'div',
          { className: 'ms-OverflowSet-item', key: item.key, role: 'none' },
          h(
            'button',
            {
              type: 'button',
              className: `ms-Button ms-Button--commandBar ms-CommandBarItem-link${item.disabled ? ' is-disabled' : ''}`,
              role: 'menuitem',
              name: item.text,
              'aria-disabled': item.disabled ? 'true' : null,
              disabled: Boolean(item.disabled),
              'data-automation-id': item.key,
              onClick: item.disabled ? null : item.onClick,
            },
            h(
              'span',
              { className: 'ms-Button-flexContainer' },
              Icon(item.icon),
              h(
                'span',
                { className: 'ms-Button-textContainer' },
                h('span', { className: 'ms-Button-label' }, item.text),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function Label({ id, htmlFor, required, children }) {
  return h(
    'label',
    { className: `ms-Label${required ? ' is-required' : ''}`, id, htmlFor },
    children,
  );
}

/** TextField: `div.ms-TextField > div.ms-TextField-wrapper > … input.ms-TextField-field`, error below. */
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
  className = '',
}) {
  const errorId = `${id}-error`;
  return h(
    'div',
    {
      className:
        `ms-TextField${required ? ' is-required' : ''}${errorMessage ? ' ms-TextField--invalid' : ''} ${className}`.trim(),
    },
    h(
      'div',
      { className: 'ms-TextField-wrapper' },
      label ? Label({ id: `${id}-label`, htmlFor: id, required, children: label }) : null,
      h(
        'div',
        { className: `ms-TextField-fieldGroup${errorMessage ? ' is-invalid' : ''}` },
        h('input', {
          id,
          type: 'text',
          className: 'ms-TextField-field',
          value,
          onChange,
          placeholder,
          autoComplete: 'off',
          'aria-label': ariaLabel,
          'aria-labelledby': ariaLabelledBy,
          'aria-invalid': errorMessage ? 'true' : 'false',
          'aria-describedby': errorMessage ? errorId : null,
        }),
      ),
    ),
    errorMessage
      ? h(
          'div',
          { role: 'alert', id: errorId },
          h(
            'p',
            { className: 'ms-TextField-errorMessage' },
            h('span', { 'data-automation-id': 'error-message' }, errorMessage),
          ),
        )
      : null,
  );
}

/** Checkbox: `div.ms-Checkbox > input.ms-Checkbox-input[type=checkbox] + label.ms-Checkbox-label`. */
export function Checkbox({ id, label, checked, onChange, ariaLabel }) {
  return h(
    'div',
    { className: `ms-Checkbox${checked ? ' is-checked' : ''}` },
    h('input', {
      id,
      type: 'checkbox',
      className: 'ms-Checkbox-input',
      checked,
      onChange,
      'aria-label': ariaLabel,
    }),
    h(
      'label',
      { className: 'ms-Checkbox-label', htmlFor: id },
      h(
        'div',
        { className: 'ms-Checkbox-checkbox' },
        h('i', { className: 'ms-Checkbox-checkmark', 'aria-hidden': 'true' }, '\u2713'),
      ),
      label ? h('span', { className: 'ms-Checkbox-text' }, label) : null,
    ),
  );
}

export function Link({ onClick, children }) {
  return h('button', { type: 'button', className: 'ms-Link', onClick }, children);
}

export function IconButton({ icon, ariaLabel, onClick }) {
  return h(
    'button',
    {
      type: 'button',
      className: 'ms-Button ms-Button--icon',
      'aria-label': ariaLabel,
      title: ariaLabel,
      onClick,
    },
    h('span', { className: 'ms-Button-flexContainer' }, Icon(icon)),
  );
}

/** ChoiceGroup: `div.ms-ChoiceFieldGroup[role=radiogroup]` of `input.ms-ChoiceField-input[type=radio]`. */
export function ChoiceGroup({ id, label, options, selectedKey, onChange }) {
  return h(
    'div',
    { className: 'ms-ChoiceFieldGroup', role: 'radiogroup', 'aria-labelledby': `${id}-label` },
    Label({ id: `${id}-label`, children: label }),
    h(
      'div',
      { className: 'ms-ChoiceFieldGroup-flexContainer' },
      options.map((option) =>
        h(
          'div',
          { className: 'ms-ChoiceField', key: option.key },
          h(
            'div',
            { className: 'ms-ChoiceField-wrapper' },
            h('input', {
              id: `${id}-${option.key}`,
              type: 'radio',
              className: 'ms-ChoiceField-input',
              name: id,
              value: option.key,
              checked: option.key === selectedKey,
              onChange: () => onChange(option.key),
            }),
            h(
              'label',
              {
                className: `ms-ChoiceField-field${option.key === selectedKey ? ' is-checked' : ''}`,
                htmlFor: `${id}-${option.key}`,
              },
              h('span', { className: 'ms-ChoiceFieldLabel' }, option.text),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * Dropdown: `div.ms-Dropdown[role=combobox]` opening on click a `div.ms-Callout` with
 * `button.ms-Dropdown-item[role=option]` (Fluent's Dropdown acts on click, unlike Knockout's).
 * `open`, `active` and the handlers are owned by the view's state.
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
  const selected = options.find((o) => o.key === selectedKey);
  return h(
    'div',
    { className: 'ms-Dropdown-container' },
    Label({ id: `${id}-label`, required: true, children: label }),
    h(
      'div',
      {
        id,
        className: `ms-Dropdown${open ? ' is-open' : ''}${errorMessage ? ' is-invalid' : ''}`,
        role: 'combobox',
        tabIndex: 0,
        'aria-expanded': open ? 'true' : 'false',
        'aria-haspopup': 'listbox',
        'aria-labelledby': `${id}-label ${id}-option`,
        'aria-activedescendant': open && active >= 0 ? `${id}-list${active}` : null,
        onClick: onToggle,
        onKeyDown,
      },
      h(
        'span',
        {
          id: `${id}-option`,
          className: `ms-Dropdown-title${selected ? '' : ' ms-Dropdown-titleIsPlaceHolder'}`,
        },
        selected ? selected.text : placeholder,
      ),
      h(
        'span',
        { className: 'ms-Dropdown-caretDownWrapper' },
        h('i', { className: 'ms-Dropdown-caretDown', 'aria-hidden': 'true' }, '\u2304'),
      ),
    ),
    open
      ? h(
          'div',
          { className: 'ms-Layer' },
          h(
            'div',
            { className: 'ms-Callout ms-Dropdown-callout' },
            h(
              'div',
              { className: 'ms-Dropdown-items', role: 'listbox', id: `${id}-list` },
              options.map((option, i) =>
                h(
                  'button',
                  {
                    key: option.key,
                    id: `${id}-list${i}`,
                    type: 'button',
                    className: `ms-Dropdown-item${option.key === selectedKey ? ' is-selected' : ''}${i === active ? ' is-active' : ''}`,
                    role: 'option',
                    tabIndex: -1,
                    'aria-selected': option.key === selectedKey ? 'true' : 'false',
                    title: option.text,
                    onClick: () => onSelect(option.key),
                  },
                  h('span', { className: 'ms-Dropdown-optionText' }, option.text),
                ),
              ),
            ),
          ),
        )
      : null,
    errorMessage
      ? h(
          'div',
          { role: 'alert' },
          h(
            'p',
            { className: 'ms-TextField-errorMessage' },
            h('span', { 'data-automation-id': 'error-message' }, errorMessage),
          ),
        )
      : null,
  );
}

/** A list of rows under one label (the Basic SAML Identifier / Reply URL lists), help text below. */
export function RowList({ labelId, label, help, grid, link }) {
  return h(
    'section',
    { className: 'reactview-section', 'aria-labelledby': labelId },
    Label({ id: labelId, required: true, children: label }),
    h('p', { className: 'reactview-help' }, help),
    grid,
    link,
  );
}

/** An editable grid as a table; each cell is `{ node, className? }`. */
export function Grid({ hidden, headers, rows }) {
  return h(
    'table',
    { className: 'reactview-grid', role: 'grid', hidden },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((label) => h('th', {}, label || null)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map(({ key, cells }) =>
        h(
          'tr',
          { key },
          cells.map(({ node, className }) => h('td', className ? { className } : {}, node)),
        ),
      ),
    ),
  );
}
