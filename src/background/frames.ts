// The portal frames content scripts run in, kept in session storage (the service worker may be
// stopped at any time) so commands reach the right tab and frame.

import browser from 'webextension-polyfill';
import { sendCommand } from '../messaging/commands';
import type { FrameRecord } from '../core/storage-schema';
import { getSession, setSession } from './store';

const MAX_FRAMES = 50;

export async function rememberFrame(frame: Omit<FrameRecord, 'seenAt'>): Promise<void> {
  const frames = await getSession('frames');
  const others = frames.filter((f) => !(f.tabId === frame.tabId && f.frameId === frame.frameId));
  const next = [...others, { ...frame, seenAt: new Date().toISOString() }].slice(-MAX_FRAMES);
  await setSession('frames', next);
}

export async function forgetTab(tabId: number): Promise<void> {
  const frames = await getSession('frames');
  await setSession(
    'frames',
    frames.filter((f) => f.tabId !== tabId),
  );
}

/** The portal tab to talk to: the active one if it is a portal tab, else the one seen last. */
export async function portalTabId(): Promise<number | null> {
  const frames = await getSession('frames');
  const portalTabs = new Set(frames.map((f) => f.tabId));
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (active?.id !== undefined && portalTabs.has(active.id)) return active.id;
  const last = frames.filter((f) => f.top).at(-1) ?? frames.at(-1);
  return last?.tabId ?? null;
}

/** Tells the other frames of a tab that progress changed, so each guide updates. */
export async function broadcastProgress(
  tabId: number,
  exceptFrameId: number | null,
): Promise<void> {
  const frames = (await getSession('frames')).filter(
    (f) => f.tabId === tabId && f.frameId !== exceptFrameId,
  );
  // A frame that has gone away answers nothing; the others update.
  await Promise.all(
    frames.map((f) => sendCommand(tabId, 'progress/changed', {}, { frameId: f.frameId })),
  );
}
