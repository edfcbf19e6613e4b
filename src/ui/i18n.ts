// The extension's own words come from _locales, in the browser's UI language (not the portal's).

import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
