// The guide steps: the setup flow the admin goes through, with stable ids that the guide's
// `data-step`, storage, tests and support staff rely on. Each id is listed where its step happens
// (the portal, then Asset Panda), so no other list repeats or slices them. Order matters: it is
// the order the admin goes through.
//
// Three kinds of step, one word each: guide steps (here), transfer steps (the parts of the
// `send-to-assetpanda` guide step, transfer-steps.ts) and page steps (the transfer steps the Asset
// Panda page performs, ibid.).

/** Guide steps in the Azure portal / Entra admin center: the portal guide's checklist. */
export const PORTAL_GUIDE_STEPS = [
  'open-enterprise-apps',
  'create-app',
  'choose-saml',
  'basic-saml',
  'email-claim',
  'download-metadata',
  'assign-users',
] as const;

/** Guide steps after the portal: the transfer into Asset Panda and the sign-in test there. */
export const ASSETPANDA_GUIDE_STEPS = ['send-to-assetpanda', 'test-sign-in'] as const;

export const GUIDE_STEPS = [...PORTAL_GUIDE_STEPS, ...ASSETPANDA_GUIDE_STEPS] as const;

export type GuideStep = (typeof GUIDE_STEPS)[number];
export type PortalGuideStep = (typeof PORTAL_GUIDE_STEPS)[number];
export type GuideStepState = 'todo' | 'current' | 'done' | 'blocked';

export const isPortalGuideStep = (step: string): step is PortalGuideStep =>
  (PORTAL_GUIDE_STEPS as readonly string[]).includes(step);

/**
 * Guide steps a portal frame may report with `step/observed`: the ones its pages show. The
 * background marks `download-metadata` itself when it stores a capture, and the Asset Panda steps
 * happen elsewhere, so a portal page (or a script on it) can never mark those done.
 */
export const PORTAL_OBSERVED_GUIDE_STEPS = PORTAL_GUIDE_STEPS.filter(
  (id) => id !== 'download-metadata',
);
