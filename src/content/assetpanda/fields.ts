// The four fields of the "Add new SSO" form, found in the dialog through their labels.

import type { TransferTarget } from '../../core/transfer-steps';
import { fileInputOf } from './controls/file';
import { controlByLabel } from './find';
import { WORDS } from './labels';
import { wordsFor } from './words';

export type FieldTarget = Extract<
  TransferTarget,
  'enable-type' | 'connection-name' | 'domains' | 'metadata-file'
>;

const FIELD_WORDS: Record<FieldTarget, readonly string[]> = {
  'enable-type': WORDS.enableType.texts,
  'connection-name': WORDS.connectionName.texts,
  domains: WORDS.domains.texts,
  'metadata-file': WORDS.metadataFile.texts,
};

const FIELD_TARGETS = Object.keys(FIELD_WORDS) as FieldTarget[];

/** A field's label words, overrides first. */
export const fieldWords = (target: FieldTarget): readonly string[] =>
  wordsFor(target, FIELD_WORDS[target]);

export function findField(dialog: HTMLElement, target: FieldTarget): HTMLElement | null {
  // Upload controls hide their file input behind a drop zone and a button.
  return controlByLabel(dialog, fieldWords(target), { visible: target !== 'metadata-file' });
}

/** The upload's file input: the one the label names or that sits in its control, else the only one. */
export function findFileInput(dialog: HTMLElement): HTMLInputElement | null {
  const labelled = findField(dialog, 'metadata-file');
  const input = labelled && fileInputOf(labelled);
  if (input) return input;
  const inputs = dialog.querySelectorAll<HTMLInputElement>('input[type="file"]');
  return inputs.length === 1 ? (inputs[0] ?? null) : null;
}

export function findTextField(
  dialog: HTMLElement,
  target: FieldTarget,
): HTMLInputElement | HTMLTextAreaElement | null {
  const field = findField(dialog, target);
  if (field instanceof HTMLTextAreaElement) return field;
  return field instanceof HTMLInputElement && field.type !== 'file' ? field : null;
}

/** Which of the four fields `control` is, if any (to name the field Asset Panda flags). */
export function targetOf(dialog: HTMLElement, control: Element): FieldTarget | undefined {
  return FIELD_TARGETS.find((target) => {
    const field = findField(dialog, target);
    // MUI's Select marks its hidden native input, next to the combobox the label names.
    return field === control || (!!field && field.parentElement === control.parentElement);
  });
}
