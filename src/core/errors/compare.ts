// Puts the admin's own values beside what an error names, so the decoder can say "compare these
// two": the configured Reply URL and Identifier, the email claim, the certificates' dates, the
// assignment. Pure; the popup and the error-page explanation render the result.

import type { CertificateInfo } from '../metadata/types';
import type { ProviderProfile } from '../profile';
import type { StepRecord } from '../storage-schema';
import type { Comparison } from './entries';
import type { ErrorFacts } from './read-input';

/** What the decoder knows about this setup. */
export interface DecodeContext {
  profile: ProviderProfile;
  /** The tenant of the metadata Asset Panda holds (null when none is captured). */
  tenantId: string | null;
  certificates: readonly CertificateInfo[];
  /** The `assign-users` step as progress recorded it. */
  assignment: StepRecord | undefined;
  now: number;
}

/** Why two addresses differ, in the ways docs/cognito-entra-facts.md#entra-errors lists for AADSTS50011. */
export type DifferenceNote = 'trailing-slash' | 'scheme' | 'case' | 'host' | 'path';

export interface ComparedValue {
  what: Comparison;
  /** The setup's own values (one line each). */
  configured: string[];
  /** What the error names, when it names it. */
  inError: string | null;
  /** same/differs when both sides are known; ok/problem for checks on our side alone. */
  verdict: 'same' | 'differs' | 'unknown' | 'ok' | 'problem';
  note?: DifferenceNote;
}

export function compareValue(
  what: Comparison,
  facts: ErrorFacts,
  ctx: DecodeContext,
): ComparedValue {
  switch (what) {
    case 'reply-url':
      return sideBySide(what, ctx.profile.replyUrl, facts.replyUrl);
    case 'identifier':
      return sideBySide(what, ctx.profile.entityId, facts.identifier);
    case 'tenant':
      return {
        what,
        configured: ctx.tenantId ? [ctx.tenantId] : [],
        inError: facts.directory,
        verdict:
          !ctx.tenantId || !facts.directory ? 'unknown' : same(ctx.tenantId, facts.directory),
      };
    case 'claim':
      return {
        what,
        configured: [`${ctx.profile.claimName} ← ${ctx.profile.claimSource}`],
        inError: facts.attribute,
        verdict: 'unknown',
      };
    case 'certificates': {
      const valid = ctx.certificates.filter(
        (c) => Date.parse(c.notBefore) <= ctx.now && Date.parse(c.notAfter) > ctx.now,
      );
      return {
        what,
        configured: ctx.certificates.map(
          (c) => `${c.sha1} · ${c.notBefore.slice(0, 10)} → ${c.notAfter.slice(0, 10)}`,
        ),
        inError: null,
        verdict: ctx.certificates.length === 0 ? 'unknown' : valid.length ? 'ok' : 'problem',
      };
    }
    case 'assignment':
      return {
        what,
        configured: ctx.assignment?.at ? [ctx.assignment.at] : [],
        inError: null,
        verdict: ctx.assignment?.state === 'done' ? 'ok' : 'problem',
      };
  }
}

function sideBySide(what: Comparison, configured: string, inError: string | null): ComparedValue {
  if (inError === null) return { what, configured: [configured], inError, verdict: 'unknown' };
  const note = differenceOf(configured, inError);
  return {
    what,
    configured: [configured],
    inError,
    verdict: configured === inError ? 'same' : 'differs',
    ...(note ? { note } : {}),
  };
}

function same(a: string, b: string): 'same' | 'differs' {
  return a.toLowerCase() === b.toLowerCase() ? 'same' : 'differs';
}

/** The first way the two addresses differ that an admin can act on. */
export function differenceOf(expected: string, actual: string): DifferenceNote | undefined {
  if (expected === actual) return undefined;
  if (expected.replace(/\/+$/, '') === actual.replace(/\/+$/, '')) return 'trailing-slash';
  if (expected.toLowerCase() === actual.toLowerCase()) return 'case';
  const [e, a] = [parse(expected), parse(actual)];
  if (!e || !a || !/^https?:$/.test(e.protocol) || !/^https?:$/.test(a.protocol)) return undefined;
  if (e.protocol !== a.protocol) return 'scheme';
  if (e.host !== a.host) return 'host';
  return 'path';
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
