// MUI-like buttons. `ButtonBase` markup: a real <button>, classes only for looks.
import { h } from '../lib/dom.js';
import { icon } from '../lib/icons.js';

export function button({ variant = 'text', color = 'primary', startIcon, ...props }, ...children) {
  const cap = (word) => word[0].toUpperCase() + word.slice(1);
  return h(
    'button',
    {
      type: 'button',
      ...props,
      class: [
        'MuiButtonBase-root MuiButton-root',
        `MuiButton-${variant}`,
        `MuiButton-${variant}${cap(color)}`,
        props.class,
      ],
    },
    startIcon ? h('span', { class: 'MuiButton-startIcon' }, icon(startIcon)) : null,
    children,
  );
}

export function iconButton({ label, iconName, ...props }) {
  return h(
    'button',
    {
      type: 'button',
      'aria-label': label,
      ...props,
      class: ['MuiButtonBase-root MuiIconButton-root', props.class],
    },
    icon(iconName),
  );
}

/** MUI CircularProgress (indeterminate). */
export function spinner({ label, size = 40, ...props } = {}) {
  return h(
    'span',
    {
      role: 'progressbar',
      'aria-label': label,
      ...props,
      class: ['MuiCircularProgress-root', props.class],
      style: `width:${size}px;height:${size}px`,
    },
    h('span', { class: 'MuiCircularProgress-svg' }),
  );
}
