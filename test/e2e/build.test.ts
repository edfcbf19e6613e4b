// What `npm run build` leaves behind (the e2e script builds first): both browsers' folders and
// store zips, and a Chrome manifest asking for exactly the permissions the README and SECURITY.md
// list.

import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/manifest-for';

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

describe('build output', () => {
  it('asks in Chrome for exactly the permissions the README lists', () => {
    const manifest = manifestOf('chrome');
    expect([...manifest.permissions, ...manifest.host_permissions]).toEqual(
      permissionsIn('README.md', '## Permissions, and why'),
    );
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.background.service_worker).toBeTruthy();
  });

  it('asks for exactly the permissions SECURITY.md lists', () => {
    const manifest = manifestOf('chrome');
    expect([...manifest.permissions, ...manifest.host_permissions]).toEqual(
      permissionsIn('SECURITY.md', '### Permissions'),
    );
  });

  it('derives the Firefox manifest: event page scripts and a gecko id, same permissions', () => {
    const chrome = manifestOf('chrome');
    const firefox = manifestOf('firefox');
    expect(firefox.background.scripts).toEqual([chrome.background.service_worker]);
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(firefox.permissions).toEqual(chrome.permissions);
    expect(firefox.host_permissions).toEqual(chrome.host_permissions);
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
