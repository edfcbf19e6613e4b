// What the guide tells the admin after "Fill in" and on the read-back: one message per thing to
// know or do, each a _locales key present in English and German with as many placeholders as it
// is given values.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import {
  explainFill,
  explainProblem,
  explainSaved,
  type FieldReport,
  type FillReport,
} from '../../../src/content/portal/saml/basic-saml';
import { explainClaimFill, type ClaimFillReport } from '../../../src/content/portal/saml/claims';
import type { Explanation } from '../../../src/content/portal/saml/explain';

type Messages = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const LOCALES: Record<string, Messages> = Object.fromEntries(
  ['en', 'de'].map((lang) => [
    lang,
    JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')),
  ]),
);

/** Every explanation resolves in both languages, with one placeholder per substitution. */
function expectResolvable(said: Explanation[]): void {
  for (const { key, substitutions } of said)
    for (const messages of Object.values(LOCALES)) {
      expect(messages, key).toHaveProperty(key);
      expect(Object.keys(messages[key]!.placeholders ?? {}), key).toHaveLength(
        substitutions.length,
      );
    }
}

const field = (change: Partial<FieldReport>): FieldReport => ({
  field: 'identifier',
  outcome: 'kept',
  expected: DEFAULT_PROFILE.entityId,
  wrong: null,
  others: [],
  default: 'unchanged',
  ...change,
});
const report = (identifier: Partial<FieldReport>, replyUrl: Partial<FieldReport> = {}) =>
  ({
    identifier: field(identifier),
    replyUrl: field({ field: 'replyUrl', expected: DEFAULT_PROFILE.replyUrl, ...replyUrl }),
    changed: false,
    complete: false,
  }) satisfies FillReport;

describe('explainFill', () => {
  it('says nothing when both values went in', () => {
    expect(explainFill(report({ outcome: 'added' }, { outcome: 'kept' }))).toEqual({
      messages: [],
      needsConfirmation: false,
    });
  });

  it('shows the wrong value next to the expected one and asks for "Replace"', () => {
    const said = explainFill(
      report({ outcome: 'needs-confirmation', wrong: 'urn:amazon:cognito:sp:us-east-1_WRONG' }),
    );
    expect(said).toEqual({
      messages: [
        {
          key: 'samlFill_needs_confirmation',
          substitutions: ['urn:amazon:cognito:sp:us-east-1_WRONG', DEFAULT_PROFILE.entityId],
        },
      ],
      needsConfirmation: true,
    });
    expectResolvable(said.messages);
  });

  it('explains each failure, a Default that did not hold, and the other values left alone', () => {
    const said = explainFill(
      report(
        { outcome: 'no-new-row' },
        { outcome: 'kept', default: 'failed', others: ['https://a.example/acs'] },
      ),
    ).messages;
    expect(said.map((s) => s.key)).toEqual([
      'samlFill_no_new_row',
      'samlFill_default_failed',
      'samlFill_others',
    ]);
    expectResolvable(said);
    const failures = (['not-found', 'reverted', 'not-editable'] as const).map(
      (outcome) => explainFill(report({ outcome })).messages[0]!.key,
    );
    expect(failures).toEqual(['samlFill_not_found', 'samlFill_reverted', 'samlFill_reverted']);
  });
});

describe('explainProblem', () => {
  it('explains each recognised validation message; an unknown one quotes the portal', () => {
    const codes = [
      'identifier-not-unique',
      'reply-url-https',
      'reply-url-too-long',
      'reply-url-characters',
      'duplicate',
    ] as const;
    const said = codes.map((code) =>
      explainProblem({ field: 'replyUrl', code, value: 'x', message: 'm' }),
    );
    expect(new Set(said.map((s) => s.key)).size).toBe(codes.length);
    expect(said.every((s) => s.substitutions.length === 0)).toBe(true);
    const other = explainProblem({
      field: 'replyUrl',
      code: 'other',
      value: 'x',
      message: 'Nope.',
    });
    expect(other).toEqual({ key: 'samlProblem_other', substitutions: ['Nope.'] });
    expectResolvable([...said, other]);
  });
});

describe('explainSaved', () => {
  it('says what is missing or different on the card, and nothing when it matches', () => {
    const said = explainSaved(
      { identifiers: [], replyUrls: [`${DEFAULT_PROFILE.replyUrl}/`] },
      { identifier: 'missing', replyUrl: 'different' },
      DEFAULT_PROFILE,
    );
    expect(said).toEqual([
      { key: 'samlSaved_missing', substitutions: [] },
      {
        key: 'samlSaved_different',
        substitutions: [`${DEFAULT_PROFILE.replyUrl}/`, DEFAULT_PROFILE.replyUrl],
      },
    ]);
    expectResolvable(said);
    expect(
      explainSaved(
        { identifiers: [DEFAULT_PROFILE.entityId], replyUrls: [DEFAULT_PROFILE.replyUrl] },
        { identifier: 'equal', replyUrl: 'includes' },
        DEFAULT_PROFILE,
      ),
    ).toEqual([]);
  });
});

describe('explainClaimFill', () => {
  it('says nothing when the form is ready, and what to set by hand when it is not', () => {
    const ready: ClaimFillReport = {
      name: 'filled',
      sourceKind: 'kept',
      sourceAttribute: 'chosen',
      complete: true,
    };
    expect(explainClaimFill(ready, DEFAULT_PROFILE)).toEqual([]);
    const said = [
      ...explainClaimFill(
        { ...ready, sourceAttribute: 'not-found', complete: false },
        DEFAULT_PROFILE,
      ),
      ...explainClaimFill(
        { name: 'occupied', sourceKind: 'skipped', sourceAttribute: 'skipped', complete: false },
        DEFAULT_PROFILE,
      ),
    ];
    expect(said).toEqual([
      { key: 'claimFill_incomplete', substitutions: ['emailaddress', 'user.mail'] },
      { key: 'claimFill_occupied', substitutions: [] },
    ]);
    expectResolvable(said);
  });
});
