// DevExtreme-like widgets (reference assetpanda-cognito-entra.md §5.1: a radio group is
// `div.dx-radiogroup` of `div.dx-radiobutton` items with `dx-radiobutton-checked` / `aria-checked`; a
// select box is `dx-selectbox`, an input with `role=combobox` whose options live in an overlay at the
// end of `body`; a text box is `input.dx-texteditor-input`; a file uploader is `dx-fileuploader` with
// a hidden `input.dx-fileuploader-input[type=file]` behind a "Select a file" button and a drop zone;
// a popup's title is in `.dx-popup-title`). The rest of the class names are DevExtreme's own.
//
// DevExtreme's event model, as the real widgets have it: each widget keeps its value in its own
// options and listens to its own events. A text box takes its value on the input's `change` event
// (its default `valueChangeEvent`), not on `input`; a radio group or select box changes only on a
// click on an item or on its keyboard handling, so writing `aria-checked`, a hidden input or the
// input's `value` changes nothing; a file uploader takes files from its input's `change` or a drop.
// Whenever a widget's value changes it renders it again, so the DOM always shows the model.

import { h } from '../../lib/dom.js';

let guid = 0;
/** DevExtreme's generated ids look like `dx-<guid>`; never semantic, new on every load. */
export const dxId = () => {
  guid += 1;
  return `dx-${(0x1a2b3c + guid * 7919).toString(16)}-${guid.toString(16).padStart(4, '0')}`;
};

/** A tiny observable value: `model.value`, `model.set(v)`, `model.watch(fn)`. */
export function model(value) {
  const watchers = [];
  return {
    value,
    set(next) {
      if (next === this.value) return;
      this.value = next;
      for (const fn of watchers) fn(next);
    },
    watch(fn) {
      watchers.push(fn);
      fn(this.value);
    },
  };
}

/** dxButton: `div.dx-button[role=button]`, acts on click (dxclick) and on Enter / Space. */
export function dxButton({
  text = '',
  icon = '',
  ariaLabel = '',
  onClick,
  type = 'normal',
  extra = '',
}) {
  const el = h(
    'div',
    {
      class:
        `dx-widget dx-button dx-button-mode-contained dx-button-${type}${text ? ' dx-button-has-text' : ''}${icon ? ' dx-button-has-icon' : ''} ${extra}`.trim(),
      role: 'button',
      tabindex: '0',
      'aria-label': ariaLabel || text || icon,
    },
    h(
      'div',
      { class: 'dx-button-content' },
      icon ? h('i', { class: `dx-icon dx-icon-${icon}` }) : null,
      text ? h('span', { class: 'dx-button-text' }, text) : null,
    ),
  );
  el.addEventListener('click', (event) => {
    if (el.getAttribute('aria-disabled') === 'true') return;
    onClick?.(event);
  });
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    el.click();
  });
  return el;
}

export function setDisabled(el, disabled) {
  el.classList.toggle('dx-state-disabled', disabled);
  el.setAttribute('aria-disabled', String(disabled));
}

/** dxTextBox: the value follows the input only on `change` (valueChangeEvent), then re-renders. */
export function dxTextBox({ value, name, id }) {
  const input = h('input', {
    class: 'dx-texteditor-input',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    name,
    id,
  });
  input.addEventListener('change', () => value.set(input.value));
  value.watch((v) => {
    input.value = v;
  });
  const el = h(
    'div',
    { class: 'dx-textbox dx-texteditor dx-editor-outlined dx-widget' },
    h(
      'div',
      { class: 'dx-texteditor-container' },
      h('div', { class: 'dx-texteditor-input-container' }, input),
    ),
  );
  el.input = input;
  return el;
}

/**
 * dxRadioGroup: `div.dx-radiogroup[role=radiogroup][tabindex=0]` of `div.dx-radiobutton[role=radio]
 * [aria-checked]`; a hidden input carries the value for a form submit. A click on an item selects it;
 * with the group focused, arrow keys move the selection and Space / Enter select the focused item.
 */
