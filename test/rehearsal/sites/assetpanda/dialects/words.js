// The words the DevExtreme and plain dialects show, per look (README "Dialects"). The English words
// are the help page's (asset-panda-entra-procedure.md steps 9-13; labels.js marks them HELP) and the
// MUI page's guesses for the rest. `german`: reference §5.1 says Asset Panda Pro can be switched into
// many languages but gives no German word, so every German word here is GUESSED. `unknown-gear`: the
// gear's accessible name is a word no one would guess (for teach-by-pointing). `unrecognised`: the
// way to the form is the help page's, but the form's words are not (an app that changed).

import { L } from '../labels.js';

const ENGLISH = {
  lang: 'en',
  settings: L.settings, // the gear ("Settings icon", help page step 9)
  preferences: L.preferences,
  sso: L.sso,
  addNewSso: L.addNewSso,
  enableType: L.enableType,
  enableTypes: { all: L.enableAll, domains: L.enableDomains, disabled: L.disableAll },
  connectionName: L.connectionName,
  domains: L.domains,
  metadataFile: L.metadataFile,
  selectFile: 'Select a file', // §5.1: DevExtreme's file uploader button
  dropHere: 'or Drop a file here', // DevExtreme's own drop-zone text
  save: L.save,
  cancel: L.cancel,
  general: L.general,
  notifications: 'Notifications',
  accountManagement: L.accountManagement,
  usersAndRoles: L.usersAndRoles,
  billing: L.billing,
  dashboard: L.dashboard,
  assets: L.assets,
  reports: L.reports,
  connections: L.connectionsTable,
  noConnections: 'No SSO connections yet',
  created: L.columnCreated,
  file: L.columnFile,
  email: L.email,
  password: L.password,
  logIn: L.logIn,
  logOut: L.logOut,
  loginTitle: L.loginTitle,
  notFound: 'Page not found',
  saved: (name) => `SSO connection "${name}" saved`,
  remove: L.removeFile,
};

const GERMAN = {
  ...ENGLISH,
  lang: 'de',
  settings: 'Einstellungen',
  preferences: 'Voreinstellungen',
  sso: 'Einmaliges Anmelden (SSO)',
  addNewSso: 'Neues SSO hinzufügen',
  enableType: 'Aktivierungstyp',
  enableTypes: {
    all: 'Für alle Benutzer aktivieren',
    domains: 'Für ausgewählte Domänen aktivieren',
    disabled: 'Für alle Benutzer deaktivieren',
  },
  connectionName: 'Verbindungsname',
  domains: 'Domänen',
  metadataFile: 'Metadaten-XML-Datei',
  selectFile: 'Datei auswählen',
  dropHere: 'oder Datei hier ablegen',
  save: 'Speichern',
  cancel: 'Abbrechen',
  general: 'Allgemein',
  notifications: 'Benachrichtigungen',
  accountManagement: 'Kontoverwaltung',
  usersAndRoles: 'Benutzer & Rollen',
  billing: 'Abrechnung',
  dashboard: 'Übersicht',
  assets: 'Anlagen',
  reports: 'Berichte',
  connections: 'SSO-Verbindungen',
  noConnections: 'Noch keine SSO-Verbindungen',
  created: 'Erstellt',
  file: 'Metadatendatei',
  email: 'E-Mail',
  password: 'Kennwort',
  logIn: 'Anmelden',
  logOut: 'Abmelden',
  loginTitle: 'Bei Asset Panda anmelden',
  notFound: 'Seite nicht gefunden',
  saved: (name) => `SSO-Verbindung „${name}“ gespeichert`,
  remove: 'Datei entfernen',
};

const UNRECOGNISED = {
  ...ENGLISH,
  enableType: 'Access policy',
  enableTypes: { all: 'Everyone', domains: 'Only these domains', disabled: 'Nobody' },
  connectionName: 'Display name',
  domains: 'Allowed domains',
  metadataFile: 'Identity provider metadata',
};

export function wordsFor(look) {
  if (look === 'german') return GERMAN;
  if (look === 'unrecognised') return UNRECOGNISED;
  if (look === 'unknown-gear') return { ...ENGLISH, settings: 'Workspace tools' };
  return ENGLISH;
}
