// The background: the one place that holds state. It keeps nothing only in memory, so it can be
// stopped at any moment (Chrome's service worker) and resume from storage.

import browser from 'webextension-polyfill';
import { base64ToBytes } from '../core/bytes';
import { broadcastProgress, forgetTab, portalTabId, rememberFrame } from './frames';
import { recordStep } from './progress';
import { acceptMetadata, fetchMetadataUrl } from './metadata';
import { watchErrorPagePermission } from './error-pages';
import { finishHandlers } from './finish';
import { parseMetadataUrl } from '../core/metadata-url';
import { listenForReminders } from './reminders';
import { sendCommand } from '../messaging/commands';
import { listen } from './router';
import { watchEntraVisits } from './sign-in-watch';
import { getSettings } from './settings';
import { localDefaults } from '../core/storage-schema';
import { getLocal, getSession, setLocal, updateLocal } from './store';
import { forgetHandlers } from './forget';
import { optionsHandlers } from './options';
import { getWordOverrides, wordHandlers } from './word-overrides';
import { mismatchHandlers } from './mismatch';
import { teachHandlers } from './teach';
import { transferHandlers, watchTransfers } from './transfer';
import { currentDestination } from './transfer-destination';
import { suggestedDomains } from './transfer-suggest';

listen({
  'frame/hello': async (_payload, ctx) => {
    if (ctx.tabId === null || ctx.frameId === null) return { ok: false, error: 'no-tab' };
    const top = ctx.role === 'portal-top'; // from the browser's sender record, not the payload
    await rememberFrame({ tabId: ctx.tabId, frameId: ctx.frameId, url: ctx.url, top });
    const [progress, settings] = await Promise.all([getLocal('progress'), getSettings()]);
    return { ok: true, progress, profile: settings.profile };
  },

  'state/get': async () => {
    const settings = await getSettings();
    const [progress, captures, portalCertificate, transfer, destination] = await Promise.all([
      getLocal('progress'),
      getLocal('captures'),
      getLocal('portalCertificate'),
      getSession('transfer'),
      currentDestination(settings),
    ]);
    const domains = suggestedDomains(portalCertificate);
    const [words, mismatch] = await Promise.all([getWordOverrides(), getLocal('mismatch')]);
    return {
      ok: true,
      progress,
      captures,
      portalCertificate,
      transfer,
      settings,
      words,
      mismatch,
      suggestedDomains: domains,
      destination,
    };
  },

  'guide/set': async (payload) => {
    const progress = await updateLocal('progress', (p) => ({
      ...p,
      guide: { ...p.guide, ...definedOnly(payload) },
    }));
    return { ok: true, progress };
  },

  'progress/reset': async () => {
    await setLocal('progress', structuredClone(localDefaults.progress));
    const tabId = await portalTabId();
    if (tabId !== null) await broadcastProgress(tabId, null);
    return { ok: true, progress: await getLocal('progress') };
  },

  'guide/show': async () => {
    await updateLocal('progress', (p) => ({ ...p, guide: { ...p.guide, dismissed: false } }));
    const tabId = await portalTabId();
    if (tabId === null) return { ok: false, error: 'no-portal-tab' };
    const reply = await sendCommand(tabId, 'guide/show', {}, { frameId: 0 });
    return reply?.shown ? { ok: true, tabId } : { ok: false, error: 'portal-tab-not-answering' };
  },

  'step/observed': async ({ step, state, detail }, ctx) => {
    const progress = await recordStep(step, state, detail);
    if (ctx.tabId !== null) await broadcastProgress(ctx.tabId, ctx.frameId);
    return { ok: true, progress };
  },

  'metadata/import': async ({ text, source, fileName }) => {
    const outcome = await acceptMetadata(new TextEncoder().encode(text), {
      source,
      fileName: fileName ?? 'federationmetadata.xml',
      appId: null,
    });
    await tellPortal(null);
    return { ok: true, ...outcome };
  },

  'metadata/captured': async ({ base64, fileName, appId }, ctx) => {
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(base64);
    } catch {
      return { ok: false, error: 'bad-shape' };
    }
    const outcome = await acceptMetadata(bytes, { source: 'download', fileName, appId });
    await tellPortal(ctx.tabId);
    return { ok: true, ...outcome };
  },

  'metadata/fetch-url': async ({ url }, ctx) => {
    const outcome = await fetchMetadataUrl(url);
    await tellPortal(ctx.role === 'portal-top' ? ctx.tabId : null);
    return 'error' in outcome ? { ok: false, error: outcome.error } : { ok: true, ...outcome };
  },

  'portal/certificate-seen': async ({ appId, thumbprint, metadataUrl, notificationEmail }) => {
    const normalized = thumbprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
    if (!/^[0-9A-F]{40}$/.test(normalized)) return { ok: false, error: 'bad-shape' };
    await setLocal('portalCertificate', {
      appId,
      thumbprint: normalized,
      metadataUrl: metadataUrl && parseMetadataUrl(metadataUrl) ? metadataUrl : null,
      ...(notificationEmail ? { notificationEmail } : {}),
      seenAt: new Date().toISOString(),
    });
    return { ok: true };
  },

  ...transferHandlers,
  ...optionsHandlers,
  ...forgetHandlers,
  ...finishHandlers,
  ...wordHandlers,
  ...mismatchHandlers,
  ...teachHandlers,
});

listenForReminders();
watchErrorPagePermission();
watchEntraVisits();
watchTransfers();
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

/** A capture may complete a step: the portal tab's guide should show it at once. */
async function tellPortal(tabId: number | null): Promise<void> {
  const target = tabId ?? (await portalTabId());
  if (target !== null) await broadcastProgress(target, null);
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
