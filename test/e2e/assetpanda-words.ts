// Word overrides for the rehearsal Asset Panda's German look (`&ap-look=german`), as an admin
// reading that page would write them: the words it shows for each target. Shared by the Chromium
// test (set from the options page) and the Firefox test (set by managed policy).

export const GERMAN_WORDS: Record<string, string[]> = {
  'assetpanda.settings': ['Einstellungen'],
  'assetpanda.preferences': ['Voreinstellungen'],
  'assetpanda.sso-tab': ['Einmaliges Anmelden (SSO)'],
  'assetpanda.add-button': ['Neues SSO hinzufügen'],
  'assetpanda.enable-type': ['Aktivierungstyp'],
  'assetpanda.enable-all': ['Für alle Benutzer aktivieren'],
  'assetpanda.enable-domains': ['Für ausgewählte Domänen aktivieren'],
  'assetpanda.disable-all': ['Für alle Benutzer deaktivieren'],
  'assetpanda.connection-name': ['Verbindungsname'],
  'assetpanda.domains': ['Domänen'],
  'assetpanda.metadata-file': ['Metadaten-XML-Datei'],
  'assetpanda.save-button': ['Speichern'],
  'assetpanda.no-connections': ['Noch keine SSO-Verbindungen'],
};
