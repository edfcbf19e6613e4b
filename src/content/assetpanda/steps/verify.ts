// Step `verify`: before Save, every field is read again: each holds what was set, and Asset Panda
// flags none of them. Anything uncertain stops the transfer here, so Save is never clicked on a
// form the assistant is not sure of.

import { readChoice } from '../controls/choice';
import { readFile } from '../controls/file';
import { findDialog, errorOf } from '../find';
import {
  enableTypeWords,
  findField,
  findFileInput,
  findTextField,
  type FieldTarget,
} from '../fields';
import { DONE, failed, type PageStepOutcome, type PageStepRun, type TransferJob } from '../step';
import { domainsText } from './text-fields';

function check(dialog: HTMLElement, target: FieldTarget, job: TransferJob): PageStepOutcome {
  if (target === 'enable-type') {
    const control = findField(dialog, target);
    if (!control) return failed('not-found', target);
    return readChoice(control, enableTypeWords(job.enableType))
      ? DONE
      : failed('field-not-set', target);
  }
  if (target === 'metadata-file') {
    const input = findFileInput(dialog);
    if (!input) return failed('not-found', target);
    const error = errorOf(input);
    if (error) return failed('field-invalid', target, error);
    return readFile(input, dialog, job.fileName) ? DONE : failed('field-not-set', target);
  }
  const input = findTextField(dialog, target);
  if (!input) return failed('not-found', target);
  const wanted = target === 'domains' ? domainsText(job.domains) : job.connectionName;
  const error = errorOf(input);
  if (error) return failed('field-invalid', target, error);
  return input.value === wanted ? DONE : failed('field-not-set', target);
}

export const verifyForm: PageStepRun = async ({ job }) => {
  const dialog = findDialog();
  if (!dialog) return failed('not-found', 'dialog');
  const targets: FieldTarget[] = [
    'enable-type',
    'connection-name',
    ...(job.enableType === 'domains' ? (['domains'] as const) : []),
    'metadata-file',
  ];
  for (const target of targets) {
    const outcome = check(dialog, target, job);
    if (outcome.status === 'failed') return outcome;
  }
  return DONE;
};
