// Typed access to extension storage for the background (the only writer). Reads merge defaults so
// a first run and an older stored shape both yield a complete value.

import browser from 'webextension-polyfill';
import {
  localDefaults,
  sessionDefaults,
  type LocalSchema,
  type SessionSchema,
} from '../core/storage-schema';

export async function getLocal<K extends keyof LocalSchema>(key: K): Promise<LocalSchema[K]> {
  const stored = await browser.storage.local.get(key);
  return (stored[key] as LocalSchema[K] | undefined) ?? structuredClone(localDefaults[key]);
}

export async function setLocal<K extends keyof LocalSchema>(
  key: K,
  value: LocalSchema[K],
): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}

/** Read-modify-write of one key; callers keep `update` free of awaits so writes stay ordered. */
export async function updateLocal<K extends keyof LocalSchema>(
  key: K,
  update: (value: LocalSchema[K]) => LocalSchema[K],
): Promise<LocalSchema[K]> {
  const next = update(await getLocal(key));
  await setLocal(key, next);
  return next;
}

export async function getSession<K extends keyof SessionSchema>(key: K): Promise<SessionSchema[K]> {
  const stored = await browser.storage.session.get(key);
  return (stored[key] as SessionSchema[K] | undefined) ?? structuredClone(sessionDefaults[key]);
}

export async function setSession<K extends keyof SessionSchema>(
  key: K,
  value: SessionSchema[K],
): Promise<void> {
  await browser.storage.session.set({ [key]: value });
}
