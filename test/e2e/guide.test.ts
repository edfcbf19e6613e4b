// The guide end to end on the rehearsal portal: from the app list to "Assign", with each step's
// data-state advancing and the spotlight on the element the admin must click; reload resumes; a
// target that never appears gets the plain-instructions fallback; no errors in any frame.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/core/storage-schema';
import { extensionStorage, freshSetupEachTest, GUIDE, useRig } from './fixtures';
import {
  clickInGuide,
  expectSpotlight,
  expectState,
  openFresh,
  portalUrl,
  rehearsalState,
  ROUTES,
} from './guide-helpers';

/** What the rehearsal portal shows, per language (the rehearsal's own words, for clicking). */
const UI = {
  en: {
    newApplication: 'New application',
    createYourOwn: 'Create your own application',
    create: 'Create',
    singleSignOn: 'Single sign-on',
    editBasicSaml: 'Edit Basic SAML Configuration',
    addIdentifier: 'Add identifier',
    addReplyUrl: 'Add reply URL',
    save: 'Save',
    testLater: "No, I'll test later",
    download: 'Download Federation Metadata XML',
    usersAndGroups: 'Users and groups',
    addUserGroup: 'Add user/group',
    noneSelected: 'None Selected',
    select: 'Select',
    assign: 'Assign',
    fillIn: 'Fill in',
  },
  de: {
    newApplication: 'Neue Anwendung',
    createYourOwn: 'Eigene Anwendung erstellen',
    create: 'Erstellen',
    singleSignOn: 'Einmaliges Anmelden',
    editBasicSaml: 'Bearbeiten Grundlegende SAML-Konfiguration',
    addIdentifier: 'Bezeichner hinzufügen',
    addReplyUrl: 'Antwort-URL hinzufügen',
    save: 'Speichern',
    testLater: 'Nein, ich teste später',
    download: 'Herunterladen Verbundmetadaten-XML',
    usersAndGroups: 'Benutzer und Gruppen',
    addUserGroup: 'Benutzer/Gruppe hinzufügen',
    noneSelected: 'Keine Auswahl',
    select: 'Auswählen',
    assign: 'Zuweisen',
    fillIn: 'Fill in', // the guide follows the browser's language (English here), not the portal's
  },
} as const;

const IN_PANE = "Use the assistant's panel inside the pane on the right.";
const ENTITY_ID = 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC';
const REPLY_URL =
  'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com/saml2/idpresponse';

