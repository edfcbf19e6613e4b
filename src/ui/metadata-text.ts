// The admin-facing words for a metadata check result, translated by code (the checker's own
// English message stays available as technical detail for support staff).

import { codeKey } from '../core/message-keys';
import type { MetadataErrorCode, MetadataWarningCode } from '../core/metadata/errors';
import { messageIfAny, t } from './i18n';

export function errorText(code: MetadataErrorCode): string {
  return t(codeKey('metadataError', code));
}

/** Warnings without a message of their own say so, then quote the checker. */
export function warningText(warning: { code: MetadataWarningCode; message: string }): string {
  return (
    messageIfAny(codeKey('metadataWarning', warning.code)) ??
    `${t('metadataWarning_other')} ${warning.message}`
  );
}

export function daysLeft(notAfter: string, now = Date.now()): number {
  return Math.floor((Date.parse(notAfter) - now) / 86_400_000);
}