export function dxRadioGroup({ items, value, name, labelledBy }) {
  const hidden = h('input', { type: 'hidden', name });
  let focused = -1;
  const buttons = items.map((item, i) =>
    h(
      'div',
      {
        class: 'dx-item dx-radiobutton dx-item-selected-none',
        role: 'radio',
        'aria-checked': 'false',
        onClick: () => {
          focus(i);
          value.set(item.value);
        },
      },
      h(
        'div',
        { class: 'dx-radio-value-container' },
        h('div', { class: 'dx-radiobutton-icon' }, h('div', { class: 'dx-radiobutton-icon-dot' })),
      ),
      h('div', { class: 'dx-item-content' }, item.text),
    ),
  );
  const el = h(
    'div',
    {
      class: 'dx-radiogroup dx-radiogroup-vertical dx-widget dx-collection',
      role: 'radiogroup',
      tabindex: '0',
      'aria-labelledby': labelledBy,
    },
    hidden,
    h('div', { class: 'dx-radiogroup-wrapper' }, buttons),
  );
  function focus(i) {
    buttons.forEach((b, j) => {
      b.classList.toggle('dx-state-focused', j === i);
      if (j === i) b.id = b.id || dxId();
    });
    focused = i;
    el.setAttribute('aria-activedescendant', buttons[i].id);
  }
  el.addEventListener('keydown', (event) => {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (step) {
      event.preventDefault();
      const at = Math.max(
        0,
        items.findIndex((item) => item.value === value.value),
      );
      const next = (at + step + items.length) % items.length;
      focus(next);
      value.set(items[next].value);
    } else if ((event.key === ' ' || event.key === 'Enter') && focused >= 0) {
      event.preventDefault();
      value.set(items[focused].value);
    }
  });
  value.watch((v) => {
    hidden.value = v ?? '';
    buttons.forEach((b, i) => {
      const on = items[i].value === v;
      b.setAttribute('aria-checked', String(on));
      b.classList.toggle('dx-radiobutton-checked', on);
      b.classList.toggle('dx-item-selected', on);
    });
  });
  return el;
}

/**
 * dxSelectBox: a read-only `input.dx-texteditor-input[role=combobox]` and a hidden input; the list is
 * an overlay (`div.dx-overlay-wrapper … div.dx-list[role=listbox] … div.dx-list-item[role=option]`)
 * appended to the end of `body` on first open. A click on the field or its drop-down button, or
 * Alt+ArrowDown / F4, opens it; a click on an item, or Enter on the focused one, selects and closes;
 * Escape or Tab closes.
 */
