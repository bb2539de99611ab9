// Folds a list of fix intents over the entries a printer can edit: which values to rewrite, which entries to delete or rename, which keys to add.
import type { ConfigEntry } from './configDocument';
import { findIntentEntry, type FixIntent, type PrintableValue } from './fixIntent';

/** What a printer must write for a list of intents on one scope. */
export interface FixPlan {
  readonly values: Map<ConfigEntry, PrintableValue>;
  readonly removed: Set<ConfigEntry>;
  readonly renames: Map<ConfigEntry, string>;
  readonly inserts: Map<string, PrintableValue>;
}

export interface FixPlanOptions {
  /** Whether the printer can rewrite this entry's value in place (else a `set` adds the key). */
  readonly editable: (entry: ConfigEntry) => boolean;
  /**
   * When a `set` follows the removal of the only occurrence of its key, rewrite that entry instead of deleting it and
   * adding a new one (a file whose keys are placed by a framework keeps them where they are).
   */
  readonly reviveRemoved?: boolean;
}

/**
 * Intents are applied in order; later ones win (a `set` after an `unset` adds the key back). `real` are the entries of
 * the text being printed; an intent's entry is matched by identity or, when it comes from another analysis, by place,
 * key and value (an entry that took the place of a removed one, `key_password: yes` after `key-password: 16KB`, is
 * another setting and is left alone).
 */
export function planFix(real: readonly ConfigEntry[], intents: readonly FixIntent[], options: FixPlanOptions): FixPlan {
  const p: FixPlan = { values: new Map(), removed: new Set(), renames: new Map(), inserts: new Map() };
  const locate = (entry: ConfigEntry) => findIntentEntry(real, entry);
  for (const intent of intents) {
    switch (intent.kind) {
      case 'set': {
        if (intent.key === '') break;
        if (p.inserts.has(intent.key)) {
          p.inserts.set(intent.key, intent.value);
          break;
        }
        const live = real.filter((e) => e.key === intent.key && !p.removed.has(e));
        const winner = live[live.length - 1];
        if (winner && options.editable(winner)) {
          p.values.set(winner, intent.value);
          break;
        }
        const removed = winner || !options.reviveRemoved ? undefined : real.filter((e) => e.key === intent.key && p.removed.has(e)).pop();
        if (removed && options.editable(removed)) {
          p.removed.delete(removed);
          p.values.set(removed, intent.value);
        } else p.inserts.set(intent.key, intent.value);
        break;
      }
      case 'remove': {
        const e = locate(intent.entry);
        if (e) p.removed.add(e);
        break;
      }
      case 'rename': {
        const e = locate(intent.entry);
        if (e && !p.removed.has(e) && intent.newKey !== '') p.renames.set(e, intent.newKey);
        break;
      }
      case 'unset':
        for (const e of real) if (e.key === intent.key) p.removed.add(e);
        p.inserts.delete(intent.key);
        break;
    }
  }
  return p;
}
