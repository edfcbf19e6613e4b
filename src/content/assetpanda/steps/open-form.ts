// Step `open-form`: "Add new SSO", then wait for its dialog.

import { locate } from '../../dom/locate';
import { waitFor } from '../../dom/watch';
import { findDialog, PAGE_LOAD_MS } from '../find';
import { locators } from '../locators';
import { DONE, failed, type PageStepRun } from '../step';

export const openForm: PageStepRun = async ({ signal }) => {
  if (findDialog()) return DONE;
  const add = await waitFor(() => locate(locators().addButton), PAGE_LOAD_MS, signal);
  if (!(add instanceof HTMLElement)) return failed('not-found', 'add-button');
  add.click();
  const dialog = await waitFor(findDialog, PAGE_LOAD_MS, signal);
  return dialog ? DONE : failed('not-found', 'dialog');
};
