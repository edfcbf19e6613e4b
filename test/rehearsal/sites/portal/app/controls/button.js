// Portal buttons: `div[role=button].fxs-button` with `span.fxs-button-text` (reference §4.1, e.g.
// "Create"), disabled through `aria-disabled` and `fxs-button-disabled`.

import { h, activate } from '../dom.js';
import { effect } from '../ko.js';

export function button({ text, primary = false, enabled = null, onClick, missing = false }) {
  if (missing) return null;
  const el = h(
    'div',
    {
      class: `fxs-button fxt-button fxs-inner-solid-border ${primary ? 'fxs-portal-button-primary' : 'fxs-portal-button-secondary'}`,
      role: 'button',
      tabindex: '0',
      'aria-disabled': 'false',
    },
    h('span', { class: 'fxs-button-text' }, text),
  );
  activate(el, (event) => onClick?.(event));
  if (enabled) {
    effect(() => {
      const on = Boolean(enabled());
      el.classList.toggle('fxs-button-disabled', !on);
      el.setAttribute('aria-disabled', String(!on));
      el.setAttribute('tabindex', on ? '0' : '-1');
    });
  }
  return el;
}

/** A text link that acts on click (reference §4.6: "Add identifier" / "Add reply URL" are links). */
export function actionLink({ text, onClick, className = '', iconEl = null }) {
  return h(
    'a',
    {
      class: `fxs-fxclick msportalfx-text-primary ${className}`.trim(),
      href: '#',
      on: {
        click: (event) => {
          event.preventDefault();
          onClick(event);
        },
      },
    },
    iconEl,
    text,
  );
}
