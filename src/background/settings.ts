// Reads the effective settings: options the admin saved, overridden by enterprise policy.

import browser from 'webextension-polyfill';
import {
  isUserOptions,
  mergeSettings,
  policyFrom,
  type ManagedPolicy,
  type Settings,
  type UserOptions,
} from '../core/settings';

export async function readPolicy(): Promise<ManagedPolicy> {
  try {
    return policyFrom(await browser.storage.managed.get(null));
  } catch {
    return {}; // no policy installed (Firefox throws when no managed manifest exists)
  }
}

export async function readOptions(): Promise<UserOptions> {
  const { options } = await browser.storage.local.get('options');
  return isUserOptions(options) ? options : {};
}

export async function getSettings(): Promise<Settings> {
  const [options, policy] = await Promise.all([readOptions(), readPolicy()]);
  return mergeSettings(options, policy);
}
