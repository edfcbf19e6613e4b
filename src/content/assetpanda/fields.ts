// The four fields of the "Add new SSO" form, found in the dialog through their labels, and the
// words of the Enable Type choices: the registry's words (site/labels.ts), overrides first.

import type { EnableType } from '../../core/transfer-steps';
import type { TransferTarget } from '../../core/transfer-steps';
import type { AssetPandaWordTarget } from '../../core/word-overrides';
import type { Names } from '../dom/target';
import { wordsFor } from '../words';
import { fileInputOf } from './controls/file';
import { controlByLabel } from './find';
import { ENABLE_TYPE_LABELS, LABELS } from './site/labels';

export type FieldTarget = Extract<
  TransferTarget,
  'enable-type' | 'connection-name' | 'domains' | 'metadata-file'
>;

/** Each field's label. */
export const FIELD_LABELS: Record<FieldTarget, Names> = {
  'enable-type': LABELS.enableType,
  'connection-name': LABELS.connectionName,
  domains: LABELS.domains,
  'metadata-file': LABELS.metadataFile,
};

const FIELD_TARGETS = Object.keys(FIELD_LABELS) as FieldTarget[];

/** A field's label words, overrides first. */
export const fieldWords = (target: FieldTarget): readonly string[] =>
  wordsFor(`assetpanda.${target}`, FIELD_LABELS[target]);

const ENABLE_TYPE_TARGETS = {
  all: 'enable-all',
  domains: 'enable-domains',
  disabled: 'disable-all',
} as const satisfies Record<EnableType, AssetPandaWordTarget>;

/** The words of each Enable Type choice (Asset Panda's, from the help page), overrides first. */
export const enableTypeWords = (type: EnableType): readonly string[] =>
  wordsFor(`assetpanda.${ENABLE_TYPE_TARGETS[type]}`, ENABLE_TYPE_LABELS[type]);

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
