// Keeps the last "This page looks different" report a page made (issue 13 part 5), locally, for
// the popup to offer. Nothing leaves the browser: the admin copies it or saves it as a file.

import { defineHandlers } from './router';
import { setLocal } from './store';

export const mismatchHandlers = defineHandlers({
  'mismatch/report': async ({ target, text }, { role }) => {
    // Only pages send it (messages.ts); any portal frame, the top one included, is the portal.
    const site = role === 'assetpanda' ? 'assetpanda' : 'portal';
    if (!target.startsWith(`${site}.`)) return { ok: false, error: 'bad-target' };
    await setLocal('mismatch', { site, target, text, at: new Date().toISOString() });
    return { ok: true };
  },
});
