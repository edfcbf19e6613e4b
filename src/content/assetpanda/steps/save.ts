// Step `save`: clicks Save once, then waits for Asset Panda's answer: the dialog closes (saved), or
// it stays with a field flagged or an alert (refused, in Asset Panda's words). The background
// records Save before it sends this step and never sends it twice; this page also remembers.

import { find } from '../../dom/find';
import { isVisible } from '../../dom/visible';
import { waitFor } from '../../dom/watch';
import { errorOf, findDialog, REACT_MS, spokenText } from '../find';
import { targetOf } from '../fields';
import { SAVING, target } from '../site/locators';
import { DONE, failed, type PageStepOutcome, type PageStepRun } from '../step';

/** Asset Panda checks the metadata on its server; give it time. */
const SAVE_MS = 60_000;

/** Transfers whose Save this page has clicked. */
const clicked = new Set<string>();

type SaveState = 'saved' | 'busy' | 'idle' | { refused: PageStepOutcome };

function saveState(dialog: HTMLElement): SaveState {
  if (!dialog.isConnected) return 'saved';
  if (dialog.querySelector(SAVING)) return 'busy';
  const invalid = dialog.querySelector('[aria-invalid="true"]');
  if (invalid)
    return { refused: failed('save-refused', targetOf(dialog, invalid), errorOf(invalid)) };
  for (const alert of dialog.querySelectorAll<HTMLElement>('[role="alert"]')) {
    const message = spokenText(alert).trim();
    if (message && isVisible(alert)) return { refused: failed('save-refused', undefined, message) };
  }
  return 'idle';
}

/** How a Save already clicked ended; done when no form is open (nothing is being saved). */
export async function saveOutcome(signal: AbortSignal): Promise<PageStepOutcome> {
  const dialog = findDialog();
  if (!dialog) return DONE;
  const state = await waitFor(
    () => {
      const now = saveState(dialog);
      return now === 'busy' ? null : now;
    },
    SAVE_MS,
    signal,
  );
  if (state === 'saved') return DONE;
  if (state && typeof state === 'object') return state.refused;
  // Still saving after a minute, or a filled form nobody saved: the admin looks at it.
  return failed('not-confirmed');
}

export const save: PageStepRun = async ({ transferId, signal }) => {
  const dialog = findDialog();
  if (!dialog) return failed('not-found', 'dialog');
  const button = find(target('save-button'), dialog);
  if (!(button instanceof HTMLElement)) return failed('not-found', 'save-button');
  if (!clicked.has(transferId)) {
    clicked.add(transferId);
    button.click();
    // The form answers the click by saving, or by flagging a field; until then it looks idle.
    await waitFor(() => (saveState(dialog) === 'idle' ? null : true), REACT_MS, signal);
  }
  return saveOutcome(signal);
};
