// Every request a content script, the popup or the options page sends to the background, defined
// once (after Bitwarden's typed messages): its name, who may send it, the shape of its payload
// and, in `RequestResults`, what it answers. The background refuses a request from any other
// sender or of any other shape. Commands, the other direction, are in commands.ts.

import { MAX_REPORT_LENGTH } from './mismatch-report';
import {
  ASSETPANDA_WORD_TARGETS,
  isWordOverrides,
  MAX_WORD_LENGTH,
  type WordOverridesState,
} from './word-overrides';
import {
  arr,
  bool,
  type Check,
  type Checked,
  literal,
  nullable,
  obj,
  optional,
  str,
} from './check';
import { PORTAL_OBSERVED_STEP_IDS, STEP_IDS, type StepId } from './steps';
import type { Decoded } from './errors/decode';
import type { MetadataReport } from './metadata/inspect';
import type { ProviderProfile } from './profile';
import { isUserOptions, type Settings } from './settings';
import {
  GUIDE_CORNERS,
  isTransferProblem,
  type PortalCertificate,
  type Progress,
  type ReminderSettings,
  type MismatchRecord,
  type StoredMetadata,
  type TransferRecord,
} from './storage-schema';
import { ENABLE_TYPES, PAGE_STEPS, type RefusalCode } from './transfer-steps';

/** A checked document: its report, and what was stored (null when it was refused). */
export interface MetadataOutcome {
  report: MetadataReport;
  metadata: StoredMetadata | null;
}

/**
 * Who sent a message, as the background establishes it from `sender` (never from the payload).
 * `portal-top` is the portal's top document (frame 0 of a portal tab); `portal` any other frame
 * the portal content script runs in (a ReactView pane, a portal page framed by another site).
 */
export type Role = 'popup' | 'options' | 'portal' | 'portal-top' | 'assetpanda' | 'errorpage';
const PORTAL_FRAMES = ['portal', 'portal-top'] as const;

/**
 * Where "Send to Asset Panda" sends (shown beside it): the organization's origin from options or
 * policy, or the origin the admin picked; null until the admin picks one of `candidates`.
 */
export interface Destination {
  origin: string | null;
  source: 'organization' | 'chosen' | null;
  candidates: string[];
}

const metadataText = str(1_100_000); // a little over the 1 MB cap so the checker says `too-large`

export const requests = {
  /** A portal frame started (or navigated); whether it is the top one, the background knows. */
  'frame/hello': { from: PORTAL_FRAMES, payload: obj({}) },
  /** The popup asks for everything it shows. */
  'state/get': { from: ['popup', 'options'], payload: obj({}) },
  /** The options page saves the admin's options, all at once (a value left out is the default). */
  'options/set': { from: ['options'], payload: isUserOptions },
  /** "Start over": forget which steps are done (captured metadata stays). */
  'progress/reset': { from: ['popup'], payload: obj({}) },
  /** "Forget everything": captures, transfer state, the Asset Panda pick and progress. */
  'data/forget': { from: ['popup', 'options'], payload: obj({}) },
  /** The popup calls the guide back after the admin dismissed it. */
  'guide/show': { from: ['popup'], payload: obj({}) },
  /** The guide remembers it was dismissed, collapsed or moved to the other corner. */
  'guide/set': {
    from: PORTAL_FRAMES,
    payload: obj({
      dismissed: optional(bool),
      collapsed: optional(bool),
      corner: optional(literal(...GUIDE_CORNERS)),
    }),
  },
  /** A portal step's condition was seen to hold (or to fail) on the page. */
  'step/observed': {
    from: PORTAL_FRAMES,
    payload: obj({
      step: literal<StepId>(...PORTAL_OBSERVED_STEP_IDS),
      state: literal('done', 'todo', 'blocked'),
      detail: optional(str(500)),
    }),
  },
  /** Metadata the admin chose or pasted in the popup or options page. */
  'metadata/import': {
    from: ['popup', 'options'],
    payload: obj({
      text: metadataText,
      source: literal('file', 'paste'),
      fileName: optional(str(300)),
    }),
  },
  /** The bytes of a Federation Metadata XML download the content script saw the admin start. */
  'metadata/captured': {
    from: ['portal-top'],
    payload: obj({ base64: str(1_500_000), fileName: str(300), appId: nullable(str(64)) }),
  },
  /** The signing certificate and metadata URL the portal's SAML Certificates card shows. */
  'portal/certificate-seen': {
    from: ['portal-top'],
    payload: obj({
      appId: nullable(str(64)),
      thumbprint: str(64),
      metadataUrl: nullable(str(2000)),
      /** The card's Notification Email: the signed-in admin's own address (its domain is offered). */
      notificationEmail: optional(str(320)),
    }),
  },
  /** Fetch the App Federation Metadata Url (the portal shows it; the admin may also paste it). */
  'metadata/fetch-url': {
    from: ['popup', 'options', 'portal-top'],
    payload: obj({ url: str(2000) }),
  },
  /** The admin's click on "Send to Asset Panda". */
  'transfer/start': {
    from: ['popup'],
    payload: obj({
      enableType: literal(...ENABLE_TYPES),
      connectionName: str(100),
      domains: arr(str(253), 50),
      replaceExisting: optional(bool),
      /** The Asset Panda origin the popup showed beside the button (or the admin picked there). */
      origin: str(300),
      /** SHA-256 (hex) of the capture the popup showed: the transfer sends that one or none. */
      captureSha256: str(64),
    }),
  },
  /** The admin stops a transfer that has not clicked Save yet. */
  'transfer/cancel': { from: ['popup'], payload: obj({}) },
  /** The Asset Panda content script reports one step of a transfer (the step it was sent). */
  'transfer/report': {
    from: ['assetpanda'],
    payload: obj({
      transferId: str(64),
      step: literal(...PAGE_STEPS),
      status: literal('done', 'failed', 'waiting'),
      problem: optional(isTransferProblem),
    }),
  },
  /** An Asset Panda page (re)loaded: the background may resume a transfer in that tab. */
  'assetpanda/hello': { from: ['assetpanda'], payload: obj({}) },
  /** Issue 15: the popup shows the certificate reminders, and turns them on or off. */
  'reminders/get': { from: ['popup'], payload: obj({}) },
  'reminders/set': { from: ['popup'], payload: obj({ enabled: bool }) },
  /** The admin confirms in the popup that signing in to Asset Panda through Entra worked. */
  'sign-in/confirm': { from: ['popup'], payload: obj({}) },
  /** An Asset Panda page asks whether to watch for the admin arriving signed in after Entra. */
  'sign-in/check': { from: ['assetpanda'], payload: obj({}) },
  /** The page shows the admin signed in (after `sign-in/check` said to watch). */
  'sign-in/arrived': { from: ['assetpanda'], payload: obj({}) },
  /** "Show me": the guide on the step that fixes a decoded error, in the portal. */
  'guide/open-step': { from: ['popup'], payload: obj({ step: literal(...STEP_IDS) }) },
  /**
   * An error page (Cognito's, or Asset Panda's with `error` in its address) asks what its error
   * means: the address it was loaded at, which must be on the sender's own origin.
   */
  'error/explain': { from: ['errorpage', 'assetpanda'], payload: obj({ address: str(8000) }) },
  /** The popup turned the explanation on error pages on or off (after the permission prompt). */
  'error-pages/sync': { from: ['popup'], payload: obj({}) },
  /** A page found a target with no certainty: its redacted "This page looks different" report. */
  'mismatch/report': {
    from: ['assetpanda', ...PORTAL_FRAMES],
    payload: obj({ target: str(64), text: str(MAX_REPORT_LENGTH) }),
  },
  /** "Show me where it is": the admin will point at `target` on the transfer's Asset Panda page. */
  'teach/start': { from: ['popup'], payload: obj({ target: literal(...ASSETPANDA_WORD_TARGETS) }) },
  /** The options page replaces the admin's own word overrides (issue 13 part 6). */
  'words/set': { from: ['options'], payload: obj({ overrides: isWordOverrides }) },
  /** The admin confirmed the element they pointed at: its name becomes a word for `target`. */
  'words/teach': {
    from: ['assetpanda', ...PORTAL_FRAMES],
    payload: obj({ target: str(64), word: str(MAX_WORD_LENGTH) }),
  },
} as const satisfies Record<string, { from: readonly Role[]; payload: Check<unknown> }>;

