// "Forget everything" (issue 14, part 6), from the popup or the options page: the captured
// metadata, the certificate the portal showed, the admin's pick of an Asset Panda origin, the
// transfer and the setup progress go; the admin's options (and any policy) stay. A transfer that
// has clicked Save in Asset Panda is not forgotten while it reads back what was saved.

import browser from 'webextension-polyfill';
import { localDefaults, type LocalSchema } from '../core/storage-schema';
import { broadcastProgress, portalTabId } from './frames';
import { scheduleCertificateReminder } from './reminders';
import { defineHandlers } from './router';
import { forgetTransfer } from './transfer';

const FORGOTTEN = [
  'captures',
  'portalCertificate',
  'assetPandaChoice',
  'progress',
] as const satisfies readonly (keyof LocalSchema)[];

export const forgetHandlers = defineHandlers({
  'data/forget': async () => {
    const refused = await forgetTransfer();
    if (refused) return { ok: false, error: refused };
    // `transfer` in local is where versions before 14.4 kept it (or where a page planted one).
    await browser.storage.local.remove([...FORGOTTEN, 'transfer']);
    await scheduleCertificateReminder();
    const tabId = await portalTabId();
    if (tabId !== null) await broadcastProgress(tabId, null);
    return { ok: true, progress: structuredClone(localDefaults.progress) };
  },
});
