// Step `metadata-file`: attaches the captured metadata, byte for byte, as `<connection name>.xml`
// to the form's upload control, as if the admin had chosen the file from disk (controls/file.ts),
// and waits for the form to show the file's name.

import { base64ToBytes } from '../../../core/bytes';
import { waitFor } from '../../dom/watch';
import { attachFile, readFile } from '../controls/file';
import { findDialog, REACT_MS } from '../find';
import { findFileInput } from '../fields';
import { DONE, failed, type PageStepRun } from '../step';

export const attachMetadata: PageStepRun = async ({ job, signal }) => {
  const dialog = findDialog();
  if (!dialog) return failed('not-found', 'dialog');
  const input = findFileInput(dialog);
  if (!input || !job.metadataBase64) return failed('not-found', 'metadata-file');
  const bytes = base64ToBytes(job.metadataBase64);
  attachFile(input, new File([bytes.slice().buffer], job.fileName, { type: 'text/xml' }));
  const shown = await waitFor(
    () => (readFile(input, dialog, job.fileName) ? true : null),
    REACT_MS,
    signal,
  );
  return shown ? DONE : failed('field-not-set', 'metadata-file');
};
