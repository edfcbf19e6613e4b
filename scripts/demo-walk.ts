// The headless demo's walk through the rehearsal flow, one screenshot per step.

import type { ExtensionBrowser } from '../test/rehearsal/chromium';

const GUIDE = '[data-sso-assistant="guide"]';

export async function walkDemo(
  browser: ExtensionBrowser,
  shotPath: (name: string) => string,
): Promise<string[]> {
  const shots: string[] = [];
  const page = await browser.context.newPage();
  const shot = async (name: string) => {
    const path = shotPath(name);
    await page.screenshot({ path });
    shots.push(path);
  };

  await page.goto(
    'https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
  );
  await page.locator(GUIDE).waitFor({ state: 'attached' });
  await shot('01-open-enterprise-apps');
  return shots;
}
