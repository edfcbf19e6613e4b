// Seed data: the rehearsal tenant and the state each scenario starts from. The tenant id, certificate
// thumbprint and expiry match the metadata the harness serves (test/rehearsal/data/app-metadata.xml).

export const TENANT = {
  id: '11394d0f-b180-4b91-86c3-bda58288ece0',
  name: 'Contoso',
  domain: 'contoso.onmicrosoft.com',
  admin: { displayName: 'MOD Administrator', upn: 'admin@contoso.onmicrosoft.com' },
};

/** Asset Panda Pro's SP values (reference assetpanda-cognito-entra.md §2). */
export const ASSET_PANDA = {
  displayName: 'Asset Panda',
  objectId: 'a5e7c0d2-4b1f-4c3e-8f6a-2d9b7e1c3f40',
  appId: 'd2b4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d91',
  identifier: 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC',
  replyUrl: 'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com/saml2/idpresponse',
};

/** The token signing certificate in the served metadata. Default validity is 3 years (§4.7). */
export const CERTIFICATE = {
  thumbprint: '8809EEE8A5673985453F45C527FE2F1278069223',
  expires: '2028-06-24T21:13:54Z',
  status: 'Active',
};

const CLAIMS_NS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';

/**
 * The claims a new non-gallery SAML app starts with (reference §4.5 card 2): the required Name ID
 * ("Unique User Identifier (Name ID)" = user.userprincipalname) and four additional claims.
 */
export function defaultClaims() {
  return [
    {
      name: 'nameidentifier',
      namespace: CLAIMS_NS,
      source: 'user.userprincipalname',
      required: true,
    },
    { name: 'emailaddress', namespace: CLAIMS_NS, source: 'user.mail' },
    { name: 'givenname', namespace: CLAIMS_NS, source: 'user.givenname' },
    { name: 'surname', namespace: CLAIMS_NS, source: 'user.surname' },
    { name: 'name', namespace: CLAIMS_NS, source: 'user.userprincipalname' },
  ];
}

/** The directory the "Users and groups" picker lists (not part of the app state). */
export const DIRECTORY = [
  { displayName: 'Adele Vance', upn: 'AdeleV@contoso.onmicrosoft.com', type: 'User' },
  { displayName: 'Alex Wilber', upn: 'AlexW@contoso.onmicrosoft.com', type: 'User' },
  { displayName: 'Diego Siciliani', upn: 'DiegoS@contoso.onmicrosoft.com', type: 'User' },
  { displayName: 'Megan Bowen', upn: 'MeganB@contoso.onmicrosoft.com', type: 'User' },
  { displayName: 'MOD Administrator', upn: 'admin@contoso.onmicrosoft.com', type: 'User' },
  { displayName: 'Nestor Wilke', upn: 'NestorW@contoso.onmicrosoft.com', type: 'User' },
  { displayName: 'All Company', upn: 'allcompany@contoso.onmicrosoft.com', type: 'Group' },
  { displayName: 'IT Admins', upn: 'itadmins@contoso.onmicrosoft.com', type: 'Group' },
  {
    displayName: 'Sales and Marketing',
    upn: 'salesandmarketing@contoso.onmicrosoft.com',
    type: 'Group',
  },
];

function app(displayName, objectId, appId, extra = {}) {
  return {
    displayName,
    objectId,
    appId,
    createdOn: '2024-03-12',
    ssoMode: null,
    saml: { identifiers: [], replyUrls: [], signOnUrl: '', relayState: '', logoutUrl: '' },
    certificate: null,
    claims: defaultClaims(),
    assignments: [],
    saveCount: 0,
    saveCounts: { basicSaml: 0, claims: 0, assignments: 0 },
    ...extra,
  };
}

