// @vitest-environment jsdom
// A new guide step is one module plus one entry in the list of steps: a fixture step, added after
// the portal's last step, is asked what the page shows and guides once the steps before it are
// done; the typecheck refuses a step in the list without its module. The order and the modules go
// through readSteps, the pass the engine makes over the real ones on every page change.

import { describe, expect, it, vi } from 'vitest';
import type { GuideStep, PortalGuideStep } from '../../../src/core/steps';
import { PORTAL_GUIDE_STEPS } from '../../../src/core/steps';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { STEP_MODULES } from '../../../src/content/portal/steps';
import { readSteps } from '../../../src/content/portal/steps/read';
import type { GuideStepModule } from '../../../src/content/portal/steps/types';

// The real modules' actions send requests; none runs here.
vi.mock('webextension-polyfill', () => ({ default: {} }));

/** The new step: its one module (what it sees, where it points). */
const checkFixture: GuideStepModule = {
  observe: ({ doc }) => (doc.querySelector('[data-fixture-done]') ? 'done' : 'todo'),
  guide: () => ({ hint: 'hint_in_pane', copy: ['entityId'] }),
};
/** ...and its one entry in the list, after the portal's last step. */
const order = [...PORTAL_GUIDE_STEPS, 'check-fixture'] as const;
const modules = { ...STEP_MODULES, 'check-fixture': checkFixture };

type Step = (typeof order)[number];
const progress = (done: readonly Step[]) => ({
  steps: Object.fromEntries(done.map((step) => [step, { state: 'done' as const }])),
});
const ctx = () => ({ doc: document, place: { kind: 'other' as const }, profile: DEFAULT_PROFILE });

describe('a new guide step', () => {
  it('is the current step once the steps before it are done, with its own guidance', () => {
    const read = readSteps(order, modules, progress(PORTAL_GUIDE_STEPS), ctx());
    expect(read.current).toBe('check-fixture');
    expect(read.guidance).toEqual({ hint: 'hint_in_pane', copy: ['entityId'] });
  });

  it('waits for the steps before it, in the order of the list', () => {
    const read = readSteps(order, modules, progress(['open-enterprise-apps']), ctx());
    expect(read.current).toBe('create-app');
    expect(read.guidance).not.toEqual(checkFixture.guide(ctx()));
  });

  it('reports what this page shows of it when that differs from what is stored', () => {
    document.body.innerHTML = '<p data-fixture-done></p>';
    const seen = readSteps(order, modules, progress(PORTAL_GUIDE_STEPS), ctx()).seen;
    expect(seen).toContainEqual({ step: 'check-fixture', state: 'done' });
    const stored = progress([...PORTAL_GUIDE_STEPS, 'check-fixture']);
    expect(readSteps(order, modules, stored, ctx()).seen).not.toContainEqual(
      expect.objectContaining({ step: 'check-fixture' }),
    );
  });

  it('cannot break the other steps by throwing', () => {
    const broken = { ...modules, 'check-fixture': { ...checkFixture, observe: () => fail() } };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const read = readSteps(order, broken, progress(['open-enterprise-apps']), ctx());
    expect(read.current).toBe('create-app');
    expect(quiet).toHaveBeenCalledWith('[sso-assistant] step', 'check-fixture', expect.any(Error));
    quiet.mockRestore();
  });
});

describe('the typecheck (npm run typecheck checks these lines)', () => {
  it('refuses a step in the list without its module', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    // @ts-expect-error 'check-fixture' is in the order but has no module
    const read = readSteps(order, STEP_MODULES, progress(PORTAL_GUIDE_STEPS), ctx());
    // Past the typecheck, the step would only be logged and skipped, its guidance missing.
    expect(read.guidance).toBeNull();
    expect(quiet).toHaveBeenCalledWith(
      '[sso-assistant] step',
      'check-fixture',
      expect.any(TypeError),
    );
    quiet.mockRestore();
  });

  it('refuses the portal steps without one of their modules', () => {
    const { 'assign-users': _dropped, ...rest } = STEP_MODULES;
    // @ts-expect-error STEP_MODULES must hold a module for every portal guide step
    const incomplete: Record<PortalGuideStep, GuideStepModule> = rest;
    expect(Object.keys(incomplete)).toHaveLength(PORTAL_GUIDE_STEPS.length - 1);
  });

  it('keeps the fixture id out of the real guide steps', () => {
    // @ts-expect-error the fixture step is not a guide step of the real flow
    const id: GuideStep = 'check-fixture';
    expect(id).toBe('check-fixture');
  });
});

function fail(): never {
  throw new Error('planted');
}
