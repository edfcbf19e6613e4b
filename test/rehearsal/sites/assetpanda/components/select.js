// MUI Select (TextField select, outlined), as MUI v5 renders and behaves:
//   div.MuiFormControl-root
//     label#id-label.MuiInputLabel-root[for=id]  "Enable Type *"
//     div.MuiInputBase-root.MuiOutlinedInput-root
//       div#id.MuiSelect-select[role=combobox][tabindex=0][aria-haspopup=listbox]
//          [aria-expanded][aria-controls=listbox id][aria-labelledby="id-label id"]   the chosen label
//       input.MuiSelect-nativeInput[name][aria-hidden=true][tabindex=-1][value]     the value
//       svg.MuiSelect-icon, fieldset.MuiOutlinedInput-notchedOutline
//     p.MuiFormHelperText-root
//   and, while open, a popover portal at the end of <body>:
//   div.MuiPopover-root.MuiMenu-root[role=presentation]
//     div.MuiBackdrop-root (invisible) + div.MuiPaper-root.MuiMenu-paper
//       ul.MuiList-root.MuiMenu-list[role=listbox][aria-labelledby=id-label]
//         li.MuiMenuItem-root[role=option][aria-selected][data-value][tabindex]
//
// Behaviour that matters to automation (real MUI): the list opens on `mousedown` (left button) or
// on Enter / Space / ArrowDown / ArrowUp on the combobox, NOT on a bare `click()`; an option is
// chosen by a click on it, or Enter / Space when it has focus; Escape and Tab close. The hidden
// native input is React-controlled and takes a new value (for autofill) when it is one of the
// options' values and arrives with a bubbling `input`/`change` event.
import { attr, h, toggleClass, useId } from '../lib/dom.js';
import { controlled } from '../lib/controlled.js';
import { icon } from '../lib/icons.js';
import { openModal } from './modal.js';

