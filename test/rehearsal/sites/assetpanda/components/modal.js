// What MUI's Modal does for dialogs, menus and select popovers: a portal at the end of <body>, the
// rest of the page hidden from assistive technology (aria-hidden on the siblings), the body's
// scroll locked, focus trapped inside and given back on close.
import { focusable } from '../lib/dom.js';

const stack = [];

document.addEventListener('focusin', (event) => {
  const top = stack.at(-1);
  if (top && !top.node.contains(event.target)) top.focusTarget().focus();
});

/**
 * Mounts `node` as a modal. `onEscape` runs on Escape; `focusTarget()` names what gets focus when
 * focus would leave; `onClosed` runs however it closes. Returns close().
 */
export function openModal(node, { onEscape, focusTarget, onClosed }) {
  const returnFocus = document.activeElement;
  const hidden = [];
  for (const sibling of document.body.children) {
    if (['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE'].includes(sibling.tagName)) continue;
    if (sibling.getAttribute('aria-hidden') === 'true') continue;
    sibling.setAttribute('aria-hidden', 'true');
    hidden.push(sibling);
  }
  const entry = { node, focusTarget, close };
  stack.push(entry);
  document.body.style.overflow = 'hidden';
  document.body.append(node);

  node.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && onEscape) {
      event.stopPropagation();
      onEscape(event);
    } else if (event.key === 'Tab') {
      const items = focusable(node);
      if (items.length === 0) return;
      const index = items.indexOf(document.activeElement);
      const next = event.shiftKey
        ? index <= 0
          ? items.at(-1)
          : items[index - 1]
        : index === items.length - 1
          ? items[0]
          : items[index + 1];
      event.preventDefault();
      next.focus();
    }
  });

  return close;

  function close() {
    if (!stack.includes(entry)) return;
    while (stack.at(-1) !== entry) stack.at(-1).close(); // a list opened from a closing dialog
    stack.pop();
    node.remove();
    for (const sibling of hidden) sibling.removeAttribute('aria-hidden');
    if (stack.length === 0) document.body.style.overflow = '';
    if (returnFocus && returnFocus.isConnected) returnFocus.focus();
    onClosed?.();
  }
}

/** Closes every open dialog, menu and list: what unmounting the page does in React. */
export function closeAllModals() {
  while (stack.length > 0) stack.at(-1).close();
}
