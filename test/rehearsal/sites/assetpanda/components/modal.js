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
 * focus would leave. Returns close().
 */
export function openModal(node, { onEscape, focusTarget }) {
  const returnFocus = document.activeElement;
  const hidden = [];
  for (const sibling of document.body.children) {
    if (['SCRIPT', 'STYLE', 'LINK', 'TEMPLATE'].includes(sibling.tagName)) continue;
    if (sibling.getAttribute('aria-hidden') === 'true') continue;
    sibling.setAttribute('aria-hidden', 'true');
    hidden.push(sibling);
  }
  const entry = { node, focusTarget };
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

  return function close() {
    stack.splice(stack.indexOf(entry), 1);
    node.remove();
    for (const sibling of hidden) sibling.removeAttribute('aria-hidden');
    if (stack.length === 0) document.body.style.overflow = '';
    if (returnFocus && returnFocus.isConnected) returnFocus.focus();
  };
}
