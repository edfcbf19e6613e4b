// Step `metadata-file`: attaches the captured metadata, byte for byte, as `<connection name>.xml`
// to the form's file input, as if the admin had chosen the file from disk: the input's files set
// from a DataTransfer, then the bubbling `input` and `change` events a real choice fires.

import { base64ToBytes } from '../../../core/bytes';
import { waitFor } from '../../dom/watch';
import { findDialog, REACT_MS } from '../find';
import { findField } from '../fields';
import { DONE, failed, type StepRun } from '../step';

/** The form shows the chosen file's name (a chip, a caption): the sign that it took the file. */
export function showsFileName(dialog: HTMLElement, fileName: string): boolean {
  const walker = dialog.ownerDocument.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent?.trim() === fileName) return true;
  return false;
}

export const attachMetadata: StepRun = async ({ job, signal }) => {
  const dialog = findDialog();
  if (!dialog) return failed('not-found', 'dialog');
  const input = findField(dialog, 'metadata-file');
  if (!(input instanceof HTMLInputElement) || !job.metadataBase64)
    return failed('not-found', 'metadata-file');
  const bytes = base64ToBytes(job.metadataBase64);
  const files = new DataTransfer();
  files.items.add(new File([bytes.slice().buffer], job.fileName, { type: 'text/xml' }));
  input.files = files.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const shown = await waitFor(
    () => (showsFileName(dialog, job.fileName) ? true : null),
    REACT_MS,
    signal,
  );
  return shown ? DONE : failed('field-not-set', 'metadata-file');
};
