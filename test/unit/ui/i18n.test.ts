// Codes of which only some have a message of their own: a refusal or a metadata warning says its
// own message when it has one, and the shared one (naming the code, or quoting the checker) when
// not, never the raw key. getMessage is a stand-in that reads the English messages.

import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const en = vi.hoisted(() => ({ messages: {} as Record<string, { message: string }> }));
en.messages = JSON.parse(
  readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, { message: string }>;

vi.mock('webextension-polyfill', () => ({
  default: {
    i18n: {
      getMessage: (key: string, substitutions?: string | string[]) =>
        (en.messages[key]?.message ?? '').replace(/\$[A-Z]+\$/, [substitutions ?? ''].flat()[0]!),
    },
  },
}));

const { refusalText } = await import('../../../src/ui/i18n');
const { warningText } = await import('../../../src/ui/metadata-text');

describe('refusalText', () => {
  it("says a refusal's own message when it has one", () => {
    expect(refusalText('transferRefused', 'bad-name')).toBe(
      en.messages.transferRefused_bad_name!.message,
    );
    expect(refusalText('requestError', 'unreachable')).toBe(
      en.messages.requestError_unreachable!.message,
    );
  });

  it('names the code in the shared message when the refusal has none of its own', () => {
    const text = refusalText('requestError', 'no-portal-tab');
    expect(text).toContain('(no-portal-tab)');
    expect(text).not.toContain('requestError_');
  });
});

describe('warningText', () => {
  it("says a warning's own message, or the shared one with the checker's words", () => {
    expect(warningText({ code: 'not-entra', message: 'checker' })).toBe(
      en.messages.metadataWarning_not_entra!.message,
    );
    const other = warningText({ code: 'no-redirect-binding', message: 'No Redirect binding.' });
    expect(other).toBe(`${en.messages.metadataWarning_other!.message} No Redirect binding.`);
  });
});
