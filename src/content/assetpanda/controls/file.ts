// Attaching the metadata file to whatever upload control the page draws (issue 13 part 2): a bare
// `input[type=file]`, MUI's hidden input behind an "Upload" button, or DevExtreme's FileUploader
// (`div.dx-fileuploader`, its `input.dx-fileuploader-input[type=file]` hidden behind a "Select a
// file" button and a drop zone). The input's files are set from a DataTransfer, then the bubbling
// `input` and `change` a real choice fires (what every one of them listens to). Read back: the
// input holds exactly that file, and the form shows a chip or caption whose text contains its name
// (DevExtreme's `.dx-fileuploader-file-name`, MUI's chip: both add a size or an icon beside it).

import { isVisible } from '../../dom/locate';
import { spokenText } from '../find';

/** The one file input of an upload control: `control` itself, or the one inside it. */
export function fileInputOf(control: Element): HTMLInputElement | null {
  if (control instanceof HTMLInputElement) return control.type === 'file' ? control : null;
  const inputs = control.querySelectorAll<HTMLInputElement>('input[type="file"]');
  return inputs.length === 1 ? (inputs[0] ?? null) : null;
}

/** Whether a visible chip or caption in `scope` shows a text containing `fileName`. */
export function showsFileName(scope: Element, fileName: string): boolean {
  const walker = scope.ownerDocument.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const holder = node.parentElement;
    if (!holder || !(node.textContent ?? '').includes(fileName)) continue;
    // The chip as a whole is what the admin reads (a name split over spans still counts).
    const chip = holder.closest('[role="listitem"], li, .dx-fileuploader-file') ?? holder;
    if (spokenText(chip).includes(fileName) && isVisible(holder)) return true;
  }
  return false;
}

/** Whether `input` holds exactly the one file `fileName` and `scope` shows its name. */
export function readFile(input: HTMLInputElement, scope: Element, fileName: string): boolean {
  const files = input.files;
  return files?.length === 1 && files[0]?.name === fileName && showsFileName(scope, fileName);
}

/** Gives `input` the file, as if the admin had chosen it from disk. */
export function attachFile(input: HTMLInputElement, file: File): void {
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
