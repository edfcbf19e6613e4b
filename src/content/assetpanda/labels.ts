// Asset Panda Pro's words, as data (the popup's manual path shows them too).
//
// No public screenshot of Asset Panda Pro's SSO screen exists (docs/assetpanda-facts.md#sso-screen, which
// records the evidence for each word), so NONE of this is verified against the live app. Words marked HELP are the exact
// wording of Asset Panda's help page "Microsoft Entra ID SSO", steps 9-13
// (docs/assetpanda-facts.md#help-page-procedure); words marked GUESSED are what a React/MUI admin app
// would likely say. When the live app says otherwise, correct it here: add the real wording FIRST
// in its list (earlier entries are trusted more), and keep the old one as an alternative. An
// organization whose page says something else (another language) adds word overrides (words.ts),
// which are tried first.

import type { EnableType } from '../../core/transfer-steps';

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
  noConnections: {
    texts: ['No SSO connections yet', 'No SSO connections', 'No connections yet', 'No connections'],
    source: GUESSED,
    note: 'what the SSO page shows instead of the list while there is none',
  },
  columnName: { texts: ['Connection Name', 'Name'], source: GUESSED },
  columnEnableType: { texts: ['Enable Type'], source: GUESSED },
  columnDomains: { texts: ['Domains'], source: GUESSED },
  columnFile: { texts: ['Metadata file', 'File', 'Metadata'], source: GUESSED },
} as const satisfies Record<string, Words>;

/** The built-in words of each Enable Type choice (Asset Panda's, from the help page). */
export const ENABLE_TYPE_WORDS: Record<EnableType, readonly string[]> = {
  all: WORDS.enableAll.texts,
  domains: WORDS.enableDomains.texts,
  disabled: WORDS.disableAll.texts,
};