export type RequestName = keyof typeof requests;
export type RequestPayload<N extends RequestName> = Checked<(typeof requests)[N]['payload']>;
export interface Request<N extends RequestName = RequestName> {
  type: N;
  payload: RequestPayload<N>;
}

/** A request's answer: what `RequestResults` says it returns, or why it was refused. */
export type Result<T> = ({ ok: true } & T) | { ok: false; error: RefusalCode };

export function isRequestName(value: unknown): value is RequestName {
  return typeof value === 'string' && Object.hasOwn(requests, value);
}

/** Checks the envelope and payload of a request; returns the reason it is refused, or null. */
export function requestProblem(message: unknown, role: Role | null): RefusalCode | null {
  if (!obj({ type: str(64), payload: (_: unknown): _ is unknown => true })(message))
    return 'bad-envelope';
  if (!isRequestName(message.type)) return 'unknown-type';
  const def = requests[message.type];
  if (!role || !(def.from as readonly Role[]).includes(role)) return 'sender-not-allowed';
  if (!def.payload(message.payload)) return 'bad-shape';
  return null;
}

/** What each request answers when it succeeds (`Result<…>` adds `ok`, or the refusal). */
export interface RequestResults {
  'frame/hello': { progress: Progress; profile: ProviderProfile };
  'state/get': {
    progress: Progress;
    captures: StoredMetadata[];
    portalCertificate: PortalCertificate | null;
    transfer: TransferRecord | null;
    settings: Settings;
    words: WordOverridesState;
    /** The last "This page looks different" report, if a page found something uncertain. */
    mismatch: MismatchRecord | null;
    /** Domains to offer for "Enable for selected domains", from what the portal showed. */
    suggestedDomains: string[];
    destination: Destination;
  };
  'options/set': { settings: Settings };
  'mismatch/report': object;
  'teach/start': object;
  'words/set': { words: WordOverridesState };
  'words/teach': { words: WordOverridesState };
  'guide/show': { tabId: number };
  'guide/set': { progress: Progress };
  'step/observed': { progress: Progress };
  'progress/reset': { progress: Progress };
  'data/forget': { progress: Progress };
  'metadata/import': MetadataOutcome;
  'metadata/captured': MetadataOutcome;
  'metadata/fetch-url': MetadataOutcome;
  'portal/certificate-seen': object;
  'transfer/start': { transfer: TransferRecord };
  'transfer/cancel': { transfer: TransferRecord };
  'transfer/report': object;
  'assetpanda/hello': object;
  'reminders/get': { reminders: ReminderSettings };
  'reminders/set': { reminders: ReminderSettings };
  'sign-in/confirm': { progress: Progress };
  'guide/open-step': { tabId: number };
  'sign-in/check': { watch: boolean };
  'sign-in/arrived': { progress: Progress };
  'error/explain': { decoded: Decoded | null };
  'error-pages/sync': { registered: boolean };
}
