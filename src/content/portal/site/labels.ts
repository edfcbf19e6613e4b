// What the portal calls things, in every language the assistant recognises it in (en, de, fr, es,
// ja). Translations come from reference/azure-portal.md section 6 (Microsoft's localized
// tutorials); where the reference has none, only the English text is listed and the locators lean
// on structure (telemetry names, classes) that does not change with the language.
// One place for each label: locators refer to these by key.

export const LABELS = {
  newApplication: [
    'New application',
    'Neue Anwendung',
    'Nouvelle application',
    'Nueva aplicación',
    '新しいアプリケーション',
  ],
  createYourOwnApplication: [
    'Create your own application',
    'Eigene Anwendung erstellen',
    'Créer votre propre application',
    'Crear su propia aplicación',
    '独自のアプリケーションの作成',
  ],
  create: ['Create', 'Erstellen', 'Créer', 'Crear', '作成'],
  singleSignOn: [
    'Single sign-on',
    'Einmaliges Anmelden',
    'Authentification unique',
    'Inicio de sesión único',
    'シングル サインオン',
  ],
  usersAndGroups: [
    'Users and groups',
    'Benutzer und Gruppen',
    'Utilisateurs et groupes',
    'Usuarios y grupos',
    'ユーザーとグループ',
  ],
  saml: ['SAML'],
  basicSamlConfiguration: [
    'Basic SAML Configuration',
    'Grundlegende SAML-Konfiguration',
    'SAML-Basiskonfiguration',
    'Configuration SAML de base',
    'Configuración básica de SAML',
    '基本的な SAML 構成',
  ],
  identifier: [
    'Identifier (Entity ID)',
    'Bezeichner (Entitäts-ID)',
    'Identificateur (ID d’entité)',
    "Identificateur (ID d'entité)",
    'Identificador (id. de entidad)',
    '識別子 (エンティティ ID)',
  ],
  replyUrl: [
    'Reply URL (Assertion Consumer Service URL)',
    'Antwort-URL (Assertionsverbraucherdienst-URL)',
    'URL de réponse (URL Assertion Consumer Service)',
    'Dirección URL de respuesta (URL del Servicio de consumidor de aserciones)',
    'URL de respuesta',
    '応答 URL (Assertion Consumer Service URL)',
  ],
  addIdentifier: ['Add identifier'],
  addReplyUrl: ['Add reply URL'],
  save: ['Save', 'Speichern', 'Enregistrer', 'Guardar', '保存'],
  edit: ['Edit', 'Bearbeiten', 'Modifier', 'Editar', '編集'],
  attributesAndClaims: ['Attributes & Claims', 'User Attributes & Claims'],
  addNewClaim: ['Add new claim'],
  federationMetadataXml: [
    'Federation Metadata XML',
    'Verbundmetadaten-XML',
    'XML de métadonnées de fédération',
    'XML de metadatos de federación',
    'フェデレーション メタデータ XML',
  ],
  download: ['Download', 'Herunterladen', 'Télécharger', 'Descargar', 'ダウンロード'],
  addUserGroup: ['Add user/group', 'Ajouter un utilisateur', 'ユーザーまたはグループの追加'],
  assign: ['Assign', 'Attribuer', '割り当て'],
  testLater: ["No, I'll test later"],
} as const;

export type LabelKey = keyof typeof LABELS;
