// "Fill in" end to end (issue 5): the built extension on the rehearsal portal, with the Basic SAML
// Configuration pane fresh, half-filled, wrongly filled and already correct, in English and German,
// in the top document (Knockout) and in its ReactView iframe. After "Fill in" and Save the tenant's
// saved model holds exactly one Identifier and one Reply URL equal to the profile; once filled,
// nothing is left to fill in and a second "Fill in" changes nothing; a wrong value is reported
// and replaced only on "Replace"; the step turns done only after the read-back. Then the email
// claim: present already, or added through "Add new claim", both verified in the claims list.

import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshSetupEachTest, GUIDE, useRig } from './fixtures';
import { clickInGuide, expectState, openFresh, portalUrl, ROUTES } from './guide-helpers';

const ID = 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC';
const REPLY = 'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com/saml2/idpresponse';
const WRONG_ID = 'urn:amazon:cognito:sp:us-east-1_WRONG';
const WRONG_REPLY = `${REPLY}/`;

/** The rehearsal portal's words, for clicking as the admin (the guide speaks English here). */
const UI = {
  en: {
    editBasicSaml: 'Edit Basic SAML Configuration',
    editClaims: 'Edit Attributes & Claims',
    addNewClaim: 'Add new claim',
    save: 'Save',
    testLater: "No, I'll test later",
  },
  de: {
    editBasicSaml: 'Bearbeiten Grundlegende SAML-Konfiguration',
    editClaims: 'Bearbeiten Attribute und Ansprüche',
    addNewClaim: 'Neuen Anspruch hinzufügen',
    save: 'Speichern',
    testLater: 'Nein, ich teste später',
  },
} as const;

type Lang = keyof typeof UI;
type Render = 'knockout' | 'reactview';

/** Pane states: the scenario that shows it, and the values the pane opens with. */
const PANES = {
  fresh: { scenario: 'existing', identifiers: [], replyUrls: [] },
  'half-filled': { scenario: 'half-filled', identifiers: [ID], replyUrls: [] },
  wrong: { scenario: 'wrong', identifiers: [WRONG_ID], replyUrls: [WRONG_REPLY] },
  correct: { scenario: 'correct', identifiers: [ID], replyUrls: [REPLY] },
} as const;

interface AppState {
  displayName: string;
  saml: {
    identifiers: { value: string; isDefault: boolean }[];
    replyUrls: { value: string; index: number | null; isDefault: boolean }[];
  };
  claims: { name: string; namespace: string; source: string }[];
  saveCounts: { basicSaml: number; claims: number };
}

async function assetPanda(page: Page): Promise<AppState> {
  const state = (await page.evaluate('window.rehearsal.state()')) as { apps: AppState[] };
  return state.apps.find((a) => a.displayName === 'Asset Panda')!;
}

/** Where a pane is drawn, where the guide's controls for it are, and the pane's Save. */
interface Where {
  scope: Page | Frame;
  guide: Locator;
  save: Locator;
}

async function where(page: Page, lang: Lang, render: Render, view: string): Promise<Where> {
  if (render === 'knockout')
    return {
      scope: page,
      guide: page.locator(GUIDE),
      save: page
        .locator('[data-telemetryname="Command-Save"]')
        .locator('xpath=ancestor::*[@role="button"][1]'),
    };
  const handle = await page.waitForSelector(`iframe[name="${view}.ReactView"]`);
  const frame = (await handle.contentFrame())!;
  return {
    scope: frame,
    guide: frame.locator('[data-sso-assistant="frame-guide"]'),
    save: frame.getByRole('menuitem', { name: UI[lang].save }),
  };
}

/** The values in the pane's two lists (the rehearsal's markup: the test reads as a person sees). */
async function paneValues(scope: Page | Frame) {
  const sections = scope.locator(
    '.fxs-contextpane section[role="group"], section.reactview-section',
  );
  const read = (n: number) =>
    sections
      .nth(n)
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => (row.querySelector('input[type="text"]') as HTMLInputElement).value),
      );
  return { identifiers: await read(0), replyUrls: await read(1) };
}

