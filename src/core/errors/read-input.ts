// Turns whatever the admin pastes (an error page's text, an address with `error_description`, a
// bare code) into plain text plus the facts the error names: its AADSTS code, the Reply URL, the
// Identifier, the directory, the attribute. Pasted text is untrusted and may be garbled: nothing
// here throws, and every piece is bounded.

const MAX_INPUT = 20_000;

export interface ErrorFacts {
  /** The text to match, with any address's error parameters decoded into it. */
  text: string;
  /** The AADSTS number, e.g. '50011' (from `AADSTS50011`, `?code=50011`, or a bare number). */
  code: string | null;
  /** A reply (redirect) URL the error names: what Cognito sent. */
  replyUrl: string | null;
  /** The application identifier the error names (AADSTS700016, 650056). */
  identifier: string | null;
  /** The directory the error names (AADSTS700016 "… in the directory 'contoso'"). */
  directory: string | null;
  /** The attribute a Cognito error names ("Invalid user attributes: email: …"). */
  attribute: string | null;
}

export function readErrorInput(raw: string): ErrorFacts {
  const text = plainText(raw.slice(0, MAX_INPUT));
  return {
    text,
    code: codeOf(text),
    replyUrl: replyUrlOf(text),
    identifier: quotedAfter(text, /application\s+with\s+identifier\s+/i),
    directory: quotedAfter(text, /in\s+the\s+directory\s+/i),
    attribute: /invalid\s+user\s+attributes?:\s*([\w:.-]{1,64})\s*:/i.exec(text)?.[1] ?? null,
  };
}

/** The text itself, plus the decoded error parameters of any address in it. */
function plainText(raw: string): string {
  const parts = [raw];
  for (const match of raw.matchAll(/https?:\/\/[^\s"'<>]+/gi)) {
    const url = safeUrl(match[0]);
    if (!url) continue;
    const params = new URLSearchParams(url.search || url.hash.replace(/^#/, ''));
    for (const name of ['error', 'error_description', 'error_codes', 'code'])
      for (const value of params.getAll(name))
        parts.push(name === 'code' ? `code=${value}` : value);
  }
  // A description pasted on its own may still be form-encoded (`Invalid+samlResponse%20or…`).
  if (/%[0-9a-f]{2}|\+/i.test(raw) && !/\s/.test(raw.trim())) parts.push(safeDecode(raw));
  return parts.join('\n');
}

function codeOf(text: string): string | null {
  const aadsts = /AADSTS\s*(\d{5,7})\b/i.exec(text);
  if (aadsts) return aadsts[1] ?? null;
  const param = /(?:\bcode=|error_codes=\[?)(\d{5,7})\b/i.exec(text);
  if (param) return param[1] ?? null;
  const bare = /^\s*(\d{5,7})\s*$/.exec(text.split('\n')[0] ?? '');
  return bare?.[1] ?? null;
}

/**
 * The reply URL in an AADSTS50011 text: the newer wording quotes it ("The redirect URI '…'
 * specified in the request"), and a SAML request may be pasted with its AssertionConsumerServiceURL.
 * Microsoft's own links (aka.ms, learn, login) are never it.
 */
function replyUrlOf(text: string): string | null {
  const quoted = /(?:reply\s+url|redirect\s+uri)\s+'([^']{1,2048})'/i.exec(text)?.[1];
  if (quoted) return quoted;
  const acs = /AssertionConsumerServiceURL="([^"]{1,2048})"/i.exec(text)?.[1];
  if (acs) return acs;
  for (const match of text.matchAll(/https?:\/\/[^\s"'<>]+/gi)) {
    const url = safeUrl(match[0]);
    if (url && /\/saml2\/idpresponse\/?$/i.test(url.pathname)) return url.origin + url.pathname;
  }
  return null;
}

function quotedAfter(text: string, lead: RegExp): string | null {
  const re = new RegExp(`${lead.source}'([^']{1,512})'`, 'i');
  return re.exec(text)?.[1] ?? null;
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return value.replaceAll('+', ' ');
  }
}
