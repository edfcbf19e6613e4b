// /integrations-store: names of the help site's SSO integration pages, for plausibility.
import { h } from '../lib/dom.js';
import { L } from '../labels.js';
import { pageHeader } from './common.js';

const ITEMS = [
  ['Microsoft Entra ID SSO', 'Single sign-on (SSO)'],
  ['Google Workspace SSO', 'Single sign-on (SSO)'],
  ['Okta SSO', 'Single sign-on (SSO)'],
  ['Slack', 'Notifications'],
];

export function mount(container) {
  container.append(
    pageHeader(L.integrations, 'Connect Asset Panda to the tools you already use.'),
    h(
      'div',
      { class: 'card-grid' },
      ITEMS.map(([name, kind]) =>
        h(
          'div',
          { class: 'MuiPaper-root card' },
          h('h2', { class: 'MuiTypography-h6' }, name),
          h('p', { class: 'muted' }, kind),
          kind.startsWith('Single')
            ? h(
                'p',
                {},
                'Set up in ',
                h(
                  'a',
                  { href: '/settings/preferences/sso', class: 'MuiLink-root' },
                  `${L.settings} › ${L.preferences} › ${L.sso}`,
                ),
              )
            : null,
        ),
      ),
    ),
  );
}
