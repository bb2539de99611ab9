// A configuration value as the analyser knows it: a literal of some type, or explicitly unknown.

/**
 * What a dialect could resolve for a value. `.properties` values are always strings; code dialects
 * may know numbers, booleans and enum members, or nothing at all (`unknown`: env vars, parameters,
 * calls). Rules treat `unknown` as "could be anything" and stay silent.
 */
export type Value =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'unknown'; readonly reason: string };

export const stringValue = (value: string): Value => ({ kind: 'string', value });
export const numberValue = (value: number): Value => ({ kind: 'number', value });
export const booleanValue = (value: boolean): Value => ({ kind: 'boolean', value });
export const unknownValue = (reason: string): Value => ({ kind: 'unknown', reason });

/** `unknown` reasons code dialects use for values that are not configuration scalars. */
export const UNKNOWN_REASON = {
  /** An object literal (e.g. kafkajs `ssl: { ca }`): known to be an object, its content is not a setting. */
  object: 'an object',
  /** A function or class (callbacks such as `dr_cb`, `createPartitioner`). */
  function: 'a function',
  /** An array literal. */
  array: 'an array',
  /** `undefined` (an enum member that does not exist at run time, `void 0`): bindings stringify it to "undefined". */
  undefined: 'undefined at run time',
} as const;

export function isKnown(v: Value): v is Exclude<Value, { kind: 'unknown' }> {
  return v.kind !== 'unknown';
}

/**
 * The text a Java client would receive for a value: `.properties` strings as they are, numbers and
 * booleans via `String.valueOf`. `undefined` for values that are unknown or null.
 */
export function valueAsText(v: Value): string | undefined {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'number':
      return Number.isInteger(v.value) ? String(v.value) : String(v.value);
    case 'boolean':
      return v.value ? 'true' : 'false';
    default:
      return undefined;
  }
}
