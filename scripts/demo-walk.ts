// The headless demo's walk through the rehearsal flow, one screenshot per step: the guide on the
// portal from the app list to Assign, then the popup with the captured metadata, a transfer to
// the rehearsal Asset Panda, and the manual path when its page looks different.

import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../test/rehearsal/chromium';

const GUIDE = '[data-sso-assistant="guide"]';
/** The rehearsal Asset Panda the demo sends to. */
const ASSET_PANDA = 'https://acme.assetpanda.app';
const spotlight = (page: Page, name: string) =>
  page
    .locator(`[data-sso-assistant-spotlight="${name}"]`)
    .waitFor({ state: 'attached', timeout: 20_000 });
const state = (page: Page, step: string, value: string) =>
  page
    .locator(`${GUIDE} li[data-step="${step}"][data-state="${value}"]`)
    .waitFor({ state: 'attached', timeout: 20_000 });

export async function walkDemo(
  browser: ExtensionBrowser,
  shotPath: (name: string) => string,
): Promise<string[]> {
  const shots: string[] = [];
  const page = await browser.context.newPage();
  const shot = async (name: string, target: Page = page) => {
    const path = shotPath(name);
    // JPEG at a modest quality keeps the README's ten pictures well under 1.5 MB in the repository.
    await target.screenshot({ path, type: 'jpeg', quality: 70, fullPage: target !== page });
    shots.push(path);
  };
  const button = (name: string) => page.getByRole('button', { name, exact: true });

  await page.goto(
    'https://portal.azure.com/?rehearsal-scenario=fresh#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
  );
  await page.evaluate('window.rehearsal.ready.then(() => window.rehearsal.reset())');
  await spotlight(page, 'newApplication');
  await shot('01-enterprise-apps');
  await button('New application').click();
  await spotlight(page, 'createYourOwnApplication');
  await button('Create your own application').click();
  await spotlight(page, 'appNameInput');
  await page.locator(GUIDE).getByRole('button', { name: 'Fill in' }).click();
  await spotlight(page, 'createButton');
  await shot('02-create-app');
  await button('Create').click();
  await spotlight(page, 'menuSignOn');
  await page.locator('[data-telemetryname="Menu-SignOn"]').click();
  await spotlight(page, 'samlTile');
  await shot('03-choose-saml');
  await page.getByRole('button', { name: 'SAML', exact: true }).click();
  await spotlight(page, 'editBasicSaml');
  await button('Edit Basic SAML Configuration').click();
  await page.locator(GUIDE).getByRole('button', { name: 'Fill in' }).click();
  await spotlight(page, 'save');
  await shot('04-basic-saml-filled');
  const save = page.locator('[data-telemetryname="Command-Save"]');
  await page.waitForFunction(
    () =>
      document
        .querySelector('[data-telemetryname="Command-Save"]')
        ?.closest('[role="button"]')
        ?.getAttribute('aria-disabled') !== 'true',
  );
  await save.click();
  await spotlight(page, 'testLater');
  await button("No, I'll test later").click();
  await state(page, 'basic-saml', 'done');
  await state(page, 'email-claim', 'done');
  await page.reload();
  await spotlight(page, 'downloadMetadata');
  await shot('05-download-metadata');
  await page.getByRole('link', { name: 'Download Federation Metadata XML' }).click();
  await state(page, 'download-metadata', 'done');
  await spotlight(page, 'menuUsers');
  await page.locator('.fxc-menu-listView-item').filter({ hasText: 'Users and groups' }).click();
  await spotlight(page, 'addUserGroup');
  await button('Add user/group').click();
  await spotlight(page, 'noneSelected');
  await page.getByText('None Selected', { exact: true }).click();
  await page.locator('.fxs-contextpane [role="checkbox"]').first().click();
  await spotlight(page, 'pickerSelect');
  await shot('06-assign-users');
  await button('Select').click();
  await spotlight(page, 'assign');
  await button('Assign').click();
  await state(page, 'assign-users', 'done');
  await shot('07-portal-done');

  // Asset Panda open in a tab before the popup opens: the popup offers it as where to send.
  const assetPanda = await browser.context.newPage();
  await assetPanda.goto(`${ASSET_PANDA}/?rehearsal-reset=1`);
  const popup = await browser.extensionPage('src/popup/index.html');
  // The size a browser gives the popup; the card folds to its verdict, opened here to show it.
  await popup.setViewportSize({ width: 400, height: 600 });
  const card = popup.getByTestId('metadata-card').locator('summary');
  await card.click();
  await shot('08-popup', popup);
  await card.click();

  // The transfer: one click in the popup, every step ticked off.
  await sendToAssetPanda(popup, 'Enable for all users', 'Microsoft Entra ID');
  await popup.getByText(/^Done: Asset Panda lists the connection/).waitFor({ timeout: 40_000 });
  // Once done, the steps fold behind the summary; opened here to show each one ticked off.
  await popup.locator('.transfer-status summary').click();
  await shot('09-transfer', popup);

  // A page that looks different (no Domains field): the transfer stops before Save and the
  // popup offers the manual path.
  await assetPanda.goto(
    `${ASSET_PANDA}/settings/preferences/sso?rehearsal-reset=1&rehearsal-variant=no-domain-field`,
  );
  await sendToAssetPanda(popup, 'Enable for selected domains', 'Entra ID', 'acme.com');
  const manual = popup.getByRole('region', { name: 'Enter it in Asset Panda yourself' });
  await manual.waitFor({ timeout: 40_000 });
  // The manual path opens when asked: the admin's click.
  await manual.locator('summary').click();
  await manual.getByRole('button', { name: 'Download the XML' }).waitFor();
  await shot('10-manual-path', popup);
  return shots;
}

async function sendToAssetPanda(popup: Page, type: string, name: string, domains?: string) {
  // With no organization address set, the admin picks the Asset Panda open in a tab, once.
  const pick = popup.getByRole('radio', { name: ASSET_PANDA, exact: true });
  if (await pick.count()) await pick.check();
  await popup
    .getByRole('group', { name: 'Enable type' })
    .getByRole('radio', { name: type })
    .check();
  await popup.getByRole('textbox', { name: 'Connection name' }).fill(name);
  if (domains) await popup.getByRole('textbox', { name: 'Domains' }).fill(domains);
  await popup.getByRole('button', { name: 'Send to Asset Panda' }).click();
}
