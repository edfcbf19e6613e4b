// The guide speaks the browser's language, whatever language the portal shows (DESIGN.md,
// Contracts): a German browser on an English portal gets a German guide, a French or Japanese
// browser gets the guide in French or Japanese, and the spotlight finds the portal's command in
// whichever language the portal itself shows.

import { describe, expect, it } from 'vitest';
import { GUIDE, useRig } from './fixtures';
import { openFresh, portalUrl, ROUTES } from './guide-helpers';

interface Case {
  uiLanguage: string;
  /** The portal's own language, as `?l=` sets it (reference/azure-portal.md section 6). */
  portal: string;
  heading: string;
  firstTitle: string;
  /** Quotes the portal's "New application" as that portal shows it (section 6). */
  createInstruction: string;
}

const CASES: Case[] = [
  {
    uiLanguage: 'de',
    portal: 'en.en-us',
    heading: 'Asset Panda SSO einrichten',
    firstTitle: 'Unternehmensanwendungen öffnen',
    createInstruction: 'Wählen Sie „Neue Anwendung“.',
  },
  {
    uiLanguage: 'fr',
    portal: 'fr.fr-fr',
    heading: 'Configuration SSO d’Asset Panda',
    firstTitle: 'Ouvrir Applications d’entreprise',
    createInstruction: 'Choisissez «\u00a0Nouvelle application\u00a0».',
  },
  {
    uiLanguage: 'ja',
    portal: 'ja.ja-jp',
    heading: 'Asset Panda の SSO セットアップ',
    firstTitle: 'エンタープライズ アプリケーションを開く',
    createInstruction: '「新しいアプリケーション」を選択します。',
  },
];

for (const c of CASES) {
  describe(`the guide in a browser set to ${c.uiLanguage}`, () => {
    const rig = useRig({ uiLanguage: c.uiLanguage });

    it(`is in ${c.uiLanguage} on a portal in ${c.portal}`, async () => {
      const page = await rig.browser.context.newPage();
      await openFresh(
        page,
        portalUrl('portal.azure.com', { 'rehearsal-scenario': 'fresh', l: c.portal }, ROUTES.apps),
      );
      const guide = page.locator(GUIDE);
      await guide.getByRole('heading', { name: c.heading }).waitFor();
      await expect(
        guide.locator('[data-step="open-enterprise-apps"] .title').textContent(),
      ).resolves.toBe(c.firstTitle);
      await expect(
        guide.locator('[data-step="create-app"] .instruction').textContent(),
      ).resolves.toBe(c.createInstruction);
      // The spotlight still finds the portal's command, in the portal's language.
      await page
        .locator('[data-sso-assistant-spotlight="newApplication"]')
        .waitFor({ state: 'attached' });
      expect(rig.browser.errors).toEqual([]);
    });
  });
}
