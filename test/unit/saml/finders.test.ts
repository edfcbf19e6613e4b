// @vitest-environment jsdom
// The Basic SAML finders against every snapshot of the rehearsal portal, in both markup dialects
// (a: today's pages; b: written only from reference 4.1 and 12, no section/fieldset/group wrapper),
// in every language each dialect shows, the Knockout pane in the top document and the Fluent pane
// in its ReactView iframe document: the pane is found exactly where it is shown and nowhere else,
// and its rows, links and Save read as shown.

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
import { type Dialect, loadSnapshot, pretendLayout } from './dom-setup';

beforeAll(pretendLayout);

const ID = DEFAULT_PROFILE.entityId;
const REPLY = DEFAULT_PROFILE.replyUrl;
const LANGS = ['en', 'de'] as const;
const DIALECTS: Dialect[] = ['a', 'b'];
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

/** The pane's words in each language the rehearsal draws: the two "Add" links and Save. */
const WORDS: Record<string, [string, string, string]> = {
  en: ['Add identifier', 'Add reply URL', 'Save'],
  de: ['Bezeichner hinzufügen', 'Antwort-URL hinzufügen', 'Speichern'],
  fr: ['Ajouter un identificateur', 'Ajouter une URL de réponse', 'Enregistrer'],
  es: ['Agregar identificador', 'Agregar dirección URL de respuesta', 'Guardar'],
  ja: ['識別子の追加', '応答 URL の追加', '保存'],
};

/** Dialect B also draws some panes in French, Spanish and Japanese (reference 6). */
const MORE_LANGS = ['fr', 'es', 'ja'] as const;
const MORE_STATES = ['fresh', 'half-filled', 'wrong', 'correct'];

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
const OTHER_PAGES_B = [
  ...OTHER_PAGES,
  'add-assignment-picker',
  'enterprise-app-list-blade',
  'enterprise-app-list-blade-v2',
  'enterprise-app-list-blade-v3',
  'manage-claim-open',
  'signing-certificate',
  'users-groups-assigned',
];

const rowsOf = (rows: ReturnType<typeof readRows>) => rows.map((r) => [r.value, r.isDefault]);

function readsPane(
  doc: Document,
  render: string,
  lang: string,
  [identifiers, replyUrls]: [[string, boolean][], [string, boolean][]],
): void {
  const pane = findBasicSamlPane(doc)!;
  expect(pane).not.toBeNull();
  // Knockout: the context pane in the top document; ReactView: the iframe's whole body.
  expect(pane.root).toBe(
    render === 'knockout' ? doc.querySelector('[role="complementary"]') : doc.body,
  );
  expect(rowsOf(readRows(pane.identifier))).toEqual(identifiers);
  expect(rowsOf(readRows(pane.replyUrl))).toEqual(replyUrls);
  // Each list's own "add" link, whatever its language.
  const [addIdentifierText, addReplyUrlText, saveText] = WORDS[lang]!;
  expect(findAddLink(pane.identifier)?.textContent?.trim()).toBe(addIdentifierText);
  expect(findAddLink(pane.replyUrl)?.textContent?.trim()).toBe(addReplyUrlText);
  // Save is there, and disabled: no snapshot has a dirty and valid pane.
  expect(findSave(pane.root)?.textContent?.trim()).toBe(saveText);
  expect(saveEnabled(pane.root)).toBe(false);
}

describe.each(DIALECTS)('dialect %s', (dialect) => {
  describe.each(LANGS)('Basic SAML pane (%s)', (lang) => {
    describe.each(RENDERS)('%s', (render, suffix) => {
      it.each(Object.entries(PANES))('reads the %s pane', (state, rows) => {
        readsPane(
          loadSnapshot(`basic-saml-pane-${state}${suffix}`, lang, dialect),
          render,
          lang,
          rows,
        );
      });

      it('recognises the validation messages and what they are about', () => {
        const doc = loadSnapshot(`basic-saml-pane-invalid${suffix}`, lang, dialect);
        const problems = readValidationProblems(findBasicSamlPane(doc)!);
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
          const doc = loadSnapshot(`basic-saml-pane-${state}${suffix}`, lang, dialect);
          expect(readValidationProblems(findBasicSamlPane(doc)!)).toEqual([]);
        }
      });
    });

    it.each(dialect === 'a' ? OTHER_PAGES : OTHER_PAGES_B)('finds no pane on %s', (page) => {
      expect(findBasicSamlPane(loadSnapshot(page, lang, dialect))).toBeNull();
    });
  });
});

describe.each(MORE_LANGS)('dialect b, Basic SAML pane (%s)', (lang) => {
  it.each(MORE_STATES)('reads the %s pane', (state) => {
    readsPane(loadSnapshot(`basic-saml-pane-${state}`, lang, 'b'), 'knockout', lang, PANES[state]!);
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
