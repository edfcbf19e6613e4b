// Every word on these pages that a locator might look for, in one table.
//
// HELP: the exact wording of Asset Panda's help page "Microsoft Entra ID SSO", steps 9-13
//   (shared/reference/asset-panda-entra-procedure.md). Even these are UNVERIFIED on the live app:
//   no public screenshot of the SSO screen exists (assetpanda-cognito-entra.md, section 5).
// GUESSED: our assumption of what a React/MUI admin app would say. Change freely.

const HELP = 'help page';
const GUESSED = 'guessed';

const TABLE = {
  // Top bar and navigation
  brand: ['Asset Panda', GUESSED],
  settings: ['Settings', HELP], // the gear: "Settings icon"; its accessible name is a guess
  notifications: ['Notifications', GUESSED],
  help: ['Help', GUESSED],
  accountMenu: ['Account menu', GUESSED],
  search: ['Search', GUESSED],
  mainNav: ['Main', GUESSED],
  dashboard: ['Dashboard', GUESSED],
  assets: ['Assets', GUESSED],
  reports: ['Reports', GUESSED],
  integrations: ['Integrations Store', GUESSED], // the help site's section name
  myProfile: ['My profile', GUESSED],
  logOut: ['Log out', GUESSED],

  // Sign-in (https://assetpanda.app/login is a confirmed address; the form itself is guessed)
  loginTitle: ['Log in to Asset Panda', GUESSED],
  email: ['Email', GUESSED],
  password: ['Password', GUESSED],
  logIn: ['Log in', GUESSED],

  // Settings
  settingsMenu: ['Settings menu', GUESSED],
  accountManagement: ['Account Management', GUESSED], // /settings/account-management is confirmed
  accountBuilder: ['Account Builder', GUESSED], // /settings/account-builder is confirmed
  usersAndRoles: ['Users & Roles', GUESSED],
  preferences: ['Preferences', HELP],
  billing: ['Billing', GUESSED],
  general: ['General', GUESSED],
  sso: ['Single sign-on (SSO)', HELP],

  // The SSO page
  addNewSso: ['Add new SSO', HELP],
  connectionsTable: ['SSO connections', GUESSED],
  columnName: ['Connection Name', HELP], // the field's label, reused as the column header
  columnEnableType: ['Enable Type', HELP], // idem
  columnDomains: ['Domains', GUESSED],
  columnFile: ['Metadata file', GUESSED],
  columnCreated: ['Created', GUESSED],
  spDetails: ['Service provider details', GUESSED],
  entityId: ['Identifier (Entity ID)', GUESSED], // Entra's wording, not known to be on this page
  replyUrl: ['Reply URL (Assertion Consumer Service URL)', GUESSED], // idem
  copy: ['Copy', GUESSED],

  // The "Add new SSO" form
  enableType: ['Enable Type', HELP],
  enableAll: ['Enable for all users', HELP],
  enableDomains: ['Enable for selected domains', HELP],
  disableAll: ['Disable for all users', HELP],
  connectionName: ['Connection Name', HELP],
  domains: ['Domains', GUESSED], // "selected domains" implies a domain list
  metadataFile: ['Metadata XML file', GUESSED], // the help page says "upload the metadata XML file"
  uploadFile: ['Upload file', GUESSED],
  removeFile: ['Remove file', GUESSED],
  save: ['Save', HELP],
  cancel: ['Cancel', GUESSED],
};

/** label text by key */
export const L = Object.fromEntries(Object.entries(TABLE).map(([key, [text]]) => [key, text]));

/** where each label comes from, for the README and for anyone checking */
export const LABEL_SOURCES = Object.fromEntries(
  Object.entries(TABLE).map(([key, [, source]]) => [key, source]),
);

/** Enable Type options: wording from the help page; the stored values are ours. */
export const ENABLE_TYPES = [
  { value: 'all', label: L.enableAll },
  { value: 'domains', label: L.enableDomains },
  { value: 'disabled', label: L.disableAll },
];

// Helper texts and messages: all GUESSED (MUI-app wording).
export const TEXT = {
  ssoIntro:
    'Let people in your organization sign in to Asset Panda with your identity provider (SAML 2.0).',
  spIntro: 'Enter these values in your identity provider when you set up the SAML application.',
  noConnections: 'No SSO connections yet',
  noConnectionsHint: 'Add a connection to let users sign in with your identity provider.',
  connectionNameHelp: 'Users see this name on the sign-in page.',
  domainsHelp: 'Separate domains with commas, for example acme.com, acme.co.uk',
  dropHint: 'Drag and drop the metadata XML file from your identity provider here, or',
  fileHint: 'XML only',
  saving: 'Saving…',
  saved: (name) => `SSO connection "${name}" saved`,
  copied: 'Copied to clipboard',
  copyFailed: 'Couldn’t copy. Select the text and copy it.',
  loading: 'Loading',
  loadingConnections: 'Loading SSO connections',
  notFound: 'Page not found',
  loginFailed: 'Something went wrong. Try again.',
  saveFailed: 'Something went wrong while saving. Try again.',
};

export const ERRORS = {
  emailRequired: 'Email is required',
  passwordRequired: 'Password is required',
  enableTypeRequired: 'Select an Enable Type',
  nameRequired: 'Connection Name is required',
  nameTooLong: 'Connection Name must be 32 characters or fewer',
  nameUnderscore: 'Connection Name can’t contain underscores (_)',
  nameTaken: 'A connection with this name already exists', // wording given by the brief
  domainsRequired: 'Enter at least one domain',
  domainsTooMany: 'Enter 50 domains or fewer',
  domainInvalid: (domain) => `“${domain}” is not a valid domain`,
  domainTooLong: (domain) => `“${domain}” is longer than 40 characters`,
  domainRepeated: (domain) => `“${domain}” is listed more than once`,
  domainTaken: (domain, name) => `“${domain}” is already used by the connection “${name}”`,
  fileRequired: 'Upload the metadata XML file',
  fileNotXml: 'The file must be an XML file (.xml)',
  fileEmpty: 'The file is empty',
  fileUnreadable: 'The file is not valid XML',
  fileNotMetadata: 'The file is not SAML metadata. Upload the Federation Metadata XML file.',
};
