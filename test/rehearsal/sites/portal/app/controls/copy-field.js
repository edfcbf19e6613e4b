// A read-only value with a copy button (reference §4.7 "App Federation Metadata Url, with a copy
// button"; §4.5 card 4 "each with a copy button").

import { h, activate } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../labels.js';
import { observable } from '../ko.js';
import { textBox } from './text-box.js';

export function copyField({ value, ariaLabel }) {
  const box = textBox({
    value: observable(value),
    ariaLabel,
    readOnly: true,
    className: 'azc-copyableLabel',
  });
  const status = h('span', { class: 'fxs-copy-status', role: 'status' });
  const copy = activate(
    h(
      'div',
      {
        class: 'fxs-copyfield-button fxs-fxclick',
        role: 'button',
        tabindex: '0',
        title: t('copyToClipboard'),
        'aria-label': t('copyToClipboard'),
      },
      icon('copy'),
    ),
    async () => {
      try {
        await navigator.clipboard.writeText(value);
        status.textContent = t('copied');
      } catch {
        box.querySelector('input').select();
        status.textContent = t('copyFailed');
      }
      setTimeout(() => {
        status.textContent = '';
      }, 2000);
    },
  );
  return h('div', { class: 'fxs-copyfield' }, box, copy, status);
}
