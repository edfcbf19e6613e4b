// MUI Menu anchored to a button: ul[role=menu] > li[role=menuitem] in a popover portal.
// Opens on click (or Enter/Space/ArrowDown on the button), arrows move, Escape/Tab close.
import { h, useId } from '../lib/dom.js';
import { openModal } from './modal.js';

export function attachMenu(anchor, buildItems, { header } = {}) {
  const menuId = useId();
  anchor.setAttribute('aria-haspopup', 'true');
  let close = null;

  function closeMenu() {
    close?.();
  }
  function closed() {
    close = null;
    anchor.removeAttribute('aria-controls');
    anchor.removeAttribute('aria-expanded');
  }

  function open() {
    if (close) return;
    const items = buildItems().map(({ label, icon: iconEl, onSelect }) =>
      h(
        'li',
        {
          class: 'MuiButtonBase-root MuiMenuItem-root',
          role: 'menuitem',
          tabindex: '-1',
          onClick: () => {
            closeMenu();
            onSelect();
          },
        },
        iconEl ? h('span', { class: 'MuiListItemIcon-root' }, iconEl) : null,
        label,
      ),
    );
    const list = h(
      'ul',
      { class: 'MuiList-root MuiMenu-list', role: 'menu', tabindex: '-1', id: menuId },
      items,
    );
    list.addEventListener('keydown', (event) => {
      const index = items.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        items.at((index + step) % items.length).focus();
      } else if ((event.key === 'Enter' || event.key === ' ') && index >= 0) {
        event.preventDefault();
        items[index].click();
      } else if (event.key === 'Tab') {
        event.preventDefault();
        event.stopPropagation();
        closeMenu();
      }
    });
    const rect = anchor.getBoundingClientRect();
    const paper = h(
      'div',
      {
        class: 'MuiPaper-root MuiPaper-elevation8 MuiMenu-paper MuiPopover-paper',
        tabindex: '-1',
        style: `top:${rect.bottom + 6}px;right:${Math.max(8, window.innerWidth - rect.right)}px`,
      },
      header ? header() : null,
      list,
    );
    const popover = h(
      'div',
      { role: 'presentation', class: 'MuiPopover-root MuiMenu-root MuiModal-root' },
      h('div', {
        class: 'MuiBackdrop-root MuiBackdrop-invisible',
        'aria-hidden': 'true',
        onClick: closeMenu,
      }),
      paper,
    );
    anchor.setAttribute('aria-controls', menuId);
    anchor.setAttribute('aria-expanded', 'true');
    close = openModal(popover, {
      onEscape: closeMenu,
      focusTarget: () => items[0] ?? list,
      onClosed: closed,
    });
    (items[0] ?? list).focus();
  }

  anchor.addEventListener('click', open);
  anchor.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      open();
    }
  });
  return { close: closeMenu };
}
