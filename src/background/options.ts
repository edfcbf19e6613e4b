// `options/set`: the options page saves the admin's options (issue 5). The page is another
// context, so everything is checked again here: a profile locked by policy is refused, the
// profile must pass `profileProblems`, the Asset Panda address must be an allowed https address.
// Values equal to the defaults are not stored, so "Reset to defaults" leaves nothing behind and
// the extension's own defaults keep applying.

import browser from 'webextension-polyfill';
import { isAllowedAssetPandaUrl } from '../core/hosts';
import { DEFAULT_PROFILE, profileProblems, type ProviderProfile } from '../core/profile';
import { DEFAULT_SETTINGS, type UserOptions } from '../core/settings';
import { defineHandlers } from './router';
import { getSettings, readPolicy } from './settings';

const PROFILE_KEYS = ['entityId', 'replyUrl', 'claimName', 'claimSource'] as const;

export const optionsHandlers = defineHandlers({
  'options/set': async (options) => {
    const [policy, settings] = await Promise.all([readPolicy(), getSettings()]);
    if (policy.lockProfile && PROFILE_KEYS.some((key) => options[key] !== undefined))
      return { ok: false, error: 'profile-locked' };
    const profile: ProviderProfile = { ...DEFAULT_PROFILE };
    for (const key of PROFILE_KEYS) profile[key] = options[key] ?? DEFAULT_PROFILE[key];
    if (profileProblems(profile).length) return { ok: false, error: 'invalid-profile' };
    const address = options.assetPandaUrl;
    if (address !== undefined && !isAllowedAssetPandaUrl(address, settings.assetPandaHostPatterns))
      return { ok: false, error: 'invalid-asset-panda-url' };
    await browser.storage.local.set({ options: withoutDefaults(options) });
    return { ok: true, settings: await getSettings() };
  },
});

function withoutDefaults(options: UserOptions): UserOptions {
  const defaults: Required<UserOptions> = {
    ...DEFAULT_PROFILE,
    assetPandaUrl: DEFAULT_SETTINGS.assetPandaUrl,
  };
  return Object.fromEntries(
    Object.entries(options).filter(
      ([key, value]) => value !== undefined && value !== defaults[key as keyof UserOptions],
    ),
  );
}
