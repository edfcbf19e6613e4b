// Issue 14, part 3: a malformed enterprise policy fails closed. Each key is checked on its own, the
// lock holds whenever the policy asks for it, and a host list with no valid entry allows no
// transfer. public/managed-schema.json states the same limits for the admin's policy editor.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllowedAssetPandaUrl } from '../../../src/core/hosts';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { mergeSettings, policyFrom, SETTING_LIMITS } from '../../../src/core/settings';

const OPTIONS = {
  entityId: 'urn:amazon:cognito:sp:eu-west-1_Admin',
  replyUrl: 'https://admin.auth.eu-west-1.amazoncognito.com/saml2/idpresponse',
};
const settingsFor = (raw: unknown) => mergeSettings(OPTIONS, policyFrom(raw));

describe('policy, key by key', () => {
  it('a policy with one bad key stays locked, and keeps its other valid keys', () => {
    const settings = settingsFor({
      lockProfile: true,
      replyUrl: 42, // the bad key
      claimName: 'email',
      assetPandaUrl: 'https://acme.assetpanda.app/',
    });
    expect(settings.profileLocked).toBe(true);
    // Locked: the admin's own options do not apply; the bad key falls back to the default.
    expect(settings.profile).toEqual({ ...DEFAULT_PROFILE, claimName: 'email' });
    expect(settings.assetPandaUrl).toBe('https://acme.assetpanda.app/');
    expect(settings.organizationOrigin).toBe('https://acme.assetpanda.app');
  });

  it.each([true, 'true', 1, 'yes', {}])('locks for lockProfile %j', (lockProfile) => {
    expect(settingsFor({ lockProfile, entityId: 'x'.repeat(600) }).profileLocked).toBe(true);
  });

  it('leaves the profile open for lockProfile false or absent', () => {
    expect(settingsFor({ lockProfile: false }).profile).toEqual({ ...DEFAULT_PROFILE, ...OPTIONS });
    expect(settingsFor({}).profileLocked).toBe(false);
  });

  it('drops an over-long or mistyped value and keeps the rest', () => {
    expect(
      policyFrom({
        entityId: 'urn:x:' + 'a'.repeat(SETTING_LIMITS.entityId),
        claimSource: ['user.mail'],
        claimName: 'mail',
        unknownKey: 'ignored',
      }),
    ).toEqual({ claimName: 'mail' });
    expect(policyFrom('lockProfile')).toEqual({});
    expect(policyFrom(null)).toEqual({});
  });

  it('reads only the policy object own keys', () => {
    const inherited = Object.create({
      lockProfile: false,
      allowedAssetPandaHosts: ['evil.example'],
    });
    expect(policyFrom(inherited)).toEqual({});
  });
});

describe('policy host list', () => {
  it.each([
    ['every entry invalid', ['https://acme.assetpanda.app/', '*', 'acme assetpanda app', 7]],
    ['an empty list', []],
    ['not a list', 'acme.assetpanda.app'],
    ['more entries than allowed', Array.from({ length: 51 }, (_, i) => `o${i}.assetpanda.app`)],
  ])('a host list with no valid entry allows no transfer (%s)', (_, hosts) => {
    const settings = settingsFor({ allowedAssetPandaHosts: hosts });
    expect(settings.policyBlock).toBe('no-valid-hosts');
    expect(settings.assetPandaHostPatterns).toEqual([]);
    for (const url of ['https://assetpanda.app/', 'https://acme.assetpanda.app/'])
      expect(isAllowedAssetPandaUrl(url, settings.assetPandaHostPatterns)).toBe(false);
  });

  it('keeps the valid entries of a list with some invalid ones', () => {
    const settings = settingsFor({ allowedAssetPandaHosts: [' ACME.assetpanda.app ', 'bad host'] });
    expect(settings.assetPandaHostPatterns).toEqual(['acme.assetpanda.app']);
    expect(settings.policyBlock).toBeNull();
  });

  it('uses the default hosts when policy names none', () => {
    expect(settingsFor({}).assetPandaHostPatterns).toEqual(['assetpanda.app', '*.assetpanda.app']);
    expect(settingsFor({}).policyBlock).toBeNull();
    expect(settingsFor({}).organizationOrigin).toBeNull();
  });
});

describe('public/managed-schema.json', () => {
  it('states the limits the extension enforces', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8'),
    );
    const p = schema.properties;
    for (const key of [
      'entityId',
      'replyUrl',
      'claimName',
      'claimSource',
      'assetPandaUrl',
    ] as const)
      expect(p[key].maxLength, key).toBe(SETTING_LIMITS[key]);
    expect(p.allowedAssetPandaHosts.maxItems).toBe(SETTING_LIMITS.hosts);
    expect(p.allowedAssetPandaHosts.items.maxLength).toBe(SETTING_LIMITS.host);
  });
});
