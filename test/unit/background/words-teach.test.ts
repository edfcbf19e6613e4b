// `words/teach` in the background: Asset Panda's taught words decide what the transfer clicks and
// types into, so only the transfer's own tab, on the transfer's origin, may teach them; a portal
// frame teaches the portal's targets only. Storage is an in-memory stand-in.

import { beforeEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  local: {} as Record<string, unknown>,
  transfer: null as { tabId: number | null; origin: string } | null,
}));
vi.mock('../../../src/background/store', () => ({
  getLocal: async (key: string) => state.local[key],
  setLocal: async (key: string, value: unknown) => void (state.local[key] = value),
  updateLocal: async (key: string, update: (value: unknown) => unknown) =>
    (state.local[key] = update(state.local[key])),
  getSession: async () => state.transfer,
}));
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../../src/background/settings', () => ({ readPolicy: async () => ({}) }));

const { wordHandlers } = await import('../../../src/background/word-overrides');
const teach = wordHandlers['words/teach']!;
const ORIGIN = 'https://acme.assetpanda.app';
const page = (tabId: number, url: string) => ({
  role: 'assetpanda' as const,
  tabId,
  frameId: 0,
  url,
});

beforeEach(() => {
  state.local = {};
  state.transfer = { tabId: 7, origin: ORIGIN };
});

describe('words/teach', () => {
  it("keeps the word from the transfer's tab on its origin", async () => {
    const reply = await teach(
      { target: 'assetpanda.settings', word: 'Réglages' },
      page(7, `${ORIGIN}/home`),
    );
    expect(reply).toMatchObject({ ok: true });
    expect(state.local.wordOverrides).toEqual({ 'assetpanda.settings': ['Réglages'] });
  });

  it.each([
    ['another tab', page(8, `${ORIGIN}/home`)],
    ['another origin in the same tab', page(7, 'https://other.assetpanda.app/home')],
  ])('refuses an Asset Panda word from %s', async (_, from) => {
    const reply = await teach({ target: 'assetpanda.settings', word: 'Réglages' }, from);
    expect(reply).toEqual({ ok: false, error: 'no-tab' });
    expect(state.local.wordOverrides).toBeUndefined();
  });

  it('refuses an Asset Panda word when no transfer is under way', async () => {
    state.transfer = null;
    const reply = await teach({ target: 'assetpanda.settings', word: 'x' }, page(7, `${ORIGIN}/`));
    expect(reply).toEqual({ ok: false, error: 'no-tab' });
  });

  it("lets a portal frame teach the portal's targets, not Asset Panda's", async () => {
    const frame = {
      role: 'portal' as const,
      tabId: 3,
      frameId: 2,
      url: 'https://portal.azure.com/',
    };
    expect(await teach({ target: 'portal.createButton', word: 'Ajouter' }, frame)).toMatchObject({
      ok: true,
    });
    expect(await teach({ target: 'assetpanda.settings', word: 'x' }, frame)).toEqual({
      ok: false,
      error: 'bad-target',
    });
  });
});
