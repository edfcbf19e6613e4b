// Knockout drop-down (reference §4.1 and §7: portal drop-downs open and select on `mouseup`, not
// `click`). `div.azc-dropDown[role=combobox]` shows the selected value; the list is
// `div.azc-dropDown-popup[role=listbox]` with `div.azc-dropDown-item[role=option]`. Keyboard: Enter,
// Space or Alt+ArrowDown opens; arrows move; Enter selects; Escape closes.

import { h, clear, generatedId } from '../dom.js';
import { icon } from '../icons.js';
import { effect } from '../ko.js';
import { dialectB } from '../env.js';

// Dialect B: the options are `div[role=treeitem]` in a `role=tree` list, as public Playwright code
// finds them (reference §12, `div[role="treeitem"]:has-text("…")`).
const POPUP_ROLE = dialectB ? 'tree' : 'listbox';
const OPTION_ROLE = dialectB ? 'treeitem' : 'option';

export function dropDown({ options, value, labelledBy, placeholder = '' }) {
  const selectedText = h('div', { class: 'azc-dropDown-selected-value' });
  const popup = h('div', { class: 'azc-dropDown-popup', role: POPUP_ROLE, hidden: true });
  const combo = h(
    'div',
    {
      class: 'fxc-base azc-control azc-dropDown fxc-dropdown',
      role: 'combobox',
      tabindex: '0',
      'aria-haspopup': POPUP_ROLE,
      'aria-expanded': 'false',
      'aria-labelledby': labelledBy,
    },
    selectedText,
    h('span', { class: 'azc-dropDown-caret' }, icon('chevronDown')),
  );
  let active = -1;
  let items = [];

  const isOpen = () => !popup.hidden;
  const close = () => {
    popup.hidden = true;
    combo.setAttribute('aria-expanded', 'false');
    combo.removeAttribute('aria-activedescendant');
  };
  const highlight = (index) => {
    active = Math.max(0, Math.min(items.length - 1, index));
    items.forEach((item, i) => item.classList.toggle('azc-dropDown-item-active', i === active));
    combo.setAttribute('aria-activedescendant', items[active].id);
    items[active].scrollIntoView({ block: 'nearest' });
  };
  const choose = (option) => {
    value(option.value);
    close();
    combo.focus();
  };
  const open = () => {
    clear(popup);
    items = options.map((option) => {
      const item = h(
        'div',
        {
          class: 'azc-dropDown-item',
          role: OPTION_ROLE,
          id: generatedId(),
          'aria-selected': String(option.value === value.peek()),
          'data-value': option.value,
          on: { mouseup: () => choose(option) },
        },
        option.label,
      );
      return item;
    });
    popup.append(...items);
    popup.hidden = false;
    combo.setAttribute('aria-expanded', 'true');
    highlight(
      Math.max(
        0,
        options.findIndex((o) => o.value === value.peek()),
      ),
    );
  };

  combo.addEventListener('mouseup', (event) => {
    if (popup.contains(event.target)) return;
    if (isOpen()) close();
    else open();
  });
  combo.addEventListener('keydown', (event) => {
    if (!isOpen()) {
      if (
        event.key === 'Enter' ||
        event.key === ' ' ||
        (event.altKey && event.key === 'ArrowDown') ||
        event.key === 'ArrowDown'
      ) {
        event.preventDefault();
        open();
      }
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.stopPropagation();
      close();
    }
  });
  document.addEventListener('mousedown', (event) => {
    if (isOpen() && !wrapper.contains(event.target)) close();
  });
  effect(() => {
    const option = options.find((o) => o.value === value());
    selectedText.textContent = option ? option.label : placeholder;
    selectedText.classList.toggle('azc-dropDown-placeholder', !option);
  });
  const wrapper = h('div', { class: 'azc-dropDown-container' }, combo, popup);
  wrapper.combo = combo;
  return wrapper;
}
