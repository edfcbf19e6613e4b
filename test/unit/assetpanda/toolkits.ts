// Small stand-ins for the toolkits Asset Panda Pro's form may be drawn with
// (reference/assetpanda-cognito-entra.md 5.1), each with the markup and the listening its public
// documentation describes, and nothing more: a control set the wrong way (a property written
// behind the widget's back, an event it does not listen to) does not change what it shows.
//
// - DevExtreme RadioGroup: `div.dx-radiogroup[role=radiogroup]` holding `div.dx-radiobutton
//   [role=radio][aria-checked]` items; the checked one also has `dx-radiobutton-checked`. Selects on
//   a click on an item (DevExtreme's dxclick is raised from the native click).
// - DevExtreme SelectBox: `div.dx-selectbox` with a readonly `input.dx-texteditor-input[role=
//   combobox][aria-haspopup=listbox][aria-expanded][aria-owns]` showing the chosen text, and a
//   hidden input holding the value; opens on a click on the field; the list is a `div.dx-list
//   [role=listbox]` of `div.dx-list-item[role=option]` inside an overlay wrapper appended to the
//   END of `body`, removed again when closed (or on Escape in the field).
// - DevExtreme TextBox: `input.dx-texteditor-input`, value taken on `change` (valueChangeEvent).
// - DevExtreme FileUploader: `div.dx-fileuploader` with a "Select a file" `div.dx-fileuploader-button
//   [role=button]`, a drop zone "or Drop a file here" and a hidden `input.dx-fileuploader-input
//   [type=file]`; on `change` it lists the file as `div.dx-fileuploader-file` with `.dx-fileuploader-
//   file-name` and `.dx-fileuploader-file-size`.
// - Headless UI RadioGroup: `div[role=radiogroup][aria-labelledby]` of `div[role=radio]
//   [aria-checked][tabindex]`, selects on click. Headless UI Listbox: a `button[aria-haspopup=
//   listbox][aria-expanded]` showing the chosen option, opening on click a `ul[role=listbox]` of
//   `li[role=option][aria-selected]`, choosing on click.
// - MUI Select: opens on mousedown only (not on click), as in test/rehearsal/.../select.js.

export const ENABLE_TYPES = [
  ['all', 'Enable for all users'],
  ['domains', 'Enable for selected domains'],
  ['disabled', 'Disable for all users'],
] as const;

let ids = 0;
const nextId = (prefix: string) => `${prefix}-${(ids += 1)}`;