export function select({ label, name, required = false, options, onChange, onBlur }) {
  const id = useId();
  const labelId = `${id}-label`;
  const listboxId = useId();
  const helperId = `${id}-helper-text`;
  const labelEl = h(
    'label',
    { class: 'MuiFormLabel-root MuiInputLabel-root MuiInputLabel-outlined', for: id, id: labelId },
    label,
    required ? h('span', { 'aria-hidden': 'true', class: 'MuiFormLabel-asterisk' }, ' *') : null,
  );
  const display = h('div', {
    id,
    tabindex: '0',
    role: 'combobox',
    'aria-controls': listboxId,
    'aria-expanded': 'false',
    'aria-haspopup': 'listbox',
    'aria-labelledby': `${labelId} ${id}`,
    class: 'MuiSelect-select MuiSelect-outlined MuiInputBase-input MuiOutlinedInput-input',
  });
  const native = h('input', {
    name,
    required,
    'aria-invalid': 'false',
    'aria-hidden': 'true',
    tabindex: '-1',
    class: 'MuiSelect-nativeInput',
  });
  const base = h(
    'div',
    { class: 'MuiInputBase-root MuiOutlinedInput-root MuiInputBase-formControl' },
    display,
    native,
    icon('arrowDropDown', 'MuiSelect-icon'),
    h(
      'fieldset',
      { 'aria-hidden': 'true', class: 'MuiOutlinedInput-notchedOutline' },
      h('legend', {}, h('span', {}, label, required ? ' *' : '')),
    ),
  );
  const helper = h('p', { class: 'MuiFormHelperText-root', id: helperId });
  const root = h('div', { class: 'MuiFormControl-root MuiTextField-root' }, labelEl, base, helper);

  let props = { value: '', error: null, helperText: '' };
  let focused = false;
  let close = null;
  const sync = controlled(native, (value) => {
    if (options.some((option) => option.value === value)) onChange(value);
    else update();
  });

  function update(next = {}) {
    props = { ...props, ...next };
    const { value, error, helperText } = props;
    const chosen = options.find((option) => option.value === value);
    const open = close !== null;
    display.replaceChildren(
      chosen ? chosen.label : h('span', { class: 'notranslate' }, '\u200b'), // MUI's empty display
    );
    const shrink = focused || open || Boolean(chosen);
    const invalid = Boolean(error);
    for (const el of [labelEl, base, helper]) toggleClass(el, 'Mui-error', invalid);
    for (const el of [labelEl, base]) toggleClass(el, 'Mui-focused', focused || open);
    toggleClass(labelEl, 'MuiInputLabel-shrink', shrink);
    labelEl.dataset.shrink = String(shrink);
    toggleClass(base, 'MuiOutlinedInput-notched', shrink);
    display.setAttribute('aria-expanded', String(open));
    native.setAttribute('aria-invalid', String(invalid));
    const text = error || helperText;
    helper.textContent = text ?? '';
    helper.hidden = !text;
    attr(display, 'aria-describedby', text ? helperId : null);
    sync(value);
  }

  function choose(value) {
    closeMenu();
    if (value !== props.value) onChange(value);
  }

  function closeMenu() {
    close?.(); // focus goes back to the combobox
  }
  function closed() {
    close = null;
    update();
  }

  function openMenu() {
    if (close) return;
    const items = options.map((option) => {
      const selected = option.value === props.value;
      const item = h(
        'li',
        {
          class: ['MuiButtonBase-root MuiMenuItem-root', selected && 'Mui-selected'],
          tabindex: '-1',
          role: 'option',
          'aria-selected': String(selected),
          'data-value': option.value,
          onClick: () => choose(option.value),
        },
        option.label,
      );
      return item;
    });
    const focusItem =
      items.find((item) => item.getAttribute('aria-selected') === 'true') ?? items[0];
    focusItem.tabIndex = 0;
    const list = h(
      'ul',
      {
        class: 'MuiList-root MuiMenu-list',
        role: 'listbox',
        tabindex: '-1',
        'aria-labelledby': labelId,
        id: listboxId,
      },
      items,
    );
    const rect = base.getBoundingClientRect();
    const paper = h(
      'div',
      {
        class: 'MuiPaper-root MuiPaper-elevation8 MuiMenu-paper MuiPopover-paper',
        tabindex: '-1',
        style: `min-width:${rect.width}px;left:${rect.left}px;top:${rect.bottom + 4}px`,
      },
      list,
    );
    const backdrop = h('div', {
      class: 'MuiBackdrop-root MuiBackdrop-invisible',
      'aria-hidden': 'true',
      onClick: closeMenu,
    });
    const popover = h(
      'div',
      {
        role: 'presentation',
        class: 'MuiPopover-root MuiMenu-root MuiModal-root',
        id: `menu-${name}`,
      },
      backdrop,
      paper,
    );

    let spaceDown = false; // the Space that opened the list must not also choose
    let typed = '';
    let typedAt = 0;
    list.addEventListener('keydown', (event) => {
      const index = items.indexOf(document.activeElement);
      const move = (to) => {
        event.preventDefault();
        items.at(to % items.length).focus();
      };
      if (event.key === 'ArrowDown') move(index + 1);
      else if (event.key === 'ArrowUp') move(index - 1);
      else if (event.key === 'Home') move(0);
      else if (event.key === 'End') move(-1);
      else if (event.key === 'Enter' && index >= 0) {
        event.preventDefault();
        choose(options[index].value);
      } else if (event.key === ' ') {
        event.preventDefault(); // ButtonBase: Space acts on keyup
        spaceDown = true;
      } else if (event.key === 'Tab') {
        event.preventDefault();
        event.stopPropagation();
        closeMenu();
      } else if (event.key.length === 1) {
        typed = event.timeStamp - typedAt > 500 ? event.key : typed + event.key;
        typedAt = event.timeStamp;
        const match = items.findIndex((item) =>
          item.textContent.toLowerCase().startsWith(typed.toLowerCase()),
        );
        if (match >= 0) items[match].focus();
      }
    });
    list.addEventListener('keyup', (event) => {
      const index = items.indexOf(document.activeElement);
      if (event.key === ' ' && spaceDown && index >= 0) choose(options[index].value);
    });

    close = openModal(popover, {
      onEscape: closeMenu,
      focusTarget: () => focusItem,
      onClosed: closed,
    });
    update();
    focusItem.focus();
  }

  display.addEventListener('mousedown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault(); // MUI keeps focus where it goes itself
    display.focus();
    openMenu();
  });
  display.addEventListener('keydown', (event) => {
    if ([' ', 'ArrowUp', 'ArrowDown', 'Enter'].includes(event.key)) {
      event.preventDefault();
      openMenu();
    }
  });
  display.addEventListener('focus', () => {
    focused = true;
    update();
  });
  display.addEventListener('blur', () => {
    focused = false;
    update();
    if (!close) onBlur?.();
  });

  update();
  return { root, display, update };
}
