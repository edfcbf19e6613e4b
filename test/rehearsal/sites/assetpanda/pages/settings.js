// /settings: where the gear leads. The settings menu as cards.
import { h } from '../lib/dom.js';
import { icon } from '../lib/icons.js';
import { L } from '../labels.js';
import { SETTINGS_SECTIONS } from '../routes.js';
import { pageHeader } from './common.js';

export function mount(container) {
  container.append(
    pageHeader(L.settings, 'Manage your organization’s account.'),
    h(
      'nav',
      { 'aria-label': L.settingsMenu },
      h(
        'ul',
        { class: 'card-grid settings-cards' },
        SETTINGS_SECTIONS.map((section) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: section.path, class: 'MuiPaper-root card card-link' },
              h('span', { class: 'card-link-icon' }, icon(section.icon)),
              h(
                'span',
                { class: 'card-link-text' },
                h('span', { class: 'card-link-title' }, section.label),
                h('span', { class: 'muted' }, section.description),
              ),
              icon('chevronRight', 'card-link-chevron'),
            ),
          ),
        ),
      ),
    ),
  );
}
