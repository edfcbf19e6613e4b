// @vitest-environment node
// Every portal locator against the saved HTML of every rehearsal page (npm run snapshots), in
// English and German, Knockout and ReactView: each target is found exactly once where the page
// shows it, and nowhere else, so the guide can point at it with certainty.

import { describe, expect, it } from 'vitest';
import { locateAll } from '../../../src/content/dom/locate';
import { PORTAL, type PortalTarget } from '../../../src/content/portal/site/locators';
import { present, snapshot, snapshotNames } from './snapshots';

/** Page (snapshot name without language) → the targets it shows; every other target: 0. */
const EXPECTED: Record<string, PortalTarget[]> = {
  'enterprise-apps': ['newApplication', 'assetPandaApp'],
  // The other list blades (reference 12): the same list, the same targets.
  'enterprise-app-list-blade': ['newApplication', 'assetPandaApp'],
  gallery: ['createYourOwnApplication'],
  'create-app-pane': ['createYourOwnApplication', 'appNameInput', 'createButton', 'paneClose'],
  'app-overview': ['menuSignOn', 'menuUsers'],
  'sso-picker': ['menuSignOn', 'menuUsers', 'samlTile'],
  'saml-page-half-filled': [
    'menuSignOn',
    'menuUsers',
    'editBasicSaml',
    'editClaims',
    'downloadMetadata',
  ],
  'saml-page-correct': [
    'menuSignOn',
    'menuUsers',
    'editBasicSaml',
    'editClaims',
    'downloadMetadata',
  ],
  'saml-page-no-email-claim': [
    'menuSignOn',
    'menuUsers',
    'editBasicSaml',
    'editClaims',
    'downloadMetadata',
  ],
  'basic-saml-pane': [
    'menuSignOn',
    'menuUsers',
    'editBasicSaml',
    'editClaims',
    'save',
    'paneClose',
    'addIdentifier',
    'addReplyUrl',
  ],
  'basic-saml-pane-reactview': ['save', 'addIdentifier', 'addReplyUrl'],
  'claims-blade': ['addNewClaim'],
  'manage-claim': ['save'],
  'manage-claim-reactview': ['save'],
  'users-groups': ['menuSignOn', 'menuUsers', 'addUserGroup'],
  'add-assignment': ['assetPandaApp', 'noneSelected', 'assign'],
  'add-assignment-picker': ['assetPandaApp', 'noneSelected', 'assign', 'pickerSelect', 'paneClose'],
  'signing-certificate': [],
};

/** Lists: how many rows they show is the fill-in tests' business (test/unit/saml). */
const LISTS: PortalTarget[] = ['identifierRows', 'replyUrlRows'];

/** Targets a page may or may not show depending on its state (not asserted there). */
const EITHER: Record<string, PortalTarget[]> = {
  // The certificate (and its Download) exists only after the first save and a reload.
  'basic-saml-pane': ['downloadMetadata'],
  // The picker's "Select" is the footer button of whichever pane is open.
  'create-app-pane': ['pickerSelect'],
};

/** basic-saml-pane-fresh-reactview.en.html → basic-saml-pane-reactview; the longest key that fits. */
function pageOf(file: string): string {
  const base = file.replace(/(\.b)?\.[a-z]{2}\.html$/, '');
  if (base.startsWith('basic-saml-pane-') && base.endsWith('-reactview'))
    return 'basic-saml-pane-reactview';
  const page = Object.keys(EXPECTED)
    .filter((key) => base === key || base.startsWith(`${key}-`))
    .sort((a, b) => b.length - a.length)[0];
  if (!page) throw new Error(`No expectation for snapshot ${file}: add it to EXPECTED`);
  return page;
}

describe('portal locators on the rehearsal snapshots', () => {
  const files = snapshotNames();
  it('has snapshots in English and German', () => {
    expect(files.some((f) => f.endsWith('.en.html'))).toBe(true);
    expect(files.filter((f) => f.endsWith('.de.html')).length).toBe(
      files.filter((f) => f.endsWith('.en.html')).length,
    );
  });

  for (const file of files) {
    it(file, () => {
      const page = pageOf(file);
      const doc = snapshot(file);
      const counts = Object.fromEntries(
        (Object.keys(PORTAL) as PortalTarget[])
          .filter((target) => !(EITHER[page] ?? []).includes(target) && !LISTS.includes(target))
          .map((target) => [target, locateAll(PORTAL[target], doc, present).length]),
      );
      const expected = Object.fromEntries(
        Object.keys(counts).map((t) => [t, EXPECTED[page]!.includes(t as PortalTarget) ? 1 : 0]),
      );
      expect(counts).toEqual(expected);
    });
  }
});
