// The admin-facing words for a metadata check result, translated by code (the checker's own
// English message stays available as technical detail for support staff).

import { t } from './i18n';

const key = (kind: 'Error' | 'Warning', code: string) =>
  `metadata${kind}_${code.replaceAll('-', '_')}`;

export function errorText(error: { code: string; message: string }): string {
  const text = t(key('Error', error.code));
  return text === key('Error', error.code) ? error.message : text;
}

export function warningText(warning: { code: string; message: string }): string {
  const text = t(key('Warning', warning.code));
  return text === key('Warning', warning.code)
    ? `${t('metadataWarning_other')} ${warning.message}`
    : text;
}

export function daysLeft(notAfter: string, now = Date.now()): number {
  return Math.floor((Date.parse(notAfter) - now) / 86_400_000);
}
