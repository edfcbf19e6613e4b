// A small shape checker for messages and stored data. Everything that crosses a context boundary
// is untrusted until one of these says otherwise; objects are strict (unknown keys are refused),
// strings are bounded, so a hostile or buggy sender cannot smuggle in more than the contract allows.

export type Check<T> = (value: unknown) => value is T;
export type Checked<C> = C extends Check<infer T> ? T : never;

const MAX_STRING = 2 * 1024 * 1024;

export const str =
  (max = MAX_STRING): Check<string> =>
  (value): value is string =>
    typeof value === 'string' && value.length <= max;

export const bool: Check<boolean> = (value): value is boolean => typeof value === 'boolean';

/** Exactly `value` (a flag such as `ok: true`). */
export const exactly =
  <const T extends boolean | null>(expected: T): Check<T> =>
  (value): value is T =>
    value === expected;

export const int: Check<number> = (value): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value);

export const literal =
  <const T extends string>(...values: readonly T[]): Check<T> =>
  (value): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || check(value);

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (value): value is T | null =>
    value === null || check(value);

export const arr =
  <T>(check: Check<T>, max = 1000): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.length <= max && value.every((item) => check(item));

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: undefined extends Checked<S[K]> ? K : never;
}[keyof S];
type ObjectOf<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]> } & {
  [K in OptionalKeys<S>]?: Checked<S[K]>;
};

export const obj =
  <S extends Shape>(shape: S): Check<ObjectOf<S>> =>
  (value): value is ObjectOf<S> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    // Own keys only, on both sides: `hasOwnProperty`, `constructor` or `__proto__` are keys of
    // every object's prototype, never of a shape, and a value is never read from a prototype.
    for (const key of Object.keys(record)) if (!Object.hasOwn(shape, key)) return false;
    for (const [key, check] of Object.entries(shape))
      if (!check(Object.hasOwn(record, key) ? record[key] : undefined)) return false;
    return true;
  };

/** An object with some of `keys`, each holding what `check` accepts (e.g. progress per step). */
export const partialRecord =
  <K extends string, T>(keys: readonly K[], check: Check<T>): Check<Partial<Record<K, T>>> =>
  (value): value is Partial<Record<K, T>> =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(
      ([key, item]) => (keys as readonly string[]).includes(key) && check(item),
    );
