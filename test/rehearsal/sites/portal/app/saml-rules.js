// The Basic SAML Configuration rules (reference §4.6, "Validation rules and messages"). Pure functions
// that return a label key (see labels.js) or null. Used by the Knockout pane directly and, through the
// shell, by the ReactView pane (reactview-host.js).

const FORBIDDEN_REPLY_CHARACTERS = /[!$'(),;]/; // ed-reply-url: must not contain ! $ ' ( ) , ;
const MAX_REPLY_URL_LENGTH = 256; // ed-reply-url: at most 256 characters per URI

function parseUrl(value) {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** ed-reply-url: https only, except localhost; at most 256 characters; none of ! $ ' ( ) , ; */
export function replyUrlError(value) {
  if (!value) return null;
  if (value.length > MAX_REPLY_URL_LENGTH) return 'errorReplyUrlTooLong';
  if (FORBIDDEN_REPLY_CHARACTERS.test(value)) return 'errorReplyUrlCharacters';
  const url = parseUrl(value);
  if (!url || !url.host) return 'errorInvalidUrl';
  const localhost = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && localhost))
    return 'errorReplyUrlHttps';
  return null;
}

/** Sign on URL and Logout Url: an absolute http(s) URL when given (guessed rule). */
export function optionalUrlError(value) {
  if (!value) return null;
  const url = parseUrl(value);
  return url && /^https?:$/.test(url.protocol) && url.host ? null : 'errorInvalidUrl';
}

/** Index on a reply URL row: empty or a whole number (guessed rule). */
export function indexError(value) {
  return value === '' || value === null || /^\d{1,5}$/.test(String(value)) ? null : 'errorIndex';
}

/** Identifiers must be unique within the tenant (issues #11910/#46428, an async server check). */
export function identifierInUse(model, objectId, value) {
  const wanted = value.trim().toLowerCase();
  return model.apps.some(
    (app) =>
      app.objectId !== objectId &&
      app.saml.identifiers.some((i) => i.value.trim().toLowerCase() === wanted),
  );
}

/** The same value twice in one list (guessed rule and message). */
export function duplicateIndexes(values) {
  const seen = new Map();
  const duplicates = new Set();
  values.forEach((v, i) => {
    const key = v.trim();
    if (!key) return;
    if (seen.has(key)) duplicates.add(i);
    else seen.set(key, i);
  });
  return duplicates;
}

/**
 * What the portal saves: rows without a value are dropped; when rows exist and none is Default, the
 * first one is.
 */
export function normalizeSaml(saml) {
  const pickDefault = (rows) => {
    if (rows.length && !rows.some((r) => r.isDefault)) rows[0] = { ...rows[0], isDefault: true };
    return rows;
  };
  return {
    identifiers: pickDefault(
      saml.identifiers
        .map((r) => ({ value: r.value.trim(), isDefault: Boolean(r.isDefault) }))
        .filter((r) => r.value),
    ),
    replyUrls: pickDefault(
      saml.replyUrls
        .map((r) => ({
          value: r.value.trim(),
          index:
            r.index === '' || r.index === null || r.index === undefined ? null : Number(r.index),
          isDefault: Boolean(r.isDefault),
        }))
        .filter((r) => r.value),
    ),
    signOnUrl: (saml.signOnUrl || '').trim(),
    relayState: (saml.relayState || '').trim(),
    logoutUrl: (saml.logoutUrl || '').trim(),
  };
}

export function sameSaml(a, b) {
  return JSON.stringify(normalizeSaml(a)) === JSON.stringify(normalizeSaml(b));
}

/**
 * Every rule at once, for a whole pane: `{ identifiers: [key|null], replyUrls: [{ value, index }],
 * signOnUrl, logoutUrl, valid }`. Uniqueness in the tenant is checked separately (async).
 */
export function validateSaml(saml) {
  const idDup = duplicateIndexes(saml.identifiers.map((r) => r.value));
  const replyDup = duplicateIndexes(saml.replyUrls.map((r) => r.value));
  const result = {
    identifiers: saml.identifiers.map((_r, i) => (idDup.has(i) ? 'errorDuplicateValue' : null)),
    replyUrls: saml.replyUrls.map((r, i) => ({
      value: replyUrlError(r.value.trim()) || (replyDup.has(i) ? 'errorDuplicateValue' : null),
      index: indexError(r.index),
    })),
    signOnUrl: optionalUrlError((saml.signOnUrl || '').trim()),
    logoutUrl: optionalUrlError((saml.logoutUrl || '').trim()),
  };
  result.valid =
    result.identifiers.every((e) => !e) &&
    result.replyUrls.every((e) => !e.value && !e.index) &&
    !result.signOnUrl &&
    !result.logoutUrl;
  return result;
}
