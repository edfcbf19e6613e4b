// Accessibility by test (issue 17): axe-core checks every surface the admin uses (the popup in its
// states, the options page, the guide in its shadow root at each of its states, the transfer form
// with its errors) and fails on any serious or critical violation. Beside axe, what it cannot see:
// the guide works with Tab and Enter or Space and shows where focus is, never takes focus from the
// portal when it updates, and announces a new step politely to screen readers.

import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freshSetupEachTest, GUIDE, useRig } from './fixtures';
import { expectState, openFresh, portalUrl, ROUTES } from './guide-helpers';

const METADATA = readFileSync(new URL('../rehearsal/data/app-metadata.xml', import.meta.url));

/**
 * Runs axe on the page, or on one part of it (axe follows open shadow roots, so the guide's host
 * takes in the whole guide), and lists each serious or critical violation with where it is.
 */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(n.target)}`),
    );
}

const fresh = (query: Record<string, string> = {}) =>
  portalUrl('portal.azure.com', { 'rehearsal-scenario': 'fresh', ...query }, ROUTES.apps);

/** True when focus is inside the guide's shadow root (the host is the document's active element). */
const focusInGuide = (page: Page) =>
  page.evaluate((sel) => document.activeElement === document.querySelector(sel), GUIDE);

/** The name of what has focus inside the guide, and whether a focus ring is drawn around it. */
function guideFocus(page: Page) {
  return page.locator(GUIDE).evaluate((host) => {
    const el = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!el) return null;
    const style = getComputedStyle(el);
    return {
      name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
      ring:
        el.matches(':focus-visible') &&
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2,
    };
  });
}

describe('accessibility', () => {
  const rig = useRig();
  freshSetupEachTest(rig, { forgetCaptures: true });

  it('the guide has no serious violation: current step, Fill in offered, collapsed', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(page, fresh());
    const guide = page.locator(GUIDE);
    await expectState(page, 'create-app', 'current');
    expect(await seriousViolations(page, GUIDE)).toEqual([]);

    // The app-name field of "Create your own application": the guide offers Fill in.
    await page.getByRole('button', { name: 'New application', exact: true }).click();
    await page.getByRole('button', { name: 'Create your own application', exact: true }).click();
    await guide.getByRole('button', { name: 'Fill in' }).waitFor();
    expect(await seriousViolations(page, GUIDE)).toEqual([]);

    await guide.getByRole('button', { name: 'Collapse' }).click();
    await guide.getByRole('button', { name: 'Expand' }).waitFor();
    expect(await seriousViolations(page, GUIDE)).toEqual([]);
  });

  it('the guide has no serious violation when it cannot find its target', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(page, fresh({ 'rehearsal-missing': 'new-application' }));
    await page.locator(`${GUIDE} [role="alert"]`).waitFor({ timeout: 20_000 });
    expect(await seriousViolations(page, GUIDE)).toEqual([]);
  });

  it('the guide works with the keyboard alone, with a visible focus ring', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(page, fresh());
    await page.getByRole('button', { name: 'New application', exact: true }).click();
    await page.getByRole('button', { name: 'Create your own application', exact: true }).click();
    const guide = page.locator(GUIDE);
    await guide.getByRole('button', { name: 'Fill in' }).waitFor();

    // The guide is the last thing in the document: Tab from the portal's field reaches it, then
    // visits each of its controls in turn, each with a focus ring, and leaves it again.
    const nameInput = page.locator('.fxs-contextpane input[type="text"]').first();
    await nameInput.focus();
    for (let presses = 0; !(await focusInGuide(page)); presses++) {
      expect(presses, 'Tab presses to reach the guide').toBeLessThan(200);
      await page.keyboard.press('Tab');
    }
    const visited: string[] = [];
    while (await focusInGuide(page)) {
      const focus = await guideFocus(page);
      expect(focus?.ring, `focus ring on ${focus?.name}`).toBe(true);
      visited.push(focus!.name);
      await page.keyboard.press('Tab');
    }
    expect(visited).toEqual([
      'Move the guide to the other side',
      'Collapse',
      'Close the guide',
      'Fill in',
      'Copy', // described by its value's label ("Application name")
    ]);

    // Enter and Space operate them.
    await guide.getByRole('button', { name: 'Fill in' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => nameInput.inputValue()).toBe('Asset Panda');
    await guide.getByRole('button', { name: 'Collapse' }).focus();
    await page.keyboard.press('Space');
    await expect(guide.locator('ol').isHidden()).resolves.toBe(true);
    await page.keyboard.press('Enter'); // the same button, now "Expand", keeps focus
    await expect(guide.locator('ol').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('never takes focus from the portal, and announces a new step politely', async () => {
    const page = await rig.browser.context.newPage();
    await openFresh(page, fresh());
    const live = page.locator(`${GUIDE} [aria-live="polite"]`);
    await expect.poll(() => live.textContent()).toContain('Create the application');
    await expect.poll(() => live.textContent()).toContain('Choose “New application”.');

    // The admin works the portal with the keyboard; the guide follows without moving focus.
    const newApplication = page.getByRole('button', { name: 'New application', exact: true });
    await newApplication.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => live.textContent()).toContain('Choose “Create your own application”.');
    await page.getByRole('button', { name: 'Create your own application', exact: true }).click();
    await expect.poll(() => live.textContent()).toContain('Name the application');
    const nameInput = page.locator('.fxs-contextpane input[type="text"]').first();
    await nameInput.focus();
    await page.keyboard.type('Asset');
    // Once the app has a name, the guide moves on to Create, while the admin is still typing.
    await expect.poll(() => live.textContent()).toContain('Keep “Non-gallery” selected');
    expect(await focusInGuide(page)).toBe(false);
    await expect(nameInput.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(nameInput.inputValue()).resolves.toBe('Asset');
    await page.close();
  });

  it('the popup and the options page have no serious violation', async () => {
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    await popup.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousViolations(popup)).toEqual([]);

    const options = await rig.browser.extensionPage('src/options/index.html');
    const replyUrl = options.getByRole('textbox', { name: /^Reply URL/ });
    await replyUrl.fill('http://not-https.example');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect(replyUrl.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('the metadata card and the transfer form with its errors have no serious violation', async () => {
    const popup = await rig.browser.extensionPage('src/popup/index.html');
    await popup.getByRole('heading', { level: 1 }).waitFor();
    await popup.locator('input[type="file"]').setInputFiles({
      name: 'Asset Panda.xml',
      mimeType: 'text/xml',
      buffer: METADATA,
    });
    await popup.getByTestId('metadata-card').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);

    await popup
      .getByRole('group', { name: 'Enable type' })
      .getByRole('radio', { name: 'Enable for selected domains' })
      .check();
    const name: Locator = popup.getByRole('textbox', { name: 'Connection name' });
    await name.fill('a_b');
    await popup.getByRole('textbox', { name: 'Domains' }).fill('not a domain');
    await popup.getByRole('button', { name: 'Send to Asset Panda' }).click();
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await seriousViolations(popup)).toEqual([]);
  });
});
