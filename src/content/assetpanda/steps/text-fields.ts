// Steps `connection-name` and `domains`: typed into their fields like a person would (see
// src/content/dom/fill.ts), then read back.

import { fillInput } from '../../dom/fill';
import { waitFor } from '../../dom/watch';
import { findDialog, REACT_MS } from '../find';
import { findTextField, type FieldTarget } from '../fields';
import { DONE, failed, type PageStepContext, type PageStepRun } from '../step';

/** What the Domains field gets: Asset Panda's own example separates domains with commas. */
export const domainsText = (domains: readonly string[]): string => domains.join(', ');

async function fill(target: FieldTarget, value: string, { signal }: PageStepContext) {
  const dialog = findDialog();
  if (!dialog) return failed('not-found', 'dialog');
  // Domains appears only once "Enable for selected domains" is chosen: give the form a moment.
  const input = await waitFor(() => findTextField(dialog, target), REACT_MS, signal);
  if (!input) return failed('not-found', target);
  const outcome = await fillInput(input, value);
  const kept = (outcome === 'filled' || outcome === 'unchanged') && input.value === value;
  return kept ? DONE : failed('field-not-set', target);
}

export const fillConnectionName: PageStepRun = (context) =>
  fill('connection-name', context.job.connectionName, context);

export const fillDomains: PageStepRun = (context) =>
  fill('domains', domainsText(context.job.domains), context);
