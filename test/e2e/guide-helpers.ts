// Helpers for tests of the guide: read its step states, and check that the spotlight sits on the
// element a person would click.

import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { GUIDE } from './fixtures';
import { GUIDE_WAIT_MS, waitInGuideFor } from './guide-diagnosis';

export const SP = 'a5e7c0d2-4b1f-4c3e-8f6a-2d9b7e1c3f40';
export const APP = 'd2b4f6a8-1c3e-4a5b-9d7f-0e2c4a6b8d91';
export const ROUTES = {
  apps: '#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview',
  signOn: `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/SignOn/objectId/${SP}/appId/${APP}/preferredSingleSignOnMode/saml/servicePrincipalType/Application/fromNav/`,
};

export function portalUrl(host: string, query: Record<string, string>, route: string): string {
  return `https://${host}/?${new URLSearchParams(query)}${route}`;
}

/** Opens a rehearsal portal page with the tenant re-seeded (earlier tests may have changed it). */
export async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate('window.rehearsal.ready.then(() => window.rehearsal.reset())');
}

export async function stepStates(page: Page): Promise<Record<string, string>> {
  const items = page.locator(`${GUIDE} li[data-step]`);
  const pairs = await items.evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-step') ?? '', e.getAttribute('data-state') ?? '']),
  );
  return Object.fromEntries(pairs);
}

export async function expectState(page: Page, step: string, state: string): Promise<void> {
  await waitInGuideFor(page, `step ${step} to be ${state}`, () =>
    page
      .locator(`${GUIDE} li[data-step="${step}"][data-state="${state}"]`)
      .waitFor({ state: 'attached', timeout: GUIDE_WAIT_MS }),
  );
}

/** The centre of what `target` finds, in its own document's coordinates, for a diagnosis. */
function centreOf(target: Locator, label: string) {
  return () =>
    target.evaluate(
      (el, what) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, label: what };
      },
      label,
      { timeout: 1_000 },
    );
}

/**
 * Clicks one of the guide's own buttons (in the top guide, or in the panel inside a ReactView
 * frame), saying on a timeout what the guide showed instead and what sat where the button was.
 */
export async function clickInGuide(scope: Page | Frame, name: string): Promise<void> {
  const button = scope
    .locator('[data-sso-assistant="guide"], [data-sso-assistant="frame-guide"]')
    .getByRole('button', { name, exact: true });
  await waitInGuideFor(
    scope,
    `a click on the guide's "${name}"`,
    () => button.click({ timeout: GUIDE_WAIT_MS }),
    centreOf(button, `the guide's "${name}"`),
  );
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The ring's box surrounds the target's, closely: it is drawn a few pixels outside it. */
export function ringSurrounds(ring: Box | null, target: Box | null): boolean {
  if (!ring || !target) return false;
  return (
    ring.x <= target.x + 1 &&
    ring.y <= target.y + 1 &&
    ring.x + ring.width >= target.x + target.width - 1 &&
    ring.y + ring.height >= target.y + target.height - 1 &&
    ring.width - target.width < 20 &&
    ring.height - target.height < 20
  );
}

/** The spotlight ring named `name` surrounds `target` (within a few pixels). */
export async function expectSpotlight(
  scope: Page | Frame,
  name: string,
  target: Locator,
): Promise<void> {
  const ring = scope.locator(`[data-sso-assistant-spotlight="${name}"]`);
  await waitInGuideFor(scope, `the spotlight "${name}" around its target`, async () => {
    await ring.waitFor({ state: 'attached', timeout: GUIDE_WAIT_MS });
    await expect
      .poll(
        async () => {
          const [r, t] = await Promise.all([ring.boundingBox(), target.boundingBox()]);
          return ringSurrounds(r, t);
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  });
}

export async function rehearsalState(page: Page): Promise<{
  apps: {
    displayName: string;
    saml: { identifiers: { value: string }[]; replyUrls: { value: string }[] };
    assignments: unknown[];
    saveCount: number;
  }[];
}> {
  return page.evaluate('window.rehearsal.state()');
}
