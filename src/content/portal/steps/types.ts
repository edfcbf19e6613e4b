// A guide step as the portal content script sees it (after refined-github's feature files): what
// the page says about the step (observe), what to point at next (guide) and the button it offers
// there (its action). Each step is one module; the engine runs them isolated, so one failing
// never breaks another.

import type { MessageKey } from '../../../core/message-keys';
import type { ProviderProfile } from '../../../core/profile';
import type { PortalPlace } from '../../../core/route';
import type { PortalTarget } from '../site/locators';

/** A _locales key with its substitutions. */
export interface Note {
  key: MessageKey;
  substitutions: readonly string[];
}

export interface GuideStepContext {
  doc: Document;
  /** Where the admin is (from the top frame's route; `other` inside ReactView iframes). */
  place: PortalPlace;
  profile: ProviderProfile;
}

export interface ActionResult {
  ok: boolean;
  messages: string[];
  /** A wrong value is in the way: the guide asks before typing over it ("Replace"). */
  confirm?: boolean;
}

/**
 * A button the guide offers for a step ("Fill in", "Get it from Entra"), defined in the step's own
 * module. It types only into elements found with certainty and never presses Save: the admin
 * saves, the guide then verifies.
 */
export interface GuideStepAction {
  /** _locales key of the button. */
  label: 'fillIn' | 'getItFromEntra';
  /** It types into the page: offered only while the target is found with certainty. */
  typesIntoPage: boolean;
  /** `confirmed`: the admin chose "Replace" after the action asked (`confirm`). */
  run(profile: ProviderProfile, confirmed: boolean): Promise<ActionResult>;
}

/** What the guide does for the current step on this page. */
export interface Guidance {
  /** The element to spotlight, if any. */
  target?: PortalTarget;
  /** _locales key of the instruction at this point. */
  hint: MessageKey;
  /** The button the guide offers here, if any. */
  action?: GuideStepAction;
  /** Values the admin may want to copy, shown with Copy buttons. */
  copy?: readonly (keyof ProviderProfile | 'appName')[];
  /** Things the admin should know here (a validation message explained, a caveat). */
  notes?: readonly Note[];
}

/** One guide step in the portal: its module in this folder, its entry in STEP_MODULES (index.ts). */
export interface GuideStepModule {
  /** 'done' or 'todo' when this page shows it with certainty; null when it cannot tell. */
  observe(ctx: GuideStepContext): 'done' | 'todo' | null;
  /** Guidance when this is the current step, or null when this page has nothing for it. */
  guide(ctx: GuideStepContext): Guidance | null;
}
