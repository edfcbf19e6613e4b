import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ASSETPANDA_ORIGIN_PATTERNS,
  isAllowedAssetPandaUrl,
  isPortalFrameUrl,
  METADATA_HOST,
  PORTAL_HOST_PATTERNS,
  REACTVIEW_HOST_PATTERNS,
  toMatchPattern,
} from '../../../src/core/hosts';

const manifest = JSON.parse(
  readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'),
);

describe('hosts', () => {
  it('keeps manifest.json in step with src/core/hosts.ts', () => {
    const portal = [...PORTAL_HOST_PATTERNS, ...REACTVIEW_HOST_PATTERNS].map(toMatchPattern);
    const assetPanda = DEFAULT_ASSETPANDA_ORIGIN_PATTERNS.map(toMatchPattern);
    expect(manifest.content_scripts[0].matches).toEqual(portal);
    expect(manifest.content_scripts[1].matches).toEqual(assetPanda);
    expect(manifest.host_permissions).toEqual([
      ...portal,
      toMatchPattern(METADATA_HOST),
      ...assetPanda,
    ]);
  });

  it.each([
    ['https://assetpanda.app/settings', true],
    ['https://acme.assetpanda.app/settings/preferences/sso', true],
    ['http://assetpanda.app/', false],
    ['https://assetpanda.app.example.com/', false],
    ['https://evilassetpanda.app/', false],
    ['https://assetpanda.app:8443/', false],
    ['https://user:pw@assetpanda.app/', false],
    ['javascript:alert(1)', false],
  ])('Asset Panda origin check: %s → %s', (href, allowed) => {
    expect(isAllowedAssetPandaUrl(href)).toBe(allowed);
  });

  it('honours host patterns set by policy', () => {
    expect(isAllowedAssetPandaUrl('https://acme.assetpanda.app/', ['acme.assetpanda.app'])).toBe(
      true,
    );
    expect(isAllowedAssetPandaUrl('https://other.assetpanda.app/', ['acme.assetpanda.app'])).toBe(
      false,
    );
  });

  it.each([
    ['https://portal.azure.com/#view/x', true],
    ['https://ms.portal.azure.com/', true],
    ['https://entra.microsoft.com/', true],
    ['https://sandbox-1.reactblade.portal.azure.net/x', true],
    ['https://sandbox-22-5.reactblade-ms.portal.azure.net/', true],
    ['https://reactblade.portal.azure.net/', false],
    ['https://portal.azure.com.example.com/', false],
    ['http://portal.azure.com/', false],
  ])('portal frame check: %s → %s', (href, allowed) => {
    expect(isPortalFrameUrl(href)).toBe(allowed);
  });
});
