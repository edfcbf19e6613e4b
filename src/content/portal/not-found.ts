// When the guide cannot find its step's target with certainty (issue 13 parts 5 and 7, the portal
// side): the redacted "This page looks different" report of that target (content/mismatch), kept
// by the background for the popup too, and "Show me where it is" (content/teach), whose word
// becomes a `portal.` word override the guide looks with from then on (content/words.ts).

import browser from 'webextension-polyfill';
import { mergeWordOverrides, siteWords } from '../../core/word-overrides';
import { send } from '../../messaging/send';
import { t } from '../../ui/i18n';
import { mismatchReport } from '../mismatch/report';
import { teach } from '../teach/point';
import { currentOverrides, useOverrides } from '../words';
import { PORTAL, portalTarget, type PortalTarget } from './site/locators';

/** The report for `target`, also handed to the background for the popup to offer. */
export function notFoundReport(target: PortalTarget): string {
  return mismatchReport({
    site: 'portal',
    target: `portal.${target}`,
    find: portalTarget(target),
    overrides: currentOverrides(),
    extensionVersion: browser.runtime.getManifest().version,
  });
}

/** Keeps the report for the popup too ("This page looks different" is offered there as well). */
export function keepReport(target: PortalTarget, text: string): void {
  void send('mismatch/report', { target: `portal.${target}`, text });
}

/** Lets the admin point at `target`; once its word is kept, the guide looks again with it. */
export function teachNotFound(target: PortalTarget): void {
  teach({
    id: `portal.${target}`,
    targetName: t('teachPortalTarget'),
    // A field tied to its label (the app name box): its label's words may be pointed at too.
    field: 'relation' in PORTAL[target],
    saved: (word) => t('teachSavedPortal', word),
    onSaved: ({ policy, own }) =>
      useOverrides(siteWords(mergeWordOverrides(policy, own), 'portal')),
  });
}
