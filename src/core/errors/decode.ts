// The error decoder: recognises an Entra or Cognito error in whatever the admin pasted (or what an
// error page's address carries), and says which entry of the table it is, with the setup's own
// values beside the error's. Anything else is "not recognised", with a way to look it up that
// sends only the code, never the pasted text.

import { DECODER_ENTRIES, type DecoderEntry } from './entries';
import { compareValue, type ComparedValue, type DecodeContext } from './compare';
import { readErrorInput } from './read-input';

import type { ProviderProfile } from '../profile';
import type { Progress, StoredMetadata } from '../storage-schema';

export type { DecodeContext } from './compare';

/** The decoder's view of this setup, from what the background stores. */
export function setupContext(
  setup: { profile: ProviderProfile; metadata: StoredMetadata | undefined; progress: Progress },
  now: number,
): DecodeContext {
  return {
    profile: setup.profile,
    tenantId: setup.metadata?.report.tenantId ?? null,
    certificates: setup.metadata?.report.certificates ?? [],
    assignment: setup.progress.steps['assign-users'],
    now,
  };
}

/** Microsoft's own lookup (docs/cognito-entra-facts.md#entra-errors); only the number leaves the machine. */
export const ENTRA_ERROR_LOOKUP = 'https://login.microsoftonline.com/error';

export type Decoded =
  | {
      recognised: true;
      /** The entry's key (`DECODER_ENTRIES`), its source and the step that fixes it. */
      key: DecoderEntry['key'];
      source: DecoderEntry['source'];
      step: DecoderEntry['step'];
      /** The AADSTS code as the admin will recognise it, or null for Cognito errors. */
      code: string | null;
      comparisons: ComparedValue[];
    }
  | {
      recognised: false;
      /** The AADSTS code seen, when there was one the table does not know. */
      code: string | null;
      lookupUrl: string;
    };

export function decodeError(input: string, ctx: DecodeContext): Decoded {
  const facts = readErrorInput(input);
  const entry = findEntry(facts.code, facts.text);
  if (!entry) {
    return {
      recognised: false,
      code: facts.code ? `AADSTS${facts.code}` : null,
      lookupUrl: facts.code
        ? `${ENTRA_ERROR_LOOKUP}?code=${encodeURIComponent(facts.code)}`
        : ENTRA_ERROR_LOOKUP,
    };
  }
  return {
    recognised: true,
    key: entry.key,
    source: entry.source,
    step: entry.step,
    code: entry.source === 'entra' && facts.code ? `AADSTS${facts.code}` : null,
    comparisons: entry.compare.map((what) => compareValue(what, facts, ctx)),
  };
}

/** An AADSTS code decides; without one, the first Cognito pattern that matches. */
function findEntry(code: string | null, text: string): DecoderEntry | undefined {
  if (code) return DECODER_ENTRIES.find((e) => e.codes?.includes(code));
  return DECODER_ENTRIES.find((e) => e.patterns?.some((p) => p.test(text)));
}
