// `npm run snapshots`: saves what each rehearsal portal page shows (visible elements only, no
// scripts) to test/unit/fixtures/portal/, so locator unit tests run against the same markup the
// e2e tests drive, without a browser. Run it again after changing a rehearsal page.
// It drives the pages without the extension, through the rehearsal server at the real hosts.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Frame, type Page } from 'playwright-core';
import { chromiumPath } from '../test/rehearsal/chromium';
import { REHEARSAL_HOSTS, startRehearsalServer } from '../test/rehearsal/server';

const OUT = 'test/unit/fixtures/portal';
const SP = 'a5e7c0d2-4b1f-4c3e-8f6a-2d9b7e1c3f40';
const APP = 'd2b4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d91';
const APP_ROUTE = (menu: string, mode = 'saml') =>
  `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${menu}/objectId/${SP}/appId/${APP}/preferredSingleSignOnMode/${mode}/servicePrincipalType/Application/fromNav/`;

interface State {
  name: string;
  scenario: string;
  route: string;
  render?: 'reactview';
  /** Brings the page to the state, then resolves the frame to save (default: the page). */
  act?: (page: Page) => Promise<Page | Frame | void>;
  ready: string;
}

const reactFrame = async (page: Page): Promise<Frame> => {
  const handle = await page.waitForSelector('iframe[name$=".ReactView"]');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('input', { timeout: 15_000 });
  return frame;
};

/** Card 1's pencil opens the Basic SAML Configuration pane. */
const openBasicSaml = async (page: Page): Promise<Page> => {
  await page.locator('.ext-saml-card-edit').first().click();
  return page;
};

/** Card 2's pencil opens the Attributes & Claims blade. */
const openClaims = async (page: Page): Promise<Page> => {
  await page.locator('.ext-saml-card-edit').nth(1).click();
  return page;
};

/** Card 2's pencil, then "+ Add new claim": the Manage claim blade of a new claim. */
const openAddNewClaim = async (page: Page): Promise<Page> => {
  await openClaims(page);
  await page.locator('[data-telemetryname="Command-AddNewClaim"]').click();
  return page;
};

/** Types values the portal refuses into the first identifier and reply-URL rows. */
async function typeInvalidValues(target: Page | Frame, rowCss: string): Promise<void> {
  const rows = target.locator(rowCss);
  await rows.nth(0).locator('input[type="text"]').first().fill('https://slack.com');
  await rows.nth(1).locator('input[type="text"]').first().fill('http://example.com/acs');
}

/** Both refused values show as invalid (the identifier after the portal's server check). */
const INVALID_SHOWN = (css: string) => `document.querySelectorAll('${css}').length === 2`;

