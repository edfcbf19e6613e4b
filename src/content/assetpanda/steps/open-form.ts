// Step `open-form`: "Add new SSO", then wait for its dialog.

import { find } from '../../dom/find';
import { waitFor } from '../../dom/watch';
import { findDialog, PAGE_LOAD_MS } from '../find';
import { target } from '../site/locators';
import { DONE, failed, type PageStepRun } from '../step';

export const openForm: PageStepRun = async ({ signal }) => {
  if (findDialog()) return DONE;
  const add = await waitFor(() => find(target('add-button')), PAGE_LOAD_MS, signal);
  if (!(add instanceof HTMLElement)) return failed('not-found', 'add-button');
  add.click();
  const dialog = await waitFor(findDialog, PAGE_LOAD_MS, signal);
  return dialog ? DONE : failed('not-found', 'dialog');
};
