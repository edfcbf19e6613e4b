// Step `open-sso-page`: Settings > Preferences > Single sign-on (SSO), through the page's own
// navigation, as the help page describes it. From wherever the page is, it clicks the furthest
// control it sees along that path, then waits for one further along, until "Add new SSO" shows.

import { find } from '../../dom/find';
import { waitFor } from '../../dom/watch';
import { findDialog, locateLink, PAGE_LOAD_MS, REACT_MS } from '../find';
import { target } from '../site/locators';
import { DONE, failed, type PageStepOutcome, type PageStepRun } from '../step';

/** The path, in order; the last is where the step ends. */
const TARGETS = ['settings', 'preferences', 'sso-tab', 'add-button'] as const;

/** The furthest control of the path the page shows now, beyond `after`. */
function furthest(after: number): { index: number; element: HTMLElement } | null {
  for (let index = TARGETS.length - 1; index > after; index -= 1) {
    // The targets for the words in force (overrides change with each transfer).
    const element = locateLink(target(TARGETS[index]!));
    if (element) return { index, element };
  }
  return null;
}

export const openSsoPage: PageStepRun = async ({ signal }) => {
  const closed = await closeLeftoverDialog(signal);
  if (closed) return closed;
  let at = -1;
  while (!signal.aborted) {
    const next = await waitFor(() => furthest(at), PAGE_LOAD_MS, signal);
    if (!next) return failed('not-found', TARGETS[at + 1] ?? 'page');
    if (next.index === TARGETS.length - 1) return DONE;
    next.element.click();
    at = next.index;
  }
  return DONE; // aborted: nobody listens to the outcome
};

/**
 * An "Add new SSO" dialog left open (by an earlier transfer that stopped, for the admin to finish)
 * hides the page behind it. The admin sent again, so the assistant starts over: Cancel closes it.
 */
async function closeLeftoverDialog(signal: AbortSignal): Promise<PageStepOutcome | null> {
  const dialog = findDialog();
  if (!dialog) return null;
  const cancel = find(target('cancel'), dialog);
  if (!(cancel instanceof HTMLElement)) return failed('not-found', 'dialog');
  cancel.click();
  const gone = await waitFor(() => (dialog.isConnected ? null : true), REACT_MS, signal);
  return gone ? null : failed('not-found', 'dialog');
}
