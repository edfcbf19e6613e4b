// Step `enable-type`: chooses the Enable Type in whatever control the form draws (a select, radios,
// a combobox with its list elsewhere in the page), the way that toolkit listens, and reads the
// choice back (controls/choice.ts).

import { findDialog } from '../find';
import { enableTypeWords, findField } from '../fields';
import { choose } from '../controls/choice';
import { DONE, failed, type PageStepRun } from '../step';

export const chooseEnableType: PageStepRun = async ({ job, signal }) => {
  const dialog = findDialog();
  if (!dialog) return failed('not-found', 'dialog');
  const control = findField(dialog, 'enable-type');
  if (!control) return failed('not-found', 'enable-type');
  const outcome = await choose(control, enableTypeWords(job.enableType), signal);
  if (outcome === 'set') return DONE;
  return failed(outcome === 'not-found' ? 'not-found' : 'field-not-set', 'enable-type');
};
