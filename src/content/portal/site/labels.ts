// What the portal calls things, per language, each word marked as sure as its source is
// (target.ts `Word`). This registry is the source for the words; docs/portal-facts.md records the
// evidence (#translations: Microsoft's localized tutorials, de, fr, es, ja, confirmed; the
// per-step headings: English, confirmed) and how to record a word seen on the live page. A word
// no source gives is marked guessed; where no word is known in a language, the targets
// lean on roles and relations that do not change with it. Italian, Brazilian Portuguese, Korean,
// Dutch and Chinese have no entry: no source gives a portal label in them yet (issue 12.6),
// and a guessed word in a language nobody here reads would only look certain.
// One place for each label: targets and readers refer to these by key.

import { confirmed as c, guessed as g, type Names } from '../../dom/target';

export const LABELS = {
  newApplication: {
    en: [c('New application')],
    de: [g('Neue Anwendung')],
    fr: [g('Nouvelle application')],
    es: [g('Nueva aplicación')],
    ja: [c('新しいアプリケーション')],
  },
  createYourOwnApplication: {
    en: [c('Create your own application')],
    de: [g('Eigene Anwendung erstellen')],
    fr: [g('Créer votre propre application')],
    es: [g('Crear su propia aplicación')],
    ja: [c('独自のアプリケーションの作成')],
  },
  appNameQuestion: { en: [c("What's the name of your app?")] },
  create: {
    en: [c('Create')],
    de: [g('Erstellen')],
    fr: [g('Créer')],
    es: [g('Crear')],
    ja: [g('作成')],
  },
  singleSignOn: {
    en: [c('Single sign-on')],
    de: [g('Einmaliges Anmelden')],
    fr: [g('Authentification unique')],
    es: [g('Inicio de sesión único')],
    ja: [g('シングル サインオン')],
  },
  usersAndGroups: {
    en: [c('Users and groups')],
    de: [g('Benutzer und Gruppen')],
    fr: [c('Utilisateurs et groupes')],
    es: [g('Usuarios y grupos')],
    ja: [c('ユーザーとグループ')],
  },
  saml: { en: [c('SAML'), c('SAML/WS-Fed')] },
  basicSamlConfiguration: {
    en: [c('Basic SAML Configuration')],
    de: [c('Grundlegende SAML-Konfiguration'), c('SAML-Basiskonfiguration')],
    fr: [c('Configuration SAML de base')],
    es: [c('Configuración básica de SAML')],
    ja: [c('基本的な SAML 構成')],
  },
  identifier: {
    en: [c('Identifier (Entity ID)')],
    de: [c('Bezeichner (Entitäts-ID)')],
    fr: [c('Identificateur (ID d’entité)')],
    es: [c('Identificador (id. de entidad)')],
    ja: [c('識別子 (エンティティ ID)')],
  },
  replyUrl: {
    en: [c('Reply URL (Assertion Consumer Service URL)')],
    de: [c('Antwort-URL (Assertionsverbraucherdienst-URL)')],
    fr: [c('URL de réponse (URL Assertion Consumer Service)')],
    es: [
      c('Dirección URL de respuesta (URL del Servicio de consumidor de aserciones)'),
      c('URL de respuesta'),
    ],
    ja: [c('応答 URL (Assertion Consumer Service URL)')],
  },
  /** The pane's optional fields (docs/portal-facts.md#basic-saml-pane): they bound the two lists' territories. */
  signOnUrl: {
    en: [c('Sign on URL (Optional)'), c('Sign on URL')],
    de: [c('Anmelde-URL')],
    fr: [c('URL de connexion')],
    es: [c('URL de inicio de sesión')],
    ja: [c('サインオン URL')],
  },
  relayState: { en: [c('Relay State (Optional)'), c('Relay State')] },
  logoutUrl: { en: [c('Logout Url (Optional)'), c('Logout Url')] },
  // "Not found" outside English (docs/portal-facts.md#translations). Guessed in Microsoft's terms (its
  // Bezeichner, identificateur, 識別子 above): without a word, a link whose text has moved into
  // an attribute cannot be told from an icon-only control after the label (issue 12.4).
  addIdentifier: {
    en: [c('Add identifier')],
    de: [g('Bezeichner hinzufügen')],
    fr: [g('Ajouter un identificateur')],
    es: [g('Agregar identificador')],
    ja: [g('識別子の追加')],
  },
  addReplyUrl: {
    en: [c('Add reply URL')],
    de: [g('Antwort-URL hinzufügen')],
    fr: [g('Ajouter une URL de réponse')],
    es: [g('Agregar dirección URL de respuesta')],
    ja: [g('応答 URL の追加')],
  },
  save: {
    en: [c('Save')],
    de: [c('Speichern')],
    fr: [c('Enregistrer')],
    es: [c('Guardar')],
    ja: [c('保存')],
  },
  edit: {
    en: [c('Edit')],
    de: [c('Bearbeiten')],
    fr: [c('Modifier')],
    es: [c('Editar')],
    ja: [c('編集')],
  },
  close: {
    en: [c('Close')],
    de: [g('Schließen')],
    fr: [g('Fermer')],
    es: [g('Cerrar')],
    ja: [g('閉じる')],
  },
  attributesAndClaims: { en: [c('Attributes & Claims'), c('User Attributes & Claims')] },
  samlCertificates: {
    en: [c('SAML Certificates'), c('SAML Signing Certificate')],
    de: [c('SAML-Signaturzertifikat')],
    fr: [c('Certificat de signature SAML')],
    es: [c('Certificado de firma de SAML')],
    ja: [c('SAML 署名証明書')],
  },
  addNewClaim: {
    en: [c('Add new claim')],
    de: [g('Neuen Anspruch hinzufügen')],
    fr: [g('Ajouter une nouvelle revendication')],
    es: [g('Agregar nueva notificación')],
    ja: [g('新しいクレームの追加')],
  },
  /** The certificate card's rows (docs/portal-facts.md#certificate-card): the Download links' labels and peers. */
  federationMetadataXml: {
    en: [c('Federation Metadata XML')],
    de: [c('Verbundmetadaten-XML')],
    fr: [c('XML de métadonnées de fédération')],
    es: [c('XML de metadatos de federación')],
    ja: [c('フェデレーション メタデータ XML')],
  },
  certificateBase64: { en: [c('Certificate (Base64)')] },
  certificateRaw: { en: [c('Certificate (Raw)')] },
  appFederationMetadataUrl: {
    en: [c('App Federation Metadata Url')],
    ja: [c('アプリのフェデレーション メタデータ URL')],
  },
  download: {
    en: [c('Download')],
    de: [c('Herunterladen')],
    fr: [c('Télécharger')],
    es: [c('Descargar')],
    ja: [c('ダウンロード')],
  },
  addUserGroup: {
    en: [c('Add user/group')],
    de: [g('Benutzer/Gruppe hinzufügen')],
    fr: [c('Ajouter un utilisateur')],
    es: [g('Agregar usuario o grupo')],
    ja: [c('ユーザーまたはグループの追加')],
  },
  noneSelected: { en: [c('None Selected')] },
  select: {
    en: [c('Select')],
    de: [g('Auswählen')],
    fr: [g('Sélectionner')],
    es: [g('Seleccionar')],
    ja: [g('選択')],
  },
  assign: {
    en: [c('Assign')],
    de: [g('Zuweisen')],
    fr: [c('Attribuer')],
    es: [g('Asignar')],
    ja: [c('割り当て')],
  },
  testLater: { en: [c("No, I'll test later")] },
} as const satisfies Record<string, Names>;

export type LabelKey = keyof typeof LABELS;
