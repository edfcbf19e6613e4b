// The transfer to Asset Panda (issue 6) as steps with stable ids, in order: the popup lists them,
// storage keeps the current one, tests and support staff rely on them. The background runs
// `find-tab` itself; the Asset Panda content script performs every other step on command, one at a
// time, so the background can stop before Save when any step fails. Why a transfer stopped, and
// why the background refused a request, are the codes at the end.

/** Asset Panda's "Enable for" choice on the SSO connection (the transfer sets it). */
export const ENABLE_TYPES = ['all', 'domains', 'disabled'] as const;
export type EnableType = (typeof ENABLE_TYPES)[number];

export const TRANSFER_STEPS = [
  'find-tab',
  'sign-in',
  'open-sso-page',
  'check-existing',
  'open-form',
  'enable-type',
  'connection-name',
  'domains',
  'metadata-file',
  'verify',
  'save',
  'read-back',
] as const;
export type TransferStep = (typeof TRANSFER_STEPS)[number];

/** Page steps: the transfer steps the Asset Panda content script performs (all but `find-tab`). */
export const PAGE_STEPS = TRANSFER_STEPS.filter(
  (step): step is Exclude<TransferStep, 'find-tab'> => step !== 'find-tab',
);
export type PageStep = (typeof PAGE_STEPS)[number];

/** The steps a transfer goes through: Domains only for "Enable for selected domains". */
export function plannedSteps(enableType: EnableType): TransferStep[] {
  return TRANSFER_STEPS.filter((step) => step !== 'domains' || enableType === 'domains');
}

/** The step after `step`, or null when `step` is the last. */
export function stepAfter(step: TransferStep, enableType: EnableType): PageStep | null {
  const plan = plannedSteps(enableType);
  const next = plan[plan.indexOf(step) + 1];
  return next && next !== 'find-tab' ? next : null;
}

/** What a stopped transfer names as the thing it could not find or set (a field or a control). */
export const TRANSFER_TARGETS = [
  'page',
  'settings',
  'preferences',
  'sso-tab',
  'add-button',
  'dialog',
  'connections-table',
  'enable-type',
  'connection-name',
  'domains',
  'metadata-file',
  'save-button',
] as const;
export type TransferTarget = (typeof TRANSFER_TARGETS)[number];

/**
 * Why a transfer stopped. Each has its own explanation in the popup; all but `connection-exists`
 * and `connections-unreadable` (which ask the admin) come with the manual path.
 */
export const TRANSFER_PROBLEMS = [
  'url-not-allowed', // the configured Asset Panda address is not on an allowed origin
  'tab-closed', // the Asset Panda tab was closed during the transfer
  'interrupted', // the browser stopped the transfer for too long to resume it safely
  'cancelled', // the admin cancelled
  'sign-in-timeout', // nobody signed in to Asset Panda in time
  'not-found', // a control on the way was not found with certainty (`target` says which)
  'field-not-set', // a field did not keep the value set (`target`)
  'field-invalid', // Asset Panda flags a field (`target`; `message` has its words)
  'connection-exists', // a connection of that name exists; the admin must decide
  'connections-unreadable', // the list of connections could not be read to check for one
  'save-refused', // Asset Panda did not save (`message` has its words)
  'not-confirmed', // the saved connection was not found in the list, or differs
  'page-error', // the content script met something it did not expect
  'page-language', // the page is in another language than the help page's (`message`: its lang)
] as const;
export type TransferProblemCode = (typeof TRANSFER_PROBLEMS)[number];

// Why the background refused a request: the `error` of every `Result` (messages.ts). A transfer
// that started and then stopped says why with one of TRANSFER_PROBLEMS, kept with the transfer; a
// refusal is only answered, never stored, so it is a type alone. A refusal with a message of its
// own has it as `requestError_<code>` or `transferRefused_<code>`; the others share
// `transferRefused_other`, which names the code.

/** The envelope, sender or payload did not pass `requestProblem`, or the background failed. */
type RouterRefusal = 'bad-envelope' | 'unknown-type' | 'sender-not-allowed' | 'bad-shape';

/** The background could not be reached, or did not answer (see messaging/send.ts). */
type DeliveryRefusal = 'no-reply' | 'unreachable' | 'internal-error';

/** A handler refused: what the request asked for cannot be done now, or is not allowed. */
type HandlerRefusal =
  | 'already-saving'
  | 'bad-domains'
  | 'bad-name'
  | 'bad-target'
  | 'bad-url'
  | 'bad-word'
  | 'capture-changed'
  | 'destination-changed'
  | 'invalid-asset-panda-url'
  | 'invalid-profile'
  | 'metadata-refused'
  | 'no-metadata'
  | 'no-portal-tab'
  | 'no-round-trip'
  | 'no-tab'
  | 'no-transfer'
  | 'page-not-ready'
  | 'policy-no-hosts'
  | 'portal-tab-not-answering'
  | 'profile-locked'
  | 'transfer-running';

export type RefusalCode = RouterRefusal | DeliveryRefusal | HandlerRefusal;
