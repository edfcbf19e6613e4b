// Issue 13 parts 5 and 7 on the portal, end to end in Chromium with the built extension: when the
// guide cannot find its step's target with certainty (here the pane's Create, renamed on the
// rehearsal portal, `rehearsal-renamed=create`), its "not found" state offers the redacted "This
// page looks different" report (the popup offers it too) and "Show me where it is". Pointing at the
// control once makes the guide find it: the word is kept as a `portal.` word override.

import { describe, expect, it } from 'vitest';
import { extensionStorage, freshSetupEachTest, GUIDE, useRig } from './fixtures';
import {
  expectSpotlight,
  expectState,
  openFresh,
  portalUrl,
  rehearsalState,
  ROUTES,
} from './guide-helpers';

/** What an admin may have on the page that a report must never carry. */
const SECRETS = {
  appName: 'Zeta Payroll 7731', // typed into the pane's name box: an input value
  id: 'tenant-secret-4f2a9c', // an id
  attribute: 's3cr3t-attribute-value', // an attribute value
  text: 'Internal code ALPHA-9981', // text content
};

describe('the guide\'s "not found" on the portal', () => {
  const rig = useRig();
  freshSetupEachTest(rig);

  it('offers the redacted report and "Show me where it is"; pointing once makes the guide find it', async () => {
    const page = await rig.browser.context.newPage();
    const query = { 'rehearsal-scenario': 'fresh', 'rehearsal-renamed': 'create' };
    await openFresh(page, portalUrl('portal.azure.com', query, ROUTES.apps));
    await expectState(page, 'create-app', 'current');
    await page.getByRole('button', { name: 'New application', exact: true }).click();
    await page.getByRole('button', { name: 'Create your own application', exact: true }).click();
    const pane = page.locator('.fxs-contextpane');
    await pane.locator('input[type="text"]').first().fill(SECRETS.appName);
    // Secret-looking text, an id and an attribute value in the pane, where the report looks.
    await pane.evaluate((el, s) => {
      const note = document.createElement('p');
      note.id = s.id;
      note.setAttribute('data-note', s.attribute);
      note.textContent = s.text;
      el.append(note);
    }, SECRETS);
    const add = pane.getByRole('button', { name: 'Add', exact: true });
    await add.waitFor();

    // The guide gives up on "Create" (it waits 8 s for a target), says so, and offers help.
    const guide = page.locator(GUIDE);
    const fallback = guide.locator('[role="alert"]');
    await fallback.waitFor({ timeout: 20_000 });
    await expect(fallback.textContent()).resolves.toContain(
      'cannot find this on the page with certainty',
    );
    expect(await page.locator('[data-sso-assistant-spotlight]').count()).toBe(0);

    await guide.getByRole('button', { name: 'This page looks different' }).click();
    const report = await guide
      .getByRole('textbox', { name: 'This page looks different' })
      .inputValue();
    expect(report).toContain('Target not found with certainty: portal.createButton');
    expect(report).toMatch(/Matches per strategy[^\n]*\n {2}1\. role and accessible name: 0/);
    expect(report).toContain('.fxs-contextpane'); // the skeleton: the pane's markup shape
    for (const secret of Object.values(SECRETS)) expect(report).not.toContain(secret);

    // The popup offers the same report.
    const worker = await rig.browser.worker();
    await expect
      .poll(async () => (await extensionStorage(worker, 'local', 'mismatch')) as unknown)
      .toMatchObject({ site: 'portal', target: 'portal.createButton', text: report });
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    await popup.locator('[data-mismatch-target="portal.createButton"]').waitFor();
    await popup.close();

    // Show me where it is: the admin's own click on the renamed button; the page never sees it.
    await guide.getByRole('button', { name: 'Show me where it is' }).click();
    const panel = page.locator('[data-sso-assistant="teach"]').getByRole('dialog');
    await panel.getByText('Click the control this step of the guide names').waitFor();
    await add.click();
    await panel.getByText('named “Add”').waitFor();
    expect((await rehearsalState(page)).apps.map((app) => app.displayName)).not.toContain(
      SECRETS.appName,
    );
    await panel.getByRole('button', { name: 'Use these words' }).click();
    await panel.getByText('the guide now also looks for “Add”').waitFor();
    await panel.getByRole('button', { name: 'Close' }).click();

    // The guide now finds it, and points at it.
    await expectSpotlight(page, 'createButton', add);
    await expect(fallback.count()).resolves.toBe(0);
    expect(await extensionStorage(worker, 'local', 'wordOverrides')).toEqual({
      'portal.createButton': ['Add'],
    });

    // The admin's own click on it now goes to the portal, as always.
    await add.click();
    await expectState(page, 'create-app', 'done');
    await page.close();
  });
});
