// MUI Snackbar with a filled Alert, bottom left; hides itself after 6 s.
//   div.MuiSnackbar-root[role=presentation] > div.MuiPaper-root.MuiAlert-root[role=alert]
import { h } from '../lib/dom.js';
import { icon } from '../lib/icons.js';
import { iconButton } from './buttons.js';

let current = null;

export function showSnackbar(message, { severity = 'success' } = {}) {
  current?.dismiss();
  const alert = h(
    'div',
    {
      class: `MuiPaper-root MuiAlert-root MuiAlert-filled MuiAlert-filled${severity}`,
      role: 'alert',
    },
    h('div', { class: 'MuiAlert-icon' }, icon(severity === 'success' ? 'checkCircle' : 'error')),
    h('div', { class: 'MuiAlert-message' }, message),
  );
  const root = h('div', { class: 'MuiSnackbar-root', role: 'presentation' }, alert);
  const entry = {
    dismiss() {
      clearTimeout(timer);
      root.remove();
      if (current === entry) current = null;
    },
  };
  alert.append(
    h(
      'div',
      { class: 'MuiAlert-action' },
      iconButton({ label: 'Close', iconName: 'close', onClick: () => entry.dismiss() }),
    ),
  );
  const timer = setTimeout(() => entry.dismiss(), 6000);
  document.body.append(root);
  current = entry;
  return entry;
}
