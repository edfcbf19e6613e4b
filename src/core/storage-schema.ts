// What the background keeps in extension storage, and under which key. Only the background writes
// these; other contexts ask it through messages. `local` survives restarts; `session` lives as
// long as the browser session (it outlives a stopped service worker, which keeps nothing in memory).

import type { WordOverrides } from './word-overrides';
import type { MetadataReport } from './metadata/inspect';
import type { EnableType } from './messages';
import type { StepId } from './steps';
import type { TransferProblemCode, TransferStep, TransferTarget } from './transfer-steps';

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

export interface LocalSchema {
  progress: Progress;
  /** Usable captures, newest first; the first is the one sent to Asset Panda. */
  captures: StoredMetadata[];
  portalCertificate: PortalCertificate | null;
  transfer: TransferRecord | null;
  /** The admin's own word overrides (options page, "Show me where it is"): word-overrides.ts. */
  wordOverrides: WordOverrides;
  mismatch: MismatchRecord | null;
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
}

export const localDefaults: LocalSchema = {
  progress: { steps: {}, guide: { dismissed: false, collapsed: false } },
  captures: [],
  portalCertificate: null,
  transfer: null,
  wordOverrides: {},
  mismatch: null,
};

export const sessionDefaults: SessionSchema = { frames: [] };
