// Whether a fix is sound: applied to the model, it leaves every value it writes valid and adds no start-up failure.
import type { ConfigEntry, ConfigScope } from '../model/configDocument';
import type { FixIntent } from '../model/fixIntent';
import { stringValue } from '../model/value';
import { printedEntry, printedKey } from '../dialects/typescript/printer';
import { fixModelOf, renameIsSound, type FixModel } from '../dialects';
import type { FindingFix } from '../rules/rule';
import type { Analysis } from './analysis';

/**
 * The scope as it would be after the intents, at the model level: no text is printed or parsed, so the
 * check is cheap enough to run on every fix a code action request offers.
 */
export function applyToScope(scope: ConfigScope, intents: readonly FixIntent[], model?: FixModel): { scope: ConfigScope; touched: Set<string> } {
  let entries: ConfigEntry[] = [...scope.entries];
  const touched = new Set<string>();
  // Which written entry each model entry comes from (none for a new one), for the dialect's precedence.
  const source = new Map<ConfigEntry, ConfigEntry | undefined>(entries.map((e) => [e, e]));
  for (const intent of intents) {
    if (intent.scopeId !== scope.id) continue;
    switch (intent.kind) {
      case 'set': {
        touched.add(intent.key);
        // Code clients get the spelling and typed value their printer writes (kafkajs `acks: -1`, not the string).
        const code = scope.client === 'java' ? undefined : printedEntry(scope, intent.key, intent.value);
        const value = code ? code.value : stringValue(String(intent.value));
        const last = entries.map((e) => e.key).lastIndexOf(intent.key);
        // The entry that takes effect is rewritten, unless the printer leaves it and writes a new one that wins.
        if (last >= 0 && (model?.inPlace(entries[last]!) ?? true)) {
          const rewritten = { ...entries[last]!, value, maybeOverridden: false };
          source.set(rewritten, source.get(entries[last]!));
          entries[last] = rewritten;
        } else {
          const at = { start: scope.span.end, end: scope.span.end };
          const added: ConfigEntry = { key: intent.key, rawKey: code?.rawKey ?? intent.key, value, keySpan: at, valueSpan: at, span: at, origin: { kind: 'inline' } };
          source.set(added, undefined);
          entries.push(added);
        }
        break;
      }
      case 'rename':
        touched.add(intent.newKey);
        entries = entries.map((e) => {
          if (e !== intent.entry) return e;
          // Code clients read the name the printer writes (kafkajs `retries` → `retry.retries`), not the model key.
          const renamed = { ...e, key: intent.newKey, rawKey: scope.client === 'java' ? intent.newKey : printedKey(scope, intent.newKey, e) };
          source.set(renamed, source.get(e));
          return renamed;
        });
        break;
      case 'remove':
        entries = entries.filter((e) => e !== intent.entry);
        break;
      case 'unset':
        entries = entries.filter((e) => e.key !== intent.key);
        break;
    }
  }
  // A default the analysis added for a key the file did not set gives way once the file sets it.
  for (const key of model?.defaulted ?? []) {
    if (entries.some((e) => e.key === key && e.origin.kind === 'inline')) entries = entries.filter((e) => e.key !== key || e.origin.kind === 'inline');
  }
  if (model?.settle) entries = model.settle(entries);
  // Where precedence is not document order (Spring), a renamed or new entry takes the place its name gives it.
  const rank = model?.rank;
  if (rank) {
    const ranked = entries.map((e, i) => ({ e, i, r: rank(source.get(e), e.key) }));
    ranked.sort((a, b) => (a.r === b.r ? a.e.keySpan.start - b.e.keySpan.start || a.i - b.i : a.r - b.r));
    entries = ranked.map((x) => x.e);
  }
  return { scope: { ...scope, entries }, touched };
}

const conflictKey = (c: { kind: string; key: string }) => `${c.kind}:${c.key}`;

/** False when the fix writes a value the client rejects or makes `new KafkaProducer(…)` fail where it did not. */
export function isSoundFix(analysis: Analysis, scopeId: string, fix: FindingFix): boolean {
  const before = analysis.scopes.get(scopeId);
  if (!before) return true;
  if (fix.intents.some((i) => i.kind === 'rename' && !renameIsSound(analysis.document, i.entry, i.newKey))) return false;
  const { scope, touched } = applyToScope(before.scope, fix.intents, fixModelOf(analysis.document, before.scope));
  const after = analysis.effectiveFor(scope, analysis.settings, analysis.document);
  for (const key of touched) if (after.get(key).invalid) return false;
  // A fix that repairs an invalid value may reveal a failure the invalid value hid (linger.ms=5ms → 5 shows that
  // delivery.timeout.ms is too small): compare with the scope as if the invalid values were left out, too.
  const hidden = before.scope.entries.filter((e) => touched.has(e.key) && before.effective.get(e.key).invalid);
  const baselines = [before.effective];
  if (hidden.length > 0) {
    const without = { ...before.scope, entries: before.scope.entries.filter((e) => !hidden.includes(e)) };
    baselines.push(analysis.effectiveFor(without, analysis.settings, analysis.document));
  }
  const existing = new Set(baselines.flatMap((b) => b.conflicts.filter((c) => c.throws !== false).map(conflictKey)));
  return after.conflicts.every((c) => c.throws === false || existing.has(conflictKey(c)));
}