const STATES: State[] = [
  {
    name: 'enterprise-apps',
    scenario: 'existing',
    route: '#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
    ready: 'input[placeholder]',
  },
  {
    name: 'gallery',
    scenario: 'fresh',
    route: '#view/Microsoft_AAD_IAM/AppGalleryBladeV2',
    ready: '.fxs-blade-title-titleText',
  },
  {
    name: 'create-app-pane',
    scenario: 'fresh',
    route: '#view/Microsoft_AAD_IAM/AppGalleryBladeV2',
    act: async (page) => {
      await page.locator('[data-telemetryname="Command-CreateYourOwnApplication"]').click();
    },
    ready: '.fxs-contextpane input',
  },
  {
    name: 'app-overview',
    scenario: 'existing',
    route: APP_ROUTE('Overview', 'null'),
    ready: '[data-telemetryname="Menu-SignOn"]',
  },
  {
    name: 'sso-picker',
    scenario: 'existing',
    route: APP_ROUTE('SignOn', 'null'),
    ready: '.ext-ad-problem-details-card-tile-title',
  },
  {
    name: 'saml-page-half-filled',
    scenario: 'half-filled',
    route: APP_ROUTE('SignOn'),
    ready: '.ext-saml-card',
  },
  {
    name: 'saml-page-correct',
    scenario: 'correct',
    route: APP_ROUTE('SignOn'),
    ready: '.ext-saml-card',
  },
  {
    name: 'saml-page-no-email-claim',
    scenario: 'no-email-claim',
    route: APP_ROUTE('SignOn'),
    ready: '.ext-saml-card',
  },
  // `fresh` is the `existing` app on its SAML page: both lists empty (reference 4.6).
  ...(
    [
      ['fresh', 'existing'],
      ['half-filled', 'half-filled'],
      ['wrong', 'wrong'],
      ['correct', 'correct'],
    ] as const
  ).flatMap(([name, scenario]): State[] => [
    {
      name: `basic-saml-pane-${name}`,
      scenario,
      route: APP_ROUTE('SignOn'),
      act: openBasicSaml,
      ready: '.fxs-commandBar-item',
    },
    {
      name: `basic-saml-pane-${name}-reactview`,
      scenario,
      render: 'reactview',
      route: APP_ROUTE('SignOn'),
      act: async (page) => reactFrame(await openBasicSaml(page)),
      ready: '.ms-Link',
    },
  ]),
  // The fresh pane after one "Add identifier": a new empty row under the Identifier section.
  {
    name: 'basic-saml-pane-added-row',
    scenario: 'existing',
    route: APP_ROUTE('SignOn'),
    act: async (page) => {
      await (await openBasicSaml(page)).locator('.ext-add-row').first().click();
    },
    ready: '.azc-grid-row input',
  },
  {
    name: 'basic-saml-pane-added-row-reactview',
    scenario: 'existing',
    render: 'reactview',
    route: APP_ROUTE('SignOn'),
    act: async (page) => {
      const frame = await reactFrame(await openBasicSaml(page));
      await frame.locator('.ms-Link').first().click();
      return frame;
    },
    ready: 'tbody input[type="text"]',
  },
  // Validation messages: an identifier another app of the tenant uses (Slack's) and an http Reply URL.
  {
    name: 'basic-saml-pane-invalid',
    scenario: 'wrong',
    route: APP_ROUTE('SignOn'),
    act: async (page) => {
      await typeInvalidValues(await openBasicSaml(page), '.azc-grid-row');
      await page.waitForFunction(INVALID_SHOWN('[data-validatable-control-valid="false"]'));
    },
    ready: '.azc-validation-message:not([hidden])',
  },
  {
    name: 'basic-saml-pane-invalid-reactview',
    scenario: 'wrong',
    render: 'reactview',
    route: APP_ROUTE('SignOn'),
    act: async (page) => {
      const frame = await reactFrame(await openBasicSaml(page));
      await typeInvalidValues(frame, 'tbody tr');
      await frame.waitForFunction(INVALID_SHOWN('input[aria-invalid="true"]'));
      return frame;
    },
    ready: '.ms-TextField-errorMessage',
  },
  {
    name: 'claims-blade',
    scenario: 'correct',
    route: APP_ROUTE('SignOn'),
    act: openClaims,
    ready: '.msportalfx-form-section-title',
  },
  {
    name: 'claims-blade-no-email-claim',
    scenario: 'no-email-claim',
    route: APP_ROUTE('SignOn'),
    act: openClaims,
    ready: '.msportalfx-form-section-title',
  },
  {
    name: 'manage-claim',
    scenario: 'no-email-claim',
    route: APP_ROUTE('SignOn'),
    act: openAddNewClaim,
    ready: '[role="combobox"]',
  },
  {
    name: 'manage-claim-reactview',
    scenario: 'no-email-claim',
    render: 'reactview',
    route: APP_ROUTE('SignOn'),
    act: async (page) => reactFrame(await openAddNewClaim(page)),
    ready: '[role="combobox"]',
  },
  {
    name: 'users-groups',
    scenario: 'correct',
    route: APP_ROUTE('Users'),
    ready: '.fxs-commandBar-item',
  },
  {
    name: 'add-assignment',
    scenario: 'correct',
    route: `#view/Microsoft_AAD_IAM/AddAssignmentBlade/objectId/${SP}`,
    ready: '.fxs-blade-title-titleText',
  },
];

/**
 * Serializes what a person sees: invisible elements, scripts and styles removed; input values and
 * checked states written into attributes. Kept as source text because tsx's name helpers do not
 * exist inside the page.
 */
const VISIBLE_HTML = `(() => {
  const all = [...document.documentElement.querySelectorAll('*')];
  const clone = document.documentElement.cloneNode(true);
  const cloned = [...clone.querySelectorAll('*')];
  all.forEach((el, i) => {
    const copy = cloned[i];
    const isHiddenInput = el instanceof HTMLInputElement && el.type === 'hidden';
    const invisible = el.closest('body') && !isHiddenInput &&
      (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden');
    if (invisible) copy.setAttribute('data-snapshot-hidden', '');
    if (el instanceof HTMLInputElement) copy.setAttribute('value', el.value);
    if (el instanceof HTMLInputElement && el.checked) copy.setAttribute('checked', '');
  });
  clone.querySelectorAll('[data-snapshot-hidden], script, style, link, svg').forEach((el) => el.remove());
  return '<!doctype html>\\n' + clone.outerHTML;
})()`;

async function visibleHtml(frame: Page | Frame): Promise<string> {
  return (await frame.evaluate(VISIBLE_HTML)) as string;
}

const server = await startRehearsalServer();
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [
    `--host-resolver-rules=${REHEARSAL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ')}, MAP * ~NOTFOUND`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
  ],
});
mkdirSync(OUT, { recursive: true });
let count = 0;
try {
  for (const lang of ['en', 'de']) {
    for (const state of STATES) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const query = new URLSearchParams({
        'rehearsal-scenario': state.scenario,
        l: `${lang}.${lang}-${lang}`,
      });
      if (state.render) query.set('rehearsal-render', state.render);
      await page.goto(`https://portal.azure.com/?${query}${state.route}`);
      await page.locator('.fxs-blade-title-titleText').first().waitFor();
      const target = (await state.act?.(page)) ?? page;
      await target.locator(state.ready).first().waitFor();
      // Everything lazy has landed: no progress dots, and an app blade's menu is complete.
      await page.waitForFunction(
        `!document.querySelector('.fxs-progress-dots') &&
         (!document.querySelector('[data-telemetryname="Menu-DeploymentPlan"]') ||
          !!document.querySelector('[data-telemetryname="Menu-Users"]'))`,
      );
      const file = join(OUT, `${state.name}.${lang}.html`);
      writeFileSync(file, await visibleHtml(target));
      count += 1;
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Saved ${count} snapshots to ${OUT}`);
