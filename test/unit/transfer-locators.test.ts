// @vitest-environment jsdom
// The Asset Panda locator registry and the transfer's page steps against the rehearsal app's own
// components (test/rehearsal/sites/assetpanda), rendered in jsdom: each control is found exactly
// once, the steps fill the form as React would take it, and an existing connection stops them. When
// a label in the registry is corrected, these say at once whether the rehearsal still matches.
// (Attaching the file needs a real DataTransfer: the e2e tests cover it.)

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { find } from '../../src/content/dom/find';
import { findDialog, locateLink } from '../../src/content/assetpanda/find';
import { findField, findTextField } from '../../src/content/assetpanda/fields';
import { target } from '../../src/content/assetpanda/site/locators';
import type { PageStepContext, TransferJob } from '../../src/content/assetpanda/step';
import { checkExisting } from '../../src/content/assetpanda/steps/connections';
import { chooseEnableType } from '../../src/content/assetpanda/steps/enable-type';
import { openForm } from '../../src/content/assetpanda/steps/open-form';
import { fillConnectionName, fillDomains } from '../../src/content/assetpanda/steps/text-fields';

const SITE = '../rehearsal/sites/assetpanda/';
// The rehearsal is plain JavaScript without types; these are the parts used here.
type Mount = (container: HTMLElement, props: object) => void;
interface Shell {
  root: HTMLElement;
  main: HTMLElement;
}
const site = {
  shell: () =>
    import(/* @vite-ignore */ `${SITE}shell.js`) as Promise<{
      createShell(props: object): Shell;
      renderLayout(main: HTMLElement, route: object): HTMLElement;
    }>,
  routes: () =>
    import(/* @vite-ignore */ `${SITE}routes.js`) as Promise<{
      matchRoute(path: string): object;
    }>,
  page: (name: string) =>
    import(/* @vite-ignore */ `${SITE}pages/${name}.js`) as Promise<{ mount: Mount }>,
  store: () =>
    import(/* @vite-ignore */ `${SITE}store.js`) as Promise<{
      reset(options?: object): void;
      server: { session(): object };
    }>,
};

beforeAll(() => {
  // jsdom lays nothing out: count every element as drawn. `hidden` and `aria-hidden` still hide
  // (the locator engine checks those itself), which is what the modal dialog relies on.
  Element.prototype.getClientRects = function () {
    return [{ width: 10, height: 10 }] as unknown as DOMRectList;
  };
});

afterEach(() => {
  document.body.replaceChildren();
});

const JOB: TransferJob = {
  enableType: 'domains',
  connectionName: 'Microsoft Entra ID',
  domains: ['acme.com', 'acme.co.uk'],
  replaceExisting: false,
  fileName: 'Microsoft Entra ID.xml',
};
const context = (job: Partial<TransferJob> = {}): PageStepContext => ({
  transferId: 'unit',
  job: { ...JOB, ...job },
  signal: new AbortController().signal,
  waiting: () => undefined,
});

/** The signed-in app frame around the page at `path`, as the rehearsal's router renders it. */
async function renderApp(path: string): Promise<HTMLElement> {
  const [{ createShell, renderLayout }, { matchRoute }] = await Promise.all([
    site.shell(),
    site.routes(),
  ]);
  const user = { name: 'Alex Morgan', email: 'alex@acme.example', role: 'Administrator' };
  const shell = createShell({ user, organization: 'Acme', navigate: () => {}, signOut: () => {} });
  document.body.append(shell.root);
  return renderLayout(shell.main, matchRoute(path));
}

/** The SSO page with its connections loaded (the rehearsal delays them like a server). */
async function ssoPage(variant = 'standard'): Promise<void> {
  const [{ reset, server }, { mount }] = await Promise.all([site.store(), site.page('sso')]);
  reset({ variant });
  mount(await renderApp('/settings/preferences/sso'), {
    signal: new AbortController().signal,
    session: server.session(),
  });
}

describe('the way to the SSO page', () => {
  it('finds the gear, Preferences (menu and breadcrumbs lead alike) and the SSO tab', async () => {
    await renderApp('/settings/preferences/general');
    expect(find(target('settings'))?.getAttribute('aria-label')).toBe('Settings');
    expect(locateLink(target('preferences'))?.getAttribute('href')).toBe('/settings/preferences');
    expect(locateLink(target('sso-tab'))?.getAttribute('href')).toBe('/settings/preferences/sso');
    expect(find(target('add-button'))).toBeNull();
  });

  it('finds Preferences among the settings cards', async () => {
    const { mount } = await site.page('settings');
    mount(await renderApp('/settings'), {});
    expect(locateLink(target('preferences'))?.getAttribute('href')).toBe('/settings/preferences');
  });

  it('recognises the sign-in form', async () => {
    const { mount } = await site.page('login');
    const outlet = document.createElement('div');
    document.body.append(outlet);
    mount(outlet, { navigate: () => {}, url: new URL('https://acme.assetpanda.app/login') });
    expect(document.querySelector('input[type="password"]')).not.toBeNull();
    expect(find(target('settings'))).toBeNull();
  });
});

describe('the SSO page and the Add new SSO form', () => {
  it('reads the list, opens the form and fills it as the app takes it', async () => {
    await ssoPage();
    expect(find(target('connections-table'))?.getAttribute('aria-label')).toBe('SSO connections');
    await expect(checkExisting(context())).resolves.toEqual({ status: 'done' });

    await expect(openForm(context())).resolves.toEqual({ status: 'done' });
    const dialog = findDialog();
    expect(dialog?.getAttribute('role')).toBe('dialog');

    await expect(chooseEnableType(context())).resolves.toEqual({ status: 'done' });
    const select = findField(dialog!, 'enable-type');
    expect(select?.getAttribute('role')).toBe('combobox');
    expect(select?.textContent).toBe('Enable for selected domains');
    expect(dialog!.querySelector<HTMLInputElement>('input[name="enableType"]')?.value).toBe(
      'domains',
    );

    await expect(fillConnectionName(context())).resolves.toEqual({ status: 'done' });
    await expect(fillDomains(context())).resolves.toEqual({ status: 'done' });
    expect(findTextField(dialog!, 'connection-name')?.value).toBe('Microsoft Entra ID');
    // "Domains" is its own field, not the select whose name ends in "selected domains".
    expect(findTextField(dialog!, 'domains')?.getAttribute('name')).toBe('domains');
    expect(findTextField(dialog!, 'domains')?.value).toBe('acme.com, acme.co.uk');
    expect(findField(dialog!, 'metadata-file')?.getAttribute('type')).toBe('file');
    expect(find(target('save-button'), dialog!)?.textContent).toBe('Save');
    expect(find(target('cancel'), dialog!)?.textContent).toBe('Cancel');
  });

  it('stops at a connection of the same name, whatever its case, unless told to go on', async () => {
    await ssoPage('existing-connection');
    await expect(checkExisting(context({ connectionName: 'microsoft entra id' }))).resolves.toEqual(
      {
        status: 'failed',
        problem: { code: 'connection-exists', message: 'Microsoft Entra ID' },
      },
    );
    await expect(checkExisting(context({ replaceExisting: true }))).resolves.toEqual({
      status: 'done',
    });
    await expect(checkExisting(context({ connectionName: 'Entra ID 2' }))).resolves.toEqual({
      status: 'done',
    });
  });
});
