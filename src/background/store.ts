// Typed access to extension storage for the background (the only writer). Reads merge defaults so
// a first run yields a complete value, and every value read back is shape-checked first: content
// scripts can write `local`, so what is there may not be what the background wrote. A value of
// the wrong shape (an older version's, or a planted one) reads as the default.

import browser from 'webextension-polyfill';
import {
  localChecks,
  localDefaults,
  sessionChecks,
  sessionDefaults,
  type LocalSchema,
  type SessionSchema,
} from '../core/storage-schema';

export async function getLocal<K extends keyof LocalSchema>(key: K): Promise<LocalSchema[K]> {
  const stored = await browser.storage.local.get(key);
  return checked(stored[key], localChecks[key], localDefaults[key], `local.${key}`);
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
  return checked(stored[key], sessionChecks[key], sessionDefaults[key], `session.${key}`);
}

export async function setSession<K extends keyof SessionSchema>(
  key: K,
  value: SessionSchema[K],
): Promise<void> {
  await browser.storage.session.set({ [key]: value });
}

function checked<T>(value: unknown, check: (v: unknown) => v is T, fallback: T, name: string): T {
  if (value === undefined) return structuredClone(fallback);
  if (check(value)) return value;
  console.warn('[sso-assistant] ignored stored value of the wrong shape:', name);
  return structuredClone(fallback);
}
