// The extension's own words come from _locales, in the browser's UI language (not the portal's).

import browser from 'webextension-polyfill';
import { codeKey, type MessageKey } from '../core/message-keys';
import type { RefusalCode } from '../core/transfer-steps';

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** `key`'s message, or null: for codes of which only some have their own, the rest one shared. */
export function messageIfAny(key: string): string | null {
  return browser.i18n.getMessage(key) || null;
}

/** What a refusal means to the admin, under `prefix`; a refusal without its own names its code. */
export function refusalText(prefix: 'requestError' | 'transferRefused', code: RefusalCode): string {
  return messageIfAny(codeKey(prefix, code)) ?? t('transferRefused_other', code);
}
