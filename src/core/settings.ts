// Settings = defaults, overridden by the admin's options, overridden by enterprise policy
// (`storage.managed`, schema in public/managed-schema.json). Policy can lock the profile.

import { arr, bool, type Checked, obj, optional, str } from './check';
import { DEFAULT_ASSETPANDA_ORIGIN_PATTERNS } from './hosts';
import { DEFAULT_PROFILE, profileProblems, type ProviderProfile } from './profile';
import { isWordOverrides } from './word-overrides';

export interface Settings {
  profile: ProviderProfile;
  /** Where to open Asset Panda when no tab is open, e.g. https://acme.assetpanda.app/ */
  assetPandaUrl: string;
  assetPandaHostPatterns: string[];
  profileLocked: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  profile: DEFAULT_PROFILE,
  assetPandaUrl: 'https://assetpanda.app/',
  assetPandaHostPatterns: [...DEFAULT_ASSETPANDA_ORIGIN_PATTERNS],
  profileLocked: false,
};

export const isUserOptions = obj({
  entityId: optional(str(512)),
  replyUrl: optional(str(512)),
  claimName: optional(str(128)),
  claimSource: optional(str(128)),
  assetPandaUrl: optional(str(512)),
});
export type UserOptions = Checked<typeof isUserOptions>;

export const isManagedPolicy = obj({
  entityId: optional(str(512)),
  replyUrl: optional(str(512)),
  claimName: optional(str(128)),
  claimSource: optional(str(128)),
  assetPandaUrl: optional(str(512)),
  allowedAssetPandaHosts: optional(arr(str(253), 50)),
  lockProfile: optional(bool),
  /** Read on its own by background/word-overrides.ts (issue 13 part 6). */
  wordOverrides: optional(isWordOverrides),
});
export type ManagedPolicy = Checked<typeof isManagedPolicy>;

const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

export function mergeSettings(options: UserOptions, policy: ManagedPolicy): Settings {
  const locked = policy.lockProfile === true;
  const pick = (key: keyof ProviderProfile): string =>
    policy[key] ?? (locked ? undefined : options[key]) ?? DEFAULT_PROFILE[key];
  const profile: ProviderProfile = {
    entityId: pick('entityId'),
    replyUrl: pick('replyUrl'),
    claimName: pick('claimName'),
    claimSource: pick('claimSource'),
  };
  const hostPatterns = (policy.allowedAssetPandaHosts ?? [])
    .map((h) => h.trim().toLowerCase())
    .filter((h) => HOST_PATTERN.test(h));
  return {
    // An invalid profile from any layer falls back to the defaults rather than guiding wrongly.
    profile: profileProblems(profile).length ? DEFAULT_PROFILE : profile,
    assetPandaUrl: policy.assetPandaUrl ?? options.assetPandaUrl ?? DEFAULT_SETTINGS.assetPandaUrl,
    assetPandaHostPatterns: hostPatterns.length
      ? hostPatterns
      : DEFAULT_SETTINGS.assetPandaHostPatterns,
    profileLocked: locked,
  };
}
