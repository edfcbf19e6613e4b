// The guide in Firefox ESR (dist/firefox, the Firefox store build): from the app list to the saved
// Basic SAML Configuration on the rehearsal portal, the spotlight on each target and the guide's
// own Fill in, which has to get past Firefox's event model into the Knockout inputs. The whole
// flow in both admin centers, languages and renderings runs in Chromium (guide.test.ts); this is
// the part where the two engines differ: layout and positioning, events, shadow DOM.

import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { APPS_ROUTE, GUIDE, useFirefoxRig } from './fixtures';
import { GUIDE_WAIT_MS, waitInGuideFor } from './guide-diagnosis';
import { ringSurrounds } from './guide-helpers';

const ENTITY_ID = 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC';
const REPLY_URL =
  'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com/saml2/idpresponse';
const POLL = { timeout: 10_000 };

const aria = (name: string, role = 'button') => `::-p-aria([name="${name}"][role="${role}"])`;
const inGuide = (selector: string) => `${GUIDE} >>> ${selector}`;

/**
 * Waits for `selector` inside the guide's shadow root. Not waitForSelector, nor a locator (which
 * waits the same way): it waits on a MutationObserver of the document, which a change inside a
 * shadow root (a step's data-state, the ring's name, a "Fill in" button appearing) never reaches,
 * so it waits forever for what is already there — unless the portal happens to change meanwhile.
 */
async function waitInGuide(page: Page, selector: string): Promise<void> {
  await waitInGuideFor(page, `${selector} in the guide`, () =>
    page.waitForFunction(
      (guide, wanted) => !!document.querySelector(guide)?.shadowRoot?.querySelector(wanted),
      { polling: 100, timeout: GUIDE_WAIT_MS },
      GUIDE,
      selector,
    ),
  );
}

/** Clicks the guide's own control: once it is there (polled, see above), as a person would. */
async function clickInGuide(page: Page, selector: string): Promise<void> {
  await waitInGuide(page, selector);
  await waitInGuideFor(
    page,
    `a click on ${selector} in the guide`,
    () => page.locator(inGuide(selector)).setTimeout(GUIDE_WAIT_MS).click(),
    { selector: inGuide(selector) },
  );
}

async function expectState(page: Page, step: string, state: string): Promise<void> {
  await waitInGuide(page, `li[data-step="${step}"][data-state="${state}"]`);
}

/** The spotlight ring named `name` surrounds the element `target` selects (within a few px). */
async function expectSpotlight(page: Page, name: string, target: string): Promise<void> {
  const ring = inGuide(`[data-sso-assistant-spotlight="${name}"]`);
  await waitInGuide(page, `[data-sso-assistant-spotlight="${name}"]`);
  await waitInGuideFor(page, `the spotlight "${name}" around ${target}`, () =>
    expect
      .poll(async () => {
        const [r, t] = await Promise.all([
          page.$(ring).then((e) => e?.boundingBox()),
          page.$(target).then((e) => e?.boundingBox()),
        ]);
        return ringSurrounds(r ?? null, t ?? null);
      }, POLL)
      .toBe(true),
  );
}

describe('the guide in Firefox ESR', () => {
  const rig = useFirefoxRig();

  it('points the way from the app list to a saved Basic SAML Configuration, filling in with the guide', async () => {
    const page = await rig.firefox.browser.newPage();
    await page.goto(`https://portal.azure.com/?rehearsal-scenario=fresh${APPS_ROUTE}`);
    await page.evaluate('window.rehearsal.ready.then(() => window.rehearsal.reset())');

    await expectState(page, 'open-enterprise-apps', 'done');
    await expectState(page, 'create-app', 'current');
    await expectSpotlight(page, 'newApplication', aria('New application'));
    await page.locator(aria('New application')).click();
    await expectSpotlight(page, 'createYourOwnApplication', aria('Create your own application'));
    await page.locator(aria('Create your own application')).click();

    const nameInput = '.fxs-contextpane input[type="text"]';
    await expectSpotlight(page, 'appNameInput', nameInput);
    await clickInGuide(page, 'button.primary');
    await expect
      .poll(() => page.$eval(nameInput, (input) => (input as HTMLInputElement).value), POLL)
      .toBe('Asset Panda');
    await expectSpotlight(page, 'createButton', aria('Create'));
    await page.locator(aria('Create')).click();

    await expectState(page, 'create-app', 'done');
    await expectState(page, 'choose-saml', 'current');
    await page.locator('[data-telemetryname="Menu-SignOn"]').click();
    await expectSpotlight(page, 'samlTile', aria('SAML'));
    await page.locator(aria('SAML')).click();
    await expectState(page, 'basic-saml', 'current');
    await page.locator(aria('Edit Basic SAML Configuration')).click();

    await clickInGuide(page, 'button.primary');
    await waitInGuide(page, '[data-action-result="ok"]');
    const values = await page.$$eval('.fxs-contextpane tbody input[type="text"]', (inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value).filter(Boolean),
    );
    expect(values).toEqual([ENTITY_ID, REPLY_URL]);

    // The command's button holds its text, which carries the telemetry name (reference §8).
    const save = '[role="button"]:has(> [data-telemetryname="Command-Save"])';
    await expectSpotlight(page, 'save', save);
    await expect
      .poll(() => page.$eval(save, (el) => el.getAttribute('aria-disabled')), POLL)
      .not.toBe('true');
    await page.locator(save).click();
    await page.locator(aria("No, I'll test later")).click();
    await expectState(page, 'basic-saml', 'done');

    const state = (await page.evaluate('window.rehearsal.state()')) as {
      apps: { displayName: string; saml: { identifiers: { value: string }[] } }[];
    };
    const app = state.apps.find((a) => a.displayName === 'Asset Panda');
    expect(app?.saml.identifiers.map((i) => i.value)).toEqual([ENTITY_ID]);
    await page.close();
  });
});
