// Everything the assistant knows about Asset Panda Pro's pages, in one place, as data.
//
// No public screenshot of Asset Panda Pro's SSO screen exists (reference/assetpanda-cognito-entra.md,
// section 5), so NONE of this is verified against the live app. Words marked HELP are the exact
// wording of Asset Panda's help page "Microsoft Entra ID SSO", steps 9-13
// (reference/asset-panda-entra-procedure.md); words marked GUESSED are what a React/MUI admin app
// would likely say. When the live app says otherwise, correct it here: add the real wording FIRST
// in its list (earlier entries are trusted more), and keep the old one as an alternative.

import type { Locator } from '../dom/locate';
import type { EnableType } from '../../core/messages';

const HELP = 'help page';
const GUESSED = 'guessed';

interface Words {
  texts: readonly string[];
  source: typeof HELP | typeof GUESSED;
  note?: string;
}

/** Every word a locator looks for. Compared whole, ignoring case and white space. */
export const WORDS = {
  settings: {
    texts: ['Settings'],
    source: HELP,
    note: 'the gear, "Settings icon" on the help page; its accessible name is a guess',
  },
  preferences: { texts: ['Preferences'], source: HELP },
  sso: { texts: ['Single sign-on (SSO)', 'Single sign-on', 'SSO'], source: HELP },
  addNewSso: { texts: ['Add new SSO', 'Add SSO', 'New SSO', 'Add SSO connection'], source: HELP },
  enableType: { texts: ['Enable Type'], source: HELP },
  enableAll: { texts: ['Enable for all users'], source: HELP },
  enableDomains: { texts: ['Enable for selected domains'], source: HELP },
  disableAll: { texts: ['Disable for all users'], source: HELP },
  connectionName: { texts: ['Connection Name', 'Name'], source: HELP },
  domains: {
    texts: ['Domains', 'Selected domains', 'Email domains', 'Domain'],
    source: GUESSED,
    note: '"Enable for selected domains" implies a list of domains; its label is not documented',
  },
  metadataFile: {
    texts: ['Metadata XML file', 'Metadata XML', 'Metadata file', 'Federation Metadata XML'],
    source: GUESSED,
    note: 'the help page only says "upload the metadata XML file"',
  },
  save: { texts: ['Save'], source: HELP },
  cancel: { texts: ['Cancel'], source: GUESSED },
  connectionsTable: { texts: ['SSO connections', 'Connections'], source: GUESSED },
  columnName: { texts: ['Connection Name', 'Name'], source: GUESSED },
  columnEnableType: { texts: ['Enable Type'], source: GUESSED },
  columnDomains: { texts: ['Domains'], source: GUESSED },
  columnFile: { texts: ['Metadata file', 'File', 'Metadata'], source: GUESSED },
} as const satisfies Record<string, Words>;

/** The words of each Enable Type choice (Asset Panda's, from the help page). */
export const ENABLE_TYPE_WORDS: Record<EnableType, readonly string[]> = {
  all: WORDS.enableAll.texts,
  domains: WORDS.enableDomains.texts,
  disabled: WORDS.disableAll.texts,
};

/** The controls on the way to the SSO form, each with strategies in order of trust. */
export const LOCATORS = {
  /** Signed in: the gear in the top bar. */
  settingsButton: {
    name: 'settings',
    strategies: [
      { css: 'header button, header a, nav button', text: WORDS.settings.texts },
      { css: 'button, a[href]', text: WORDS.settings.texts, note: 'a gear outside a header' },
    ],
  },
  /** Signed out: the sign-in form (Asset Panda's own, or Cognito's hosted page on its origin). */
  passwordField: {
    name: 'sign-in',
    strategies: [{ css: 'input[type="password"]' }],
  },
  /** Preferences in the settings menu, a settings card, or the breadcrumbs. */
  preferencesLink: {
    name: 'preferences',
    strategies: [
      { css: 'a[href], [role="tab"], [role="menuitem"], button', text: WORDS.preferences.texts },
      {
        css: 'a[href] span, a[href] div, a[href] h2, a[href] h3',
        text: WORDS.preferences.texts,
        closest: 'a[href]',
        note: 'a card whose title is one part of the link',
      },
    ],
  },
  /** The Single sign-on (SSO) tab of Preferences. */
  ssoTab: {
    name: 'sso-tab',
    strategies: [
      { css: '[role="tab"]', text: WORDS.sso.texts },
      { css: 'a[href], button, [role="menuitem"]', text: WORDS.sso.texts },
    ],
  },
  /** "Add new SSO": on the SSO page, and the mark that the page is reached. */
  addButton: {
    name: 'add-button',
    strategies: [{ css: 'button, a[role="button"], a[href]', text: WORDS.addNewSso.texts }],
  },
  /** The "Add new SSO" dialog, by its title. */
  dialog: {
    name: 'dialog',
    strategies: [
      {
        css: '[role="dialog"] h1, [role="dialog"] h2, [role="dialog"] h3',
        text: WORDS.addNewSso.texts,
        closest: '[role="dialog"]',
      },
      { css: '[role="dialog"][aria-label]', text: WORDS.addNewSso.texts },
    ],
  },
  /** The saved connections. */
  connectionsTable: {
    name: 'connections-table',
    strategies: [
      { css: 'table[aria-label]', text: WORDS.connectionsTable.texts },
      { css: 'table', note: 'the only table on the SSO page' },
    ],
  },
  /** Inside the dialog. */
  saveButton: {
    name: 'save-button',
    strategies: [
      { css: 'button[type="submit"]', text: WORDS.save.texts },
      { css: 'button', text: WORDS.save.texts },
    ],
  },
  cancelButton: {
    name: 'cancel',
    strategies: [{ css: 'button', text: WORDS.cancel.texts }],
  },
} as const satisfies Record<string, Locator>;

/** A page still loading: MUI's CircularProgress (the SSO table shows its own while it loads). */
export const LOADING = '[role="progressbar"]';

/** A form busy saving: a busy or disabled submit button (its label may change), or a spinner. */
export const SAVING = `[aria-busy="true"], button[type="submit"]:disabled, ${LOADING}`;
