// What `npm run build` leaves behind (the e2e script builds first): both browsers' folders and
// store zips, and a Chrome manifest asking for exactly the permissions the README and SECURITY.md
// list.

import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/manifest-for';
import { COGNITO_MATCH_PATTERN } from '../../src/core/error-pages';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(root + path, 'utf8');
const manifestOf = (target: string) => JSON.parse(read(`dist/${target}/manifest.json`));
const { version } = JSON.parse(read('package.json'));

/** The permission names in the table under `heading` of a Markdown file, in order. */
function permissionsIn(file: string, heading: string): string[] {
  const section = read(file).split(`\n${heading}\n`)[1];
  if (!section) throw new Error(`${file} has no "${heading}"`);
  const table = section.split(/\n#{1,3} /)[0]!;
  return [...table.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1]!);
}

/** What the manifest asks for, required and optional, in the order the tables list them. */
const everyPermission = (manifest: {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions?: string[];
}) => [
  ...manifest.permissions,
  ...manifest.host_permissions,
  ...(manifest.optional_host_permissions ?? []),
];

describe('build output', () => {
  it('asks in Chrome for exactly the permissions the README lists', () => {
    const manifest = manifestOf('chrome');
    expect(everyPermission(manifest)).toEqual(
      permissionsIn('README.md', '## Permissions, and why'),
    );
    expect(manifest.background.service_worker).toBeTruthy();
  });

  it('asks for exactly the permissions SECURITY.md lists', () => {
    expect(everyPermission(manifestOf('chrome'))).toEqual(
      permissionsIn('SECURITY.md', '### Permissions'),
    );
  });

  it('has exactly one optional host, Cognito’s domain, and no other optional permission', () => {
    for (const target of ['chrome', 'firefox']) {
      const manifest = manifestOf(target);
      expect(manifest.optional_host_permissions).toEqual([COGNITO_MATCH_PATTERN]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      // A content script's matches would be granted at install: none may name the optional host.
      const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
      expect(matches).not.toContain(COGNITO_MATCH_PATTERN);
      // No script on Microsoft's sign-in pages: they hold passwords.
      expect(matches.filter((m: string) => m.includes('microsoftonline'))).toEqual([]);
    }
  });

  it('derives the Firefox manifest: event page scripts and a gecko id, same permissions', () => {
    const chrome = manifestOf('chrome');
    const firefox = manifestOf('firefox');
    expect(firefox.background.scripts).toEqual([chrome.background.service_worker]);
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(firefox.permissions).toEqual(chrome.permissions);
    expect(firefox.host_permissions).toEqual(chrome.host_permissions);
    expect(firefox.optional_host_permissions).toEqual(chrome.optional_host_permissions);
  });

  it.each(['chrome', 'firefox'])('zips the %s build for its store', (target) => {
    const zip = `release/asset-panda-sso-assistant-${version}-${target}.zip`;
    expect(existsSync(root + zip)).toBe(true);
    const files = unzipSync(readFileSync(root + zip));
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json']))).toEqual(
      manifestOf(target),
    );
    expect(Object.keys(files)).toContain('_locales/de/messages.json');
  });
});
