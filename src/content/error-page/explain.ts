// Shows what a sign-in error means on the page it landed on (issue 15): Cognito's error page on
// the configured Reply URL's origin, or Asset Panda's page with `error` in its address. The
// background decodes the address (on the sender's own origin only); this only draws the answer, in its own
// shadow root so the page's styles and ours never mix, and closes on the admin's click.

import { h, render } from 'preact';
import { send } from '../../messaging/send';
import { DecodedView } from '../../ui/DecodedView';
import { t } from '../../ui/i18n';
import css from './panel.css?inline';

/**
 * The address the page was loaded at: a single-page app may already have replaced it (dropping
 * `error` from the query) by the time this script runs; the navigation entry still has it.
 */
export function landedAt(): string {
  const [entry] = performance.getEntriesByType('navigation');
  return entry?.name || location.href;
}

export async function explainErrorHere(address: string): Promise<void> {
  const reply = await send('error/explain', { address });
  if (!reply.ok || !reply.decoded?.recognised) return;
  const decoded = reply.decoded;
  const host = document.createElement('div');
  host.dataset.ssoAssistant = 'error-explanation';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  root.append(style, mount);
  document.documentElement.append(host);
  render(
    h(
      'section',
      { class: 'panel', role: 'region', 'aria-label': t('errorPanelTitle') },
      h('h2', null, t('errorPanelTitle')),
      h(DecodedView, { decoded }),
      h('button', { type: 'button', onClick: () => host.remove() }, t('errorPanelClose')),
    ),
    mount,
  );
}