describe('the guide', () => {
  const rig = useRig();
  freshSetupEachTest(rig);

  const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

  async function walk(
    host: string,
    lang: 'en' | 'de',
    fillBy: 'guide' | 'hand',
    render: 'knockout' | 'reactview' = 'knockout',
  ) {
    const ui = UI[lang];
    const page = await rig.browser.context.newPage();
    const query: Record<string, string> = {
      'rehearsal-scenario': 'fresh',
      l: `${lang}.${lang}-${lang}`,
    };
    if (render === 'reactview') query['rehearsal-render'] = 'reactview';
    await openFresh(page, portalUrl(host, query, ROUTES.apps));
    const guide = page.locator(GUIDE);

    // The list: open-enterprise-apps is done; "New application" is next.
    await expectState(page, 'open-enterprise-apps', 'done');
    await expectState(page, 'create-app', 'current');
    await expectSpotlight(page, 'newApplication', button(page, ui.newApplication));
    await button(page, ui.newApplication).click();

    // The gallery and its "Create your own application" pane.
    await expectSpotlight(page, 'createYourOwnApplication', button(page, ui.createYourOwn));
    await button(page, ui.createYourOwn).click();
    await expectSpotlight(
      page,
      'appNameInput',
      page.locator('.fxs-contextpane input[type="text"]').first(),
    );
    await clickInGuide(page, ui.fillIn);
    await expect
      .poll(() => page.locator('.fxs-contextpane input[type="text"]').first().inputValue())
      .toBe('Asset Panda');
    await expectSpotlight(page, 'createButton', button(page, ui.create));
    await button(page, ui.create).click();

    // The new app: Single sign-on, then the SAML tile.
    await expectState(page, 'create-app', 'done');
    await expectState(page, 'choose-saml', 'current');
    const signOnMenu = page
      .locator('[data-telemetryname="Menu-SignOn"]')
      .locator('xpath=ancestor-or-self::*[contains(@class,"fxc-menu-listView-item")][1]');
    await expectSpotlight(page, 'menuSignOn', signOnMenu);
    await signOnMenu.click();
    const samlTile = page.getByRole('button', { name: 'SAML', exact: true });
    await expectSpotlight(page, 'samlTile', samlTile);
    await samlTile.click();
    await expectState(page, 'choose-saml', 'done');

    // Basic SAML Configuration: Edit, the values, Save, "test later"; done only on the read-back.
    await expectState(page, 'basic-saml', 'current');
    await expectSpotlight(page, 'editBasicSaml', button(page, ui.editBasicSaml));
    await button(page, ui.editBasicSaml).click();
    if (render === 'reactview') {
      // The pane is a ReactView iframe on another origin: the guide draws in that frame.
      await guide.locator('.instruction', { hasText: IN_PANE }).waitFor();
      const handle = await page.waitForSelector('iframe[name$=".ReactView"]');
      const frame = (await handle.contentFrame())!;
      const fillIn = frame
        .locator('[data-sso-assistant="frame-guide"]')
        .getByRole('button', { name: ui.fillIn });
      if (fillBy === 'guide') await clickInGuide(frame, ui.fillIn);
      else {
        await fillIn.waitFor();
        await frame.getByRole('button', { name: ui.addIdentifier, exact: true }).click();
        await frame
          .locator('section')
          .nth(0)
          .locator('tbody input[type="text"]')
          .first()
          .fill(ENTITY_ID);
        await frame.getByRole('button', { name: ui.addReplyUrl, exact: true }).click();
        await frame
          .locator('section')
          .nth(1)
          .locator('tbody input[type="text"]')
          .first()
          .fill(REPLY_URL);
      }
      const save = frame.getByRole('menuitem', { name: ui.save });
      await expectSpotlight(frame, 'save', save);
      await expect.poll(() => save.isEnabled(), { timeout: 10_000 }).toBe(true);
      await save.click();
    } else {
      if (fillBy === 'guide') await clickInGuide(page, ui.fillIn);
      else {
        await page.getByText(ui.addIdentifier, { exact: true }).click();
        await page.locator('.fxs-contextpane tbody input[type="text"]').first().fill(ENTITY_ID);
        await page.getByText(ui.addReplyUrl, { exact: true }).click();
        await page
          .locator('.fxs-contextpane section')
          .nth(1)
          .locator('tbody input[type="text"]')
          .first()
          .fill(REPLY_URL);
      }
      const save = page
        .locator('[data-telemetryname="Command-Save"]')
        .locator('xpath=ancestor::*[@role="button"][1]');
      await expectSpotlight(page, 'save', save);
      await expectState(page, 'basic-saml', 'current');
      await expect
        .poll(() => save.getAttribute('aria-disabled'), { timeout: 10_000 })
        .not.toBe('true');
      await save.click();
    }
    await expectSpotlight(page, 'testLater', button(page, ui.testLater));
    await expectState(page, 'basic-saml', 'current');
    await button(page, ui.testLater).click();
    await expectState(page, 'basic-saml', 'done');

    // The default claims include one from user.mail: the email claim is done on its own.
    await expectState(page, 'email-claim', 'done');
    await expectState(page, 'download-metadata', 'current');

    // Reload mid-flow (the certificate card needs one anyway): the guide resumes at the same step.
    await page.reload();
    await expectState(page, 'basic-saml', 'done');
    await expectState(page, 'download-metadata', 'current');
    const download = page.getByRole('link', { name: ui.download });
    await expectSpotlight(page, 'downloadMetadata', download);
    await download.click();
    await expectState(page, 'download-metadata', 'done');

    // Users and groups → Add user/group → None Selected → tick → Select → Assign.
    await expectState(page, 'assign-users', 'current');
    const usersMenu = page
      .locator('.fxc-menu-listView-item')
      .filter({ hasText: ui.usersAndGroups });
    await expectSpotlight(page, 'menuUsers', usersMenu);
    await usersMenu.click();
    await expectSpotlight(page, 'addUserGroup', button(page, ui.addUserGroup));
    await button(page, ui.addUserGroup).click();
    const noneSelected = page.getByText(ui.noneSelected, { exact: true });
    await expectSpotlight(page, 'noneSelected', noneSelected);
    await noneSelected.click();
    await page.locator('.fxs-contextpane [role="checkbox"]').first().click();
    await expectSpotlight(page, 'pickerSelect', button(page, ui.select));
    await button(page, ui.select).click();
    await expectSpotlight(page, 'assign', button(page, ui.assign));
    await button(page, ui.assign).click();
    await expectState(page, 'assign-users', 'done');

    const app = (await rehearsalState(page)).apps.find((a) => a.displayName === 'Asset Panda')!;
    expect(app.saml.identifiers.map((i) => i.value)).toEqual([ENTITY_ID]);
    expect(app.saml.replyUrls.map((r) => r.value)).toEqual([REPLY_URL]);
    expect(app.assignments.length).toBeGreaterThan(0);
    await page.close();
  }

  it('walks the whole flow on portal.azure.com in English, filling in with the guide', async () => {
    await walk('portal.azure.com', 'en', 'guide');
  });

  it('walks the whole flow on a German portal, the admin typing the values', async () => {
    await walk('portal.azure.com', 'de', 'hand');
  });

  it('walks the whole flow on entra.microsoft.com', async () => {
    await walk('entra.microsoft.com', 'en', 'hand');
  });

  it('walks the flow where the SAML pane is a ReactView iframe, in German, filling in from that frame', async () => {
    await walk('portal.azure.com', 'de', 'guide', 'reactview');
  });

  it('says so and gives plain instructions when a target never appears', async () => {
    const page = await rig.browser.context.newPage();
    const query = { 'rehearsal-scenario': 'fresh', 'rehearsal-missing': 'new-application' };
    await openFresh(page, portalUrl('portal.azure.com', query, ROUTES.apps));
    await expectState(page, 'create-app', 'current');
    const fallback = page.locator(`${GUIDE} [role="alert"]`);
    await fallback.waitFor({ timeout: 20_000 });
    await expect(fallback.textContent()).resolves.toContain(
      'cannot find this on the page with certainty',
    );
    await expect(fallback.textContent()).resolves.toContain('Choose “New application”.');
    expect(await page.locator('[data-sso-assistant-spotlight]').count()).toBe(0);
    // The admin can move the guide out of the way, and collapse it.
    const panel = page.locator(`${GUIDE} section.guide`);
    await page
      .locator(GUIDE)
      .getByRole('button', { name: 'Move the guide to the other side' })
      .click();
    await expect.poll(async () => (await panel.boundingBox())?.x ?? 999).toBeLessThan(100);
    await page.locator(GUIDE).getByRole('button', { name: 'Collapse' }).click();
    await expect(page.locator(`${GUIDE} ol`).isHidden()).resolves.toBe(true);
    // Both are remembered: after a reload the guide comes back collapsed, in the chosen corner.
    const worker = await rig.browser.worker();
    await expect
      .poll(async () => ((await extensionStorage(worker, 'local', 'progress')) as Progress).guide)
      .toMatchObject({ collapsed: true, corner: 'left' });
    await page.reload();
    await page.locator(GUIDE).getByRole('button', { name: 'Expand' }).waitFor();
    await expect(page.locator(`${GUIDE} ol`).isHidden()).resolves.toBe(true);
    await expect.poll(async () => (await panel.boundingBox())?.x ?? 999).toBeLessThan(100);
    await page.close();
  });

  it("follows the portal's own theme: dark on a dark portal (the system prefers light), light when it switches", async () => {
    const page = await rig.browser.context.newPage();
    const query = { 'rehearsal-scenario': 'fresh', 'rehearsal-theme': 'dark' };
    await openFresh(page, portalUrl('portal.azure.com', query, ROUTES.apps));
    await expect(
      page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
    ).resolves.toBe(false);
    const host = page.locator(GUIDE);
    const panelBackground = () =>
      page.locator(`${GUIDE} section.guide`).evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect.poll(() => host.getAttribute('data-theme')).toBe('dark');
    await expect(panelBackground()).resolves.toBe('rgb(37, 36, 35)');
    await page.evaluate('window.rehearsal.setTheme("light")');
    await expect.poll(() => host.getAttribute('data-theme')).toBe('light');
    await expect(panelBackground()).resolves.toBe('rgb(255, 255, 255)');
    await page.close();
  });
});
