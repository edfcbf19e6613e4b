// @vitest-environment jsdom
// The email-claim finders against the snapshots (dialects a and b; en and de; Knockout and
// ReactView): card 2 on the
// SAML page, the claims listed in Attributes & Claims, "+ Add new claim", and the Manage claim form.

import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import {
  emailClaimPresent,
  findAddNewClaim,
  findManageClaimForm,
  findSave,
  readClaimsCard,
  readClaimsList,
  saveEnabled,
} from '../../../src/content/portal/saml/claims';
import { type Dialect, loadSnapshot, pretendLayout } from './dom-setup';

beforeAll(pretendLayout);

const LANGS = ['en', 'de'] as const;
const DIALECTS: Dialect[] = ['a', 'b'];
const NAMESPACE = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
const NAME_ID = { en: 'Unique User Identifier', de: 'Eindeutiger Benutzerbezeichner' };
const NAME_ID_ROW = {
  en: 'Unique User Identifier (Name ID)',
  de: 'Eindeutiger Benutzerbezeichner (Namens-ID)',
};
const DEFAULT_CLAIMS: [string, string][] = [
  ['emailaddress', 'user.mail'],
  ['givenname', 'user.givenname'],
  ['surname', 'user.surname'],
  ['name', 'user.userprincipalname'],
];
const withoutEmail = DEFAULT_CLAIMS.slice(1);
const asClaims = (pairs: [string, string][]) => pairs.map(([name, source]) => ({ name, source }));

describe.each(DIALECTS)('dialect %s', (dialect) => {
  describe.each(LANGS)('claims (%s)', (lang) => {
    const nameId = { name: NAME_ID[lang], source: 'user.userprincipalname' };
    const nameIdRow = { name: NAME_ID_ROW[lang], source: 'user.userprincipalname' };
    const full = (pairs: [string, string][]) =>
      pairs.map(([name, source]) => ({ name: `${NAMESPACE}/${name}`, source }));

    it.each([
      ['saml-page-correct', DEFAULT_CLAIMS, true],
      ['saml-page-half-filled', DEFAULT_CLAIMS, true],
      ['saml-page-no-email-claim', withoutEmail, false],
    ] as const)('reads card 2 on %s', (page, pairs, present) => {
      const claims = readClaimsCard(loadSnapshot(page, lang, dialect))!;
      expect(claims).toEqual([...asClaims([...pairs]), nameId]);
      expect(emailClaimPresent(claims, DEFAULT_PROFILE)).toBe(present);
    });

    it.each(['enterprise-apps', 'claims-blade', 'manage-claim-reactview'])(
      'reads no card 2 on %s',
      (page) => {
        expect(readClaimsCard(loadSnapshot(page, lang, dialect))).toBeNull();
      },
    );

    it.each([
      ['claims-blade', DEFAULT_CLAIMS, true],
      ['claims-blade-no-email-claim', withoutEmail, false],
    ] as const)(
      'reads the claims listed in %s and finds "Add new claim"',
      (page, pairs, present) => {
        const doc = loadSnapshot(page, lang, dialect);
        const claims = readClaimsList(doc)!;
        expect(claims).toEqual([nameIdRow, ...full([...pairs])]);
        expect(emailClaimPresent(claims, DEFAULT_PROFILE)).toBe(present);
        const add = findAddNewClaim(doc)!;
        expect(add.getAttribute('aria-label')).toBe(
          lang === 'en' ? 'Add new claim' : 'Neuen Anspruch hinzufügen',
        );
      },
    );

    it.each(['saml-page-correct', 'users-groups', 'enterprise-apps', 'manage-claim'])(
      'lists no claims and offers no "Add new claim" on %s',
      (page) => {
        const doc = loadSnapshot(page, lang, dialect);
        expect(readClaimsList(doc)).toBeNull();
        expect(findAddNewClaim(doc)).toBeNull();
      },
    );

    it.each([
      ['manage-claim', 'knockout'],
      ['manage-claim-reactview', 'reactview'],
    ])('finds the Manage claim form on %s', (page, render) => {
      const doc = loadSnapshot(page, lang, dialect);
      const form = findManageClaimForm(doc)!;
      expect(form.root).toBe(
        render === 'knockout' ? doc.querySelector('.fxs-blade[aria-label]') : doc.body,
      );
      // Name is the first text box (Namespace the second), empty in a new claim.
      const boxes = form.root.querySelectorAll('input[type="text"]');
      expect(boxes).toHaveLength(2);
      expect(form.name).toBe(boxes[0]);
      expect(form.name.value).toBe('');
      expect(form.source.querySelectorAll('input[type="radio"]')).toHaveLength(2);
      expect(findSave(form.root)!.textContent).toBe(lang === 'en' ? 'Save' : 'Speichern');
      expect(saveEnabled(form.root)).toBe(false);
    });

    it.each([
      'basic-saml-pane-fresh',
      'basic-saml-pane-wrong-reactview',
      'create-app-pane',
      'claims-blade',
      'saml-page-correct',
    ])('finds no Manage claim form on %s', (page) => {
      expect(findManageClaimForm(loadSnapshot(page, lang, dialect))).toBeNull();
    });
  });
});
