// Every visible string of the rehearsal portal (and of its ReactViews, which get them from the shell),
// in English, German, French, Spanish and Japanese: [en, de, fr, es, ja].
//
// Where each string comes from, in the comment after it:
//   §6            all four translations are from reference section 6 (the English too)
//   §6 de ja      only the listed translations are from §6; the others are guessed
//   §4.x          the English is from that reference section (confirmed or inferred there); the
//                 translations are guessed
//   guessed       the reference has neither the English nor a translation: all guessed
// Entries without a comment inherit the comment of the entry above them ("— same").

import { env } from './env.js';

const LABELS = {
  // Shell
  microsoftAzure: [
    'Microsoft Azure',
    'Microsoft Azure',
    'Microsoft Azure',
    'Microsoft Azure',
    'Microsoft Azure',
  ], // §1 (product name)
  entraAdminCenter: [
    'Microsoft Entra admin center',
    'Microsoft Entra Admin Center',
    'Centre d’administration Microsoft Entra',
    'Centro de administración Microsoft Entra',
    'Microsoft Entra 管理センター',
  ], // §1; translations guessed
  topSearch: [
    'Search resources, services, and docs (G+/)',
    'Ressourcen, Dienste und Dokumente durchsuchen (G+/)',
    'Rechercher des ressources, services et documents (G+/)',
    'Buscar recursos, servicios y documentos (G+/)',
    'リソース、サービス、ドキュメントの検索 (G+/)',
  ], // guessed
  portalMenu: [
    'Portal menu',
    'Portalmenü',
    'Menu du portail',
    'Menú del portal',
    'ポータル メニュー',
  ], // guessed
  cloudShell: ['Cloud Shell', 'Cloud Shell', 'Cloud Shell', 'Cloud Shell', 'Cloud Shell'], // guessed
  notifications: ['Notifications', 'Benachrichtigungen', 'Notifications', 'Notificaciones', '通知'], // guessed
  settings: ['Settings', 'Einstellungen', 'Paramètres', 'Configuración', '設定'], // guessed
  helpAndSupport: [
    'Help + support',
    'Hilfe + Support',
    'Aide + support',
    'Ayuda y soporte técnico',
    'ヘルプとサポート',
  ], // guessed
  feedback: ['Feedback', 'Feedback', 'Commentaires', 'Comentarios', 'フィードバック'], // guessed
  breadcrumb: [
    'Breadcrumb',
    'Brotkrümelnavigation',
    'Fil d’Ariane',
    'Ruta de navegación',
    'ブレッドクラム',
  ], // guessed
  loading: ['Loading', 'Wird geladen', 'Chargement', 'Cargando', '読み込み中'], // guessed
  close: ['Close', 'Schließen', 'Fermer', 'Cerrar', '閉じる'], // guessed
  home: ['Home', 'Startseite', 'Accueil', 'Inicio', 'ホーム'], // guessed
  azureServices: [
    'Azure services',
    'Azure-Dienste',
    'Services Azure',
    'Servicios de Azure',
    'Azure サービス',
  ], // guessed
  createResource: [
    'Create a resource',
    'Ressource erstellen',
    'Créer une ressource',
    'Crear un recurso',
    'リソースの作成',
  ], // guessed
  allServices: [
    'All services',
    'Alle Dienste',
    'Tous les services',
    'Todos los servicios',
    'すべてのサービス',
  ], // guessed
  favorites: ['FAVORITES', 'FAVORITEN', 'FAVORIS', 'FAVORITOS', 'お気に入り'], // guessed
  microsoftEntraId: [
    'Microsoft Entra ID',
    'Microsoft Entra ID',
    'Microsoft Entra ID',
    'Microsoft Entra ID',
    'Microsoft Entra ID',
  ], // §2 (product name)
  entraId: ['Entra ID', 'Entra ID', 'Entra ID', 'Entra ID', 'Entra ID'], // §2 "Entra ID > Enterprise apps"
  navEnterpriseApps: [
    'Enterprise apps',
    'Unternehmens-Apps',
    'Applications d’entreprise',
    'Aplicaciones empresariales',
    'エンタープライズ アプリ',
  ], // §2; translations guessed
  appRegistrations: [
    'App registrations',
    'App-Registrierungen',
    'Inscriptions d’applications',
    'Registros de aplicaciones',
    'アプリの登録',
  ], // guessed
  navUsers: ['Users', 'Benutzer', 'Utilisateurs', 'Usuarios', 'ユーザー'], // guessed
  navGroups: ['Groups', 'Gruppen', 'Groupes', 'Grupos', 'グループ'], // guessed
  resourceMenu: [
    'Resource menu',
    'Ressourcenmenü',
    'Menu de ressources',
    'Menú de recursos',
    'リソース メニュー',
  ], // guessed
  searchMenu: ['Search', 'Suchen', 'Rechercher', 'Buscar', '検索'], // guessed
  search: ['Search', 'Suchen', 'Rechercher', 'Buscar', '検索'], // guessed
  tenantSubtitle: [
    '{0} - Microsoft Entra ID',
    '{0} - Microsoft Entra ID',
    '{0} - Microsoft Entra ID',
    '{0} - Microsoft Entra ID',
    '{0} - Microsoft Entra ID',
  ], // guessed
  notAvailable: [
    'Not available',
    'Nicht verfügbar',
    'Non disponible',
    'No disponible',
    '利用できません',
  ], // guessed
  notAvailableText: [
    'This page is not part of the rehearsal portal.',
    'Diese Seite ist nicht Teil des Probeportals.',
    'Cette page ne fait pas partie du portail de répétition.',
    'Esta página no forma parte del portal de ensayo.',
    'このページはリハーサル ポータルには含まれていません。',
  ], // guessed (rehearsal-only text)
  basicInformation: [
    'Basic information',
    'Grundlegende Informationen',
    'Informations de base',
    'Información básica',
    '基本情報',
  ], // guessed
  tenantId: ['Tenant ID', 'Mandanten-ID', 'ID de locataire', 'Id. de inquilino', 'テナント ID'], // guessed
  primaryDomain: [
    'Primary domain',
    'Primäre Domäne',
    'Domaine principal',
    'Dominio principal',
    'プライマリ ドメイン',
  ], // guessed

  // Resource menus (§4.1: "Single sign-on" confirmed; Overview, Users and groups inferred)
  overview: ['Overview', 'Übersicht', 'Vue d’ensemble', 'Información general', '概要'], // §4.1; translations guessed
  diagnoseAndSolve: [
    'Diagnose and solve problems',
    'Probleme diagnostizieren und beheben',
    'Diagnostiquer et résoudre les problèmes',
    'Diagnosticar y solucionar problemas',
    '問題の診断と解決',
  ], // guessed
  deploymentPlan: [
    'Deployment Plan',
    'Bereitstellungsplan',
    'Plan de déploiement',
    'Plan de implementación',
    '展開計画',
  ], // guessed
  manage: ['Manage', 'Verwalten', 'Gérer', 'Administrar', '管理'], // guessed
  security: ['Security', 'Sicherheit', 'Sécurité', 'Seguridad', 'セキュリティ'], // guessed
  activity: ['Activity', 'Aktivität', 'Activité', 'Actividad', 'アクティビティ'], // guessed
  troubleshootingSupport: [
    'Troubleshooting + Support',
    'Problembehandlung + Support',
    'Résolution des problèmes + support',
    'Solución de problemas y soporte técnico',
    'トラブルシューティング + サポート',
  ], // guessed
  allApplications: [
    'All applications',
    'Alle Anwendungen',
    'Toutes les applications',
    'Todas las aplicaciones',
    'すべてのアプリケーション',
  ], // §2; translations guessed
  privateNetworkConnectors: [
    'Private Network connectors',
    'Private Netzwerkconnectors',
    'Connecteurs de réseau privé',
    'Conectores de red privada',
    'プライベート ネットワーク コネクタ',
  ], // guessed
  userSettings: [
    'User settings',
    'Benutzereinstellungen',
    'Paramètres utilisateur',
    'Configuración de usuario',
    'ユーザー設定',
  ], // guessed
  appLaunchers: [
    'App launchers',
    'App-Startprogramme',
    'Lanceurs d’applications',
    'Iniciadores de aplicaciones',
    'アプリ起動ツール',
  ], // guessed
  customAuthenticationExtensions: [
    'Custom authentication extensions',
    'Benutzerdefinierte Authentifizierungserweiterungen',
    'Extensions d’authentification personnalisées',
    'Extensiones de autenticación personalizadas',
    'カスタム認証拡張機能',
  ], // guessed
  conditionalAccess: [
    'Conditional Access',
    'Bedingter Zugriff',
    'Accès conditionnel',
    'Acceso condicional',
    '条件付きアクセス',
  ], // guessed
  consentAndPermissions: [
    'Consent and permissions',
    'Einwilligung und Berechtigungen',
    'Consentement et autorisations',
    'Consentimiento y permisos',
    '同意とアクセス許可',
  ], // guessed
  signInLogs: [
    'Sign-in logs',
    'Anmeldeprotokolle',
    'Journaux de connexion',
    'Registros de inicio de sesión',
    'サインイン ログ',
  ], // guessed
  usageAndInsights: [
    'Usage & insights',
    'Nutzung und Erkenntnisse',
    'Utilisation et insights',
    'Uso e información',
    '使用状況と分析情報',
  ], // guessed
  auditLogs: [
    'Audit logs',
    'Überwachungsprotokolle',
    'Journaux d’audit',
    'Registros de auditoría',
    '監査ログ',
  ], // guessed
  provisioningLogs: [
    'Provisioning logs',
    'Bereitstellungsprotokolle',
    'Journaux d’approvisionnement',
    'Registros de aprovisionamiento',
    'プロビジョニング ログ',
  ], // guessed
  accessReviews: [
    'Access reviews',
    'Zugriffsüberprüfungen',
    'Révisions d’accès',
    'Revisiones de acceso',
    'アクセス レビュー',
  ], // guessed
  newSupportRequest: [
    'New support request',
    'Neue Supportanfrage',
    'Nouvelle demande de support',
    'Nueva solicitud de soporte técnico',
    '新しいサポート リクエスト',
  ], // guessed
  properties: ['Properties', 'Eigenschaften', 'Propriétés', 'Propiedades', 'プロパティ'], // §2 (menu id); translations guessed
  owners: ['Owners', 'Besitzer', 'Propriétaires', 'Propietarios', '所有者'], // guessed
  rolesAndAdministrators: [
    'Roles and administrators',
    'Rollen und Administratoren',
    'Rôles et administrateurs',
    'Roles y administradores',
    'ロールと管理者',
  ], // guessed
  usersAndGroups: [
    'Users and groups',
    'Benutzer und Gruppen',
    'Utilisateurs et groupes',
    'Usuarios y grupos',
    'ユーザーとグループ',
  ], // §6 fr ja
  singleSignOn: [
    'Single sign-on',
    'Einmaliges Anmelden',
    'Authentification unique',
    'Inicio de sesión único',
    'シングル サインオン',
  ], // §4.1; translations guessed
  provisioning: [
    'Provisioning',
    'Bereitstellung',
    'Approvisionnement',
    'Aprovisionamiento',
    'プロビジョニング',
  ], // guessed
  applicationProxy: [
    'Application proxy',
    'Anwendungsproxy',
    'Proxy d’application',
    'Proxy de aplicación',
    'アプリケーション プロキシ',
  ], // guessed
  selfService: ['Self-service', 'Self-Service', 'Libre-service', 'Autoservicio', 'セルフサービス'], // guessed
  customSecurityAttributes: [
    'Custom security attributes',
    'Benutzerdefinierte Sicherheitsattribute',
    'Attributs de sécurité personnalisés',
    'Atributos de seguridad personalizados',
    'カスタム セキュリティ属性',
  ], // guessed
  permissions: ['Permissions', 'Berechtigungen', 'Autorisations', 'Permisos', 'アクセス許可'], // guessed
  tokenEncryption: [
    'Token encryption',
    'Tokenverschlüsselung',
    'Chiffrement de jeton',
    'Cifrado de token',
    'トークン暗号化',
  ], // guessed

  // Common commands
  refresh: ['Refresh', 'Aktualisieren', 'Actualiser', 'Actualizar', '最新の情報に更新'], // guessed
  downloadExport: [
    'Download (Export)',
    'Herunterladen (Exportieren)',
    'Télécharger (exporter)',
    'Descargar (exportar)',
    'ダウンロード (エクスポート)',
  ], // guessed
  columns: ['Columns', 'Spalten', 'Colonnes', 'Columnas', '列'], // guessed
  gotFeedback: [
    'Got feedback?',
    'Feedback?',
    'Des commentaires ?',
    '¿Tiene comentarios?',
    'フィードバックがある場合',
  ], // §4.5 (inferred); translations guessed
  save: ['Save', 'Speichern', 'Enregistrer', 'Guardar', '保存'], // §6
  edit: ['Edit', 'Bearbeiten', 'Modifier', 'Editar', '編集'], // §6
  delete: ['Delete', 'Löschen', 'Supprimer', 'Eliminar', '削除'], // guessed
  cancel: ['Cancel', 'Abbrechen', 'Annuler', 'Cancelar', 'キャンセル'], // guessed
  yes: ['Yes', 'Ja', 'Oui', 'Sí', 'はい'], // §4.6 (English); translations guessed
  no: ['No', 'Nein', 'Non', 'No', 'いいえ'], // guessed
  add: ['Add', 'Hinzufügen', 'Ajouter', 'Agregar', '追加'], // guessed
  select: ['Select', 'Auswählen', 'Sélectionner', 'Seleccionar', '選択'], // §4.8 (English); translations guessed
  remove: ['Remove', 'Entfernen', 'Supprimer', 'Quitar', '削除'], // §4.8 (English); translations guessed
  create: ['Create', 'Erstellen', 'Créer', 'Crear', '作成'], // §4.3 (English); translations guessed
  test: ['Test', 'Testen', 'Tester', 'Probar', 'テスト'], // §4.5 (English); translations guessed
  discardChanges: [
    'Discard changes',
    'Änderungen verwerfen',
    'Ignorer les modifications',
    'Descartar cambios',
    '変更を破棄',
  ], // guessed
  copyToClipboard: [
    'Copy to clipboard',
    'In die Zwischenablage kopieren',
    'Copier dans le Presse-papiers',
    'Copiar en el Portapapeles',
    'クリップボードにコピー',
  ], // guessed
  copied: ['Copied', 'Kopiert', 'Copié', 'Copiado', 'コピーしました'], // guessed
  copyFailed: [
    'Press Ctrl+C to copy',
    'Zum Kopieren STRG+C drücken',
    'Appuyez sur Ctrl+C pour copier',
    'Presione Ctrl+C para copiar',
    'Ctrl+C キーを押してコピーします',
  ], // guessed

  // Enterprise applications list (§4.2)
  enterpriseApplications: [
    'Enterprise applications',
    'Unternehmensanwendungen',
    'Applications d’entreprise',
    'Aplicaciones empresariales',
    'エンタープライズ アプリケーション',
  ], // §2/§4.2; translations guessed
  enterpriseApplication: [
    'Enterprise Application',
    'Unternehmensanwendung',
    'Application d’entreprise',
    'Aplicación empresarial',
    'エンタープライズ アプリケーション',
  ], // guessed
  newApplication: [
    'New application',
    'Neue Anwendung',
    'Nouvelle application',
    'Nueva aplicación',
    '新しいアプリケーション',
  ], // §4.2; §6 ja
  searchApps: [
    'Search by application name or object ID',
    'Nach Anwendungsname oder Objekt-ID suchen',
    'Rechercher par nom d’application ou ID d’objet',
    'Buscar por nombre de aplicación o id. de objeto',
    'アプリケーション名またはオブジェクト ID で検索',
  ], // §4.2; translations guessed
  filterApplicationType: [
    'Application type == Enterprise Applications',
    'Anwendungstyp == Unternehmensanwendungen',
    'Type d’application == Applications d’entreprise',
    'Tipo de aplicación == Aplicaciones empresariales',
    'アプリケーションの種類 == エンタープライズ アプリケーション',
  ], // §4.2; translations guessed
  removeFilter: [
    'Remove filter',
    'Filter entfernen',
    'Supprimer le filtre',
    'Quitar filtro',
    'フィルターの削除',
  ], // guessed
  addFilters: [
    'Add filters',
    'Filter hinzufügen',
    'Ajouter des filtres',
    'Agregar filtros',
    'フィルターの追加',
  ], // guessed
  appsListIntro: [
    'View, filter, and search applications in your organization that are set up to use your Microsoft Entra tenant as their Identity Provider.',
    'Zeigen Sie Anwendungen in Ihrer Organisation an, die Ihren Microsoft Entra-Mandanten als Identitätsanbieter verwenden, und filtern und durchsuchen Sie sie.',
    'Affichez, filtrez et recherchez les applications de votre organisation configurées pour utiliser votre locataire Microsoft Entra comme fournisseur d’identité.',
    'Vea, filtre y busque las aplicaciones de su organización que están configuradas para usar su inquilino de Microsoft Entra como proveedor de identidades.',
    'Microsoft Entra テナントを ID プロバイダーとして使用するように設定されている組織内のアプリケーションを表示、フィルター処理、検索します。',
  ], // guessed
  applicationsFound: [
    '{0} applications found',
    '{0} Anwendungen gefunden',
    '{0} applications trouvées',
    '{0} aplicaciones encontradas',
    '{0} 個のアプリケーションが見つかりました',
  ], // guessed
  noApplicationsFound: [
    'No applications found',
    'Keine Anwendungen gefunden',
    'Aucune application trouvée',
    'No se encontraron aplicaciones',
    'アプリケーションが見つかりません',
  ], // guessed
  colName: ['Name', 'Name', 'Nom', 'Nombre', '名前'], // guessed
  colObjectId: ['Object ID', 'Objekt-ID', 'ID d’objet', 'Id. de objeto', 'オブジェクト ID'], // guessed
  colApplicationId: [
    'Application ID',
    'Anwendungs-ID',
    'ID d’application',
    'Id. de aplicación',
    'アプリケーション ID',
  ], // guessed
  colHomepageUrl: [
    'Homepage URL',
    'Homepage-URL',
    'URL de la page d’accueil',
    'Dirección URL de la página principal',
    'ホームページ URL',
  ], // guessed
  colCreatedOn: ['Created on', 'Erstellt am', 'Créé le', 'Fecha de creación', '作成日'], // guessed
  colCertificateExpiryStatus: [
    'Certificate Expiry Status',
    'Zertifikatablaufstatus',
    'État d’expiration du certificat',
    'Estado de expiración del certificado',
    '証明書の有効期限の状態',
  ], // guessed
  colActiveCertificateExpiry: [
    'Active Certificate Expiry Date',
    'Ablaufdatum des aktiven Zertifikats',
    'Date d’expiration du certificat actif',
    'Fecha de expiración del certificado activo',
    'アクティブな証明書の有効期限',
  ], // guessed
  colIdentifierUri: [
    'Identifier URI (Entity ID)',
    'Bezeichner-URI (Entitäts-ID)',
    'URI d’identificateur (ID d’entité)',
    'URI de identificador (id. de entidad)',
    '識別子 URI (エンティティ ID)',
  ], // guessed (built on §6 "Identifier (Entity ID)")
  certificateCurrent: ['Current', 'Aktuell', 'Actuel', 'Actual', '最新'], // guessed
  applicationNotFound: [
    'Application not found',
    'Anwendung nicht gefunden',
    'Application introuvable',
    'No se encontró la aplicación',
    'アプリケーションが見つかりません',
  ], // guessed
  applicationNotFoundText: [
    'No application with the object ID "{0}" exists in this tenant.',
    'In diesem Mandanten ist keine Anwendung mit der Objekt-ID „{0}“ vorhanden.',
    'Aucune application avec l’ID d’objet « {0} » n’existe dans ce locataire.',
    'No existe ninguna aplicación con el id. de objeto "{0}" en este inquilino.',
    'オブジェクト ID "{0}" のアプリケーションはこのテナントに存在しません。',
  ], // guessed

  // Gallery and "Create your own application" (§4.3)
  browseGallery: [
    'Browse Microsoft Entra Gallery',
    'Microsoft Entra-Katalog durchsuchen',
    'Parcourir la galerie Microsoft Entra',
    'Examinar la galería de Microsoft Entra',
    'Microsoft Entra ギャラリーの参照',
  ], // §4.2; translations guessed
  createYourOwnApplication: [
    'Create your own application',
    'Eigene Anwendung erstellen',
    'Créer votre propre application',
    'Crear su propia aplicación',
    '独自のアプリケーションの作成',
  ], // §4.3; §6 ja
  requestNewGalleryApp: [
    'Request new gallery app',
    'Neue Katalog-App anfordern',
    'Demander une nouvelle application de galerie',
    'Solicitar nueva aplicación de la galería',
    '新しいギャラリー アプリを要求する',
  ], // guessed
  galleryIntro: [
    'The Microsoft Entra App Gallery is a catalog of thousands of apps that make it easy to deploy and configure single sign-on (SSO) and automated user provisioning for {0}.',
    'Der Microsoft Entra-App-Katalog enthält Tausende von Apps, mit denen Sie einmaliges Anmelden (SSO) und die automatisierte Benutzerbereitstellung für {0} einfach bereitstellen und konfigurieren können.',
    'La galerie d’applications Microsoft Entra est un catalogue de milliers d’applications qui facilitent le déploiement et la configuration de l’authentification unique (SSO) et de l’approvisionnement automatique des utilisateurs pour {0}.',
    'La galería de aplicaciones de Microsoft Entra es un catálogo de miles de aplicaciones que facilitan la implementación y configuración del inicio de sesión único (SSO) y el aprovisionamiento automático de usuarios para {0}.',
    'Microsoft Entra アプリ ギャラリーは、{0} のシングル サインオン (SSO) と自動ユーザー プロビジョニングを簡単に展開および構成できる何千ものアプリのカタログです。',
  ], // guessed
  searchApplication: [
    'Search application',
    'Anwendung suchen',
    'Rechercher une application',
    'Buscar aplicación',
    'アプリケーションの検索',
  ], // guessed
  filterSingleSignOn: [
    'Single Sign-on : All',
    'Einmaliges Anmelden: Alle',
    'Authentification unique : Tout',
    'Inicio de sesión único: todos',
    'シングル サインオン : すべて',
  ], // guessed
  filterUserAccountManagement: [
    'User Account Management : All',
    'Benutzerkontenverwaltung: Alle',
    'Gestion des comptes d’utilisateur : Tout',
    'Administración de cuentas de usuario: todos',
    'ユーザー アカウント管理 : すべて',
  ], // guessed
  filterCategories: [
    'Categories : All',
    'Kategorien: Alle',
    'Catégories : Tout',
    'Categorías: todas',
    'カテゴリ : すべて',
  ], // guessed
  cloudPlatforms: [
    'Cloud platforms',
    'Cloudplattformen',
    'Plateformes cloud',
    'Plataformas en la nube',
    'クラウド プラットフォーム',
  ], // guessed
  featuredApplications: [
    'Featured applications',
    'Empfohlene Anwendungen',
    'Applications proposées',
    'Aplicaciones destacadas',
    'おすすめのアプリケーション',
  ], // guessed
  createAppIntro: [
    'If you are developing your own application, using Application Proxy, or want to integrate an application that is not in the gallery, you can create your own application here.',
    'Wenn Sie eine eigene Anwendung entwickeln, den Anwendungsproxy verwenden oder eine Anwendung integrieren möchten, die nicht im Katalog enthalten ist, können Sie hier Ihre eigene Anwendung erstellen.',
    'Si vous développez votre propre application, utilisez le proxy d’application ou souhaitez intégrer une application qui ne figure pas dans la galerie, vous pouvez créer votre propre application ici.',
    'Si está desarrollando su propia aplicación, usa el proxy de aplicación o quiere integrar una aplicación que no está en la galería, puede crear su propia aplicación aquí.',
    '独自のアプリケーションを開発している場合、アプリケーション プロキシを使用している場合、またはギャラリーにないアプリケーションを統合する場合は、ここで独自のアプリケーションを作成できます。',
  ], // guessed
  whatsTheNameOfYourApp: [
    "What's the name of your app?",
    'Wie lautet der Name Ihrer App?',
    'Quel est le nom de votre application ?',
    '¿Cuál es el nombre de la aplicación?',
    'アプリの名前は何ですか?',
  ], // §4.3; translations guessed
  inputName: ['Input name', 'Namen eingeben', 'Entrer un nom', 'Escribir el nombre', '名前の入力'], // §4.3; translations guessed
  whatAreYouLookingToDo: [
    'What are you looking to do with your application?',
    'Was möchten Sie mit Ihrer Anwendung tun?',
    'Que souhaitez-vous faire avec votre application ?',
    '¿Qué quiere hacer con la aplicación?',
    'アプリケーションで何をしたいですか?',
  ], // §4.3; translations guessed
  purposeAppProxy: [
    'Configure Application Proxy for secure remote access to an on-premises application',
    'Anwendungsproxy für sicheren Remotezugriff auf eine lokale Anwendung konfigurieren',
    'Configurer le proxy d’application pour un accès à distance sécurisé à une application locale',
    'Configurar el proxy de aplicación para el acceso remoto seguro a una aplicación local',
    'オンプレミスのアプリケーションへのセキュリティで保護されたリモート アクセス用にアプリケーション プロキシを構成します',
  ], // §4.3 (inferred); translations guessed
  purposeRegister: [
    "Register an application to integrate with Microsoft Entra ID (App you're developing)",
    'Anwendung für die Integration in Microsoft Entra ID registrieren (App, die Sie entwickeln)',
    'Inscrire une application à intégrer à Microsoft Entra ID (application que vous développez)',
    'Registrar una aplicación para integrarla con Microsoft Entra ID (aplicación que está desarrollando)',
    'Microsoft Entra ID と統合するアプリケーションを登録します (開発中のアプリ)',
  ], // §4.3 (inferred); translations guessed
  purposeNonGallery: [
    "Integrate any other application you don't find in the gallery (Non-gallery)",
    'Andere nicht im Katalog gefundene Anwendung integrieren (nicht im Katalog)',
    'Intégrer une autre application que vous ne trouvez pas dans la galerie (ne figurant pas dans la galerie)',
    'Integrar cualquier otra aplicación que no se encuentre en la galería (no de la galería)',
    'ギャラリーに見つからないその他のアプリケーションを統合します (ギャラリー以外)',
  ], // §4.3; translations guessed
  addingApplication: [
    'Adding application',
    'Anwendung wird hinzugefügt',
    'Ajout de l’application',
    'Agregando la aplicación',
    'アプリケーションを追加しています',
  ], // guessed
  addingApplicationText: [
    'Adding application {0}',
    'Anwendung {0} wird hinzugefügt',
    'Ajout de l’application {0}',
    'Agregando la aplicación {0}',
    'アプリケーション {0} を追加しています',
  ], // guessed
  addedApplication: [
    'Application added',
    'Anwendung hinzugefügt',
    'Application ajoutée',
    'Aplicación agregada',
    'アプリケーションが追加されました',
  ], // guessed
  addedApplicationText: [
    'Successfully added application {0}.',
    'Die Anwendung {0} wurde erfolgreich hinzugefügt.',
    'L’application {0} a été ajoutée.',
    'La aplicación {0} se agregó correctamente.',
    'アプリケーション {0} が正常に追加されました。',
  ], // guessed

  // App overview
  name: ['Name', 'Name', 'Nom', 'Nombre', '名前'], // guessed
  applicationId: [
    'Application ID',
    'Anwendungs-ID',
    'ID d’application',
    'Id. de aplicación',
    'アプリケーション ID',
  ], // guessed
  objectId: ['Object ID', 'Objekt-ID', 'ID d’objet', 'Id. de objeto', 'オブジェクト ID'], // guessed
  gettingStarted: [
    'Getting Started',
    'Erste Schritte',
    'Bien démarrer',
    'Introducción',
    '作業の開始',
  ], // guessed
  assignUsersAndGroups: [
    'Assign users and groups',
    'Benutzer und Gruppen zuweisen',
    'Affecter des utilisateurs et des groupes',
    'Asignar usuarios y grupos',
    'ユーザーとグループの割り当て',
  ], // guessed
  assignUsersAndGroupsText: [
    'Provide specific users and groups access to the applications',
    'Bestimmten Benutzern und Gruppen Zugriff auf die Anwendungen gewähren',
    'Accorder à des utilisateurs et groupes spécifiques l’accès aux applications',
    'Proporcionar a usuarios y grupos específicos acceso a las aplicaciones',
    '特定のユーザーとグループにアプリケーションへのアクセスを許可します',
  ], // guessed
  setUpSingleSignOn: [
    'Set up single sign on',
    'Einmaliges Anmelden einrichten',
    'Configurer l’authentification unique',
    'Configurar el inicio de sesión único',
    'シングル サインオンの設定',
  ], // guessed
  setUpSingleSignOnText: [
    'Enable users to sign into their application using their Microsoft Entra credentials',
    'Benutzern die Anmeldung bei ihrer Anwendung mit ihren Microsoft Entra-Anmeldeinformationen ermöglichen',
    'Permettre aux utilisateurs de se connecter à leur application avec leurs informations d’identification Microsoft Entra',
    'Permitir que los usuarios inicien sesión en su aplicación con sus credenciales de Microsoft Entra',
    'ユーザーが Microsoft Entra 資格情報を使用してアプリケーションにサインインできるようにします',
  ], // guessed
  provisionUserAccounts: [
    'Provision User Accounts',
    'Benutzerkonten bereitstellen',
    'Approvisionner les comptes d’utilisateur',
    'Aprovisionar cuentas de usuario',
    'ユーザー アカウントのプロビジョニング',
  ], // guessed
  provisionUserAccountsText: [
    'Automatically create and delete user accounts in the application',
    'Benutzerkonten in der Anwendung automatisch erstellen und löschen',
    'Créer et supprimer automatiquement des comptes d’utilisateur dans l’application',
    'Crear y eliminar automáticamente cuentas de usuario en la aplicación',
    'アプリケーションでユーザー アカウントを自動的に作成および削除します',
  ], // guessed
  conditionalAccessText: [
    'Secure access to this application with a customizable access policy.',
    'Zugriff auf diese Anwendung mit einer anpassbaren Zugriffsrichtlinie schützen.',
    'Sécuriser l’accès à cette application avec une stratégie d’accès personnalisable.',
    'Proteger el acceso a esta aplicación con una directiva de acceso personalizable.',
    'カスタマイズ可能なアクセス ポリシーを使用して、このアプリケーションへのアクセスをセキュリティで保護します。',
  ], // guessed
  selfServiceText: [
    'Enable users to request access to the application using their Microsoft Entra credentials',
    'Benutzern ermöglichen, mit ihren Microsoft Entra-Anmeldeinformationen Zugriff auf die Anwendung anzufordern',
    'Permettre aux utilisateurs de demander l’accès à l’application avec leurs informations d’identification Microsoft Entra',
    'Permitir que los usuarios soliciten acceso a la aplicación con sus credenciales de Microsoft Entra',
    'ユーザーが Microsoft Entra 資格情報を使用してアプリケーションへのアクセスを要求できるようにします',
  ], // guessed
  getStarted: ['Get started', 'Erste Schritte', 'Commencer', 'Comenzar', '開始'], // guessed
  createPolicy: [
    'Create a policy',
    'Richtlinie erstellen',
    'Créer une stratégie',
    'Crear una directiva',
    'ポリシーの作成',
  ], // guessed

  // Single sign-on method picker (§4.4)
  selectSsoMethod: [
    'Select a single sign-on method',
    'Methode für einmaliges Anmelden auswählen',
    'Sélectionner une méthode d’authentification unique',
    'Seleccione un método de inicio de sesión único',
    'シングル サインオン方式の選択',
  ], // §4.4; translations guessed
  helpMeDecide: [
    'Help me decide',
    'Entscheidungshilfe',
    'M’aider à choisir',
    'Ayudarme a decidir',
    '選択のヘルプ',
  ], // guessed
  ssoNotConfigured: [
    'Single sign-on is not configured for {0}.',
    'Einmaliges Anmelden ist für {0} nicht konfiguriert.',
    'L’authentification unique n’est pas configurée pour {0}.',
    'El inicio de sesión único no está configurado para {0}.',
    '{0} のシングル サインオンは構成されていません。',
  ], // §4.4; translations guessed
  ssoDisabled: ['Disabled', 'Deaktiviert', 'Désactivée', 'Deshabilitado', '無効'], // §4.4 (inferred); translations guessed
  ssoDisabledText: [
    "Single sign-on is not enabled. The user won't be able to launch the app from My Apps.",
    'Einmaliges Anmelden ist nicht aktiviert. Der Benutzer kann die App nicht über „Meine Apps“ starten.',
    'L’authentification unique n’est pas activée. L’utilisateur ne pourra pas lancer l’application à partir de Mes applications.',
    'El inicio de sesión único no está habilitado. El usuario no podrá iniciar la aplicación desde Mis aplicaciones.',
    'シングル サインオンが有効になっていません。ユーザーはマイ アプリからアプリを起動できません。',
  ], // guessed
  ssoSaml: ['SAML', 'SAML', 'SAML', 'SAML', 'SAML'], // §4.4 (inferred)
  ssoSamlText: [
    'Rich and secure authentication to applications using the SAML (Security Assertion Markup Language) protocol.',
    'Umfassende und sichere Authentifizierung bei Anwendungen über das SAML-Protokoll (Security Assertion Markup Language).',
    'Authentification riche et sécurisée auprès des applications à l’aide du protocole SAML (Security Assertion Markup Language).',
    'Autenticación completa y segura en aplicaciones mediante el protocolo SAML (Lenguaje de marcado de aserción de seguridad).',
    'SAML (Security Assertion Markup Language) プロトコルを使用した、アプリケーションに対する高度で安全な認証。',
  ], // guessed
  ssoPassword: [
    'Password-based',
    'Kennwortbasiert',
    'Basée sur un mot de passe',
    'Basado en contraseña',
    'パスワード ベース',
  ], // §4.4; translations guessed
  ssoPasswordText: [
    'Password storage and replay using a web browser extension or mobile app.',
    'Kennwortspeicherung und -wiedergabe mit einer Webbrowsererweiterung oder mobilen App.',
    'Stockage et relecture des mots de passe à l’aide d’une extension de navigateur web ou d’une application mobile.',
    'Almacenamiento y reproducción de contraseñas mediante una extensión del explorador web o una aplicación móvil.',
    'Web ブラウザー拡張機能またはモバイル アプリを使用したパスワードの保存と再生。',
  ], // guessed
  ssoLinked: ['Linked', 'Verknüpft', 'Lié', 'Vinculado', 'リンク'], // §4.4 (inferred); translations guessed
  ssoLinkedText: [
    'Link to an application in My Apps and/or Office 365 application launcher.',
    'Link zu einer Anwendung in „Meine Apps“ und/oder im Office 365-App-Startfeld.',
    'Lien vers une application dans Mes applications et/ou le lanceur d’applications Office 365.',
    'Vínculo a una aplicación en Mis aplicaciones o en el iniciador de aplicaciones de Office 365.',
    'マイ アプリや Office 365 アプリケーション起動ツールのアプリケーションへのリンク。',
  ], // guessed
  passwordBasedSignOn: [
    'Password-based Sign-on',
    'Kennwortbasiertes Anmelden',
    'Authentification basée sur un mot de passe',
    'Inicio de sesión basado en contraseña',
    'パスワード ベースのサインオン',
  ], // guessed
  linkedSignOn: [
    'Linked Sign-on',
    'Verknüpftes Anmelden',
    'Authentification liée',
    'Inicio de sesión vinculado',
    'リンクされたサインオン',
  ], // guessed
  changeSsoMode: [
    'Change single sign-on mode',
    'Modus für einmaliges Anmelden ändern',
    'Modifier le mode d’authentification unique',
    'Cambiar el modo de inicio de sesión único',
    'シングル サインオン モードの変更',
  ], // §4.4; translations guessed

  // SAML page (§4.5)
  samlBasedSignOn: [
    'SAML-based Sign-on',
    'SAML-basiertes Anmelden',
    'Authentification basée sur SAML',
    'Inicio de sesión basado en SAML',
    'SAML ベースのサインオン',
  ], // §2/§4.1 (inferred); translations guessed
  setUpSsoWithSaml: [
    'Set up Single Sign-On with SAML',
    'Einmaliges Anmelden (SSO) mit SAML einrichten',
    'Configurer l’authentification unique avec SAML',
    'Configurar el inicio de sesión único con SAML',
    'SAML でシングル サインオンをセットアップします',
  ], // §6
  samlIntro: [
    'An SSO implementation based on federation protocols improves security, reliability, and end user experiences and is easier to implement. Choose SAML single sign-on whenever possible for existing applications that do not use OpenID Connect or OAuth.',
    'Eine SSO-Implementierung auf Basis von Verbundprotokollen verbessert Sicherheit, Zuverlässigkeit und Benutzerfreundlichkeit und ist einfacher zu implementieren. Wählen Sie nach Möglichkeit einmaliges Anmelden per SAML für vorhandene Anwendungen, die weder OpenID Connect noch OAuth verwenden.',
    'Une implémentation de l’authentification unique basée sur des protocoles de fédération améliore la sécurité, la fiabilité et l’expérience utilisateur, et elle est plus facile à mettre en œuvre. Choisissez l’authentification unique SAML dès que possible pour les applications existantes qui n’utilisent pas OpenID Connect ou OAuth.',
    'Una implementación de SSO basada en protocolos de federación mejora la seguridad, la confiabilidad y la experiencia del usuario final, y es más fácil de implementar. Elija el inicio de sesión único de SAML siempre que sea posible para las aplicaciones existentes que no usan OpenID Connect ni OAuth.',
    'フェデレーション プロトコルに基づく SSO 実装により、セキュリティ、信頼性、エンド ユーザー エクスペリエンスが向上し、実装も容易になります。OpenID Connect または OAuth を使用しない既存のアプリケーションでは、可能な限り SAML シングル サインオンを選択してください。',
  ], // guessed
  readConfigurationGuide: [
    'Read the configuration guide for help integrating {0}.',
    'Lesen Sie den Konfigurationsleitfaden, um Hilfe bei der Integration von {0} zu erhalten.',
    'Consultez le guide de configuration pour obtenir de l’aide sur l’intégration de {0}.',
    'Lea la guía de configuración para obtener ayuda con la integración de {0}.',
    '{0} の統合については、構成ガイドをご覧ください。',
  ], // guessed
  uploadMetadataFile: [
    'Upload metadata file',
    'Metadatendatei hochladen',
    'Charger un fichier de métadonnées',
    'Cargar archivo de metadatos',
    'メタデータ ファイルをアップロードする',
  ], // §6 de
  testThisApplication: [
    'Test this application',
    'Diese Anwendung testen',
    'Tester cette application',
    'Probar esta aplicación',
    'このアプリケーションをテストする',
  ], // §4.5: fr confirmed; others guessed
  basicSamlConfiguration: [
    'Basic SAML Configuration',
    'Grundlegende SAML-Konfiguration',
    'Configuration SAML de base',
    'Configuración básica de SAML',
    '基本的な SAML 構成',
  ], // §6
  identifierEntityId: [
    'Identifier (Entity ID)',
    'Bezeichner (Entitäts-ID)',
    'Identificateur (ID d’entité)',
    'Identificador (id. de entidad)',
    '識別子 (エンティティ ID)',
  ], // §6
  replyUrlAcs: [
    'Reply URL (Assertion Consumer Service URL)',
    'Antwort-URL (Assertionsverbraucherdienst-URL)',
    'URL de réponse (URL Assertion Consumer Service)',
    'Dirección URL de respuesta (URL del Servicio de consumidor de aserciones)',
    '応答 URL (Assertion Consumer Service URL)',
  ], // §6
  signOnUrl: [
    'Sign on URL',
    'Anmelde-URL',
    'URL de connexion',
    'URL de inicio de sesión',
    'サインオン URL',
  ], // §6
  signOnUrlOptional: [
    'Sign on URL (Optional)',
    'Anmelde-URL (optional)',
    'URL de connexion (facultatif)',
    'URL de inicio de sesión (opcional)',
    'サインオン URL (省略可能)',
  ], // §4.6; §6 for "Sign on URL", the "(Optional)" suffix guessed
  relayStateOptional: [
    'Relay State (Optional)',
    'Relayzustand (optional)',
    'État de relais (facultatif)',
    'Estado de la retransmisión (opcional)',
    'リレー状態 (省略可能)',
  ], // §4.6; translations guessed
  logoutUrlOptional: [
    'Logout Url (Optional)',
    'Abmelde-URL (optional)',
    'URL de déconnexion (facultatif)',
    'Dirección URL de cierre de sesión (opcional)',
    'ログアウト URL (省略可能)',
  ], // §4.6 (note the lowercase "Url"); translations guessed
  required: ['Required', 'Erforderlich', 'Obligatoire', 'Obligatorio', '必須'], // §4.6; translations guessed
  optional: ['Optional', 'Optional', 'Facultatif', 'Opcional', '省略可能'], // guessed
  attributesAndClaims: [
    'Attributes & Claims',
    'Attribute und Ansprüche',
    'Attributs et revendications',
    'Atributos y notificaciones',
    '属性とクレーム',
  ], // §4.5; translations guessed
  uniqueUserIdentifier: [
    'Unique User Identifier',
    'Eindeutiger Benutzerbezeichner',
    'Identificateur d’utilisateur unique',
    'Identificador de usuario único',
    '一意のユーザー識別子',
  ], // §4.5; translations guessed
  samlCertificates: [
    'SAML Certificates',
    'SAML-Zertifikate',
    'Certificats SAML',
    'Certificados SAML',
    'SAML 証明書',
  ], // §4.5; translations guessed
  samlSigningCertificate: [
    'SAML Signing Certificate',
    'SAML-Signaturzertifikat',
    'Certificat de signature SAML',
    'Certificado de firma de SAML',
    'SAML 署名証明書',
  ], // §6
  tokenSigningCertificate: [
    'Token signing certificate',
    'Tokensignaturzertifikat',
    'Certificat de signature de jetons',
    'Certificado de firma de tokens',
    'トークン署名証明書',
  ], // §4.5; translations guessed
  verificationCertificates: [
    'Verification certificates (optional)',
    'Überprüfungszertifikate (optional)',
    'Certificats de vérification (facultatif)',
    'Certificados de verificación (opcional)',
    '検証証明書 (省略可能)',
  ], // §4.5; translations guessed
  status: ['Status', 'Status', 'État', 'Estado', '状態'], // §4.7 (inferred); translations guessed
  active: ['Active', 'Aktiv', 'Actif', 'Activo', 'アクティブ'], // §4.7; translations guessed
  inactive: ['Inactive', 'Inaktiv', 'Inactif', 'Inactivo', '非アクティブ'], // §4.7; translations guessed
  expired: ['Expired', 'Abgelaufen', 'Expiré', 'Expirado', '期限切れ'], // guessed
  requiredLabel: ['Required', 'Erforderlich', 'Obligatoire', 'Obligatorio', '必須'], // guessed
  thumbprint: ['Thumbprint', 'Fingerabdruck', 'Empreinte numérique', 'Huella digital', '拇印'], // §4.7; translations guessed
  expiration: ['Expiration', 'Ablauf', 'Expiration', 'Expiración', '有効期限'], // §4.7 (inferred); translations guessed
  notificationEmail: [
    'Notification Email',
    'Benachrichtigungs-E-Mail',
    'E-mail de notification',
    'Correo electrónico de notificación',
    '通知用メール',
  ], // §4.7 (inferred); translations guessed
  appFederationMetadataUrl: [
    'App Federation Metadata Url',
    'App-Verbundmetadaten-URL',
    'URL des métadonnées de fédération d’application',
    'Dirección URL de metadatos de federación de aplicación',
    'アプリのフェデレーション メタデータ URL',
  ], // §6 ja
  certificateBase64: [
    'Certificate (Base64)',
    'Zertifikat (Base64)',
    'Certificat (Base64)',
    'Certificado (Base64)',
    '証明書 (Base64)',
  ], // §4.7; translations guessed
  certificateRaw: [
    'Certificate (Raw)',
    'Zertifikat (Rohdaten)',
    'Certificat (brut)',
    'Certificado (sin procesar)',
    '証明書 (未加工)',
  ], // §4.7; translations guessed
  federationMetadataXml: [
    'Federation Metadata XML',
    'Verbundmetadaten-XML',
    'XML de métadonnées de fédération',
    'XML de metadatos de federación',
    'フェデレーション メタデータ XML',
  ], // §6
  download: ['Download', 'Herunterladen', 'Télécharger', 'Descargar', 'ダウンロード'], // §6
  downloadFailed: [
    'Download failed',
    'Fehler beim Herunterladen',
    'Échec du téléchargement',
    'Error en la descarga',
    'ダウンロードに失敗しました',
  ], // guessed
  willBeDisplayedOnSave: [
    'Will be displayed on save',
    'Wird beim Speichern angezeigt',
    'Sera affiché lors de l’enregistrement',
    'Se mostrará al guardar',
    '保存時に表示されます',
  ], // §4.7 (old API value); translations guessed
  certificateAfterSave: [
    'The token signing certificate is created when you save the Basic SAML Configuration. Reload the page to see it.',
    'Das Tokensignaturzertifikat wird beim Speichern der grundlegenden SAML-Konfiguration erstellt. Laden Sie die Seite neu, um es anzuzeigen.',
    'Le certificat de signature de jetons est créé lorsque vous enregistrez la configuration SAML de base. Rechargez la page pour l’afficher.',
    'El certificado de firma de tokens se crea al guardar la configuración básica de SAML. Vuelva a cargar la página para verlo.',
    'トークン署名証明書は、基本的な SAML 構成を保存したときに作成されます。表示するにはページを再読み込みしてください。',
  ], // guessed (models §8 "may need a reload")
  setUpApp: ['Set up {0}', '{0} einrichten', 'Configurer {0}', 'Configurar {0}', '{0} の設定'], // §4.5; translations guessed
  setUpAppText: [
    "You'll need to configure the application to link with Microsoft Entra ID.",
    'Sie müssen die Anwendung für die Verknüpfung mit Microsoft Entra ID konfigurieren.',
    'Vous devez configurer l’application pour la lier à Microsoft Entra ID.',
    'Deberá configurar la aplicación para vincularla con Microsoft Entra ID.',
    'Microsoft Entra ID とリンクするようにアプリケーションを構成する必要があります。',
  ], // guessed
  loginUrl: [
    'Login URL',
    'Anmelde-URL',
    'URL de connexion',
    'Dirección URL de inicio de sesión',
    'ログイン URL',
  ], // §4.5; translations guessed
  entraIdentifier: [
    'Microsoft Entra Identifier',
    'Microsoft Entra-Bezeichner',
    'Identificateur Microsoft Entra',
    'Identificador de Microsoft Entra',
    'Microsoft Entra 識別子',
  ], // §4.5; translations guessed
  logoutUrl: [
    'Logout URL',
    'Abmelde-URL',
    'URL de déconnexion',
    'Dirección URL de cierre de sesión',
    'ログアウト URL',
  ], // §4.5; translations guessed
  testSsoWith: [
    'Test single sign-on with {0}',
    'Einmaliges Anmelden mit {0} testen',
    'Tester l’authentification unique avec {0}',
    'Probar el inicio de sesión único con {0}',
    '{0} でシングル サインオンをテストする',
  ], // §4.5/§4.6; translations guessed
  testSsoText: [
    'Test to see if single sign-on is working. Users will need to be added to Users and groups before they can sign in.',
    'Testen Sie, ob einmaliges Anmelden funktioniert. Benutzer müssen „Benutzer und Gruppen“ hinzugefügt werden, bevor sie sich anmelden können.',
    'Testez si l’authentification unique fonctionne. Les utilisateurs doivent être ajoutés à Utilisateurs et groupes avant de pouvoir se connecter.',
    'Pruebe si el inicio de sesión único funciona. Los usuarios deben agregarse a Usuarios y grupos antes de poder iniciar sesión.',
    'シングル サインオンが機能しているかどうかをテストします。ユーザーがサインインするには、先に [ユーザーとグループ] に追加する必要があります。',
  ], // guessed
  testSsoPrompt: [
    'Do you want to test single sign-on with {0} now?',
    'Möchten Sie das einmalige Anmelden mit {0} jetzt testen?',
    'Voulez-vous tester l’authentification unique avec {0} maintenant ?',
    '¿Quiere probar ahora el inicio de sesión único con {0}?',
    '今すぐ {0} でシングル サインオンをテストしますか?',
  ], // guessed
  noTestLater: [
    "No, I'll test later",
    'Nein, ich teste später',
    'Non, je testerai plus tard',
    'No, lo probaré más tarde',
    'いいえ、後でテストします',
  ], // §4.6 (English); translations guessed
  testingSignIn: [
    'Testing sign in',
    'Anmeldung testen',
    'Test de la connexion',
    'Prueba del inicio de sesión',
    'サインインのテスト',
  ], // guessed
  testingSignInText: [
    'Sign in as the current user to test single sign-on with {0}.',
    'Melden Sie sich als aktueller Benutzer an, um das einmalige Anmelden mit {0} zu testen.',
    'Connectez-vous en tant qu’utilisateur actuel pour tester l’authentification unique avec {0}.',
    'Inicie sesión como el usuario actual para probar el inicio de sesión único con {0}.',
    '現在のユーザーとしてサインインして、{0} でシングル サインオンをテストします。',
  ], // guessed
  testSignIn: [
    'Test sign in',
    'Anmeldung testen',
    'Tester la connexion',
    'Probar inicio de sesión',
    'サインインのテスト',
  ], // guessed
  testSignInOffline: [
    'The rehearsal portal does not open My Apps.',
    'Das Probeportal öffnet „Meine Apps“ nicht.',
    'Le portail de répétition n’ouvre pas Mes applications.',
    'El portal de ensayo no abre Mis aplicaciones.',
    'リハーサル ポータルではマイ アプリは開きません。',
  ], // guessed (rehearsal-only text)
  savedSsoConfiguration: [
    'Saved single sign-on configuration',
    'Konfiguration für einmaliges Anmelden gespeichert',
    'Configuration de l’authentification unique enregistrée',
    'Configuración de inicio de sesión único guardada',
    'シングル サインオン構成を保存しました',
  ], // guessed (§4.6: a toast appears)
  savedSsoConfigurationText: [
    'Successfully updated the single sign-on configuration of {0}.',
    'Die Konfiguration für einmaliges Anmelden von {0} wurde erfolgreich aktualisiert.',
    'La configuration de l’authentification unique de {0} a été mise à jour.',
    'La configuración de inicio de sesión único de {0} se actualizó correctamente.',
    '{0} のシングル サインオン構成が正常に更新されました。',
  ], // guessed
  saveFailed: [
    'Save failed',
    'Fehler beim Speichern',
    'Échec de l’enregistrement',
    'Error al guardar',
    '保存に失敗しました',
  ], // guessed
  saveFailedText: [
    'The configuration of {0} could not be saved.',
    'Die Konfiguration von {0} konnte nicht gespeichert werden.',
    'Impossible d’enregistrer la configuration de {0}.',
    'No se pudo guardar la configuración de {0}.',
    '{0} の構成を保存できませんでした。',
  ], // guessed
  signingCertificateText: [
    'Manage the certificate used by Microsoft Entra ID to sign SAML tokens issued to your app.',
    'Verwalten Sie das Zertifikat, mit dem Microsoft Entra ID die für Ihre App ausgestellten SAML-Token signiert.',
    'Gérez le certificat utilisé par Microsoft Entra ID pour signer les jetons SAML émis pour votre application.',
    'Administre el certificado que usa Microsoft Entra ID para firmar los tokens SAML emitidos para la aplicación.',
    'アプリに発行される SAML トークンに署名するために Microsoft Entra ID が使用する証明書を管理します。',
  ], // guessed
  signingOption: [
    'Signing Option',
    'Signaturoption',
    'Option de signature',
    'Opción de firma',
    '署名オプション',
  ], // guessed
  signSamlAssertion: [
    'Sign SAML assertion',
    'SAML-Assertion signieren',
    'Signer l’assertion SAML',
    'Firmar aserción SAML',
    'SAML アサーションへの署名',
  ], // guessed
  signingAlgorithm: [
    'Signing Algorithm',
    'Signaturalgorithmus',
    'Algorithme de signature',
    'Algoritmo de firma',
    '署名アルゴリズム',
  ], // guessed
  notificationEmailAddresses: [
    'Notification Email Addresses',
    'E-Mail-Adressen für Benachrichtigungen',
    'Adresses e-mail de notification',
    'Direcciones de correo electrónico de notificación',
    '通知用メール アドレス',
  ], // guessed

  // Basic SAML Configuration pane (§4.6)
  addIdentifier: [
    'Add identifier',
    'Bezeichner hinzufügen',
    'Ajouter un identificateur',
    'Agregar identificador',
    '識別子の追加',
  ], // §4.6 (English); §6: no translation found, all guessed
  addReplyUrl: [
    'Add reply URL',
    'Antwort-URL hinzufügen',
    'Ajouter une URL de réponse',
    'Agregar dirección URL de respuesta',
    '応答 URL の追加',
  ], // §4.6 (English); §6: no translation found, all guessed
  default: ['Default', 'Standard', 'Par défaut', 'Predeterminado', '既定'], // §4.6 (inferred column header); ja from §4.6 "既定として設定します", others guessed
  index: ['Index', 'Index', 'Index', 'Índice', 'インデックス'], // §4.6; translations guessed
  identifierHelp: [
    'The unique ID that identifies your application to Microsoft Entra ID. This value must be unique across all applications in your Microsoft Entra tenant.',
    'Die eindeutige ID, die Ihre Anwendung gegenüber Microsoft Entra ID identifiziert. Dieser Wert muss für alle Anwendungen in Ihrem Microsoft Entra-Mandanten eindeutig sein.',
    'ID unique qui identifie votre application auprès de Microsoft Entra ID. Cette valeur doit être unique parmi toutes les applications de votre locataire Microsoft Entra.',
    'Id. único que identifica la aplicación en Microsoft Entra ID. Este valor debe ser único en todas las aplicaciones del inquilino de Microsoft Entra.',
    'Microsoft Entra ID に対してアプリケーションを識別する一意の ID。この値は、Microsoft Entra テナント内のすべてのアプリケーションで一意である必要があります。',
  ], // §4.6 (learn-module, updated name); translations guessed
  replyUrlHelp: [
    'The reply URL is where the application expects to receive the authentication token. This is also referred to as the "Assertion Consumer Service" (ACS) in SAML.',
    'Die Antwort-URL ist die Adresse, an der die Anwendung das Authentifizierungstoken erwartet. In SAML wird sie auch als „Assertionsverbraucherdienst“ (ACS) bezeichnet.',
    'L’URL de réponse est l’adresse à laquelle l’application s’attend à recevoir le jeton d’authentification. En SAML, on parle aussi d’« Assertion Consumer Service » (ACS).',
    'La dirección URL de respuesta es donde la aplicación espera recibir el token de autenticación. En SAML también se conoce como "Servicio de consumidor de aserciones" (ACS).',
    '応答 URL は、アプリケーションが認証トークンを受け取る場所です。SAML では "Assertion Consumer Service" (ACS) とも呼ばれます。',
  ], // guessed
  signOnUrlHelp: [
    'The sign on URL is used if you would like to perform service provider-initiated single sign-on.',
    'Die Anmelde-URL wird verwendet, wenn Sie vom Dienstanbieter initiiertes einmaliges Anmelden durchführen möchten.',
    'L’URL de connexion est utilisée si vous souhaitez effectuer une authentification unique initiée par le fournisseur de services.',
    'La dirección URL de inicio de sesión se usa si quiere realizar un inicio de sesión único iniciado por el proveedor de servicios.',
    'サインオン URL は、サービス プロバイダーが開始するシングル サインオンを実行する場合に使用されます。',
  ], // guessed
  relayStateHelp: [
    'The relay state instructs the application where to redirect users after authentication is completed.',
    'Der Relayzustand teilt der Anwendung mit, wohin Benutzer nach der Authentifizierung umgeleitet werden.',
    'L’état de relais indique à l’application où rediriger les utilisateurs une fois l’authentification terminée.',
    'El estado de la retransmisión indica a la aplicación adónde redirigir a los usuarios una vez completada la autenticación.',
    'リレー状態は、認証の完了後にユーザーをリダイレクトする場所をアプリケーションに指示します。',
  ], // guessed
  logoutUrlHelp: [
    'This URL is used to send the SAML logout response back to the application.',
    'Diese URL wird verwendet, um die SAML-Abmeldeantwort an die Anwendung zurückzusenden.',
    'Cette URL est utilisée pour renvoyer la réponse de déconnexion SAML à l’application.',
    'Esta dirección URL se usa para devolver la respuesta de cierre de sesión de SAML a la aplicación.',
    'この URL は、SAML ログアウト応答をアプリケーションに返すために使用されます。',
  ], // guessed
  errorIdentifierNotUnique: [
    'Please enter an identifier which is unique within your organization.',
    'Geben Sie einen Bezeichner ein, der in Ihrer Organisation eindeutig ist.',
    'Entrez un identificateur unique au sein de votre organisation.',
    'Escriba un identificador que sea único en la organización.',
    '組織内で一意の識別子を入力してください。',
  ], // §4.6 (old, issue #11910); translations guessed
  errorReplyUrlHttps: [
    'The reply URL must begin with the scheme https (http is allowed only for localhost).',
    'Die Antwort-URL muss mit dem Schema „https“ beginnen (http ist nur für localhost zulässig).',
    'L’URL de réponse doit commencer par le schéma https (http n’est autorisé que pour localhost).',
    'La dirección URL de respuesta debe comenzar con el esquema https (http solo se permite para localhost).',
    '応答 URL は https スキームで始まる必要があります (http は localhost のみ許可されます)。',
  ], // guessed (rule §4.6 ed-reply-url; exact text not found)
  errorReplyUrlTooLong: [
    "The reply URL can't be longer than 256 characters.",
    'Die Antwort-URL darf höchstens 256 Zeichen lang sein.',
    'L’URL de réponse ne peut pas dépasser 256 caractères.',
    'La dirección URL de respuesta no puede tener más de 256 caracteres.',
    '応答 URL は 256 文字以内にする必要があります。',
  ], // guessed (rule §4.6)
  errorReplyUrlCharacters: [
    "The reply URL can't contain any of these characters: ! $ ' ( ) , ;",
    "Die Antwort-URL darf keines dieser Zeichen enthalten: ! $ ' ( ) , ;",
    "L’URL de réponse ne peut contenir aucun de ces caractères : ! $ ' ( ) , ;",
    "La dirección URL de respuesta no puede contener ninguno de estos caracteres: ! $ ' ( ) , ;",
    "応答 URL には次の文字を含めることはできません: ! $ ' ( ) , ;",
  ], // guessed (rule §4.6)
  errorInvalidUrl: [
    'Please enter a valid URL.',
    'Geben Sie eine gültige URL ein.',
    'Entrez une URL valide.',
    'Escriba una dirección URL válida.',
    '有効な URL を入力してください。',
  ], // guessed
  errorIndex: [
    'The index must be a whole number.',
    'Der Index muss eine ganze Zahl sein.',
    'L’index doit être un nombre entier.',
    'El índice debe ser un número entero.',
    'インデックスは整数である必要があります。',
  ], // guessed
  errorDuplicateValue: [
    'This value is already in the list.',
    'Dieser Wert ist bereits in der Liste enthalten.',
    'Cette valeur figure déjà dans la liste.',
    'Este valor ya está en la lista.',
    'この値は既に一覧に含まれています。',
  ], // guessed
  errorRequired: [
    'This field is required.',
    'Dieses Feld ist erforderlich.',
    'Ce champ est obligatoire.',
    'Este campo es obligatorio.',
    'このフィールドは必須です。',
  ], // guessed

  // Attributes & Claims / Manage claim
  addNewClaim: [
    'Add new claim',
    'Neuen Anspruch hinzufügen',
    'Ajouter une nouvelle revendication',
    'Agregar nueva notificación',
    '新しいクレームの追加',
  ], // procedure step 5 / brief; translations guessed
  addGroupClaim: [
    'Add a group claim',
    'Gruppenanspruch hinzufügen',
    'Ajouter une revendication de groupe',
    'Agregar una notificación de grupo',
    'グループ要求を追加する',
  ], // guessed
  requiredClaim: [
    'Required claim',
    'Erforderlicher Anspruch',
    'Revendication obligatoire',
    'Notificación obligatoria',
    '必要な要求',
  ], // guessed
  additionalClaims: [
    'Additional claims',
    'Zusätzliche Ansprüche',
    'Revendications supplémentaires',
    'Notificaciones adicionales',
    '追加の要求',
  ], // guessed
  uniqueUserIdentifierNameId: [
    'Unique User Identifier (Name ID)',
    'Eindeutiger Benutzerbezeichner (Namens-ID)',
    'Identificateur d’utilisateur unique (ID de nom)',
    'Identificador de usuario único (id. de nombre)',
    '一意のユーザー識別子 (名前 ID)',
  ], // brief / §4.5; translations guessed
  claimName: [
    'Claim name',
    'Anspruchsname',
    'Nom de la revendication',
    'Nombre de notificación',
    '要求名',
  ], // guessed
  type: ['Type', 'Typ', 'Type', 'Tipo', '種類'], // guessed
  value: ['Value', 'Wert', 'Valeur', 'Valor', '値'], // guessed
  noAdditionalClaims: [
    'No additional claims',
    'Keine zusätzlichen Ansprüche',
    'Aucune revendication supplémentaire',
    'No hay notificaciones adicionales',
    '追加の要求はありません',
  ], // guessed
  manageClaim: [
    'Manage claim',
    'Anspruch verwalten',
    'Gérer la revendication',
    'Administrar notificación',
    '要求の管理',
  ], // brief; translations guessed
  namespace: ['Namespace', 'Namespace', 'Espace de noms', 'Espacio de nombres', '名前空間'], // guessed
  source: ['Source', 'Quelle', 'Source', 'Origen', 'ソース'], // brief; translations guessed
  sourceKindAttribute: ['Attribute', 'Attribut', 'Attribut', 'Atributo', '属性'], // brief; translations guessed
  sourceKindTransformation: [
    'Transformation',
    'Transformation',
    'Transformation',
    'Transformación',
    '変換',
  ], // brief; translations guessed
  sourceAttribute: [
    'Source attribute',
    'Quellattribut',
    'Attribut source',
    'Atributo de origen',
    'ソース属性',
  ], // procedure step 5; translations guessed
  transformation: ['Transformation', 'Transformation', 'Transformation', 'Transformación', '変換'], // guessed
  parameter1: ['Parameter 1', 'Parameter 1', 'Paramètre 1', 'Parámetro 1', 'パラメーター 1'], // guessed
  selectAttribute: [
    'Select an attribute',
    'Attribut auswählen',
    'Sélectionner un attribut',
    'Seleccionar un atributo',
    '属性の選択',
  ], // guessed
  claimSaved: [
    'Claim saved',
    'Anspruch gespeichert',
    'Revendication enregistrée',
    'Notificación guardada',
    '要求を保存しました',
  ], // guessed
  deleteClaim: [
    'Delete claim',
    'Anspruch löschen',
    'Supprimer la revendication',
    'Eliminar notificación',
    '要求の削除',
  ], // guessed
  deleteClaimText: [
    'Do you want to delete the claim {0}?',
    'Möchten Sie den Anspruch {0} löschen?',
    'Voulez-vous supprimer la revendication {0} ?',
    '¿Quiere eliminar la notificación {0}?',
    '要求 {0} を削除しますか?',
  ], // guessed
  claimDeleted: [
    'Claim deleted',
    'Anspruch gelöscht',
    'Revendication supprimée',
    'Notificación eliminada',
    '要求を削除しました',
  ], // guessed
  errorClaimExists: [
    'A claim with this name and namespace already exists.',
    'Ein Anspruch mit diesem Namen und Namespace ist bereits vorhanden.',
    'Une revendication avec ce nom et cet espace de noms existe déjà.',
    'Ya existe una notificación con este nombre y espacio de nombres.',
    'この名前と名前空間の要求は既に存在します。',
  ], // guessed
  errorClaimNameSpaces: [
    "The claim name can't contain spaces.",
    'Der Anspruchsname darf keine Leerzeichen enthalten.',
    'Le nom de la revendication ne peut pas contenir d’espaces.',
    'El nombre de la notificación no puede contener espacios.',
    '要求名にスペースを含めることはできません。',
  ], // guessed

  // Users and groups / Add Assignment (§4.8)
  users: ['Users', 'Benutzer', 'Utilisateurs', 'Usuarios', 'ユーザー'], // §4.8 (English); translations guessed
  user: ['User', 'Benutzer', 'Utilisateur', 'Usuario', 'ユーザー'], // guessed
  group: ['Group', 'Gruppe', 'Groupe', 'Grupo', 'グループ'], // guessed
  addUserGroup: [
    'Add user/group',
    'Benutzer/Gruppe hinzufügen',
    'Ajouter un utilisateur',
    'Agregar usuario o grupo',
    'ユーザーまたはグループの追加',
  ], // §6 fr ja
  editAssignment: [
    'Edit assignment',
    'Zuweisung bearbeiten',
    'Modifier l’attribution',
    'Editar asignación',
    '割り当ての編集',
  ], // guessed
  updateCredentials: [
    'Update credentials',
    'Anmeldeinformationen aktualisieren',
    'Mettre à jour les informations d’identification',
    'Actualizar credenciales',
    '資格情報の更新',
  ], // guessed
  assignmentsInfo: [
    "The application will appear for assigned users within My Apps. Set 'visible to users?' to no in properties to prevent this.",
    'Die Anwendung wird für zugewiesene Benutzer unter „Meine Apps“ angezeigt. Legen Sie in den Eigenschaften „Für Benutzer sichtbar?“ auf „Nein“ fest, um dies zu verhindern.',
    'L’application apparaîtra pour les utilisateurs affectés dans Mes applications. Définissez « Visible par les utilisateurs ? » sur Non dans les propriétés pour l’éviter.',
    'La aplicación aparecerá para los usuarios asignados en Mis aplicaciones. Establezca "¿Visible para los usuarios?" en No en las propiedades para evitarlo.',
    '割り当てられたユーザーのマイ アプリにアプリケーションが表示されます。これを防ぐには、プロパティで [ユーザーに表示しますか?] を [いいえ] に設定します。',
  ], // guessed
  firstTwoHundred: [
    'First 200 shown, to search all users & groups, enter a display name.',
    'Die ersten 200 werden angezeigt. Geben Sie einen Anzeigenamen ein, um alle Benutzer und Gruppen zu durchsuchen.',
    'Les 200 premiers sont affichés. Pour rechercher tous les utilisateurs et groupes, entrez un nom d’affichage.',
    'Se muestran los 200 primeros. Para buscar todos los usuarios y grupos, escriba un nombre para mostrar.',
    '最初の 200 件が表示されています。すべてのユーザーとグループを検索するには、表示名を入力してください。',
  ], // guessed
  displayName: ['Display Name', 'Anzeigename', 'Nom d’affichage', 'Nombre para mostrar', '表示名'], // guessed
  objectType: ['Object Type', 'Objekttyp', 'Type d’objet', 'Tipo de objeto', 'オブジェクトの種類'], // guessed
  roleAssigned: [
    'Role assigned',
    'Zugewiesene Rolle',
    'Rôle attribué',
    'Rol asignado',
    '割り当てられたロール',
  ], // guessed
  noAssignments: [
    'No application assignments found',
    'Keine Anwendungszuweisungen gefunden',
    'Aucune attribution d’application trouvée',
    'No se encontraron asignaciones de aplicaciones',
    'アプリケーションの割り当てが見つかりません',
  ], // guessed
  removeAssignment: [
    'Remove Assignment',
    'Zuweisung entfernen',
    'Supprimer l’attribution',
    'Quitar asignación',
    '割り当ての削除',
  ], // guessed
  removeAssignmentText: [
    'Do you want to remove the assignment of {0}?',
    'Möchten Sie die Zuweisung von {0} entfernen?',
    'Voulez-vous supprimer l’attribution de {0} ?',
    '¿Quiere quitar la asignación de {0}?',
    '{0} の割り当てを削除しますか?',
  ], // guessed
  assignmentRemoved: [
    'Assignment removed',
    'Zuweisung entfernt',
    'Attribution supprimée',
    'Asignación quitada',
    '割り当てを削除しました',
  ], // guessed
  addAssignment: [
    'Add Assignment',
    'Zuweisung hinzufügen',
    'Ajouter une attribution',
    'Agregar asignación',
    '割り当ての追加',
  ], // §6 fr; others guessed
  noneSelected: [
    'None Selected',
    'Keine Auswahl',
    'Aucune sélection',
    'Ninguno seleccionado',
    '選択されていません',
  ], // §4.8 (English); translations guessed
  usersSelected: [
    '{0} user(s) selected.',
    '{0} Benutzer ausgewählt.',
    '{0} utilisateur(s) sélectionné(s).',
    '{0} usuario(s) seleccionado(s).',
    '{0} 人のユーザーが選択されました。',
  ], // guessed
  groupsSelected: [
    '{0} group(s) selected.',
    '{0} Gruppe(n) ausgewählt.',
    '{0} groupe(s) sélectionné(s).',
    '{0} grupo(s) seleccionado(s).',
    '{0} 個のグループが選択されました。',
  ], // guessed
  selectARole: [
    'Select a role',
    'Rolle auswählen',
    'Sélectionner un rôle',
    'Seleccionar un rol',
    'ロールの選択',
  ], // §4.8 (English); translations guessed
  defaultAccess: [
    'Default Access',
    'Standardzugriff',
    'Accès par défaut',
    'Acceso predeterminado',
    '既定のアクセス',
  ], // §4.8 (English); translations guessed
  assign: ['Assign', 'Zuweisen', 'Attribuer', 'Asignar', '割り当て'], // §6 fr ja
  assignmentSucceeded: [
    'Assignment succeeded',
    'Zuweisung erfolgreich',
    'Attribution réussie',
    'Asignación correcta',
    '割り当てに成功しました',
  ], // guessed
  assignmentSucceededText: [
    '{0} assignment(s) added to {1}.',
    '{0} Zuweisung(en) zu {1} hinzugefügt.',
    '{0} attribution(s) ajoutée(s) à {1}.',
    '{0} asignación(es) agregada(s) a {1}.',
    '{1} に {0} 件の割り当てが追加されました。',
  ], // guessed
  groupsNotAvailable: [
    'Groups are not available for assignment due to your Active Directory plan level. You can assign individual users to the application.',
    'Gruppen sind aufgrund Ihres Active Directory-Plans nicht für die Zuweisung verfügbar. Sie können der Anwendung einzelne Benutzer zuweisen.',
    'Les groupes ne sont pas disponibles pour l’attribution en raison du niveau de votre plan Active Directory. Vous pouvez attribuer des utilisateurs individuels à l’application.',
    'Los grupos no están disponibles para la asignación debido al nivel de plan de Active Directory. Puede asignar usuarios individuales a la aplicación.',
    'Active Directory のプラン レベルのため、グループを割り当てに使用できません。個々のユーザーをアプリケーションに割り当てることができます。',
  ], // §4.8 (English, blog-2025); translations guessed
  selectedItems: [
    'Selected ({0})',
    'Ausgewählt ({0})',
    'Sélectionné(s) ({0})',
    'Seleccionados ({0})',
    '選択済み ({0})',
  ], // guessed
  noResults: [
    'No results',
    'Keine Ergebnisse',
    'Aucun résultat',
    'No hay resultados',
    '結果がありません',
  ], // guessed

  // Upload metadata file
  selectAFile: [
    'Select a file',
    'Datei auswählen',
    'Sélectionner un fichier',
    'Seleccionar un archivo',
    'ファイルの選択',
  ], // guessed
  errorMetadataFile: [
    'The file is not a valid service provider metadata file.',
    'Die Datei ist keine gültige Metadatendatei eines Dienstanbieters.',
    'Le fichier n’est pas un fichier de métadonnées de fournisseur de services valide.',
    'El archivo no es un archivo de metadatos de proveedor de servicios válido.',
    'このファイルは有効なサービス プロバイダー メタデータ ファイルではありません。',
  ], // guessed
};

const INDEX = { en: 0, de: 1, fr: 2, es: 3, ja: 4 };

/** The label for `key` in the portal's language, with `{0}`, `{1}`… replaced by the arguments. */
export function t(key, ...args) {
  const entry = LABELS[key];
  if (!entry) throw new Error(`Unknown label "${key}"`);
  const text = entry[INDEX[env.lang]] ?? entry[0];
  return text.replace(/\{(\d)\}/g, (_m, i) => String(args[Number(i)] ?? ''));
}

/** Every label in the portal's language (handed to ReactViews, which share this one table). */
export function allLabels() {
  return Object.fromEntries(Object.keys(LABELS).map((key) => [key, t(key)]));
}

/** A date (and time) the way the portal shows it, in the `?l=<ui>.<format>` format locale (§4.7). */
export function formatDate(iso, { dateOnly = false } = {}) {
  const options = dateOnly
    ? { year: 'numeric', month: 'numeric', day: 'numeric' }
    : {
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        second: '2-digit',
      };
  try {
    return new Intl.DateTimeFormat(env.formatLocale, options).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat('en-US', options).format(new Date(iso));
  }
}
