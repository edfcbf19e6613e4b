// Recognises the pane's validation messages (docs/portal-facts.md#validation-messages) and
// maps each to a code the guide explains with what to do. An invalid text box is known by its
// attributes (`data-validatable-control-valid="false"`, docs/portal-facts.md#knockout-controls; `aria-invalid` in Fluent).
// Only one message text is known (English, the unique-identifier one), so the code comes from the
// confirmed rules applied to the value itself, which works in every language; the portal's own
// words are passed on as `message` for the guide to quote.

import { ownText } from '../../dom/text';
import { documentOf, textOf } from './dom';
import { type BasicSamlPane, type FieldKey, readRows } from './pane';

export type SamlProblemCode =
  | 'identifier-not-unique'
  | 'reply-url-https'
  | 'reply-url-too-long'
  | 'reply-url-characters'
  | 'duplicate'
  | 'other';

export interface SamlProblem {
  field: FieldKey;
  code: SamlProblemCode;
  /** The value the portal refuses. */
  value: string;
  /** The portal's message, as shown ('' when none could be read). */
  message: string;
}

/** Issues #11910/#46428 (2018, 2020): "Please enter an identifier which is unique within your organization." */
const NOT_UNIQUE_MESSAGE = /unique within your organi[sz]ation/i;
const MAX_REPLY_URL_LENGTH = 256; // ed-reply-url
const FORBIDDEN_REPLY_CHARACTERS = /[!$'(),;]/; // ed-reply-url

export function readValidationProblems(pane: BasicSamlPane): SamlProblem[] {
  const problems: SamlProblem[] = [];
  for (const field of ['identifier', 'replyUrl'] as const) {
    const rows = readRows(pane[field]);
    for (const row of rows) {
      if (!isInvalid(row.input)) continue;
      const message = messageOf(row.input);
      const siblings = rows.filter((r) => r !== row).map((r) => r.value.trim());
      problems.push({
        field,
        code: classifyProblem(field, row.value.trim(), message, siblings),
        value: row.value,
        message,
      });
    }
  }
  return problems;
}

function isInvalid(input: HTMLInputElement): boolean {
  return (
    input.getAttribute('data-validatable-control-valid') === 'false' ||
    input.getAttribute('aria-invalid') === 'true'
  );
}

/** The message tied to the box (`aria-describedby`), else the alert shown in its grid cell. */
function messageOf(input: HTMLInputElement): string {
  const doc = documentOf(input);
  const described = (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? doc.getElementById(id) : null))
    .filter((el): el is HTMLElement => !!el)
    // Its words, not the icon beside them (an aria-hidden "!").
    .map((el) => ownText(el).replace(/\s+/g, ' ').trim())
    .join(' ');
  if (described) return described;
  const cell = input.closest('td, [role="gridcell"]') ?? input.parentElement;
  const alert = [...(cell?.querySelectorAll('[role="alert"]') ?? [])].map(textOf).find(Boolean);
  return alert ?? '';
}

/**
 * Which confirmed rule the value breaks. Reply URLs: https only (http only on localhost), at most
 * 256 characters, none of ! $ ' ( ) , ;. Identifiers: unique in the tenant, which the portal
 * checks on its server, so an identifier that breaks no local rule is taken to be that one.
 */
function classifyProblem(
  field: FieldKey,
  value: string,
  message: string,
  siblings: readonly string[],
): SamlProblemCode {
  if (NOT_UNIQUE_MESSAGE.test(message)) return 'identifier-not-unique';
  if (field === 'replyUrl') {
    if (value.length > MAX_REPLY_URL_LENGTH) return 'reply-url-too-long';
    if (FORBIDDEN_REPLY_CHARACTERS.test(value)) return 'reply-url-characters';
    if (!isHttpsOrLocalhost(value)) return 'reply-url-https';
  }
  if (value && siblings.includes(value)) return 'duplicate';
  if (field === 'identifier' && value) return 'identifier-not-unique';
  return 'other';
}

function isHttpsOrLocalhost(value: string): boolean {
  try {
    const url = new URL(value);
    const local = url.hostname === 'localhost';
    return url.protocol === 'https:' || (local && url.protocol === 'http:');
  } catch {
    return false;
  }
}
