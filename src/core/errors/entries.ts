// The error decoder's table: every Entra (AADSTS) and Cognito error this setup can run into, as
// data (docs/cognito-entra-facts.md#entra-errors, #cognito-errors). Each entry says how to recognise
// the error, which of the admin's own values to put beside what the error names, and which step of
// the setup fixes it. The words (cause and fix) live in _locales as `decoder_<key>_cause` and
// `decoder_<key>_fix`, so the table stays free of language.

import type { MessageKey } from '../message-keys';
import type { StepId } from '../steps';

/** The values a decoded error is compared with (see `compare.ts`). */
export type Comparison =
  'reply-url' | 'identifier' | 'tenant' | 'claim' | 'certificates' | 'assignment';

/** The stems of the `decoder_…_cause` messages: an entry without its message does not compile. */
export type DecoderKey = MessageKey extends infer K
  ? K extends `decoder_${infer S}_cause`
    ? S
    : never
  : never;

export interface DecoderEntry {
  /** Stable id, also the locale key stem (`decoder_${key}_cause`). */
  key: DecoderKey;
  source: 'entra' | 'cognito';
  /** AADSTS number for Entra entries (several codes may share one entry). */
  codes?: readonly string[];
  /** Cognito entries: matched loosely, Cognito's "error descriptions are not fixed strings". */
  patterns?: readonly RegExp[];
  compare: readonly Comparison[];
  /** The setup step that fixes it ("Show me" opens it). */
  step: StepId;
}

export const DECODER_ENTRIES: readonly DecoderEntry[] = [
  // Entra: the Reply URL Cognito sent is not one the app has.
  {
    key: 'aadsts50011',
    source: 'entra',
    codes: ['50011'],
    compare: ['reply-url'],
    step: 'basic-saml',
  },
  // No app in this tenant has the AuthnRequest Issuer as its Identifier (typo, unsaved, other tenant).
  {
    key: 'aadsts700016',
    source: 'entra',
    codes: ['700016'],
    compare: ['identifier', 'tenant'],
    step: 'basic-saml',
  },
  // "Assignment required?" is Yes and the user (or a nested group) is not assigned.
  {
    key: 'aadsts50105',
    source: 'entra',
    codes: ['50105'],
    compare: ['assignment'],
    step: 'assign-users',
  },
  // The SP asked for an authentication context the user's sign-in does not meet.
  { key: 'aadsts75011', source: 'entra', codes: ['75011'], compare: [], step: 'test-sign-in' },
  // Entra's SAML URL opened directly (a bookmark, or a Sign on URL that points at Entra).
  { key: 'aadsts750054', source: 'entra', codes: ['750054'], compare: [], step: 'test-sign-in' },
  // The Issuer in the SAMLRequest is not the Identifier (AADSTS65005 points here too).
  {
    key: 'aadsts650056',
    source: 'entra',
    codes: ['650056', '65005'],
    compare: ['identifier'],
    step: 'basic-saml',
  },
  // No reply address in the request and none saved on the app.
  {
    key: 'aadsts900971',
    source: 'entra',
    codes: ['900971'],
    compare: ['reply-url'],
    step: 'basic-saml',
  },
  // The app requires signed requests; Cognito does not sign them in this setup.
  { key: 'aadsts76021', source: 'entra', codes: ['76021'], compare: [], step: 'basic-saml' },
  // A personal account or another tenant's account.
  {
    key: 'aadsts50020',
    source: 'entra',
    codes: ['50020'],
    compare: ['tenant'],
    step: 'assign-users',
  },
  // The account is not in this tenant (or the name was mistyped).
  {
    key: 'aadsts50034',
    source: 'entra',
    codes: ['50034'],
    compare: ['tenant'],
    step: 'test-sign-in',
  },
  // A Conditional Access policy blocks the app for this user.
  { key: 'aadsts53003', source: 'entra', codes: ['53003'], compare: [], step: 'test-sign-in' },
  // The NameID source attribute (e.g. user.mail) is empty for this user.
  {
    key: 'aadsts501241',
    source: 'entra',
    codes: ['501241'],
    compare: ['claim'],
    step: 'email-claim',
  },

  // Cognito (docs/cognito-entra-facts.md#cognito-errors). Order matters: the first match wins.
  {
    key: 'cognito_idp_initiated',
    source: 'cognito',
    patterns: [/invalid\s+samlresponse\s+or\s+relaystate/i],
    compare: [],
    step: 'test-sign-in',
  },
  {
    key: 'cognito_relaystate_missing',
    source: 'cognito',
    patterns: [/relaystate'?\s+is\s+not\s+present/i],
    compare: [],
    step: 'test-sign-in',
  },
  {
    key: 'cognito_relaystate_invalid',
    source: 'cognito',
    patterns: [/invalid\s+relaystate/i],
    compare: [],
    step: 'test-sign-in',
  },
  {
    key: 'cognito_attribute_required',
    source: 'cognito',
    patterns: [/invalid\s+user\s+attributes?:?.*the\s+attribute\s+is\s+required/i],
    compare: ['claim'],
    step: 'email-claim',
  },
  {
    key: 'cognito_attribute_empty',
    source: 'cognito',
    patterns: [/required\s+attribute\s+cannot\s+be\s+deleted/i],
    compare: ['claim'],
    step: 'email-claim',
  },
  {
    key: 'cognito_signature_invalid',
    source: 'cognito',
    patterns: [/saml\s+(response|assertion)\s+signature\s+is\s+invalid/i],
    compare: ['certificates'],
    step: 'download-metadata',
  },
  {
    key: 'cognito_certificate_expired',
    source: 'cognito',
    patterns: [
      /certificate.{0,40}(expired|not\s+valid|no\s+longer\s+valid)/i,
      /expired.{0,20}certificate/i,
    ],
    compare: ['certificates'],
    step: 'download-metadata',
  },
  {
    key: 'cognito_audience',
    source: 'cognito',
    patterns: [/audience\s+restriction/i, /application\s+with\s+identifier\s+not\s+found/i],
    compare: ['identifier'],
    step: 'basic-saml',
  },
  {
    key: 'cognito_requested_page',
    source: 'cognito',
    patterns: [/an\s+error\s+was\s+encountered\s+with\s+the\s+requested\s+page/i],
    compare: ['reply-url'],
    step: 'basic-saml',
  },
  {
    key: 'cognito_provider_username',
    source: 'cognito',
    patterns: [/invalid\s+providername\s*\/\s*username/i],
    compare: ['claim'],
    step: 'email-claim',
  },
  {
    key: 'cognito_username_too_long',
    source: 'cognito',
    patterns: [/'username'\s+failed\s+to\s+satisfy\s+constraint/i],
    compare: ['claim'],
    step: 'email-claim',
  },
  {
    key: 'cognito_attribute_too_long',
    source: 'cognito',
    patterns: [/length\s+less\s+than\s+or\s+equal\s+to\s+2048/i],
    compare: ['claim'],
    step: 'email-claim',
  },
  {
    key: 'cognito_timeout',
    source: 'cognito',
    patterns: [/\bsomething\s+went\s+wrong\b/i],
    compare: [],
    step: 'test-sign-in',
  },
];