async function isDisabled(button: Locator): Promise<boolean> {
  return button.evaluate(
    (el) => (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true',
  );
}

describe('Fill in', () => {
  const rig = useRig();
  freshSetupEachTest(rig);

  async function open(scenario: string, lang: Lang, render: Render): Promise<Page> {
    const page = await rig.browser.context.newPage();
    const query: Record<string, string> = {
      'rehearsal-scenario': scenario,
      l: `${lang}.${lang}-${lang}`,
    };
    if (render === 'reactview') query['rehearsal-render'] = 'reactview';
    await openFresh(page, portalUrl('portal.azure.com', query, ROUTES.signOn));
    return page;
  }

  /** Lets the page and the content script react (two animation frames), without a fixed sleep. */
  const settle = (scope: Page | Frame) =>
    scope.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );

  describe.each<[Lang, Render]>([
    ['en', 'knockout'],
    ['de', 'knockout'],
    ['en', 'reactview'],
    ['de', 'reactview'],
  ])('Basic SAML Configuration (%s, %s)', (lang, render) => {
    it.each(Object.keys(PANES) as (keyof typeof PANES)[])('%s pane', async (state) => {
      const pane = PANES[state];
      const ui = UI[lang];
      const page = await open(pane.scenario, lang, render);
      const before = await assetPanda(page);
      // Already correct: the card's read-back makes the step done before anything is filled.
      await expectState(page, 'basic-saml', state === 'correct' ? 'done' : 'current');

      await page.getByRole('button', { name: ui.editBasicSaml, exact: true }).click();
      const { scope, guide, save } = await where(page, lang, render, 'BasicSamlConfiguration');
      await save.waitFor();
      await expect
        .poll(() => paneValues(scope))
        .toEqual({
          identifiers: [...pane.identifiers],
          replyUrls: [...pane.replyUrls],
        });
      if (state === 'correct') {
        // A step already done is never asked again (DESIGN.md): nothing to fill, nothing to save.
        await settle(scope);
        expect(await isDisabled(save)).toBe(true);
        await expectState(page, 'basic-saml', 'done');
        expect(await assetPanda(page)).toEqual(before);
      } else {
        const fillIn = guide.getByRole('button', { name: 'Fill in', exact: true });
        const said = async () =>
          (await guide.locator('[role="status"]').allTextContents()).join(' ');
        await clickInGuide(scope, 'Fill in');
        if (state === 'wrong') {
          // Reported, not silently kept: nothing is typed, even by a second "Fill in", until the
          // admin says "Replace".
          await expect.poll(said).toContain(WRONG_ID);
          await expect(said()).resolves.toContain(WRONG_REPLY);
          await clickInGuide(scope, 'Fill in');
          await settle(scope);
          expect(await paneValues(scope)).toEqual({
            identifiers: [WRONG_ID],
            replyUrls: [WRONG_REPLY],
          });
          expect(await isDisabled(save)).toBe(true);
          await clickInGuide(scope, 'Replace');
        }
        // Exactly one row per list, holding the profile's value; then nothing is left to fill in
        // (the guide points at Save), and the page settles without a second row appearing.
        await expect
          .poll(() => paneValues(scope), { timeout: 10_000 })
          .toEqual({ identifiers: [ID], replyUrls: [REPLY] });
        await expect.poll(() => fillIn.count()).toBe(0);
        await settle(scope);
        expect(await paneValues(scope)).toEqual({ identifiers: [ID], replyUrls: [REPLY] });

        await expect.poll(() => isDisabled(save), { timeout: 10_000 }).toBe(false);
        await save.click();
        // Saved, but the step waits for the read-back after the post-save prompt.
        const later = page.getByRole('button', { name: ui.testLater, exact: true });
        await later.waitFor();
        await expectState(page, 'basic-saml', 'current');
        await later.click();
        await expectState(page, 'basic-saml', 'done');
      }
      const app = await assetPanda(page);
      expect(app.saml.identifiers).toEqual([{ value: ID, isDefault: true }]);
      expect(app.saml.replyUrls).toEqual([{ value: REPLY, index: null, isDefault: true }]);
      expect(app.saveCounts.basicSaml).toBe(state === 'correct' ? 0 : 1);
    });
  });

  it.each<[Lang, Render]>([
    ['en', 'knockout'],
    ['de', 'reactview'],
  ])(
    'the email claim already present counts, verified on the card (%s, %s)',
    async (lang, render) => {
      const page = await open('correct', lang, render);
      await expectState(page, 'basic-saml', 'done');
      await expectState(page, 'email-claim', 'done');
      const app = await assetPanda(page);
      expect(app.claims.filter((c) => c.source === 'user.mail')).toHaveLength(1);
      expect(app.saveCounts.claims).toBe(0);
    },
  );

  it.each<[Lang, Render]>([
    ['en', 'knockout'],
    ['de', 'knockout'],
    ['en', 'reactview'],
    ['de', 'reactview'],
  ])(
    'the email claim is added through "Add new claim" and verified (%s, %s)',
    async (lang, render) => {
      const ui = UI[lang];
      const page = await open('no-email-claim', lang, render);
      await expectState(page, 'basic-saml', 'done');
      await expectState(page, 'email-claim', 'current');
      await page.getByRole('button', { name: ui.editClaims, exact: true }).click();
      await page.getByRole('button', { name: ui.addNewClaim, exact: true }).click();

      const { scope, save } = await where(page, lang, render, 'ManageClaim');
      await save.waitFor();
      await clickInGuide(scope, 'Fill in');
      await expect.poll(() => isDisabled(save), { timeout: 10_000 }).toBe(false);
      await expectState(page, 'email-claim', 'current');
      await save.click();

      // The claims list shows the new claim from user.mail; back on the SAML page the card does too.
      const listed = page.locator('.azc-grid-row[aria-label="emailaddress"]');
      await expect.poll(() => listed.textContent(), { timeout: 10_000 }).toContain('user.mail');
      // Close the claims blade (its X, not a toast's): the SAML page's card 2 is read back.
      await page.locator('.fxs-journey .fxs-blade-close').last().click();
      await expectState(page, 'email-claim', 'done');
      const app = await assetPanda(page);
      expect(app.claims).toContainEqual({
        name: 'emailaddress',
        namespace: '',
        source: 'user.mail',
      });
      expect(app.claims.filter((c) => c.source === 'user.mail')).toHaveLength(1);
    },
  );
});
