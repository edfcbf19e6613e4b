// `mismatch/report` in the background: a page's report is kept as that page's site, whichever
// portal frame sent it (the top one has its own role), and only for its own site's targets.
// Extension storage is a plain in-memory stand-in.

import { beforeEach, describe, expect, it, vi } from 'vitest';

const storage = vi.hoisted(() => ({ local: {} as Record<string, unknown> }));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => ({ [key]: storage.local[key] }),
        set: async (items: Record<string, unknown>) => void Object.assign(storage.local, items),
      },
    },
  },
}));

const { mismatchHandlers } = await import('../../../src/background/mismatch');
const report = mismatchHandlers['mismatch/report']!;
const from = (role: 'portal' | 'portal-top' | 'assetpanda') => ({
  role,
  tabId: 1,
  frameId: 0,
  url: '',
});

beforeEach(() => {
  storage.local = {};
});

describe('mismatch/report', () => {
  it.each(['portal', 'portal-top'] as const)(
    'keeps a %s frame’s report as the portal’s',
    async (role) => {
      const reply = await report({ target: 'portal.createButton', text: 'report' }, from(role));
      expect(reply).toEqual({ ok: true });
      expect(storage.local.mismatch).toMatchObject({
        site: 'portal',
        target: 'portal.createButton',
        text: 'report',
      });
    },
  );

  it('keeps an Asset Panda page’s report as Asset Panda’s', async () => {
    await report({ target: 'assetpanda.settings', text: 'report' }, from('assetpanda'));
    expect(storage.local.mismatch).toMatchObject({ site: 'assetpanda' });
  });

  it("refuses a report on the other site's target", async () => {
    const reply = await report({ target: 'assetpanda.settings', text: 'x' }, from('portal-top'));
    expect(reply).toEqual({ ok: false, error: 'bad-target' });
    expect(storage.local.mismatch).toBeUndefined();
  });
});
