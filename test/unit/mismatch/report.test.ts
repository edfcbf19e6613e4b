// @vitest-environment jsdom
// Issue 13 part 5: the "This page looks different" report, produced on a page seeded with
// secret-looking text, ids, attribute values and input values, contains none of them, and names the
// target and each strategy's match count.

import { beforeAll, describe, expect, it } from 'vitest';
import { redactRoute } from '../../../src/core/mismatch-report';
import { mismatchReport } from '../../../src/content/mismatch/report';
import { target } from '../../../src/content/assetpanda/site/locators';
import { useOverrides } from '../../../src/content/words';

const SECRETS = [
  'Hunter2-Top-Secret',
  'sk_live_51HxQ',
  'acme-corp-internal',
  'alice@acme.example',
  'Quarterly payroll 2026',
  'tenant-9f3b',
  'PW=correct horse',
  'e3b0c442-98fc-1c14-9afb-f4c8996fb924',
];

beforeAll(() => {
  Element.prototype.getClientRects = function () {
    return [{ width: 10, height: 10 }] as unknown as DOMRectList;
  };
  window.history.replaceState(
    null,
    '',
    '/settings/e3b0c442-98fc-1c14-9afb-f4c8996fb924/users?owner=alice@acme.example#tab=Quarterly',
  );
});

function seedPage(): void {
  document.documentElement.lang = 'de';
  document.body.innerHTML = `
    <header class="app-bar" id="sk_live_51HxQ">
      <button class="gear-btn" aria-label="Einstellungen" title="Hunter2-Top-Secret"><img alt="acme-corp-internal" src="/x.png?u=alice@acme.example"></button>
      <button class="gear-btn" data-user="alice@acme.example">Einstellungen</button>
    </header>
    <main role="main" data-tenant="tenant-9f3b">
      <h1>Quarterly payroll 2026</h1>
      <form class="login" id="tenant-9f3b">
        <input name="user" value="alice@acme.example">
        <input type="password" value="PW=correct horse">
        <textarea>PW=correct horse</textarea>
        <select><option value="e3b0c442-98fc-1c14-9afb-f4c8996fb924" selected>acme-corp-internal</option></select>
      </form>
      <a href="/settings/preferences" class="nav-link">Einstellungen</a>
    </main>`;
  const input = document.querySelector('input[name="user"]') as HTMLInputElement;
  input.value = 'Hunter2-Top-Secret'; // typed by the admin, not only the attribute
}

describe('the mismatch report', () => {
  it('holds none of the page secrets, and names the target and each strategy count', () => {
    seedPage();
    const report = mismatchReport({
      site: 'assetpanda',
      target: 'assetpanda.settings',
      find: target('settings'),
      overrides: { 'assetpanda.preferences': ['Voreinstellungen'] },
      extensionVersion: '0.1.0',
    });
    for (const secret of SECRETS) expect(report).not.toContain(secret);
    expect(report).not.toContain('Einstellungen'); // page text, even harmless, stays out
    expect(report).toContain('Target not found with certainty: assetpanda.settings');
    // The gear: the top bar's two controls, none named "Settings" there or elsewhere.
    expect(report).toMatch(/1\. toolkit hint: 2/);
    expect(report).toMatch(/2\. role and accessible name: 0/);
    expect(report).toContain('Page language: de');
    expect(report).toContain('Extension version: 0.1.0');
    expect(report).toContain('assetpanda.preferences: ["Voreinstellungen"]'); // the admin's own words
    // The shape is there: tags, roles, classes, attribute names.
    expect(report).toContain('button.gear-btn {aria-label title}');
    expect(report).toContain('main[role=main] {data-tenant}');
    expect(report).toContain('input {name value}');
    expect(report).toContain(
      'Route: http://localhost/settings/<guid>/users?owner=<value>#tab=<value>',
    );
  });

  it('counts each strategy on its own, the word overrides first', () => {
    document.body.innerHTML = `
      <header><button aria-label="Settings">⚙</button><button>Werkzeuge</button></header>
      <nav><a href="/s" title="Settings"><img alt="Settings"></a></nav>`;
    useOverrides({ 'assetpanda.settings': ['Werkzeuge'] });
    const report = mismatchReport({
      site: 'assetpanda',
      target: 'assetpanda.settings',
      find: target('settings'),
      overrides: {},
      extensionVersion: '0.1.0',
    });
    useOverrides({});
    expect(report).toMatch(/1\. word overrides \(role and accessible name\): 1/);
    expect(report).toMatch(/2\. toolkit hint: 1/); // the top bar's, by its name
    expect(report).toMatch(/3\. role and accessible name: 2/);
  });

  it("counts the word overrides' own matches, not the built-in names a miss falls back to", () => {
    document.body.innerHTML = `<header><button aria-label="Settings">⚙</button></header>`;
    useOverrides({ 'assetpanda.settings': ['Werkzeuge'] });
    const report = mismatchReport({
      site: 'assetpanda',
      target: 'assetpanda.settings',
      find: target('settings'),
      overrides: {},
      extensionVersion: '0.1.0',
    });
    useOverrides({});
    expect(report).toMatch(/1\. word overrides \(role and accessible name\): 0/);
    expect(report).toMatch(/3\. role and accessible name: 1/);
  });
});

describe('redactRoute', () => {
  it.each([
    [
      'https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/e3b0c442-98fc-1c14-9afb-f4c8996fb924/overview',
      'https://portal.azure.com/#@<tenant>/resource/subscriptions/<guid>/overview',
    ],
    [
      'https://entra.microsoft.com/contoso.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/e3b0c442-98fc-1c14-9afb-f4c8996fb924',
      'https://entra.microsoft.com/<tenant>/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/<guid>',
    ],
    [
      'https://acme.assetpanda.app/settings/preferences/sso?x=1',
      'https://<organization>.assetpanda.app/settings/preferences/sso?x=<value>',
    ],
  ])('%s', (address, redacted) => {
    expect(redactRoute(address)).toBe(redacted);
  });
});
