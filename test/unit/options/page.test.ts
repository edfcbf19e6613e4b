// @vitest-environment jsdom
// The options page as the admin uses it: labelled fields filled with the current settings, a
// wrong value explained under its field (and focused) instead of saved, Save and "Reset to
// defaults" through `options/set`, and everything disabled and explained when policy locks it.

import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type UserOptions } from '../../../src/core/settings';

const sent = vi.hoisted(() => [] as { type: string; payload: unknown }[]);
const reply = vi.hoisted(() => ({ settings: null as unknown }));
vi.mock('webextension-polyfill', () => ({
  default: {
    // The message key stands for its text, with the substitutions after it.
    i18n: {
      getMessage: (key: string, subs?: string | string[]) =>
        [key, ...[subs ?? []].flat()].join(' '),
    },
    runtime: {
      // state/get answers the page's starting settings; options/set what the background would.
      sendMessage: async (message: { type: string; payload: UserOptions }) => {
        sent.push(message);
        if (message.type === 'state/get') return { ok: true, settings: reply.settings };
        const { mergeSettings } = await import('../../../src/core/settings');
        return { ok: true, settings: mergeSettings(message.payload, {}) };
      },
    },
  },
}));

const { Options } = await import('../../../src/options/Options');

const settled = () => act(() => new Promise((done) => setTimeout(done, 0)));

async function openPage(settings: Settings): Promise<HTMLElement> {
  reply.settings = settings;
  document.body.innerHTML = '<div id="app"></div>';
  const app = document.getElementById('app')!;
  await act(() => render(h(Options, {}), app));
  await settled();
  return app;
}

const field = (label: string) => {
  const labelEl = [...document.querySelectorAll('label')].find((l) => l.textContent === label)!;
  return document.getElementById(labelEl.htmlFor) as HTMLInputElement;
};
const type = async (input: HTMLInputElement, value: string) => {
  input.value = value;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
};
const press = async (name: string) => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name)!;
  await act(() => button.click());
  await settled();
};
const saves = () => sent.filter((m) => m.type === 'options/set');

beforeEach(() => void (sent.length = 0));

describe('options page', () => {
  it('shows each setting in a labelled field with its hint and default', async () => {
    await openPage(DEFAULT_SETTINGS);
    const entityId = field('optionsEntityId');
    expect(entityId.value).toBe(DEFAULT_SETTINGS.profile.entityId);
    expect(field('optionsReplyUrl').value).toBe(DEFAULT_SETTINGS.profile.replyUrl);
    expect(field('optionsClaimName').value).toBe('emailaddress');
    expect(field('optionsClaimSource').value).toBe('user.mail');
    expect(field('optionsAssetPandaUrl').value).toBe('https://assetpanda.app/');
    const hint = document.getElementById(entityId.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toContain(`optionsDefault ${DEFAULT_SETTINGS.profile.entityId}`);
    expect(entityId.disabled).toBe(false);
  });

  it('explains a wrong value under its field, focuses it and saves nothing', async () => {
    await openPage(DEFAULT_SETTINGS);
    const replyUrl = field('optionsReplyUrl');
    await type(replyUrl, 'http://ap.example/saml2/idpresponse');
    await press('optionsSave');
    expect(saves()).toEqual([]);
    expect(replyUrl.getAttribute('aria-invalid')).toBe('true');
    const [error] = replyUrl.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(error!)!.textContent).toBe('optionsProblem_reply_url_format');
    expect(document.activeElement).toBe(replyUrl);
    expect(document.querySelector('[role="status"]')!.textContent).toBe('optionsFixFirst');
  });

  it('saves the values, trimmed, through options/set and says so', async () => {
    await openPage(DEFAULT_SETTINGS);
    await type(field('optionsEntityId'), ' urn:amazon:cognito:sp:eu-west-1_Other ');
    await press('optionsSave');
    expect(saves()).toEqual([
      {
        type: 'options/set',
        payload: {
          ...DEFAULT_SETTINGS.profile,
          entityId: 'urn:amazon:cognito:sp:eu-west-1_Other',
          assetPandaUrl: 'https://assetpanda.app/',
        },
      },
    ]);
    expect(document.querySelector('[role="status"]')!.textContent).toBe('optionsSaved');
  });

  it('"Reset to defaults" sends the defaults', async () => {
    await openPage({
      ...DEFAULT_SETTINGS,
      profile: { ...DEFAULT_SETTINGS.profile, claimName: 'email' },
    });
    expect(field('optionsClaimName').value).toBe('email');
    await press('optionsReset');
    expect(saves().map((m) => m.payload)).toEqual([
      { ...DEFAULT_SETTINGS.profile, assetPandaUrl: DEFAULT_SETTINGS.assetPandaUrl },
    ]);
    expect(field('optionsClaimName').value).toBe('emailaddress');
  });

  it('disables and explains the profile when policy locks it; the address stays editable', async () => {
    await openPage({ ...DEFAULT_SETTINGS, profileLocked: true });
    const fieldset = field('optionsEntityId').closest('fieldset')!;
    expect(fieldset.disabled).toBe(true);
    expect(document.getElementById(fieldset.getAttribute('aria-describedby')!)!.textContent).toBe(
      'optionsLocked',
    );
    expect(field('optionsAssetPandaUrl').closest('fieldset')!.disabled).toBe(false);
    await type(field('optionsAssetPandaUrl'), 'https://acme.assetpanda.app/');
    await press('optionsSave');
    expect(saves().map((m) => m.payload)).toEqual([
      { assetPandaUrl: 'https://acme.assetpanda.app/' },
    ]);
  });
});
