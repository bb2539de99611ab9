// Whether a fix is sound: applied to the model, it leaves every value it writes valid and adds no start-up failure.
import type { ConfigEntry, ConfigScope } from '../model/configDocument';
import type { FixIntent } from '../model/fixIntent';
import { stringValue } from '../model/value';
import { printedEntry } from '../dialects/typescript/printer';
import type { FindingFix } from '../rules/rule';
import type { Analysis } from './analysis';

/**
 * The scope as it would be after the intents, at the model level: no text is printed or parsed, so the
 * check is cheap enough to run on every fix a code action request offers.
 */
export function applyToScope(scope: ConfigScope, intents: readonly FixIntent[]): { scope: ConfigScope; touched: Set<string> } {
  let entries: ConfigEntry[] = [...scope.entries];
  const touched = new Set<string>();
  for (const intent of intents) {
    if (intent.scopeId !== scope.id) continue;
    switch (intent.kind) {
      case 'set': {
        touched.add(intent.key);
        // Code clients get the spelling and typed value their printer writes (kafkajs `acks: -1`, not the string).
        const code = scope.client === 'java' ? undefined : printedEntry(scope, intent.key, intent.value);
        const value = code ? code.value : stringValue(String(intent.value));
        const last = entries.map((e) => e.key).lastIndexOf(intent.key);
        if (last >= 0) entries[last] = { ...entries[last]!, value, maybeOverridden: false };
        else {
          const at = { start: scope.span.end, end: scope.span.end };
          entries.push({ key: intent.key, rawKey: code?.rawKey ?? intent.key, value, keySpan: at, valueSpan: at, span: at, origin: { kind: 'inline' } });
        }
        break;
      }
      case 'rename':
        touched.add(intent.newKey);
        entries = entries.map((e) => (e === intent.entry ? { ...e, key: intent.newKey, rawKey: intent.newKey } : e));
        break;
      case 'remove':
        entries = entries.filter((e) => e !== intent.entry);
        break;
      case 'unset':
        entries = entries.filter((e) => e.key !== intent.key);
        break;
    }
  }
  return { scope: { ...scope, entries }, touched };
}

const conflictKey = (c: { kind: string; key: string }) => `${c.kind}:${c.key}`;

/** False when the fix writes a value the client rejects or makes `new KafkaProducer(…)` fail where it did not. */
export function isSoundFix(analysis: Analysis, scopeId: string, fix: FindingFix): boolean {
  const before = analysis.scopes.get(scopeId);
  if (!before) return true;
  const { scope, touched } = applyToScope(before.scope, fix.intents);
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
