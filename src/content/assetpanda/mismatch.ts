// After a step of the transfer found something with no certainty, the Asset Panda page makes its
// redacted "This page looks different" report (src/content/mismatch/report.ts) and hands it to the
// background, for the popup to offer beside the manual path.

import browser from 'webextension-polyfill';
import type { TransferTarget } from '../../core/transfer-steps';
import type { Locator } from '../dom/locate';
import { send } from '../../messaging/send';
import { mismatchReport } from '../mismatch/report';
import { fieldWords, type FieldTarget } from './fields';
import { findDialog } from './find';
import { locators } from './locators';
import { currentOverrides } from './words';

const FIELDS: readonly TransferTarget[] = [
  'enable-type',
  'connection-name',
  'domains',
  'metadata-file',
] satisfies FieldTarget[];

/** What looked for `target`: its locator, or for a field the ways its label is found. */
function locatorOf(target: TransferTarget): Locator | null {
  const all = locators();
  if (FIELDS.includes(target)) {
    const words = fieldWords(target as FieldTarget);
    return {
      name: target,
      strategies: [
        { css: 'label', text: words, note: 'a label with the words' },
        { css: '[aria-label]', text: words, note: 'a control named by aria-label' },
        { css: 'legend', text: words, note: 'a fieldset legend with the words' },
      ],
    };
  }
  const byTarget: Partial<Record<TransferTarget, Locator>> = {
    page: all.settingsButton,
    settings: all.settingsButton,
    preferences: all.preferencesLink,
    'sso-tab': all.ssoTab,
    'add-button': all.addButton,
    dialog: all.dialog,
    'connections-table': all.connectionsTable,
    'save-button': all.saveButton,
  };
  return byTarget[target] ?? null;
}

export function reportMismatch(target: TransferTarget): void {
  const text = mismatchReport({
    site: 'assetpanda',
    target: `assetpanda.${target}`,
    locator: locatorOf(target),
    around: findDialog(),
    overrides: currentOverrides(),
    extensionVersion: browser.runtime.getManifest().version,
  });
  void send('mismatch/report', { target: `assetpanda.${target}`, text });
}