export function dxSelectBox({ items, value, name, id, labelledBy, placeholder = 'Select...' }) {
  const listId = dxId();
  const input = h('input', {
    class: 'dx-texteditor-input',
    type: 'text',
    readonly: true,
    role: 'combobox',
    id,
    autocomplete: 'off',
    'aria-haspopup': 'listbox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-labelledby': labelledBy,
    placeholder,
  });
  const hidden = h('input', { type: 'hidden', name });
  const button = h(
    'div',
    { class: 'dx-widget dx-button-mode-contained dx-button-normal dx-dropdowneditor-button' },
    h('div', { class: 'dx-button-content' }, h('div', { class: 'dx-dropdowneditor-icon' })),
  );
  const el = h(
    'div',
    {
      class: 'dx-selectbox dx-dropdowneditor dx-textbox dx-texteditor dx-editor-outlined dx-widget',
    },
    h(
      'div',
      { class: 'dx-dropdowneditor-input-wrapper dx-selectbox-container' },
      h(
        'div',
        { class: 'dx-texteditor-container' },
        h('div', { class: 'dx-texteditor-input-container' }, input, hidden),
        h('div', { class: 'dx-texteditor-buttons-container' }, button),
      ),
    ),
  );
  let overlay = null;
  let options = [];
  let active = -1;
  const isOpen = () => Boolean(overlay) && !overlay.classList.contains('dx-state-invisible');
  function ensureOverlay() {
    if (overlay) return;
    options = items.map((item, i) =>
      h(
        'div',
        {
          class: 'dx-item dx-list-item',
          role: 'option',
          id: `${listId}-${i}`,
          'aria-selected': 'false',
          onClick: () => choose(i),
        },
        h('div', { class: 'dx-item-content dx-list-item-content' }, item.text),
      ),
    );
    overlay = h(
      'div',
      {
        class:
          'dx-overlay-wrapper dx-dropdowneditor-overlay dx-popup-wrapper dx-selectbox-popup-wrapper',
      },
      h(
        'div',
        { class: 'dx-overlay-content dx-popup-normal' },
        h(
          'div',
          { class: 'dx-popup-content' },
          h(
            'div',
            {
              class: 'dx-list dx-widget dx-collection',
              role: 'listbox',
              id: listId,
              tabindex: '-1',
            },
            h(
              'div',
              { class: 'dx-scrollable-wrapper' },
              h(
                'div',
                { class: 'dx-scrollable-container' },
                h('div', { class: 'dx-scrollview-content' }, options),
              ),
            ),
          ),
        ),
      ),
    );
    document.body.append(overlay);
    const rect = el.getBoundingClientRect();
    Object.assign(overlay.firstChild.style, {
      left: `${rect.left}px`,
      top: `${rect.bottom}px`,
      width: `${rect.width}px`,
    });
  }
  function highlight(i) {
    active = (i + options.length) % options.length;
    options.forEach((o, j) => o.classList.toggle('dx-state-focused', j === active));
    input.setAttribute('aria-activedescendant', options[active].id);
  }
  function open() {
    ensureOverlay();
    overlay.classList.remove('dx-state-invisible');
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-owns', listId);
    el.classList.add('dx-dropdowneditor-active');
    highlight(
      Math.max(
        0,
        items.findIndex((item) => item.value === value.value),
      ),
    );
  }
  function close() {
    if (!overlay) return;
    overlay.classList.add('dx-state-invisible');
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    el.classList.remove('dx-dropdowneditor-active');
  }
  function choose(i) {
    value.set(items[i].value);
    close();
    input.focus();
  }
  el.addEventListener('click', () => (isOpen() ? close() : open()));
  input.addEventListener('keydown', (event) => {
    if (!isOpen()) {
      if ((event.altKey && event.key === 'ArrowDown') || event.key === 'F4') {
        event.preventDefault();
        open();
      }
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' || event.key === 'Tab') close();
  });
  document.addEventListener('mousedown', (event) => {
    if (isOpen() && !el.contains(event.target) && !overlay.contains(event.target)) close();
  });
  value.watch((v) => {
    const item = items.find((x) => x.value === v);
    input.value = item ? item.text : '';
    hidden.value = v ?? '';
    options.forEach((o, i) => o.setAttribute('aria-selected', String(items[i].value === v)));
  });
  el.dispose = () => overlay?.remove();
  return el;
}

/**
 * dxFileUploader (`uploadMode: 'useForm'`): a "Select a file" button in front of a hidden
 * `input.dx-fileuploader-input[type=file]`, a drop zone saying "or Drop a file here", and after a
 * choice a file item (`div.dx-fileuploader-file-name`) with its size and a cancel button.
 */
export function dxFileUploader({ value, name, id, labelledBy, words }) {
  const input = h('input', {
    class: 'dx-fileuploader-input',
    type: 'file',
    name,
    id,
    tabindex: '-1',
    accept: '.xml',
    'aria-labelledby': labelledBy,
  });
  const select = dxButton({
    text: words.selectFile,
    extra: 'dx-fileuploader-button',
    onClick: () => input.click(),
  });
  const dropZone = h(
    'div',
    { class: 'dx-fileuploader-input-container' },
    h('div', { class: 'dx-fileuploader-input-label' }, words.dropHere),
    input,
  );
  const files = h('div', { class: 'dx-fileuploader-files-container' });
  const el = h(
    'div',
    { class: 'dx-fileuploader dx-widget dx-fileuploader-empty' },
    h(
      'div',
      { class: 'dx-fileuploader-wrapper' },
      h(
        'div',
        { class: 'dx-fileuploader-container' },
        h('div', { class: 'dx-fileuploader-input-wrapper' }, select, dropZone),
        files,
      ),
    ),
  );
  input.addEventListener('change', () => value.set(input.files[0] ?? null));
  dropZone.addEventListener('dragenter', (event) => {
    event.preventDefault();
    el.classList.add('dx-fileuploader-dragover');
  });
  dropZone.addEventListener('dragover', (event) => event.preventDefault());
  dropZone.addEventListener('dragleave', () => el.classList.remove('dx-fileuploader-dragover'));
  dropZone.addEventListener('drop', (event) => {
    event.preventDefault();
    el.classList.remove('dx-fileuploader-dragover');
    const file = event.dataTransfer?.files?.[0];
    if (file) value.set(file);
  });
  value.watch((file) => {
    el.classList.toggle('dx-fileuploader-empty', !file);
    files.replaceChildren(
      file
        ? h(
            'div',
            { class: 'dx-fileuploader-file-container' },
            dxButton({
              icon: 'close',
              ariaLabel: words.remove,
              extra: 'dx-fileuploader-cancel-button',
              onClick: () => {
                input.value = '';
                value.set(null);
              },
            }),
            h(
              'div',
              { class: 'dx-fileuploader-file' },
              h(
                'div',
                { class: 'dx-fileuploader-file-info' },
                h('div', { class: 'dx-fileuploader-file-name' }, file.name),
                h(
                  'div',
                  { class: 'dx-fileuploader-file-size' },
                  `${Math.ceil(file.size / 1024)} kb`,
                ),
              ),
            ),
          )
        : null,
    );
  });
  return el;
}
