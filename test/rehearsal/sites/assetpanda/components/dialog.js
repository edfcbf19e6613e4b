// MUI Dialog:
//   div.MuiDialog-root.MuiModal-root[role=presentation]
//     div.MuiBackdrop-root[aria-hidden]
//     div.MuiDialog-container[role=presentation][tabindex=-1]
//       div.MuiPaper-root.MuiDialog-paper[role=dialog][aria-modal=true][aria-labelledby=title id]
//         h2.MuiDialogTitle-root#title  + the content
// Escape asks `onClose('escapeKeyDown')`; a click on the backdrop does nothing (forms usually
// disable it so that a stray click does not lose what was typed).
import { h, useId } from '../lib/dom.js';
import { openModal } from './modal.js';

export function openDialog({ title, content, onClose, maxWidth = 'sm' }) {
  const titleId = useId();
  const paper = h(
    'div',
    {
      class: `MuiPaper-root MuiPaper-elevation24 MuiDialog-paper MuiDialog-paperWidth${maxWidth.toUpperCase()}`,
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': titleId,
    },
    h('h2', { class: 'MuiTypography-root MuiDialogTitle-root', id: titleId }, title),
    content,
  );
  const container = h(
    'div',
    { class: 'MuiDialog-container', role: 'presentation', tabindex: '-1' },
    paper,
  );
  const root = h(
    'div',
    { class: 'MuiDialog-root MuiModal-root', role: 'presentation' },
    h('div', { class: 'MuiBackdrop-root', 'aria-hidden': 'true' }),
    container,
  );
  const close = openModal(root, {
    onEscape: () => onClose('escapeKeyDown'),
    focusTarget: () => container,
  });
  container.focus(); // MUI focuses the dialog, not its first field
  return { root, paper, close };
}