function samlApp(displayName, objectId, appId, identifier, replyUrl, createdOn) {
  return app(displayName, objectId, appId, {
    createdOn,
    ssoMode: 'saml',
    saml: {
      identifiers: [{ value: identifier, isDefault: true }],
      replyUrls: [{ value: replyUrl, index: null, isDefault: true }],
      signOnUrl: '',
      relayState: '',
      logoutUrl: '',
    },
    certificate: {
      thumbprint: '3A1F0C7E5B9D2E4F6A8C0B1D3E5F7A9C1B3D5E7F',
      expires: '2026-11-02T09:41:07Z',
      status: 'Active',
    },
    assignments: [{ principalName: 'All Company', principalType: 'Group', role: 'User' }],
  });
}

/** Apps every scenario has: a few gallery-style SAML apps and one password-SSO app. */
function otherApps() {
  return [
    samlApp(
      'Salesforce',
      '3f2a6c1e-8b4d-4e2a-9c71-5d0e8f6a2b13',
      '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      'https://contoso.my.salesforce.com',
      'https://contoso.my.salesforce.com',
      '2023-09-18',
    ),
    samlApp(
      'Zoom',
      '9b1d4e7a-2c5f-4a8e-b3d6-1f0a7c9e2d58',
      '4e8a1c3f-6b2d-4f9e-a7c5-3d1b0e8f6a24',
      'contoso.zoom.us',
      'https://contoso.zoom.us/saml/SSO',
      '2024-01-09',
    ),
    samlApp(
      'Slack',
      'c7e3a9f1-5d2b-4b6c-8e4a-0f9d1c7b3e65',
      '2b6f9d1e-3a7c-4e5b-9f8d-6c2a0e4b1d37',
      'https://slack.com',
      'https://contoso.slack.com/sso/saml',
      '2024-05-27',
    ),
    app(
      'ServiceNow',
      'e4b8d2f6-7a1c-4d3e-9b5f-8c0a2e6d4f19',
      '6d0b3f7a-9e2c-4a1d-8f6b-5c3e7a9d1b02',
      {
        createdOn: '2022-11-30',
        ssoMode: 'password',
      },
    ),
  ];
}

function assetPanda(extra) {
  return app(ASSET_PANDA.displayName, ASSET_PANDA.objectId, ASSET_PANDA.appId, {
    createdOn: '2025-10-06',
    ...extra,
  });
}

function samlConfig(identifiers, replyUrls) {
  return { identifiers, replyUrls, signOnUrl: '', relayState: '', logoutUrl: '' };
}

const correctSaml = () =>
  samlConfig(
    [{ value: ASSET_PANDA.identifier, isDefault: true }],
    [{ value: ASSET_PANDA.replyUrl, index: null, isDefault: true }],
  );

const SEEDS = {
  fresh: () => [],
  existing: () => [assetPanda()],
  'half-filled': () => [
    assetPanda({
      ssoMode: 'saml',
      saml: samlConfig([{ value: ASSET_PANDA.identifier, isDefault: true }], []),
      certificate: { ...CERTIFICATE },
    }),
  ],
  wrong: () => [
    assetPanda({
      ssoMode: 'saml',
      saml: samlConfig(
        [{ value: 'urn:amazon:cognito:sp:us-east-1_WRONG', isDefault: true }],
        [{ value: `${ASSET_PANDA.replyUrl}/`, index: null, isDefault: true }],
      ),
      certificate: { ...CERTIFICATE },
    }),
  ],
  correct: () => [
    assetPanda({ ssoMode: 'saml', saml: correctSaml(), certificate: { ...CERTIFICATE } }),
  ],
  'no-email-claim': () => [
    assetPanda({
      ssoMode: 'saml',
      saml: correctSaml(),
      certificate: { ...CERTIFICATE },
      claims: defaultClaims().filter((c) => c.name !== 'emailaddress'),
    }),
  ],
};

/** The whole model for a scenario: the tenant and its apps, sorted by name like the list. */
export function seed(scenario) {
  const apps = [...otherApps(), ...(SEEDS[scenario] || SEEDS.fresh)()];
  apps.sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { tenantId: TENANT.id, apps };
}
