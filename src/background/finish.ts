// Issue 15's requests: the certificate reminders' setting, the admin's confirmation that the
// sign-in worked, and "Show me" from the error decoder.

import { hasErrorParams } from '../core/error-pages';
import { decodeError, setupContext } from '../core/errors/decode';
import { syncErrorPageScript } from './error-pages';
import { defineHandlers } from './router';
import { getSettings } from './settings';
import { recentEntraVisit } from './sign-in-watch';
import { openStep } from './open-step';
import { recordStep } from './progress';
import { scheduleCertificateReminder } from './reminders';
import { getLocal, updateLocal } from './store';

export const finishHandlers = defineHandlers({
  'reminders/get': async () => ({ ok: true, reminders: await getLocal('reminders') }),

  'reminders/set': async ({ enabled }) => {
    const reminders = await updateLocal('reminders', (r) => ({ ...r, enabled }));
    await scheduleCertificateReminder();
    return { ok: true, reminders };
  },

  'sign-in/confirm': async () => ({
    ok: true,
    progress: await recordStep('test-sign-in', 'done', 'admin-confirmed'),
  }),

  'sign-in/check': async (_, ctx) => ({
    ok: true,
    watch:
      (await getLocal('progress')).steps['test-sign-in']?.state !== 'done' &&
      (await recentEntraVisit(ctx.tabId)),
  }),

  'sign-in/arrived': async (_, ctx) =>
    (await recentEntraVisit(ctx.tabId))
      ? { ok: true, progress: await recordStep('test-sign-in', 'done', 'signed-in-seen') }
      : { ok: false, error: 'no-round-trip' },

  'error/explain': async ({ address }, ctx) => {
    // The page may have replaced its address since it loaded; the one it loaded at must still be
    // on the sender's origin (the browser's record), so no page can speak for another.
    if (!sameOrigin(address, ctx.url) || !hasErrorParams(address))
      return { ok: true, decoded: null };
    const [[metadata], progress, settings] = await Promise.all([
      getLocal('captures'),
      getLocal('progress'),
      getSettings(),
    ]);
    const setup = { profile: settings.profile, metadata, progress };
    return { ok: true, decoded: decodeError(address, setupContext(setup, Date.now())) };
  },

  'error-pages/sync': async () => ({ ok: true, registered: await syncErrorPageScript() }),

  'guide/open-step': async ({ step }) => {
    const tabId = await openStep(step);
    return tabId === null ? { ok: false, error: 'no-portal-tab' } : { ok: true, tabId };
  },
});

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