function el(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A DevExtreme form row: `div.dx-field` > `div.dx-field-label` + `div.dx-field-value`. */
export function dxField(label: string, widget: HTMLElement): HTMLElement {
  return el(
    'div',
    { class: 'dx-field' },
    el('div', { class: 'dx-field-label' }, label),
    el('div', { class: 'dx-field-value' }, widget),
  );
}

export function dxRadioGroup(): { root: HTMLElement; value: () => string | null } {
  let value: string | null = null;
  const items = ENABLE_TYPES.map(([key, text]) => {
    const item = el(
      'div',
      { class: 'dx-item dx-radiobutton', role: 'radio', 'aria-checked': 'false' },
      el('div', { class: 'dx-radio-value-container' }, el('div', { class: 'dx-radiobutton-icon' })),
      el('div', { class: 'dx-item-content' }, text),
    );
    item.addEventListener('click', () => {
      value = key;
      for (const other of items) {
        const on = other === item;
        other.setAttribute('aria-checked', String(on));
        other.classList.toggle('dx-radiobutton-checked', on);
        other.classList.toggle('dx-item-selected', on);
      }
    });
    return item;
  });
  const root = el(
    'div',
    { class: 'dx-widget dx-radiogroup dx-radiogroup-vertical', role: 'radiogroup', tabindex: '0' },
    el('div', { class: 'dx-collection' }, ...items),
  );
  return { root, value: () => value };
}

export function dxSelectBox(): { root: HTMLElement; value: () => string } {
  const listId = nextId('dx-list');
  const hidden = el('input', { type: 'hidden', name: 'enableType', value: '' }) as HTMLInputElement;
  const input = el('input', {
    class: 'dx-texteditor-input',
    type: 'text',
    readonly: '',
    autocomplete: 'off',
    role: 'combobox',
    'aria-haspopup': 'listbox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
  }) as HTMLInputElement;
  let overlay: HTMLElement | null = null;
  const close = () => {
    overlay?.remove();
    overlay = null;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-owns');
  };
  const open = () => {
    const options = ENABLE_TYPES.map(([key, text]) => {
      const option = el(
        'div',
        {
          class: 'dx-item dx-list-item',
          role: 'option',
          'aria-selected': String(hidden.value === key),
        },
        el('div', { class: 'dx-item-content dx-list-item-content' }, text),
      );
      option.addEventListener('click', () => {
        hidden.value = key;
        input.value = text; // the widget writes its display text itself
        close();
      });
      return option;
    });
    overlay = el(
      'div',
      {
        class:
          'dx-overlay-wrapper dx-dropdowneditor-overlay dx-popup-wrapper dx-selectbox-popup-wrapper',
      },
      el(
        'div',
        { class: 'dx-overlay-content dx-popup-normal' },
        el(
          'div',
          { class: 'dx-popup-content' },
          el('div', { class: 'dx-list dx-widget', role: 'listbox', id: listId }, ...options),
        ),
      ),
    );
    document.body.append(overlay); // the end of body, not inside the form
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-owns', listId);
  };
  input.addEventListener('click', () => (overlay ? close() : open()));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  // Typing into the readonly field does nothing; only the list chooses.
  const root = el(
    'div',
    { class: 'dx-selectbox dx-textbox dx-texteditor dx-dropdowneditor dx-widget' },
    el(
      'div',
      { class: 'dx-dropdowneditor-input-wrapper dx-selectbox-container' },
      el('div', { class: 'dx-texteditor-container' }, input),
    ),
    hidden,
  );
  return { root, value: () => hidden.value };
}

export function dxTextBox(): { root: HTMLElement; value: () => string } {
  let value = '';
  const input = el('input', {
    class: 'dx-texteditor-input',
    type: 'text',
    autocomplete: 'off',
  }) as HTMLInputElement;
  input.addEventListener('change', () => (value = input.value));
  const root = el(
    'div',
    { class: 'dx-textbox dx-texteditor dx-widget' },
    el('div', { class: 'dx-texteditor-container' }, input),
  );
  return { root, value: () => value };
}

export function dxFileUploader(): { root: HTMLElement; input: HTMLInputElement } {
  const input = el('input', {
    type: 'file',
    class: 'dx-fileuploader-input',
    tabindex: '-1',
    accept: '.xml',
  }) as HTMLInputElement;
  input.style.display = 'none';
  const files = el('div', { class: 'dx-fileuploader-files-container' });
  input.addEventListener('change', () => {
    files.replaceChildren(
      ...Array.from(input.files ?? [], (file) =>
        el(
          'div',
          { class: 'dx-fileuploader-file-container' },
          el(
            'div',
            { class: 'dx-fileuploader-file' },
            el(
              'div',
              { class: 'dx-fileuploader-file-info' },
              el('div', { class: 'dx-fileuploader-file-name' }, file.name),
              el('div', { class: 'dx-fileuploader-file-size' }, `${file.size} bytes`),
            ),
          ),
        ),
      ),
    );
  });
  const button = el(
    'div',
    { class: 'dx-fileuploader-button dx-button', role: 'button', 'aria-label': 'Select a file' },
    el(
      'div',
      { class: 'dx-button-content' },
      el('span', { class: 'dx-button-text' }, 'Select a file'),
    ),
  );
  button.addEventListener('click', () => input.click());
  const root = el(
    'div',
    { class: 'dx-fileuploader dx-widget' },
    el(
      'div',
      { class: 'dx-fileuploader-wrapper' },
      el(
        'div',
        { class: 'dx-fileuploader-container' },
        el(
          'div',
          { class: 'dx-fileuploader-input-wrapper' },
          button,
          el(
            'div',
            { class: 'dx-fileuploader-input-container' },
            el('div', { class: 'dx-fileuploader-input-label' }, 'or Drop a file here'),
            input,
          ),
        ),
        files,
      ),
    ),
  );
  return { root, input };
}

export function headlessRadioGroup(label: string): {
  root: HTMLElement;
  value: () => string | null;
} {
  let value: string | null = null;
  const labelId = nextId('headlessui-label');
  const radios = ENABLE_TYPES.map(([key, text]) => {
    const radio = el(
      'div',
      { role: 'radio', 'aria-checked': 'false', tabindex: '-1', 'data-headlessui-state': '' },
      el('span', { class: 'font-medium' }, text),
    );
    radio.addEventListener('click', () => {
      value = key;
      for (const other of radios) {
        other.setAttribute('aria-checked', String(other === radio));
        other.setAttribute('data-headlessui-state', other === radio ? 'checked' : '');
      }
    });
    return radio;
  });
  const root = el(
    'div',
    {},
    el('label', { id: labelId, class: 'text-sm font-medium' }, label),
    el('div', { role: 'radiogroup', 'aria-labelledby': labelId }, ...radios),
  );
  return { root, value: () => value };
}

export function headlessListbox(label: string): { root: HTMLElement; value: () => string | null } {
  let value: string | null = null;
  const labelId = nextId('headlessui-label');
  const optionsId = nextId('headlessui-listbox-options');
  const buttonText = el('span', { class: 'block truncate' }, 'Choose…');
  const button = el(
    'button',
    {
      type: 'button',
      'aria-haspopup': 'listbox',
      'aria-expanded': 'false',
      'aria-labelledby': labelId,
    },
    buttonText,
  );
  let list: HTMLElement | null = null;
  const close = () => {
    list?.remove();
    list = null;
    button.setAttribute('aria-expanded', 'false');
    button.removeAttribute('aria-controls');
  };
  button.addEventListener('click', () => {
    if (list) return close();
    list = el(
      'ul',
      { role: 'listbox', id: optionsId, 'aria-labelledby': labelId, tabindex: '0' },
      ...ENABLE_TYPES.map(([key, text]) => {
        const option = el('li', { role: 'option', 'aria-selected': String(value === key) }, text);
        option.addEventListener('click', () => {
          value = key;
          buttonText.textContent = text;
          close();
        });
        return option;
      }),
    );
    button.after(list);
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-controls', optionsId);
  });
  const root = el('div', {}, el('label', { id: labelId }, label), el('div', {}, button));
  return { root, value: () => value };
}

export function muiSelect(label: string): { root: HTMLElement; value: () => string } {
  const id = nextId('mui');
  const listId = nextId('mui-list');
  const native = el('input', {
    'aria-hidden': 'true',
    tabindex: '-1',
    value: '',
  }) as HTMLInputElement;
  const display = el('div', {
    id,
    role: 'combobox',
    tabindex: '0',
    'aria-haspopup': 'listbox',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-labelledby': `${id}-label ${id}`,
  });
  let popover: HTMLElement | null = null;
  display.addEventListener('mousedown', (event) => {
    if ((event as MouseEvent).button !== 0 || popover) return;
    popover = el(
      'div',
      { role: 'presentation', class: 'MuiPopover-root' },
      el(
        'ul',
        { role: 'listbox', id: listId, 'aria-labelledby': `${id}-label` },
        ...ENABLE_TYPES.map(([key, text]) => {
          const option = el('li', { role: 'option', 'data-value': key }, text);
          option.addEventListener('click', () => {
            native.value = key;
            display.textContent = text;
            popover?.remove();
            popover = null;
            display.setAttribute('aria-expanded', 'false');
          });
          return option;
        }),
      ),
    );
    document.body.append(popover);
    display.setAttribute('aria-expanded', 'true');
  });
  const root = el(
    'div',
    { class: 'MuiFormControl-root' },
    el('label', { id: `${id}-label`, for: id }, label),
    el('div', { class: 'MuiInputBase-root' }, display, native),
  );
  return { root, value: () => native.value };
}

/** Plain HTML: a fieldset of native radios named by its legend. */
export function nativeRadios(label: string): { root: HTMLElement; value: () => string | null } {
  const name = nextId('enable');
  const inputs: HTMLInputElement[] = [];
  const root = el(
    'fieldset',
    {},
    el('legend', {}, label),
    ...ENABLE_TYPES.map(([key, text]) => {
      const input = el('input', { type: 'radio', name, value: key }) as HTMLInputElement;
      inputs.push(input);
      return el('label', {}, input, ` ${text}`);
    }),
  );
  return { root, value: () => inputs.find((input) => input.checked)?.value ?? null };
}

/** Plain HTML: a labelled native select whose value is read on `change`, as React's onChange. */
export function nativeSelect(label: string): { root: HTMLElement; value: () => string } {
  const id = nextId('select');
  let value = '';
  const select = el(
    'select',
    { id },
    el('option', { value: '' }, 'Select…'),
    ...ENABLE_TYPES.map(([key, text]) => el('option', { value: key }, text)),
  ) as HTMLSelectElement;
  select.addEventListener('change', () => (value = select.value));
  return { root: el('div', {}, el('label', { for: id }, label), select), value: () => value };
}
