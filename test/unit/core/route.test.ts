import { describe, expect, it } from 'vitest';
import { parsePortalRoute, placeOf } from '../../../src/core/route';

const SP = '5d6c2a1e-1111-4c3b-9a55-0123456789ab';
const APP = 'a1b2c3d4-2222-4e5f-8a9b-abcdefabcdef';
const TENANT = '11394d0f-b180-4b91-86c3-bda58288ece0';

describe('parsePortalRoute / placeOf', () => {
  it.each([
    [
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null',
    ],
    [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
    ],
    ['https://portal.azure.com/#blade/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/AllApps'],
    [
      'https://portal.azure.com/?l=de.de-de#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
    ],
    [
      `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview`,
    ],
    [
      'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
    ],
    // The other list blades (reference 12), with and without filters.
    ['https://entra.microsoft.com/#view/Microsoft_AAD_IAM/EnterpriseApplicationListBlade'],
    [
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/EnterpriseApplicationListBladeV2/objectType/AppProxy',
    ],
    [
      'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/EnterpriseApplicationListBladeV3/fromNav/globalSecureAccess',
    ],
  ])('recognises the enterprise applications list: %s', (href) => {
    expect(placeOf(parsePortalRoute(href))).toEqual({ kind: 'enterprise-apps' });
  });

  it('reads the tenant from the path or the @domain form', () => {
    expect(
      parsePortalRoute(
        `https://entra.microsoft.com/${TENANT}/#view/Microsoft_AAD_IAM/AppGalleryBladeV2`,
      )?.tenant,
    ).toBe(TENANT);
    expect(
      parsePortalRoute(
        'https://portal.azure.com/#@contoso.com/view/Microsoft_AAD_IAM/AppGalleryBladeV2',
      )?.tenant,
    ).toBe('contoso.com');
  });

  it('recognises the gallery', () => {
    expect(
      placeOf(
        parsePortalRoute('https://portal.azure.com/#view/Microsoft_AAD_IAM/AppGalleryBladeV2'),
      ),
    ).toEqual({ kind: 'gallery' });
  });

  it('reads the app blade with its menu, ids and SSO mode, parameters in any order', () => {
    const expected = { kind: 'app', menu: 'SignOn', objectId: SP, appId: APP, ssoMode: 'saml' };
    expect(
      placeOf(
        parsePortalRoute(
          `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${SP}/appId/${APP}/preferredSingleSignOnMode/saml/servicePrincipalType/Application/fromNav/`,
        ),
      ),
    ).toEqual(expected);
    expect(
      placeOf(
        parsePortalRoute(
          `https://portal.azure.com/#blade/Microsoft_AAD_IAM/ManagedAppMenuBlade/SignOn/appId/${APP}/preferredSingleSignOnMode/saml/objectId/${SP}`,
        ),
      ),
    ).toEqual(expected);
  });

  it('treats `name~/null` as a null parameter', () => {
    const place = placeOf(
      parsePortalRoute(
        `https://portal.azure.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${SP}/appId/${APP}/preferredSingleSignOnMode~/null/servicePrincipalType/Application/fromNav/`,
      ),
    );
    expect(place).toMatchObject({ kind: 'app', menu: 'SignOn', ssoMode: null, appId: APP });
  });

  it('recognises the Add Assignment blade', () => {
    expect(
      placeOf(
        parsePortalRoute(
          `https://portal.azure.com/#view/Microsoft_AAD_IAM/AddAssignmentBlade/objectId/${SP}`,
        ),
      ),
    ).toEqual({ kind: 'add-assignment', objectId: SP });
  });

  it.each([
    ['https://portal.azure.com/'],
    ['https://portal.azure.com/#home'],
    ['https://portal.azure.com/#view/HubsExtension/BrowseAll'],
    ['https://portal.azure.com/#view/Microsoft_AAD_UsersAndTenants/InviteUser.ReactView'],
    ['not a url'],
  ])('is "other" elsewhere: %s', (href) => {
    expect(placeOf(parsePortalRoute(href))).toEqual({ kind: 'other' });
  });
});
