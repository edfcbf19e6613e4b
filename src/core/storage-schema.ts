// What the background keeps in extension storage, and under which key. Only the background writes
// these; other contexts ask it through messages. `local` survives restarts; `session` lives as
// long as the browser session (it outlives a stopped service worker, which keeps nothing in memory).
// Content scripts can write `local` (a page's renderer, if compromised, could too), so nothing
// that acts without the admin lives there: the in-flight transfer is in `session`, which only the
// extension's own pages and background can reach (the default access level in Chrome and Firefox).
// Everything read back is shape-checked against the checks below; what fails reads as the default.

import {
  arr,
  bool,
  type Check,
  exactly,
  int,
  literal,
  nullable,
  obj,
  optional,
  partialRecord,
  str,
} from './check';
import { METADATA_WARNING_CODES } from './metadata/errors';
import { MAX_REPORT_LENGTH } from './mismatch-report';
import { isWordOverrides, type WordOverrides } from './word-overrides';
import type { MetadataReport } from './metadata/inspect';
import { STEP_IDS, type StepId } from './steps';
import {
  TRANSFER_PROBLEMS,
  TRANSFER_STEPS,
  TRANSFER_TARGETS,
  type EnableType,
  type TransferProblemCode,
  type TransferStep,
  type TransferTarget,
} from './transfer-steps';

export interface StepRecord {
  state: 'todo' | 'done' | 'blocked';
  at?: string;
  detail?: string;
}

/** The bottom corners the guide's panel keeps to (the admin moves it out of the way). */
export const GUIDE_CORNERS = ['left', 'right'] as const;
export type GuideCorner = (typeof GUIDE_CORNERS)[number];

export interface Progress {
  steps: Partial<Record<StepId, StepRecord>>;
  /** `corner` is absent in what versions before it stored: read it as 'right'. */
  guide: { dismissed: boolean; collapsed: boolean; corner?: GuideCorner };
}

export type MetadataSource = 'download' | 'url' | 'file' | 'paste';

/** A usable Federation Metadata XML document, as captured. */
export interface StoredMetadata {
  /** The exact bytes, base64, so Asset Panda gets the file byte for byte. */
  base64: string;
  fileName: string;
  source: MetadataSource;
  sourceUrl?: string;
  /** The Entra application it belongs to, when known (from the portal route or `?appid=`). */
  appId: string | null;
  capturedAt: string;
  report: MetadataReport & { ok: true };
}

/** The signing certificate the portal's SAML Certificates card shows, as the content script read it. */
export interface PortalCertificate {
  appId: string | null;
  thumbprint: string;
  metadataUrl: string | null;
  /** The card's Notification Email (the signed-in admin's address), when it could be read. */
  notificationEmail?: string;
  seenAt: string;
}

export interface TransferStepRecord {
  step: TransferStep;
  status: 'running' | 'done' | 'failed' | 'waiting';
  at: string;
}

/** Why a transfer stopped: the problem, the field or control it concerns, Asset Panda's words. */
export interface TransferProblem {
  code: TransferProblemCode;
  target?: TransferTarget;
  /** Text read from the Asset Panda page or the refused address: shown as text, never as markup. */
  message?: string;
}

/**
 * The one transfer (issue 6), a state machine the background advances step by step. Everything
 * it needs to resume after the service worker was stopped is here.
 */
export interface TransferRecord {
  id: string;
  status: 'running' | 'done' | 'failed' | 'waiting';
  enableType: EnableType;
  connectionName: string;
  domains: string[];
  /** The admin confirmed going on although a connection of that name exists. */
  replaceExisting: boolean;
  /** The Asset Panda origin the popup showed beside Send: only a tab on it is sent a step. */
  origin: string;
  /** The capture being sent, byte for byte, and the file name it is attached under. */
  metadataBase64: string;
  fileName: string;
  tabId: number | null;
  /** The current step (the last one, once the transfer ended). */
  step: TransferStep;
  /** What the transfer waits for: the admin to sign in, or the tab to come back to Asset Panda. */
  waitingFor: 'sign-in' | 'tab' | null;
  problem: TransferProblem | null;
  /** Written before Save is clicked; once set, Save is never clicked again for this transfer. */
  saveClickedAt: string | null;
  startedAt: string;
  updatedAt: string;
  /** Each step as it happened, oldest first. */
  steps: TransferStepRecord[];
}

/** A frame a content script runs in, as last reported (for routing commands to the right frame). */
export interface FrameRecord {
  tabId: number;
  frameId: number;
  url: string;
  top: boolean;
  seenAt: string;
}

/** Certificate reminders (issue 15): on unless the admin turned them off; which one was shown. */
export interface ReminderSettings {
  enabled: boolean;
  /** The key of the last reminder shown (`planReminders`), so none is shown twice. */
  shown: string | null;
}

export interface LocalSchema {
  progress: Progress;
  /** Usable captures, newest first; the first is the one sent to Asset Panda. */
  captures: StoredMetadata[];
  portalCertificate: PortalCertificate | null;
  /**
   * The Asset Panda origin the admin picked in the popup when no organization address is set.
   * Shown beside "Send to Asset Panda" every time, so a changed value cannot go unnoticed.
   */
  assetPandaChoice: string | null;
  reminders: ReminderSettings;
  /** The admin's own word overrides (options page, "Show me where it is"): word-overrides.ts. */
  wordOverrides: WordOverrides;
  mismatch: MismatchRecord | null;
}

