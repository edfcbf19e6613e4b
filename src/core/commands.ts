// Every command the background sends to a content script, defined once (after Bitwarden's typed
// messages): its name, the shape of its payload and what the content script answers. The request
// table (messages.ts) is the other direction. This table stays apart from it so that a content
// script, which must check each command it receives, bundles these few checks and not every
// request's: the portal frame script is held to 15 KB gzipped before the guide opens.

import { arr, bool, type Check, type Checked, literal, obj, optional, str } from './check';
import { ENABLE_TYPES, PAGE_STEPS } from './transfer-steps';
import { ASSETPANDA_WORD_TARGETS, isWordOverrides } from './word-overrides';

/** What the Asset Panda content script needs for one step; the bytes only for the upload. */
const transferJob = obj({
  enableType: literal(...ENABLE_TYPES),
  connectionName: str(100),
  domains: arr(str(253), 50),
  replaceExisting: bool,
  fileName: str(300),
  metadataBase64: optional(str(1_500_000)),
  /** Word overrides for Asset Panda's targets (policy's, then the admin's), tried first. */
  words: optional(isWordOverrides),
});

export const commands = {
  /** Show the guide in the portal's top frame (the admin called it back). */
  'guide/show': obj({}),
  /** Progress changed (a step observed in another frame): ask the background again. */
  'progress/changed': obj({}),
  /** Perform one step of a transfer in the Asset Panda tab, then report it. */
  'transfer/step': obj({
    transferId: str(64),
    step: literal(...PAGE_STEPS),
    /** The origin the background checked the tab against: the page must still be on it. */
    origin: str(300),
    job: transferJob,
  }),
  /** Let the admin point at `target` (teach by pointing); nothing is clicked or typed for them. */
  'teach/point': obj({ target: literal(...ASSETPANDA_WORD_TARGETS) }),
  /** Stop whatever step of that transfer runs (the admin cancelled). */
  'transfer/stop': obj({ transferId: str(64) }),
} as const satisfies Record<string, Check<unknown>>;

/**
 * What a content script answers to each command it takes. A frame that does not take a command
 * (another frame's, or a page that has moved to another origin) does not answer at all, and the
 * sender gets null. The Asset Panda commands are only accepted here: their outcome follows as a
 * `transfer/report` request, which survives a service worker stopped in between.
 */
export interface CommandResults {
  'guide/show': { shown: boolean };
  'progress/changed': { shown: boolean };
  'transfer/step': { accepted: true };
  'teach/point': { accepted: true };
  'transfer/stop': { accepted: true };
}

export type CommandName = keyof typeof commands;
export type CommandPayload<N extends CommandName> = Checked<(typeof commands)[N]>;
export type Command = {
  [N in CommandName]: { command: N; payload: CommandPayload<N> };
}[CommandName];

function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && Object.hasOwn(commands, value);
}

/** Checks the envelope and payload of a command; returns the reason it is refused, or null. */
export function commandProblem(message: unknown): string | null {
  if (!obj({ command: str(64), payload: (_: unknown): _ is unknown => true })(message))
    return 'bad-envelope';
  if (!isCommandName(message.command)) return 'unknown-command';
  if (!commands[message.command](message.payload)) return 'bad-shape';
  return null;
}
