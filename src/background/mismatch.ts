// Keeps the last "This page looks different" report a page made (issue 13 part 5), locally, for
// the popup to offer. Nothing leaves the browser: the admin copies it or saves it as a file.

import { defineHandlers } from './router';
import { setLocal } from './store';

export const mismatchHandlers = defineHandlers({
  'mismatch/report': async ({ target, text }, { role }) => {
    if (role !== 'assetpanda' && role !== 'portal') return { ok: false, error: 'not-a-page' };
    await setLocal('mismatch', { site: role, target, text, at: new Date().toISOString() });
    return { ok: true };
  },
});
