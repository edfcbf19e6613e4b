// Single sign-on (reference §4.4): the method picker "Select a single sign-on method" with tiles
// `div.ext-ad-problem-details-card-tile-title` (Disabled, SAML, Password-based, Linked) while the app has
// no mode; the SAML page once SAML is chosen (the route then carries preferredSingleSignOnMode/saml).
// Choosing a tile switches the mode on the server (POST …/SingleSignOn, §4.9).

import { h, activate } from '../dom.js';
import { isMissing } from '../env.js';
import { t } from '../labels.js';
import { icon } from '../icons.js';
import { server } from '../server.js';
import { hashFor } from '../routes.js';
import { progressDots } from '../shell.js';
import { commandBar } from '../controls/command-bar.js';

const TILES = [
  { mode: 'disabled', title: 'ssoDisabled', text: 'ssoDisabledText', icon: 'close' },
  { mode: 'saml', title: 'ssoSaml', text: 'ssoSamlText', icon: 'key', missing: 'saml-tile' },
  { mode: 'password', title: 'ssoPassword', text: 'ssoPasswordText', icon: 'user' },
  { mode: 'linked', title: 'ssoLinked', text: 'ssoLinkedText', icon: 'apps' },
];

export async function render(context) {
  const { app, route } = context;
  // The route's preferred mode wins (it is set when a tile is chosen); `~/null` or no parameter falls
  // back to the app's saved mode.
  const mode = route.params.preferredSingleSignOnMode || app.ssoMode;
  if (mode === 'saml') {
    const samlPage = await import('./saml-page.js');
    return samlPage.render(context);
  }
  if (mode === 'password' || mode === 'linked') return modePage(context, mode);
  return picker(context);
}

export function picker({ app, container, shell, setTitle }) {
  setTitle(t('singleSignOn'));
  const choose = async (tile, el) => {
    el.append(progressDots());
    await server.setSsoMode(app.objectId, tile.mode);
    const current = server.app(app.objectId);
    if (tile.mode === 'disabled') shell.navigate(hashFor.app(current, 'SignOn', null));
    else shell.navigate(hashFor.app(current, 'SignOn', tile.mode));
  };
  container.append(
    commandBar([{ label: t('gotFeedback'), icon: 'feedback', telemetry: 'Feedback' }]),
    h(
      'div',
      { class: 'fxs-part-content ext-sso-picker' },
      h('p', { class: 'ext-sso-not-configured' }, t('ssoNotConfigured', app.displayName)),
      h('h2', { class: 'ext-section-heading' }, t('selectSsoMethod')),
      h(
        'a',
        { class: 'fxs-fxclick', href: '#', on: { click: (e) => e.preventDefault() } },
        t('helpMeDecide'),
      ),
      h(
        'div',
        { class: 'ext-ad-problem-details-card-tiles' },
        TILES.filter((tile) => !isMissing(tile.missing)).map((tile) => {
          const el = h(
            'div',
            {
              class: `ext-ad-problem-details-card-tile${app.ssoMode === tile.mode ? ' ext-ad-problem-details-card-tile-selected' : ''}`,
              role: 'button',
              tabindex: '0',
              'aria-label': t(tile.title),
            },
            h('div', { class: 'ext-ad-problem-details-card-tile-icon' }, icon(tile.icon)),
            h('div', { class: 'ext-ad-problem-details-card-tile-title' }, t(tile.title)),
            h('div', { class: 'ext-ad-problem-details-card-tile-description' }, t(tile.text)),
          );
          return activate(el, () => choose(tile, el));
        }),
      ),
    ),
  );
}

/** Password-based and Linked pages: not modelled beyond their heading and the mode switch. */
function modePage({ app, container, shell, setTitle }, mode) {
  setTitle(t(mode === 'password' ? 'passwordBasedSignOn' : 'linkedSignOn'));
  container.append(
    commandBar([
      {
        label: t('changeSsoMode'),
        icon: 'switch',
        telemetry: 'ChangeSingleSignOnMode',
        onClick: () => showPicker({ app, container, shell, setTitle }),
      },
      { label: t('gotFeedback'), icon: 'feedback', telemetry: 'Feedback' },
    ]),
    h(
      'div',
      { class: 'fxs-part-content' },
      h(
        'h2',
        { class: 'ext-section-heading' },
        t(mode === 'password' ? 'ssoPassword' : 'ssoLinked'),
      ),
      h('p', {}, t(mode === 'password' ? 'ssoPasswordText' : 'ssoLinkedText')),
    ),
  );
}

/** "Change single sign-on mode" (§4.4) shows the method picker in place; the mode stays until a tile
 * is chosen. */
export function showPicker(context) {
  context.container.replaceChildren();
  picker(context);
}
