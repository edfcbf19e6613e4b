// What Asset Panda Pro calls things, in the shape both sites share (dom/target.ts `Names`), each
// word marked as sure as the facts doc says it is (the popup's manual path shows them too).
//
// No public screenshot of Asset Panda Pro's SSO screen exists (docs/assetpanda-facts.md#sso-screen,
// which records the evidence for each word), so no word here is confirmed on the live app. Words `inferred` are the exact wording
// of Asset Panda's help page "Microsoft Entra ID SSO", steps 9-13
// (docs/assetpanda-facts.md#help-page-procedure): the app most likely says what its help page says.
// Words `guessed` are what an admin app would likely say. When the live app says otherwise, add its
// real wording FIRST in its list, marked confirmed, and keep the old one as an alternative. The
// help page is English only: a page in another language is covered by word overrides
// (content/words.ts), tried first.
// One place for each label: targets, field finders and the popup refer to these by key.

import type { EnableType } from '../../../core/transfer-steps';
import { guessed as g, inferred as i, type Names } from '../../dom/target';

export const LABELS = {
  /** The gear, "Settings icon" on the help page; its accessible name is inferred from that. */
  settings: { en: [i('Settings')] },
  preferences: { en: [i('Preferences')] },
  sso: { en: [i('Single sign-on (SSO)'), g('Single sign-on'), g('SSO')] },
  addNewSso: { en: [i('Add new SSO'), g('Add SSO'), g('New SSO'), g('Add SSO connection')] },
  enableType: { en: [i('Enable Type')] },
  enableAll: { en: [i('Enable for all users')] },
  enableDomains: { en: [i('Enable for selected domains')] },
  disableAll: { en: [i('Disable for all users')] },
  connectionName: { en: [i('Connection Name'), g('Name')] },
  /** "Enable for selected domains" implies a list of domains; its label is not documented. */
  domains: { en: [g('Domains'), g('Selected domains'), g('Email domains'), g('Domain')] },
  /** The help page only says "upload the metadata XML file". */
  metadataFile: {
    en: [
      g('Metadata XML file'),
      g('Metadata XML'),
      g('Metadata file'),
      g('Federation Metadata XML'),
    ],
  },
  save: { en: [i('Save')] },
  cancel: { en: [g('Cancel')] },
  connectionsTable: { en: [g('SSO connections'), g('Connections')] },
  /** What the SSO page shows instead of the list while there is none. */
  noConnections: {
    en: [
      g('No SSO connections yet'),
      g('No SSO connections'),
      g('No connections yet'),
      g('No connections'),
    ],
  },
  columnName: { en: [g('Connection Name'), g('Name')] },
  columnEnableType: { en: [g('Enable Type')] },
  columnDomains: { en: [g('Domains')] },
  columnFile: { en: [g('Metadata file'), g('File'), g('Metadata')] },
} as const satisfies Record<string, Names>;

/** The built-in words of each Enable Type choice (Asset Panda's, from the help page). */
export const ENABLE_TYPE_LABELS: Record<EnableType, Names> = {
  all: LABELS.enableAll,
  domains: LABELS.enableDomains,
  disabled: LABELS.disableAll,
};

/** The word the help page uses (what the admin will see on an English page). */
export const firstWord = (names: Names): string => names.en?.[0]?.text ?? '';
