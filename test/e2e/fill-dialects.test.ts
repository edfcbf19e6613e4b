// "Fill in" end to end on markup the extension was not written against (issue 12): rehearsal
// dialect B (div-based Knockout form elements tied to their labels by aria-labelledby, info
// balloons, fxc-gc div grids, no section/fieldset/group wrapper; reference 4.1 and 12) in the top
// document, and the Fluent UI v9 ReactView dialect in its iframe. Fresh, half-filled, wrong and
// correct panes, in English and German: after "Fill in" and Save, the SAML page's card 1 shows
// exactly the profile's Identifier and Reply URL, and so does the tenant's saved model.

import type { Frame, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshSetupEachTest, GUIDE, useRig } from './fixtures';
import { expectState, openFresh, portalUrl, ROUTES } from './guide-helpers';

const ID = 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC';
const REPLY = 'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com/saml2/idpresponse';
const WRONG_ID = 'urn:amazon:cognito:sp:us-east-1_WRONG';
const WRONG_REPLY = `${REPLY}/`;

/** The rehearsal portal's words (the guide itself speaks the browser's English). */
const UI = {
  en: {
    editBasicSaml: 'Edit Basic SAML Configuration',
    identifier: 'Identifier (Entity ID)',
    replyUrl: 'Reply URL (Assertion Consumer Service URL)',
    save: 'Save',
    testLater: "No, I'll test later",
  },
  de: {
    editBasicSaml: 'Bearbeiten Grundlegende SAML-Konfiguration',
    identifier: 'Bezeichner (Entitäts-ID)',
    replyUrl: 'Antwort-URL (Assertionsverbraucherdienst-URL)',
    save: 'Speichern',
    testLater: 'Nein, ich teste später',
  },
} as const;

type Lang = keyof typeof UI;
type Render = 'knockout' | 'reactview';

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
  saveCounts: { basicSaml: number };
}

async function assetPanda(page: Page): Promise<AppState> {
  const state = (await page.evaluate('window.rehearsal.state()')) as { apps: AppState[] };
  return state.apps.find((a) => a.displayName === 'Asset Panda')!;
}

/** A list's values as a person reads them: the text boxes named by the list's label. */
async function listValues(scope: Page | Frame, label: string): Promise<string[]> {
  return scope
    .getByRole('textbox', { name: label })
    .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
}

async function isDisabled(button: Locator): Promise<boolean> {
  return button.evaluate(
    (el) => (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true',
  );
}

/** Card 1 of the SAML page (the region named Basic SAML Configuration, outside any pane). */
async function cardShows(page: Page, value: string): Promise<boolean> {
  return page
    .locator('main')
    .getByText(value, { exact: true })
    .first()
    .isVisible()
    .catch(() => false);
}

describe('Fill in on dialect B and the Fluent v9 ReactView', () => {
  const rig = useRig();
  freshSetupEachTest(rig);

  async function open(scenario: string, lang: Lang, render: Render): Promise<Page> {
    const page = await rig.browser.context.newPage();
    const query: Record<string, string> = {
      'rehearsal-scenario': scenario,
      'rehearsal-dialect': 'b',
      l: `${lang}.${lang}-${lang}`,
    };
    if (render === 'reactview') query['rehearsal-render'] = 'reactview';
    await openFresh(page, portalUrl('portal.azure.com', query, ROUTES.signOn));
    return page;
  }

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
      await expectState(page, 'basic-saml', state === 'correct' ? 'done' : 'current');

      await page.getByRole('button', { name: ui.editBasicSaml, exact: true }).click();
      let scope: Page | Frame = page;
      let guide = page.locator(GUIDE);
      if (render === 'reactview') {
        const handle = await page.waitForSelector(
          'iframe[name="BasicSamlConfiguration.ReactView"]',
        );
        scope = (await handle.contentFrame())!;
        guide = scope.locator('[data-sso-assistant="frame-guide"]');
      }
      const save = scope.getByRole('button', {
        name: ui.save,
        exact: true,
      });
      await save.waitFor();
      const values = async () => ({
        identifiers: await listValues(scope, ui.identifier),
        replyUrls: await listValues(scope, ui.replyUrl),
      });
      await expect
        .poll(values)
        .toEqual({ identifiers: [...pane.identifiers], replyUrls: [...pane.replyUrls] });

      if (state !== 'correct') {
        const fillIn = guide.getByRole('button', { name: 'Fill in', exact: true });
        await fillIn.click();
        if (state === 'wrong') {
          const said = async () =>
            (await guide.locator('[role="status"]').allTextContents()).join(' ');
          await expect.poll(said).toContain(WRONG_ID);
          expect(await values()).toEqual({ identifiers: [WRONG_ID], replyUrls: [WRONG_REPLY] });
          await guide.getByRole('button', { name: 'Replace', exact: true }).click();
        }
        await expect
          .poll(values, { timeout: 10_000 })
          .toEqual({ identifiers: [ID], replyUrls: [REPLY] });
        // The guide looks again at the page's pace (throttled) once the page has reacted.
        await expect.poll(() => fillIn.count(), { timeout: 10_000 }).toBe(0);
        await expect.poll(() => isDisabled(save), { timeout: 10_000 }).toBe(false);
        await save.click();
        const later = page.getByRole('button', { name: ui.testLater, exact: true });
        await later.click();
      }
      // Verified on the saved card: the step is done on the read-back, and card 1 shows the values.
      await expectState(page, 'basic-saml', 'done');
      await expect.poll(() => cardShows(page, ID)).toBe(true);
      await expect.poll(() => cardShows(page, REPLY)).toBe(true);
      const app = await assetPanda(page);
      expect(app.saml.identifiers).toEqual([{ value: ID, isDefault: true }]);
      expect(app.saml.replyUrls).toEqual([{ value: REPLY, index: null, isDefault: true }]);
      expect(app.saveCounts.basicSaml).toBe(state === 'correct' ? 0 : 1);
      await page.close();
    });
  });
});
