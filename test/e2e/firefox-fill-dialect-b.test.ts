// "Fill in" in Firefox ESR on rehearsal dialect B (issue 12): the Basic SAML pane drawn the way
// public captures show the portal (div form elements tied to their labels by aria-labelledby,
// info balloons, an fxc-gc div grid, no section/fieldset/group; reference 4.1 and 12). Firefox's
// own event model and accessible-name inputs, end to end to the saved card. The full matrix of
// states, languages and renderings runs in Chromium (fill-dialects.test.ts).

import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { GUIDE, useFirefoxRig } from './fixtures';
import { portalUrl, ROUTES } from './guide-helpers';

const ENTITY_ID = 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC';
const REPLY_URL =
  'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com/saml2/idpresponse';

const aria = (name: string, role = 'button') => `::-p-aria([name="${name}"][role="${role}"])`;
const inGuide = (selector: string) => `${GUIDE} >>> ${selector}`;

/** Polls for `selector` in the guide's shadow root (a document observer never sees it change). */
async function waitInGuide(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (guide, wanted) => !!document.querySelector(guide)?.shadowRoot?.querySelector(wanted),
    { polling: 100, timeout: 15_000 },
    GUIDE,
    selector,
  );
}

interface AppState {
  displayName: string;
  saml: { identifiers: { value: string }[]; replyUrls: { value: string }[] };
}

describe('Fill in on dialect B in Firefox ESR', () => {
  const rig = useFirefoxRig();

  it('fills a fresh dialect-B pane and the saved card shows the values', async () => {
    const page = await rig.firefox.browser.newPage();
    const query = { 'rehearsal-scenario': 'existing', 'rehearsal-dialect': 'b' };
    await page.goto(portalUrl('portal.azure.com', query, ROUTES.signOn));
    await page.evaluate('window.rehearsal.ready.then(() => window.rehearsal.reset())');

    // The route names the SAML mode, so the SAML page shows: card 1's Edit.
    await waitInGuide(page, 'li[data-step="basic-saml"][data-state="current"]');
    await page.locator(aria('Edit Basic SAML Configuration')).click();

    await waitInGuide(page, 'button.primary');
    await page.locator(inGuide('button.primary')).click();
    await waitInGuide(page, '[data-action-result="ok"]');
    // The rows' text boxes, read by the label they are tied to (no wrapper to read them by).
    const values = await page.$$eval('[aria-labelledby]', (boxes) =>
      boxes
        .filter((box): box is HTMLInputElement => box instanceof HTMLInputElement && !!box.value)
        .map((box) => box.value),
    );
    expect(values).toEqual([ENTITY_ID, REPLY_URL]);

    const save = aria('Save');
    await expect
      .poll(() => page.$eval(save, (el) => el.getAttribute('aria-disabled')), { timeout: 10_000 })
      .not.toBe('true');
    await page.locator(save).click();
    await page.locator(aria("No, I'll test later")).click();
    await waitInGuide(page, 'li[data-step="basic-saml"][data-state="done"]');

    const state = (await page.evaluate('window.rehearsal.state()')) as { apps: AppState[] };
    const app = state.apps.find((a) => a.displayName === 'Asset Panda')!;
    expect(app.saml.identifiers.map((i) => i.value)).toEqual([ENTITY_ID]);
    expect(app.saml.replyUrls.map((r) => r.value)).toEqual([REPLY_URL]);
    await page.close();
  });
});
