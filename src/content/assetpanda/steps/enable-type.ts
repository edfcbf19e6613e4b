// Step `enable-type`: chooses the Enable Type in Asset Panda's select the way a person does. An
// MUI Select opens on mousedown or on the arrow keys (a bare click() does nothing), shows its
// options in a list elsewhere in the page, and takes a click on one; then the choice is read back.

import { isVisible } from '../../dom/locate';
import { waitFor } from '../../dom/watch';
import { findDialog, REACT_MS, saysOneOf } from '../find';
import { findField } from '../fields';
import { ENABLE_TYPE_WORDS } from '../locators';
import { DONE, failed, type StepRun } from '../step';

/** The list the select opened: the one its `aria-controls` names, else the only one shown. */
function openList(select: HTMLElement): HTMLElement | null {
  const id = select.getAttribute('aria-controls');
  const named = id ? select.ownerDocument.getElementById(id) : null;
  if (named?.getAttribute('role') === 'listbox' && isVisible(named)) return named;
  const shown = Array.from(document.querySelectorAll<HTMLElement>('[role="listbox"]')).filter(
    isVisible,
  );
  return shown.length === 1 ? (shown[0] ?? null) : null;
}

export const chooseEnableType: StepRun = async ({ job, signal }) => {
  const dialog = findDialog();
  if (!dialog) return failed('not-found', 'dialog');
  const select = findField(dialog, 'enable-type');
  if (!select) return failed('not-found', 'enable-type');
  const wanted = ENABLE_TYPE_WORDS[job.enableType];
  if (saysOneOf(select, wanted)) return DONE;

  select.focus();
  select.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
  let list = await waitFor(() => openList(select), REACT_MS, signal);
  if (!list) {
    select.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }),
    );
    list = await waitFor(() => openList(select), REACT_MS, signal);
  }
  if (!list) return failed('not-found', 'enable-type');
  const options = Array.from(list.querySelectorAll<HTMLElement>('[role="option"]')).filter(
    (option) => saysOneOf(option, wanted),
  );
  const option = options.length === 1 ? options[0] : undefined;
  if (!option) {
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return failed('not-found', 'enable-type');
  }
  option.click();
  const chosen = await waitFor(
    () => (!openList(select) && saysOneOf(select, wanted) ? true : null),
    REACT_MS,
    signal,
  );
  return chosen ? DONE : failed('field-not-set', 'enable-type');
};
