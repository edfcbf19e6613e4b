import { DOMParser, type Document } from '@xmldom/xmldom';
import { MAX_NESTING_DEPTH, problem } from './errors';

// Characters XML 1.0 does not allow (C0 controls other than tab, LF and CR; lone surrogates;
// U+FFFE and U+FFFF). xmldom lets them through, so they are refused here.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

// xmldom's wording for the most common faults, put in plain words. Anything else is shown as is.
const PARSER_MESSAGES: [RegExp, string][] = [
  [/Opening and ending tag mismatch: "(.*)" != "(.*)"/, 'the element <$1> is closed by </$2>'],
  [/HierarchyRequestError: Only one element/, 'it has more than one top-level element'],
  [
    /NamespaceError: prefix is non-null and namespace is null/,
    'a namespace prefix is used but never declared',
  ],
  [
    /xml declaration which is only at the start/,
    'the <?xml …?> declaration is not at the very start',
  ],
  [/unclosed xml tag\(s\): (.*)/, 'it ends before these elements are closed: $1'],
  [/missing root element/, 'it has no element at all'],
];

/**
 * Parses untrusted text as XML, refusing what a metadata document never needs: a DOCTYPE (the door
 * to entity expansion and external fetches, so the parser never sees one), characters XML forbids,
 * absurd nesting (xmldom slows down quadratically with deeply nested namespace declarations), and
 * anything xmldom reports, down to its warnings about attributes without quotes or values.
 */
export function parseXml(text: string): Document {
  // Anywhere, in any case: a DOCTYPE cannot be legitimate in metadata, so no need to find out
  // whether it would have been inside a comment.
  if (/<!DOCTYPE/i.test(text)) throw problem('doctype-forbidden');

  const forbidden = FORBIDDEN_CHARACTER.exec(text);
  if (forbidden) {
    throw problem('not-xml', { reason: 'bad-characters', line: lineOf(text, forbidden.index) });
  }
  if (exceedsNestingDepth(text, MAX_NESTING_DEPTH)) {
    throw problem('not-metadata', { reason: 'too-deep' });
  }

  let first: { message: string; line: number | null } | undefined;
  const parser = new DOMParser({
    onError(level, message, context: { locator?: { lineNumber?: number } } | undefined) {
      // The one warning that is not a well-formedness fault: U+FFFD is a legal character.
      if (level === 'warning' && message.startsWith('Unicode replacement character')) return;
      const line = context?.locator?.lineNumber;
      first ??= { message, line: line !== undefined && line > 0 ? line : null };
      // Throwing makes xmldom stop and throw a ParseError.
      throw new Error(message);
    },
  });
  try {
    return parser.parseFromString(text, 'text/xml');
  } catch (error) {
    const message = first?.message ?? (error instanceof Error ? error.message : String(error));
    throw problem('not-xml', {
      reason: 'syntax',
      detail: plainParserMessage(message),
      line: first?.line ?? null,
    });
  }
}

function plainParserMessage(message: string): string {
  for (const [pattern, plain] of PARSER_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return match[0].replace(pattern, plain);
  }
  return message;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Whether elements nest deeper than `limit`, found with a linear scan of the markup (comments,
 * CDATA sections, processing instructions and quoted attribute values skipped). It only guards the
 * parser's running time: on malformed input it may count wrongly, and then the parser refuses it.
 */
export function exceedsNestingDepth(text: string, limit: number): boolean {
  let depth = 0;
  let i = text.indexOf('<');
  while (i !== -1) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x2f /* </ */) {
      depth--;
      i = text.indexOf('<', i + 2);
    } else if (next === 0x21 /* <! */ || next === 0x3f /* <? */) {
      const terminator = text.startsWith('<!--', i)
        ? '-->'
        : text.startsWith('<![CDATA[', i)
          ? ']]>'
          : next === 0x3f
            ? '?>'
            : '>';
      const end = text.indexOf(terminator, i + 2);
      if (end === -1) return false;
      i = text.indexOf('<', end + terminator.length);
    } else {
      let j = i + 1;
      let quote = 0;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e /* > */ || c === 0x3c /* < */) break;
      }
      if (j >= text.length) return false;
      if (depth + 1 > limit) return true;
      // A start tag opens a level; an empty-element tag (<x/>) is a leaf.
      if (text.charCodeAt(j) === 0x3e && text.charCodeAt(j - 1) !== 0x2f) depth++;
      i = text.indexOf('<', j);
    }
  }
  return false;
}
