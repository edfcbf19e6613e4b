// Knockout check box: `div.azc-checkBox[role=checkbox][aria-checked]`, toggled by click or Space.

import { h, activate } from '../dom.js';
import { icon } from '../icons.js';
import { effect } from '../ko.js';

export function checkBox({ checked, label = '', ariaLabel = '', showLabel = false }) {
  const box = h('span', { class: 'azc-checkBox-box' }, icon('success', 'azc-checkBox-check'));
  const el = h(
    'div',
    {
      class: 'fxc-base azc-control azc-checkBox fxc-CheckBox',
      role: 'checkbox',
      tabindex: '0',
      'aria-label': ariaLabel || label,
    },
    box,
    showLabel ? h('span', { class: 'azc-checkBox-label' }, label) : null,
  );
  activate(el, () => checked(!checked.peek()));
  effect(() => {
    el.setAttribute('aria-checked', String(Boolean(checked())));
    el.classList.toggle('azc-checkBox-checked', Boolean(checked()));
  });
  return el;
}
