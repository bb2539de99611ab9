// Fixes as model-level intents, and the text changes a dialect printer turns them into.
import type { ConfigEntry } from './configDocument';
import type { Span } from './span';

/** A value to write, in the client's own type; each dialect printer spells it (quotes, enums). */
export type PrintableValue = string | number | boolean;

/**
 * A change expressed on the model, independent of syntax. Printers make them idempotent: setting a
 * key to the value it already has, or removing an entry that is gone, changes nothing.
 */
export type FixIntent =
  /** Give `key` this value in the scope: rewrite its (last) occurrence, or add it when absent. */
  | { readonly kind: 'set'; readonly scopeId: string; readonly key: string; readonly value: PrintableValue }
  /** Delete one entry (its whole line or property, with its separator). */
  | { readonly kind: 'remove'; readonly scopeId: string; readonly entry: ConfigEntry }
  /** Replace only an entry's key, keeping its value. */
  | { readonly kind: 'rename'; readonly scopeId: string; readonly entry: ConfigEntry; readonly newKey: string }
  /** Delete every entry of `key` in the scope (used when a profile must unset something). */
  | { readonly kind: 'unset'; readonly scopeId: string; readonly key: string };

/** A replacement of a span of the original text. Changes from one print never overlap. */
export interface TextChange {
  readonly span: Span;
  readonly newText: string;
}

/**
 * The entry of `entries` an intent names: the same object when the intent was made on this analysis, else the entry
 * at the same place with the same key and value (an intent made on an older analysis). A moved entry, or another
 * setting that took a removed one's place (`key_password: yes` after `key-password: 16KB`), is not it, so replaying an
 * intent on its own result changes nothing. `undefined` when it is gone.
 */
export function findIntentEntry(entries: readonly ConfigEntry[], entry: ConfigEntry): ConfigEntry | undefined {
  if (entries.includes(entry)) return entry;
  return entries.find(
    (e) =>
      e.span.start === entry.span.start &&
      e.span.end === entry.span.end &&
      e.keySpan.start === entry.keySpan.start &&
      e.keySpan.end === entry.keySpan.end &&
      e.key === entry.key &&
      e.rawKey === entry.rawKey &&
      JSON.stringify(e.value) === JSON.stringify(entry.value),
  );
}
