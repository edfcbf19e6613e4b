// Step `sign-in`: is the admin signed in to Asset Panda, on a page the assistant can read? Signed
// in means the app's shell shows and no sign-in form does; signed out, a password field or Amazon
// Cognito's hosted sign-in (docs/assetpanda-facts.md#sign-in). If signed out, say so and
// wait, without a timer running, until the app appears after they sign in. Then, before anything
// is touched: a page in another language than the help page's, without word overrides for it, goes
// straight to the manual path, with the reason (issue 13 part 4), so no form is left half-filled.

import { locate } from '../../dom/locate';
import { waitFor } from '../../dom/watch';
import { findDialog, PAGE_LOAD_MS } from '../find';
import { locators } from '../locators';
import { DONE, failed, type StepRun } from '../step';
import { hasOverrides } from '../words';

/** Long enough to find a password or get through a second factor; then the admin sends again. */
const SIGN_IN_WAIT_MS = 30 * 60_000;

/**
 * An app's shell: its banner, navigation or main region (by element or by role), or a toolkit's
 * top bar or menu (DevExtreme draws its header as a `role=toolbar`, its sections as a `role=tree`).
 */
const SHELL = [
  'header',
  'nav',
  'main',
  '[role="banner"]',
  '[role="navigation"]',
  '[role="main"]',
  '[role="menubar"]',
  '[role="toolbar"]',
  '[role="tree"]',
].join(', ');
/** Cognito's hosted sign-in (classic and managed login): its user name box and its form classes. */
const HOSTED_SIGN_IN =
  'input[name="username"], .background-customizable, form[name="cognitoSignInForm"]';

type Seen = 'signed-in' | 'signed-out';

/** What the page shows now; also how the sign-in test (issue 15) sees the admin arrive. */
export function seen(): Seen | null {
  // An open "Add new SSO" dialog hides the rest of the app (aria-hidden, or covered), but only a
  // signed-in admin gets one.
  if (findDialog()) return 'signed-in';
  if (locate(locators().passwordField) || document.querySelector(HOSTED_SIGN_IN))
    return 'signed-out';
  if (locate(locators().settingsButton) || document.querySelector(SHELL)) return 'signed-in';
  return null;
}

/** The page's language when it is not English (the help page's), else null. */
export function otherLanguage(): string | null {
  const lang = document.documentElement.lang.trim().toLowerCase();
  return lang && !/^en\b/.test(lang) ? lang.slice(0, 35) : null;
}

export const signIn: StepRun = async ({ signal, waiting }) => {
  const first = await waitFor(seen, PAGE_LOAD_MS, signal);
  if (first === null) return failed('not-found', 'page');
  if (first === 'signed-out') {
    waiting();
    const later = await waitFor(
      () => (seen() === 'signed-in' ? true : null),
      SIGN_IN_WAIT_MS,
      signal,
    );
    if (!later) return failed('sign-in-timeout');
  }
  const language = otherLanguage();
  return language && !hasOverrides() ? failed('page-language', undefined, language) : DONE;
};
