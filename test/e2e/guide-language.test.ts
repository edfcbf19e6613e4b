// The guide speaks the browser's language, whatever language the portal shows (DESIGN.md,
// Contracts): a German browser on an English portal gets a German guide, and the other way round.

import { describe, expect, it } from 'vitest';
import { GUIDE, useRig } from './fixtures';
import { openFresh, portalUrl, ROUTES } from './guide-helpers';

describe('the guide in a German browser', () => {
  const rig = useRig({ uiLanguage: 'de' });

  it('is German on an English portal', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(
      page,
      portalUrl('portal.azure.com', { 'rehearsal-scenario': 'fresh', l: 'en.en-us' }, ROUTES.apps),
    );
    const guide = page.locator(GUIDE);
    await guide.getByRole('heading', { name: 'Asset Panda SSO einrichten' }).waitFor();
    await expect(
      guide.locator('[data-step="open-enterprise-apps"] .title').textContent(),
    ).resolves.toBe('Unternehmensanwendungen öffnen');
    await expect(
      guide.locator('[data-step="create-app"] .instruction').textContent(),
    ).resolves.toBe('Wählen Sie „Neue Anwendung“.');
    // The spotlight still finds the English portal's command.
    await page
      .locator('[data-sso-assistant-spotlight="newApplication"]')
      .waitFor({ state: 'attached' });
    expect(rig.browser.errors).toEqual([]);
  });
});
