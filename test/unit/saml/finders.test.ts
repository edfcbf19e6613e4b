// @vitest-environment jsdom
// The Basic SAML finders against every snapshot of the rehearsal portal (en and de; the Knockout
// pane in the top document and the Fluent pane in its ReactView iframe document): the pane is
// found exactly where it is shown and nowhere else, and its rows, links and Save read as shown.

import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import {
  findAddLink,
  findBasicSamlPane,
  findSave,
  readBasicSamlCard,
  readRows,
  readValidationProblems,
  saveEnabled,
} from '../../../src/content/portal/saml/basic-saml';
import { loadSnapshot, pretendLayout } from './dom-setup';

beforeAll(pretendLayout);

const ID = DEFAULT_PROFILE.entityId;
const REPLY = DEFAULT_PROFILE.replyUrl;
const LANGS = ['en', 'de'] as const;
const RENDERS = [
  ['knockout', ''],
  ['reactview', '-reactview'],
] as const;

/** What each pane snapshot shows: [identifier rows, reply rows] as [value, isDefault]. */
const PANES: Record<string, [[string, boolean][], [string, boolean][]]> = {
  fresh: [[], []],
  'half-filled': [[[ID, true]], []],
  wrong: [[['urn:amazon:cognito:sp:us-east-1_WRONG', true]], [[`${REPLY}/`, true]]],
  correct: [[[ID, true]], [[REPLY, true]]],
  'added-row': [[['', true]], []],
  invalid: [[['https://slack.com', true]], [['http://example.com/acs', true]]],
};

const OTHER_PAGES = [
  'add-assignment',
  'app-overview',
  'claims-blade',
  'claims-blade-no-email-claim',
  'create-app-pane',
  'enterprise-apps',
  'gallery',
  'manage-claim',
  'manage-claim-reactview',
  'saml-page-correct',
  'saml-page-half-filled',
  'saml-page-no-email-claim',
  'sso-picker',
  'users-groups',
];

const rowsOf = (rows: ReturnType<typeof readRows>) => rows.map((r) => [r.value, r.isDefault]);

describe.each(LANGS)('Basic SAML pane (%s)', (lang) => {
  describe.each(RENDERS)('%s', (render, suffix) => {
    it.each(Object.entries(PANES))('reads the %s pane', (state, [identifiers, replyUrls]) => {
      const doc = loadSnapshot(`basic-saml-pane-${state}${suffix}`, lang);
      const pane = findBasicSamlPane(doc)!;
      expect(pane).not.toBeNull();
      // Knockout: the context pane in the top document; ReactView: the iframe's whole body.
      expect(pane.root).toBe(
        render === 'knockout' ? doc.querySelector('[role="complementary"]') : doc.body,
      );
      expect(rowsOf(readRows(pane.identifier))).toEqual(identifiers);
      expect(rowsOf(readRows(pane.replyUrl))).toEqual(replyUrls);
      // Each section's own "add" link, whatever its language.
      const addIdentifier = findAddLink(pane.identifier)!;
      const addReplyUrl = findAddLink(pane.replyUrl)!;
      expect(addIdentifier).not.toBeNull();
      expect(addReplyUrl).not.toBeNull();
      expect(addIdentifier).not.toBe(addReplyUrl);
      expect(addIdentifier.textContent).toBe(
        lang === 'en' ? 'Add identifier' : 'Bezeichner hinzufügen',
      );
      expect(addReplyUrl.textContent).toBe(
        lang === 'en' ? 'Add reply URL' : 'Antwort-URL hinzufügen',
      );
      // Save is there, and disabled: no snapshot has a dirty and valid pane.
      const save = findSave(pane.root)!;
      expect(save.textContent).toBe(lang === 'en' ? 'Save' : 'Speichern');
      expect(saveEnabled(pane.root)).toBe(false);
    });

    it('recognises the validation messages and what they are about', () => {
      const pane = findBasicSamlPane(loadSnapshot(`basic-saml-pane-invalid${suffix}`, lang))!;
      const problems = readValidationProblems(pane);
      expect(problems.map(({ field, code, value }) => ({ field, code, value }))).toEqual([
        { field: 'identifier', code: 'identifier-not-unique', value: 'https://slack.com' },
        { field: 'replyUrl', code: 'reply-url-https', value: 'http://example.com/acs' },
      ]);
      // The portal's own words are passed on.
      expect(problems[0]!.message).toBe(
        lang === 'en'
          ? 'Please enter an identifier which is unique within your organization.'
          : 'Geben Sie einen Bezeichner ein, der in Ihrer Organisation eindeutig ist.',
      );
      expect(problems[1]!.message).toMatch(/https/);
    });

    it('finds no validation problem in a pane without one', () => {
      for (const state of ['fresh', 'wrong', 'correct']) {
        const pane = findBasicSamlPane(loadSnapshot(`basic-saml-pane-${state}${suffix}`, lang))!;
        expect(readValidationProblems(pane)).toEqual([]);
      }
    });
  });

  it.each(OTHER_PAGES)('finds no pane on %s', (page) => {
    expect(findBasicSamlPane(loadSnapshot(page, lang))).toBeNull();
  });
});

describe.each(LANGS)('Basic SAML card, the saved values (%s)', (lang) => {
  it.each([
    ['saml-page-correct', [ID], [REPLY]],
    ['saml-page-no-email-claim', [ID], [REPLY]],
    ['saml-page-half-filled', [ID], []],
    // The pane covers the page; the card under it still shows what is saved.
    ['basic-saml-pane-fresh', [], []],
    ['basic-saml-pane-wrong', ['urn:amazon:cognito:sp:us-east-1_WRONG'], [`${REPLY}/`]],
    ['basic-saml-pane-invalid', ['urn:amazon:cognito:sp:us-east-1_WRONG'], [`${REPLY}/`]],
  ])('reads %s', (page, identifiers, replyUrls) => {
    expect(readBasicSamlCard(loadSnapshot(page, lang))).toEqual({ identifiers, replyUrls });
  });

  it.each([
    'enterprise-apps',
    'app-overview',
    'sso-picker',
    'claims-blade',
    'manage-claim',
    'basic-saml-pane-correct-reactview',
    'users-groups',
  ])('reads no card on %s', (page) => {
    expect(readBasicSamlCard(loadSnapshot(page, lang))).toBeNull();
  });
});