/** A tab seen on Entra's SAML sign-in endpoint (issue 15: the sign-in test's round trip). */
export interface EntraVisit {
  tabId: number;
  at: string;
}

/** The last redacted mismatch report (mismatch-report.ts), kept locally until the next one. */
export interface MismatchRecord {
  site: 'assetpanda' | 'portal';
  target: string;
  text: string;
  at: string;
}

export interface SessionSchema {
  frames: FrameRecord[];
  /** The transfer the popup started in this browser session (never one read from `local`). */
  transfer: TransferRecord | null;
  entraVisits: EntraVisit[];
}

export const localDefaults: LocalSchema = {
  progress: { steps: {}, guide: { dismissed: false, collapsed: false } },
  captures: [],
  portalCertificate: null,
  assetPandaChoice: null,
  reminders: { enabled: true, shown: null },
  wordOverrides: {},
  mismatch: null,
};

export const sessionDefaults: SessionSchema = { frames: [], transfer: null, entraVisits: [] };

// The checks for what is read back. Typed against the interfaces above, so a field added there
// without its check does not compile.

const isoTime = str(64);
/** Bounds a page or a document could reach (a long subject, a long address): generous on purpose. */
const text = str(100_000);

const isStepRecord: Check<StepRecord> = obj({
  state: literal('todo', 'done', 'blocked'),
  at: optional(isoTime),
  detail: optional(str(500)),
});

const isProgress: Check<Progress> = obj({
  steps: partialRecord(STEP_IDS, isStepRecord),
  guide: obj({
    dismissed: bool,
    collapsed: bool,
    corner: optional(literal(...GUIDE_CORNERS)),
  }),
});

const isUsableReport: Check<MetadataReport & { ok: true }> = obj({
  ok: exactly(true),
  entityId: text,
  tenantId: nullable(str(64)),
  sso: obj({ redirect: nullable(text), post: nullable(text) }),
  certificates: arr(
    obj({ sha1: str(40), sha256: str(64), subject: text, notBefore: isoTime, notAfter: isoTime }),
    100,
  ),
  warnings: arr(obj({ code: literal(...METADATA_WARNING_CODES), message: text }), 100),
});

export const isStoredMetadata: Check<StoredMetadata> = obj({
  base64: str(1_500_000),
  fileName: str(300),
  source: literal('download', 'url', 'file', 'paste'),
  sourceUrl: optional(text),
  appId: nullable(str(64)),
  capturedAt: isoTime,
  report: isUsableReport,
});

const isPortalCertificate: Check<PortalCertificate> = obj({
  appId: nullable(str(64)),
  thumbprint: str(64),
  metadataUrl: nullable(text),
  seenAt: isoTime,
  notificationEmail: optional(str(320)),
});

export const isTransferProblem: Check<TransferProblem> = obj({
  code: literal(...TRANSFER_PROBLEMS),
  target: optional(literal(...TRANSFER_TARGETS)),
  message: optional(str(500)),
});

const TRANSFER_STATUSES = ['running', 'done', 'failed', 'waiting'] as const;

const isTransferRecord: Check<TransferRecord> = obj({
  id: str(64),
  status: literal(...TRANSFER_STATUSES),
  enableType: literal('all', 'domains', 'disabled'),
  connectionName: str(100),
  domains: arr(str(253), 50),
  replaceExisting: bool,
  origin: str(300),
  metadataBase64: str(1_500_000),
  fileName: str(300),
  tabId: nullable(int),
  step: literal(...TRANSFER_STEPS),
  waitingFor: nullable(literal('sign-in', 'tab')),
  problem: nullable(isTransferProblem),
  saveClickedAt: nullable(isoTime),
  startedAt: isoTime,
  updatedAt: isoTime,
  steps: arr(
    obj({ step: literal(...TRANSFER_STEPS), status: literal(...TRANSFER_STATUSES), at: isoTime }),
    500,
  ),
});

const isFrameRecord: Check<FrameRecord> = obj({
  tabId: int,
  frameId: int,
  url: text,
  top: bool,
  seenAt: isoTime,
});

export const localChecks: { [K in keyof LocalSchema]: Check<LocalSchema[K]> } = {
  progress: isProgress,
  captures: arr(isStoredMetadata, 5),
  portalCertificate: nullable(isPortalCertificate),
  assetPandaChoice: nullable(str(300)),
  reminders: obj({ enabled: bool, shown: nullable(str(200)) }),
  wordOverrides: isWordOverrides,
  mismatch: nullable(
    obj({
      site: literal('assetpanda', 'portal'),
      target: str(64),
      text: str(MAX_REPORT_LENGTH),
      at: isoTime,
    }),
  ),
};

export const sessionChecks: { [K in keyof SessionSchema]: Check<SessionSchema[K]> } = {
  frames: arr(isFrameRecord, 50),
  transfer: nullable(isTransferRecord),
  entraVisits: arr(obj({ tabId: int, at: isoTime }), 50),
};
