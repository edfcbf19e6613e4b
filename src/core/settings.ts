// Settings = defaults, overridden by the admin's options, overridden by enterprise policy
// (`storage.managed`, schema in public/managed-schema.json). Policy can lock the profile.
// A malformed policy fails closed: each key is checked on its own, a bad key is dropped without
// taking the others with it, the lock holds whenever the policy asks for it, and a host list with
// no usable entry allows no transfer rather than the broad default.

import { type Check, type Checked, obj, optional, str } from './check';
import { DEFAULT_ASSETPANDA_ORIGIN_PATTERNS } from './hosts';
import { DEFAULT_PROFILE, profileProblems, type ProviderProfile } from './profile';
import { isWordOverrides, type WordOverrides } from './word-overrides';

/** Why policy lets no metadata go anywhere; the popup says so instead of offering Send. */
export type PolicyBlock = 'no-valid-hosts';

export interface Settings {
  profile: ProviderProfile;
  /** Where to open Asset Panda when no tab is open, e.g. https://acme.assetpanda.app/ */
  assetPandaUrl: string;
  /**
   * The origin of the organization's Asset Panda address when options or policy name one: then
   * only that exact origin may receive the metadata. Null when neither does (the admin picks).
   */
  organizationOrigin: string | null;
  assetPandaHostPatterns: string[];
  profileLocked: boolean;
  policyBlock: PolicyBlock | null;
}

export const DEFAULT_SETTINGS: Settings = {
  profile: DEFAULT_PROFILE,
  assetPandaUrl: 'https://assetpanda.app/',
  organizationOrigin: null,
  assetPandaHostPatterns: [...DEFAULT_ASSETPANDA_ORIGIN_PATTERNS],
  profileLocked: false,
  policyBlock: null,
};

/** The limits public/managed-schema.json repeats (`maxLength`, `maxItems`); a test keeps them equal. */
export const SETTING_LIMITS = {
  entityId: 512,
  replyUrl: 512,
  claimName: 128,
  claimSource: 128,
  assetPandaUrl: 512,
  host: 253,
  hosts: 50,
} as const;

export const isUserOptions = obj({
  entityId: optional(str(SETTING_LIMITS.entityId)),
  replyUrl: optional(str(SETTING_LIMITS.replyUrl)),
  claimName: optional(str(SETTING_LIMITS.claimName)),
  claimSource: optional(str(SETTING_LIMITS.claimSource)),
  assetPandaUrl: optional(str(SETTING_LIMITS.assetPandaUrl)),
});
export type UserOptions = Checked<typeof isUserOptions>;

export interface ManagedPolicy extends UserOptions {
  /** The valid entries of the policy's host list; empty when it has none (no transfer). */
  allowedAssetPandaHosts?: string[];
  lockProfile?: boolean;
  /** Extra words per target (issue 13 part 6); read by background/word-overrides.ts. */
  wordOverrides?: WordOverrides;
}

const HOST_PATTERN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

const POLICY_STRINGS: { [K in keyof UserOptions]-?: Check<string> } = {
  entityId: str(SETTING_LIMITS.entityId),
  replyUrl: str(SETTING_LIMITS.replyUrl),
  claimName: str(SETTING_LIMITS.claimName),
  claimSource: str(SETTING_LIMITS.claimSource),
  assetPandaUrl: str(SETTING_LIMITS.assetPandaUrl),
};

/**
 * The policy as `storage.managed` holds it, checked key by key: a key of the wrong type or length
 * is left out and the rest is kept. The lock holds for any value but `false` (a policy that says
 * `"true"` means it); a host list keeps its valid entries, and one with none stays present, empty.
 */
export function policyFrom(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const record = raw as Record<string, unknown>;
  const own = (key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);
  const policy: ManagedPolicy = {};
  for (const [key, check] of Object.entries(POLICY_STRINGS)) {
    const value = own(key);
    if (check(value)) policy[key as keyof UserOptions] = value;
  }
  const lock = own('lockProfile');
  if (lock !== undefined) policy.lockProfile = lock !== false;
  const hosts = own('allowedAssetPandaHosts');
  if (hosts !== undefined) policy.allowedAssetPandaHosts = validHosts(hosts);
  const words = own('wordOverrides');
  if (isWordOverrides(words)) policy.wordOverrides = words;
  return policy;
}

function validHosts(hosts: unknown): string[] {
  if (!Array.isArray(hosts) || hosts.length > SETTING_LIMITS.hosts) return [];
  return hosts
    .filter(str(SETTING_LIMITS.host))
    .map((h) => h.trim().toLowerCase())
    .filter((h) => HOST_PATTERN.test(h));
}

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
  const hosts = policy.allowedAssetPandaHosts;
  const configured = policy.assetPandaUrl ?? options.assetPandaUrl;
  return {
    // An invalid profile from any layer falls back to the defaults rather than guiding wrongly.
    profile: profileProblems(profile).length ? DEFAULT_PROFILE : profile,
    assetPandaUrl: configured ?? DEFAULT_SETTINGS.assetPandaUrl,
    organizationOrigin: configured === undefined ? null : originOf(configured),
    assetPandaHostPatterns: hosts ?? DEFAULT_SETTINGS.assetPandaHostPatterns,
    profileLocked: locked,
    policyBlock: hosts?.length === 0 ? 'no-valid-hosts' : null,
  };
}

/** The origin of an address; an unparsable one stands for itself, so nothing else matches it. */
function originOf(href: string): string {
  try {
    return new URL(href).origin;
  } catch {
    return href;
  }
}
