// The background: the one place that holds state. It keeps nothing only in memory, so it can be
// stopped at any moment (Chrome's service worker) and resume from storage.

import browser from 'webextension-polyfill';
import { forgetTab, portalTabId, rememberFrame } from './frames';
import { listen } from './router';
import { getLocal, getSession, updateLocal } from './store';

listen({
  'frame/hello': async (payload, ctx) => {
    if (ctx.tabId === null || ctx.frameId === null) return { ok: false, error: 'no-tab' };
    await rememberFrame({ tabId: ctx.tabId, frameId: ctx.frameId, url: ctx.url, top: payload.top });
    const progress = await getLocal('progress');
    return { ok: true, progress };
  },

  'state/get': async () => {
    const [progress, metadata, transfer, frames] = await Promise.all([
      getLocal('progress'),
      getLocal('metadata'),
      getLocal('transfer'),
      getSession('frames'),
    ]);
    return { ok: true, progress, metadata, transfer, portalFrames: frames.length };
  },

  'guide/set': async (payload) => {
    const progress = await updateLocal('progress', (p) => ({
      ...p,
      guide: { ...p.guide, ...definedOnly(payload) },
    }));
    return { ok: true, progress };
  },

  'guide/show': async () => {
    await updateLocal('progress', (p) => ({ ...p, guide: { ...p.guide, dismissed: false } }));
    const tabId = await portalTabId();
    if (tabId === null) return { ok: false, error: 'no-portal-tab' };
    const reply: unknown = await browser.tabs
      .sendMessage(tabId, { command: 'guide/show', payload: {} }, { frameId: 0 })
      .catch(() => null);
    return isShown(reply) ? { ok: true, tabId } : { ok: false, error: 'portal-tab-not-answering' };
  },
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function isShown(reply: unknown): boolean {
  return (
    typeof reply === 'object' && reply !== null && (reply as { shown?: unknown }).shown === true
  );
}
