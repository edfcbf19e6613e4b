// The setup flow: stable ids that the guide's `data-step`, storage,
// tests and support staff rely on. Order matters: it is the order the admin goes through.

export const STEP_IDS = [
  'open-enterprise-apps',
  'create-app',
  'choose-saml',
  'basic-saml',
  'email-claim',
  'download-metadata',
  'assign-users',
  'send-to-assetpanda',
  'test-sign-in',
] as const;

export type StepId = (typeof STEP_IDS)[number];
export type StepState = 'todo' | 'current' | 'done' | 'blocked';

/** Steps that happen in the Azure portal / Entra admin center (the guide's checklist). */
export const PORTAL_STEP_IDS = STEP_IDS.slice(0, 7) as readonly StepId[];

/**
 * Steps a portal frame may report with `step/observed`: the ones its pages show. The background
 * marks `download-metadata` itself when it stores a capture, and the steps after the portal happen
 * elsewhere, so a portal page (or a script on it) can never mark those done.
 */
export const PORTAL_OBSERVED_STEP_IDS = PORTAL_STEP_IDS.filter((id) => id !== 'download-metadata');
