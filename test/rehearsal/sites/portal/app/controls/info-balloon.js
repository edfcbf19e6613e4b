// The (i) icon next to a label; hover or focus shows the help text in a balloon.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { dialectB } from '../env.js';
import { tooltipIcon } from './b/form-element.js';

export function infoBalloon(text) {
  if (dialectB) return tooltipIcon(text); // reference §12: `.msportalfx-tooltip-icon`, `ⓘ`
  return h(
    'span',
    { class: 'azc-infoBalloon', tabindex: '0', role: 'img', 'aria-label': text },
    icon('info'),
    h('span', { class: 'azc-infoBalloon-content', 'aria-hidden': 'true' }, text),
  );
}
