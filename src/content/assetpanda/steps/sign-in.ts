// Step `sign-in`: is the admin signed in to Asset Panda? If the page shows a sign-in form, say so
// and wait, without a timer running, until the app appears after they sign in.

import { locate } from '../../dom/locate';
import { waitFor } from '../../dom/watch';
import { findDialog, PAGE_LOAD_MS } from '../find';
import { LOCATORS } from '../locators';
import { DONE, failed, type StepRun } from '../step';

/** Long enough to find a password or get through a second factor; then the admin sends again. */
const SIGN_IN_WAIT_MS = 30 * 60_000;

type Seen = 'signed-in' | 'signed-out';

/** What the page shows now; also how the sign-in test (issue 15) sees the admin arrive. */
export function seen(): Seen | null {
  // An open "Add new SSO" dialog hides the rest of the app (aria-hidden, or covered), but only a
  // signed-in admin gets one.
  if (locate(LOCATORS.settingsButton) || findDialog()) return 'signed-in';
  if (locate(LOCATORS.passwordField)) return 'signed-out';
  return null;
}

export const signIn: StepRun = async ({ signal, waiting }) => {
  const first = await waitFor(seen, PAGE_LOAD_MS, signal);
  if (first === 'signed-in') return DONE;
  if (first === null) return failed('not-found', 'page');
  waiting();
  const later = await waitFor(
    () => (seen() === 'signed-in' ? true : null),
    SIGN_IN_WAIT_MS,
    signal,
  );
  return later ? DONE : failed('sign-in-timeout');
};
