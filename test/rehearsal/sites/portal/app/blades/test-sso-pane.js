// "Test single sign-on with <App>" (reference §4.5 card 5, §4.6 "Yes" on the post-save prompt). The
// real "Test sign in" opens My Apps in a new window; the rehearsal stays offline and only says so.

import { h } from '../dom.js';
import { t } from '../labels.js';
import { button } from '../controls/button.js';

export function openTestPane(shell, app) {
  return shell.openPane((pane) => {
    pane.setTitle(t('testSsoWith', app.displayName));
    pane.content.append(
      h(
        'div',
        { class: 'fxs-contextpane-body' },
        h('h3', { class: 'msportalfx-form-section-title' }, t('testingSignIn')),
        h('p', {}, t('testingSignInText', app.displayName)),
        button({
          text: t('testSignIn'),
          primary: true,
          onClick: () =>
            shell.toast({
              title: t('testSignIn'),
              description: t('testSignInOffline'),
              kind: 'progress',
            }),
        }),
      ),
    );
  });
}
