// The _locales keys, as a type: English is the reference locale (a test holds every other one to
// its keys), so a key that is not in it, or a code without its message, does not compile. Only the
// type is imported: no bundle carries the JSON, the browser reads it from _locales.

import type english from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** A code as its part of a message key: `not-found` is `not_found` (keys cannot hold hyphens). */
type Underscored<S extends string> = S extends `${infer A}-${infer B}`
  ? `${A}_${Underscored<B>}`
  : S;

/** The key `codeKey` builds; a union of keys for a union of codes. */
export type CodeKey<
  P extends string,
  C extends string,
  S extends string = '',
> = `${P}_${Underscored<C>}${S extends '' ? '' : `_${S}`}`;

/**
 * The message key of `code` under `prefix` (and `suffix`): codeKey('transferProblem', 'not-found')
 * is 'transferProblem_not_found', codeKey('step', 'create-app', 'title') 'step_create_app_title'.
 * Its type is the exact key, so `t()` refuses it when a code of the union has no message.
 */
export function codeKey<P extends string, C extends string, S extends string = ''>(
  prefix: P,
  code: C,
  suffix?: S,
): CodeKey<P, C, S> {
  const key = `${prefix}_${code.replaceAll('-', '_')}`;
  return (suffix ? `${key}_${suffix}` : key) as CodeKey<P, C, S>;
}
