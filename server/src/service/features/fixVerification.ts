// Checks an edit on the model: quick fixes and profiles are offered only when they add no error to what they touch.
import type { ConfigScope } from '../model/configDocument';
import type { FixIntent, TextChange } from '../model/fixIntent';
import { analyze, type Analysis } from './analysis';
import { applyToScope } from './fixSoundness';
import { fixModelOf } from '../dialects';

/** Error-severity problems per rule id or syntax-problem code, with the severities the user configured. */
export function errorCounts(a: Analysis): Map<string, number> {
  const m = new Map<string, number>();
  const add = (code: string) => m.set(code, (m.get(code) ?? 0) + 1);
  for (const p of a.problems) if (p.severity === 'error') add(p.code);
  for (const f of a.findings) if (f.severity === 'error') add(f.rule.id);
  return m;
}

/** The codes that have more errors in `after` than in `before`. */
export function addedErrors(before: ReadonlyMap<string, number>, after: Analysis): string[] {
  return [...errorCounts(after)].filter(([code, n]) => n > (before.get(code) ?? 0)).map(([code]) => code);
}

/**
 * Applies non-overlapping changes computed against `text`, as LSP applies edits: an insertion at the start of a replaced
 * range goes before the replacement (applied last to first, so the replacement must be applied first).
 */
export function applyTextChanges(text: string, changes: readonly TextChange[]): string {
  let out = text;
  const order = changes.map((c, i) => ({ c, i })).sort((a, b) => b.c.span.start - a.c.span.start || b.c.span.end - a.c.span.end || b.i - a.i);
  for (const { c } of order) out = out.slice(0, c.span.start) + c.newText + out.slice(c.span.end);
  return out;
}

/** The scopes an edit of `ids` can change findings of: those scopes, the ones linked with them either way, and theirs. */
function neighbourhood(analysis: Analysis, ids: ReadonlySet<string>): Set<string> {
  const out = new Set(ids);
  // Two steps out: a client's other producers report its settings too (one finding for all of them), so an edit of one
  // producer can split that finding in two. The same holds for configs that spread one definition (shared entries).
  for (let step = 0; step < 2; step++) {
    const from = new Set(out);
    const spans = new Set<string>();
    for (const id of from) for (const e of analysis.scopes.get(id)?.scope.entries ?? []) spans.add(`${e.keySpan.start}:${e.keySpan.end}`);
    for (const { scope } of analysis.scopes.values()) {
      if (from.has(scope.id)) for (const l of scope.linked ?? []) out.add(l);
      if (scope.linked?.some((l) => from.has(l)) || scope.entries.some((e) => spans.has(`${e.keySpan.start}:${e.keySpan.end}`))) out.add(scope.id);
    }
  }
  return out;
}

/** The rules run on just some scopes (replaced where `replaced` has them): cheap, and no text is printed or parsed. */
function analyseScopes(analysis: Analysis, ids: ReadonlySet<string>, replaced: ReadonlyMap<string, ConfigScope>): Analysis {
  const scopes = analysis.document.scopes.filter((s) => ids.has(s.id)).map((s) => replaced.get(s.id) ?? s);
  return analyze({ ...analysis.document, scopes }, analysis.settings, analysis.effectiveFor, undefined, analysis.code);
}

const verdicts = new WeakMap<Analysis, Map<unknown, readonly string[]>>();
const baselines = new WeakMap<Analysis, Map<string, Map<string, number>>>();

/**
 * The rule ids an edit's intents would add errors for (empty: none), judged on the model of the scopes it touches and
 * their linked scopes: renaming `linger_ms=5ms` to `linger.ms` (whose value the client then rejects), `acks=0` next to
 * a `transactional.id`, a profile's `batch.size` above `buffer.memory`, or a value a rule the user raised to error
 * reports. Kept per analysis and `key` (a fix, a profile), so repeated requests on one version check each candidate once.
 */
export function errorsAddedBy(analysis: Analysis, key: unknown, intents: readonly FixIntent[]): readonly string[] {
  let known = verdicts.get(analysis);
  if (!known) verdicts.set(analysis, (known = new Map()));
  let added = known.get(key);
  if (added === undefined) {
    const touched = new Set(intents.map((i) => i.scopeId).filter((id) => analysis.scopes.has(id)));
    const replaced = new Map<string, ConfigScope>();
    for (const id of touched) {
      const scope = analysis.scopes.get(id)!.scope;
      replaced.set(id, applyToScope(scope, intents, fixModelOf(analysis.document, scope)).scope);
    }
    const ids = neighbourhood(analysis, touched);
    const baseKey = [...ids].sort().join('\u0000');
    let byIds = baselines.get(analysis);
    if (!byIds) baselines.set(analysis, (byIds = new Map()));
    let before = byIds.get(baseKey);
    if (!before) byIds.set(baseKey, (before = errorCounts(analyseScopes(analysis, ids, new Map()))));
    added = touched.size === 0 ? [] : addedErrors(before, analyseScopes(analysis, ids, replaced));
    known.set(key, added);
  }
  return added;
}
