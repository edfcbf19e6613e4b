// `options/set` in the background: the checks it makes again, what it stores (nothing that equals a
// default), and the policy lock. Extension storage is a plain in-memory stand-in.

import { beforeEach, describe, expect, it, vi } from 'vitest';

const storage = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  managed: {} as Record<string, unknown>,
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => ({ [key]: storage.local[key] }),
        set: async (items: Record<string, unknown>) => void Object.assign(storage.local, items),
      },
      managed: { get: async () => ({ ...storage.managed }) },
    },
  },
}));

const { optionsHandlers } = await import('../../../src/background/options');
const { DEFAULT_PROFILE } = await import('../../../src/core/profile');
const { requestProblem } = await import('../../../src/core/messages');
const setOptions = optionsHandlers['options/set']!;
const ctx = { role: 'options' as const, tabId: null, frameId: null, url: '' };

const OTHER = {
  entityId: 'urn:amazon:cognito:sp:eu-west-1_Other',
  replyUrl: 'https://other.auth.eu-west-1.amazoncognito.com/saml2/idpresponse',
};

beforeEach(() => {
  storage.local = {};
  storage.managed = {};
});

describe('options/set', () => {
  it('stores what differs from the defaults and answers with the new settings', async () => {
    const reply = await setOptions(
      { ...DEFAULT_PROFILE, ...OTHER, assetPandaUrl: 'https://acme.assetpanda.app/' },
      ctx,
    );
    expect(storage.local.options).toEqual({
      ...OTHER,
      assetPandaUrl: 'https://acme.assetpanda.app/',
    });
    expect(reply).toMatchObject({
      ok: true,
      settings: {
        profile: { ...DEFAULT_PROFILE, ...OTHER },
        assetPandaUrl: 'https://acme.assetpanda.app/',
      },
    });
  });

  it('"Reset to defaults" leaves nothing stored', async () => {
    storage.local.options = { ...OTHER };
    await setOptions({ ...DEFAULT_PROFILE, assetPandaUrl: 'https://assetpanda.app/' }, ctx);
    expect(storage.local.options).toEqual({});
  });

  it('refuses a profile that fails the checks, and keeps what was stored', async () => {
    storage.local.options = { ...OTHER };
    expect(await setOptions({ replyUrl: 'http://x.example/acs' }, ctx)).toEqual({
      ok: false,
      error: 'invalid-profile',
    });
    expect(await setOptions({ assetPandaUrl: 'https://evil.example/' }, ctx)).toEqual({
      ok: false,
      error: 'invalid-asset-panda-url',
    });
    expect(storage.local.options).toEqual(OTHER);
  });

  it('refuses profile values when policy locks the profile, but takes the Asset Panda address', async () => {
    storage.managed = { lockProfile: true };
    expect(await setOptions({ ...OTHER }, ctx)).toEqual({ ok: false, error: 'profile-locked' });
    const reply = await setOptions({ assetPandaUrl: 'https://acme.assetpanda.app/' }, ctx);
    expect(reply).toMatchObject({
      ok: true,
      settings: { profileLocked: true, profile: DEFAULT_PROFILE },
    });
  });

  it('is accepted from the options page only, in its strict shape', () => {
    const message = { type: 'options/set', payload: { entityId: OTHER.entityId } };
    expect(requestProblem(message, 'options')).toBeNull();
    for (const role of ['popup', 'portal', 'assetpanda'] as const)
      expect(requestProblem(message, role)).toBe('sender-not-allowed');
    expect(
      requestProblem({ type: 'options/set', payload: { lockProfile: false } }, 'options'),
    ).toBe('bad-shape');
    expect(requestProblem({ type: 'options/set', payload: { entityId: 7 } }, 'options')).toBe(
      'bad-shape',
    );
  });
});
