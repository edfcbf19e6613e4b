// A step of the setup flow as the portal content script sees it (after refined-github's feature
// files): what the page says about the step (observe) and what to point at next (guide). Each
// step is a small module; the engine runs them isolated, so one failing never breaks another.

import type { MessageKey } from '../../../core/message-keys';
import type { ProviderProfile } from '../../../core/profile';
import type { PortalPlace } from '../../../core/route';
import type { StepId } from '../../../core/steps';
import type { PortalTarget } from '../site/locators';

/** A _locales key with its substitutions. */
export interface Note {
  key: MessageKey;
  substitutions: readonly string[];
}

export interface StepContext {
  doc: Document;
  /** Where the admin is (from the top frame's route; `other` inside ReactView iframes). */
  place: PortalPlace;
  profile: ProviderProfile;
}

/** What the guide does for the current step on this page. */
export interface Guidance {
  /** The element to spotlight, if any. */
  target?: PortalTarget;
  /** _locales key of the instruction at this point. */
  hint: MessageKey;
  /** An action the guide offers (a "Fill in" or "Get it from Entra" button), if any. */
  action?: 'fill-app-name' | 'fill-basic-saml' | 'fill-email-claim' | 'fetch-from-entra';
  /** Values the admin may want to copy, shown with Copy buttons. */
  copy?: readonly (keyof ProviderProfile | 'appName')[];
  /** Things the admin should know here (a validation message explained, a caveat). */
  notes?: readonly Note[];
}

export interface StepFeature {
  id: StepId;
  /** 'done' or 'todo' when this page shows it with certainty; null when it cannot tell. */
  observe(ctx: StepContext): 'done' | 'todo' | null;
  /** Guidance when this is the current step, or null when this page has nothing for it. */
  guide(ctx: StepContext): Guidance | null;
}
