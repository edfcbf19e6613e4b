// `npm run snapshots`: saves what each rehearsal portal page shows (visible elements only, no
// scripts) to test/unit/fixtures/portal/, so locator unit tests run against the same markup the
// e2e tests drive, without a browser. Run it again after changing a rehearsal page.
// It drives the pages without the extension, through the rehearsal server at the real hosts.
//
// Each markup dialect has its own files: dialect A (today's pages) `<state>.<lang>.html`, dialect B
// (`?rehearsal-dialect=b`, README "Dialects") `<state>.b.<lang>.html`. `npm run snapshots -- b` (or
// `-- a`) saves one dialect only; generated ids differ on every load, so re-saving a dialect whose
// pages did not change still rewrites its files.

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
  /** More query parameters before the hash (e.g. `rehearsal-late`). */
  query?: Record<string, string>;
  /** Languages besides en and de (the reference §6 labels the pane in fr, es and ja too). */
  moreLangs?: string[];
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

// Dialect B (README "Dialects"): the same pages in markup written only from reference §4.1 and §12;
// its acts find things by role, text or §12 class, since its markup has no `ext-*` row classes.
const B_ROWS = '.fxs-contextpane .fxc-gc-row';
const fluentFrame = async (page: Page): Promise<Frame> => {
  const frame = await reactFrame(page);
  await frame.waitForSelector('.fui-Link, .fui-Dropdown', { timeout: 15_000 });
  return frame;
};
const openCertificateCard = async (page: Page): Promise<Page> => {
  await page.locator('.ext-saml-card-edit').nth(2).click();
  return page;
};
/** "None Selected" → tick the first principal → Select → Assign: Users and groups with a row. */
const assignFirstPrincipal = async (page: Page): Promise<Page> => {
  await page.locator('.fxs-blade-content a.msportalfx-text-primary').first().click();
  await page.locator('.fxs-contextpane .fxc-gc-row [role="checkbox"]').first().click();
  await page.locator('.fxs-contextpane-footer [role="button"]').click();
  await page.locator('.fxs-blade-footer [role="button"][aria-disabled="false"]').click();
  await page.locator('.fxc-gc-row').first().waitFor();
  return page;
};
const ALL_LANGS = ['fr', 'es', 'ja'];

const B_STATES: State[] = [
  ...STATES.filter((s) => !s.name.startsWith('basic-saml-pane') && !s.render),
  ...(['', 'V2/objectType/AppProxy', 'V3/fromNav/globalSecureAccess'] as const).map(
    (tail, i): State => ({
      name: `enterprise-app-list-blade${['', '-v2', '-v3'][i]}`,
      scenario: 'existing',
      route: `#view/Microsoft_AAD_IAM/EnterpriseApplicationListBlade${tail}`,
      ready: 'input[placeholder]',
    }),
  ),
  {
    name: 'signing-certificate',
    scenario: 'correct',
    route: APP_ROUTE('SignOn'),
    act: openCertificateCard,
    ready: '.fxc-gc-row',
  },
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
      ready: '.fxs-contextpane input',
      moreLangs: ALL_LANGS,
    },
    {
      name: `basic-saml-pane-${name}-reactview`,
      scenario,
      render: 'reactview',
      route: APP_ROUTE('SignOn'),
      act: async (page) => fluentFrame(await openBasicSaml(page)),
      ready: '.fui-Link',
    },
  ]),
  {
    name: 'basic-saml-pane-late',
    scenario: 'correct',
    query: { 'rehearsal-late': '1' },
    route: APP_ROUTE('SignOn'),
    act: openBasicSaml,
    ready: '.fxs-contextpane input',
  },
  {
    name: 'basic-saml-pane-added-row',
    scenario: 'existing',
    route: APP_ROUTE('SignOn'),
    act: async (page) => {
      await (await openBasicSaml(page)).locator('.fxs-contextpane a').first().click();
    },
    ready: `${B_ROWS} input`,
  },
  {
    name: 'basic-saml-pane-added-row-reactview',
    scenario: 'existing',
    render: 'reactview',
    route: APP_ROUTE('SignOn'),
    act: async (page) => {
      const frame = await fluentFrame(await openBasicSaml(page));
      await frame.locator('.fui-Link').first().click();
      return frame;
    },
    ready: '.fui-TableBody input[type="text"]',
  },
  {
    name: 'basic-saml-pane-invalid',
    scenario: 'wrong',
    route: APP_ROUTE('SignOn'),
    act: async (page) => {
      await typeInvalidValues(await openBasicSaml(page), B_ROWS);
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
      const frame = await fluentFrame(await openBasicSaml(page));
      await typeInvalidValues(frame, '.fui-TableBody .fui-TableRow');
      await frame.waitForFunction(INVALID_SHOWN('input[aria-invalid="true"]'));
      return frame;
    },
    ready: '.fui-Field__validationMessage',
  },
  // The Source attribute drop-down open: its options are `[role=treeitem]` (§12).
  {
    name: 'manage-claim-open',
    scenario: 'no-email-claim',
    route: APP_ROUTE('SignOn'),
    act: async (page) => {
      await openAddNewClaim(page);
      await page.locator('[role="combobox"]').last().dispatchEvent('mouseup');
    },
    ready: '[role="treeitem"]',
  },
  {
    name: 'manage-claim-reactview',
    scenario: 'no-email-claim',
    render: 'reactview',
    route: APP_ROUTE('SignOn'),
    act: async (page) => fluentFrame(await openAddNewClaim(page)),
    ready: '[role="combobox"]',
  },
  {
    name: 'add-assignment-picker',
    scenario: 'correct',
    route: `#view/Microsoft_AAD_IAM/AddAssignmentBlade/objectId/${SP}`,
    act: async (page) => {
      await page.locator('.fxs-blade-content a.msportalfx-text-primary').first().click();
    },
    ready: '.azc-vivaControl .fxc-gc-row',
  },
  {
    name: 'users-groups-assigned',
    scenario: 'correct',
    route: `#view/Microsoft_AAD_IAM/AddAssignmentBlade/objectId/${SP}`,
    act: assignFirstPrincipal,
    ready: '.fxc-gc-row',
  },
];

const DIALECTS = [
  { dialect: 'a', suffix: '', states: STATES },
  { dialect: 'b', suffix: '.b', states: B_STATES },
].filter(({ dialect }) => !process.argv[2] || process.argv[2] === dialect);

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
  for (const { dialect, suffix, states } of DIALECTS) {
    for (const state of states) {
      for (const lang of ['en', 'de', ...(state.moreLangs ?? [])]) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const page = await context.newPage();
        const query = new URLSearchParams({
          'rehearsal-scenario': state.scenario,
          l: `${lang}.${lang}-${lang}`,
          ...state.query,
        });
        if (state.render) query.set('rehearsal-render', state.render);
        if (dialect !== 'a') query.set('rehearsal-dialect', dialect);
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
        const file = join(OUT, `${state.name}${suffix}.${lang}.html`);
        writeFileSync(file, await visibleHtml(target));
        count += 1;
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Saved ${count} snapshots to ${OUT}`);
