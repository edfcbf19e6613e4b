import { h } from '../lib/dom.js';
import { L, TEXT } from '../labels.js';
import { card, pageHeader } from './common.js';

export function mount(container) {
  container.append(
    pageHeader(TEXT.notFound),
    card(
      null,
      h('p', {}, 'The page you asked for does not exist. '),
      h('a', { href: '/', class: 'MuiLink-root' }, `Go to ${L.dashboard}`),
    ),
  );
}
