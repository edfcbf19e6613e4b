// After a step of the transfer found something with no certainty, the Asset Panda page makes its
// redacted "This page looks different" report (src/content/mismatch/report.ts) and hands it to the
// background, for the popup to offer beside the manual path.

import browser from 'webextension-polyfill';
import type { TransferTarget } from '../../core/transfer-steps';
import type { Target } from '../dom/target';
import { send } from '../../messaging/send';
import { mismatchReport } from '../mismatch/report';
import { currentOverrides, withWords } from '../words';
import { FIELD_LABELS, type FieldTarget } from './fields';
import { findDialog } from './find';
import { target as registered, type AssetPandaTarget } from './site/locators';

/** Roles a field of the form may have, whatever the toolkit draws. */
const FIELD_ROLES = ['textbox', 'combobox', 'radiogroup', 'radio'] as const;

/** What looked for `target`: its registry target, or for a field its relation to its label. */
function targetOf(target: TransferTarget): Target {
  if (Object.hasOwn(FIELD_LABELS, target)) {
    const field = target as FieldTarget;
    const byLabel: Target = {
      name: field,
      roles: FIELD_ROLES,
      relation: { label: FIELD_LABELS[field] },
    };
    return withWords(byLabel, `assetpanda.${field}`);
  }
  return registered(target === 'page' ? 'settings' : (target as AssetPandaTarget));
}

export function reportMismatch(target: TransferTarget): void {
  const text = mismatchReport({
    site: 'assetpanda',
    target: `assetpanda.${target}`,
    find: targetOf(target),
    around: findDialog(),
    overrides: currentOverrides(),
    extensionVersion: browser.runtime.getManifest().version,
  });
  void send('mismatch/report', { target: `assetpanda.${target}`, text });
}
