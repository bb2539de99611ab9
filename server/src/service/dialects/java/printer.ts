// Prints fix intents on Java producer maps: `props.put(ProducerConfig.X_CONFIG, value);` in the file's own key style and
// indentation, values typed the way ConfigDef accepts them, pairs added to or removed from `Map.of(…)`.
import { JAVA_CONFIG_CONSTANTS } from '../../catalog/java/constants.generated';
import { resolveJavaKeyAnyVersion } from '../../catalog/javaCatalog';
import { NEWEST_JAVA_VERSION } from '../../catalog/versions';
import type { ConfigDocument, ConfigEntry, ConfigScope } from '../../model/configDocument';
import type { FixIntent, PrintableValue, TextChange } from '../../model/fixIntent';
import { planFix, type FixPlan } from '../../model/fixPlan';
import type { Span } from '../../model/span';
import { javaEntryInfo, type JavaPrintHints } from './index';

function hintsOf(scope: ConfigScope): JavaPrintHints {
  const h = (scope.printHints ?? {}) as Partial<JavaPrintHints>;
  return {
    ...(Array.isArray(h.dormant) ? { dormant: h.dormant } : {}),
    synthetic: Array.isArray(h.synthetic) ? h.synthetic : [],
    ...(typeof h.insertAfter === 'number' ? { insertAfter: h.insertAfter } : {}),
    ...(typeof h.receiver === 'string' ? { receiver: h.receiver } : {}),
    putMethod: h.putMethod === 'setProperty' ? 'setProperty' : 'put',
    ...(typeof h.mapOfClose === 'number'
      ? { mapOfClose: h.mapOfClose, mapOfKind: h.mapOfKind === 'ofEntries' ? 'ofEntries' : 'of', mapOfPairs: typeof h.mapOfPairs === 'number' ? h.mapOfPairs : 0 }
      : {}),
    ...(typeof h.constantClass === 'string' ? { constantClass: h.constantClass } : {}),
  };
}

const editableEntry = (e: ConfigEntry) => e.origin.kind === 'inline' && !e.maybeOverridden && javaEntryInfo(e) !== undefined;

/** Whether a `set` of this entry's key rewrites it in place (else the printer adds a `put`). */
export const javaRewritesInPlace = editableEntry;

function plan(scope: ConfigScope, intents: readonly FixIntent[]): FixPlan {
  const real = scope.entries.filter((e) => e.origin.kind === 'inline' && javaEntryInfo(e));
  return planFix(real, intents, { editable: editableEntry });
}

/** A Java string literal. */
export function javaStringLiteral(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

/**
 * Whether the file can name `cls` unqualified: it imports the class, or writes `Cls.MEMBER` outside its imports (a
 * static import of one constant does not bring the class itself into scope).
 */
function classInScope(cls: string, text: string): boolean {
  if (!text.includes(cls)) return false;
  if (new RegExp(`^[ \\t]*import[ \\t]+[\\w.]*\\b${cls}[ \\t]*;`, 'm').test(text)) return true;
  const code = text.replace(/^[ \t]*import\b[^;\n]*;/gm, '');
  return new RegExp(`(?<![\\w.])${cls}\\.[A-Z_]`).test(code);
}

/** The constant that names a key in the file's config class (or ProducerConfig), if Kafka has one. */
function constantFor(key: string, preferred: string | undefined, text: string): string | undefined {
  const classes = [preferred, 'ProducerConfig', 'CommonClientConfigs'].filter((c): c is string => !!c && classInScope(c, text));
  for (const cls of classes) {
    const hit = Object.entries(JAVA_CONFIG_CONSTANTS[cls] ?? {}).find(([, c]) => c.key === key);
    if (hit) return `${cls}.${hit[0]}`;
  }
  return undefined;
}

/**
 * A value as ConfigDef accepts it: a number for INT/LONG/DOUBLE keys, a boolean for BOOLEAN keys, a String otherwise
 * (ConfigDef parses Strings for every type). When the map holds only String values (a `Map<String, String>` or
 * `Properties`), Strings are written throughout.
 */
function javaValue(key: string, v: PrintableValue, stringsOnly: boolean): string {
  const type = resolveJavaKeyAnyVersion(key, NEWEST_JAVA_VERSION)?.type;
  const text = typeof v === 'string' ? v : String(v);
  if (!stringsOnly) {
    if (type === 'BOOLEAN' && (text === 'true' || text === 'false')) return text;
    if ((type === 'INT' || type === 'LONG') && /^-?\d+$/.test(text)) {
      const n = Number(text);
      if (type === 'INT' && Math.abs(n) <= 2147483647) return n === 2147483647 ? 'Integer.MAX_VALUE' : text;
      if (type === 'LONG') return Math.abs(n) > 2147483647 ? `${text}L` : text;
    }
    if (type === 'DOUBLE' && /^-?\d+(\.\d+)?$/.test(text)) return text.includes('.') ? text : `${text}.0`;
  }
  return javaStringLiteral(text);
}

function onlyStrings(scope: ConfigScope, hints: JavaPrintHints): boolean {
  if (hints.putMethod === 'setProperty') return true;
  const infos = scope.entries.map(javaEntryInfo).filter((i) => i && i.via !== 'factory');
  return infos.length > 0 && infos.every((i) => i!.valueExpr?.k === 'lit' && i!.valueExpr.type === 'String');
}

function lineStartOf(text: string, at: number): number {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  return s;
}

function lineEndOf(text: string, at: number): number {
  let e = at;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
  return e;
}

/** The end of the content of the line before a line start (the start itself when it is not one). */
function lineContentEnd(text: string, lineStart: number): number {
  let at = lineStart;
  if (text[at - 1] === '\n') at--;
  if (text[at - 1] === '\r') at--;
  return at;
}

function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** A whole statement (with its `;`), and its line when nothing else is on it. */
function statementRemoval(text: string, span: Span): Span {
  let end = span.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  if (text[end] === ';') end++;
  const ls = lineStartOf(text, span.start);
  const le = lineEndOf(text, end);
  if (text.slice(ls, span.start).trim() === '' && text.slice(end, le).trim() === '') {
    let after = le;
    if (text[after] === '\r' && text[after + 1] === '\n') after += 2;
    else if (text[after] === '\n' || text[after] === '\r') after += 1;
    return { start: ls, end: after };
  }
  return { start: span.start, end };
}

/** A `k, v` pair or `Map.entry(k, v)` argument with the comma that separates it from its neighbour. */
function argumentRemoval(text: string, span: Span): Span {
  let end = span.end;
  let i = end;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] === ',') {
    i++;
    while (i < text.length && /[ \t]/.test(text[i]!)) i++;
    return { start: span.start, end: i };
  }
  let start = span.start;
  let j = start - 1;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  if (text[j] === ',') start = j;
  return { start, end };
}

/** The changes of the intents; none at all when some cannot be written (a fix is applied whole or not offered). */
export function printJavaFix(doc: ConfigDocument, intents: readonly FixIntent[]): TextChange[] {
  const all: TextChange[] = [];
  for (const scope of doc.scopes) {
    const own = intents.filter((i) => i.scopeId === scope.id);
    if (own.length === 0) continue;
    const changes = printScope(doc.text, scope, plan(scope, own));
    if (!changes) return [];
    all.push(...changes);
  }
  // Producers built from one map (a `producerConfigs()` bean used by two factories) share its text: one fix for both
  // prints the same change twice, which is written once.
  const out: TextChange[] = [];
  for (const c of all.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)) {
    const prev = out[out.length - 1];
    if (prev && prev.span.start === c.span.start && prev.span.end === c.span.end && prev.newText === c.newText) continue;
    if (prev && c.span.start < prev.span.end) {
      if (prev.newText !== '' || c.newText !== '') return []; // two producers want different text in one place
      out[out.length - 1] = { span: { start: prev.span.start, end: Math.max(prev.span.end, c.span.end) }, newText: '' };
      continue;
    }
    out.push(c);
  }
  return out;
}

function printScope(text: string, scope: ConfigScope, p: FixPlan): TextChange[] | undefined {
  const hints = hintsOf(scope);
  const strings = onlyStrings(scope, hints);
  const out: TextChange[] = [];
  for (const [e, v] of p.values) {
    if (p.removed.has(e)) continue;
    const newText = javaValue(e.key, v, strings || isStringLiteral(e));
    if (text.slice(e.valueSpan.start, e.valueSpan.end) === newText) continue;
    out.push({ span: e.valueSpan, newText });
  }
  const removals: Span[] = [];
  for (const e of p.removed) {
    const info = javaEntryInfo(e);
    if (!info) continue;
    removals.push(info.via === 'mapOf' ? argumentRemoval(text, info.span) : statementRemoval(text, info.span));
  }
  // A putIfAbsent that did nothing because its key was set takes over once the key is removed or renamed: it goes too.
  const gone = new Set([...p.removed, ...p.renames.keys()].map((e) => e.key));
  for (const d of hints.dormant ?? []) {
    if (!gone.has(d.key) || p.inserts.has(d.key)) continue;
    const stillSet = scope.entries.some(
      (e) => e.key === d.key && e.span.start < d.span.start && !p.removed.has(e) && !p.renames.has(e) && javaEntryInfo(e) !== undefined && !javaEntryInfo(e)!.conditional,
    );
    if (!stillSet) removals.push(statementRemoval(text, d.span));
  }
  // Neighbouring `Map.of` pairs removed together may claim the same comma: one removal covers them.
  removals.sort((a, b) => a.start - b.start);
  for (const r of removals) {
    const last = out[out.length - 1];
    if (last && last.newText === '' && r.start <= last.span.end) out[out.length - 1] = { span: { start: last.span.start, end: Math.max(last.span.end, r.end) }, newText: '' };
    else out.push({ span: r, newText: '' });
  }
  for (const [e, newKey] of p.renames) {
    if (p.removed.has(e)) continue;
    const info = javaEntryInfo(e);
    const constant = info?.keyStyle.kind === 'constant' ? constantFor(newKey, info.keyStyle.cls, text) : undefined;
    out.push({ span: e.keySpan, newText: constant ?? javaStringLiteral(newKey) });
  }
  if (p.inserts.size > 0) {
    const items = [...p.inserts].map(([k, v]) => ({ key: constantFor(k, hints.constantClass, text) ?? javaStringLiteral(k), value: javaValue(k, v, strings) }));
    if (hints.mapOfClose !== undefined) {
      const removedPairs = scope.entries.filter((e) => javaEntryInfo(e)?.via === 'mapOf' && p.removed.has(e)).length;
      // Map.of takes at most ten pairs.
      if (hints.mapOfKind !== 'ofEntries' && (hints.mapOfPairs ?? 0) - removedPairs + items.length > 10) return undefined;
      // The new pairs need a comma when an argument is left before the closing parenthesis.
      let before = hints.mapOfClose - 1;
      while (before >= 0 && (/\s/.test(text[before]!) || removals.some((r) => r.start <= before && before < r.end))) before--;
      const empty = text[before] === '(';
      const parts = items.map((i) => (hints.mapOfKind === 'ofEntries' ? `Map.entry(${i.key}, ${i.value})` : `${i.key}, ${i.value}`));
      out.push({ span: { start: hints.mapOfClose, end: hints.mapOfClose }, newText: `${empty ? '' : ', '}${parts.join(', ')}` });
    } else if (hints.insertAfter !== undefined && hints.receiver) {
      // After the last statement that writes to the map, or before the lines removed from its end.
      let at = lineEndOf(text, hints.insertAfter);
      for (let moved = true; moved; ) {
        moved = false;
        for (const r of removals) {
          if (r.start < at && at < r.end) {
            at = lineContentEnd(text, r.start);
            moved = true;
          }
        }
      }
      const ls = lineStartOf(text, Math.max(0, hints.insertAfter - 1));
      const indent = /^[ \t]*/.exec(text.slice(ls))![0];
      const eol = eolOf(text);
      const lines = items.map((i) => `${eol}${indent}${hints.receiver}.${hints.putMethod}(${i.key}, ${i.value});`);
      out.push({ span: { start: at, end: at }, newText: lines.join('') });
    } else return undefined;
  }
  return out;
}

function isStringLiteral(e: ConfigEntry): boolean {
  const info = javaEntryInfo(e);
  return info?.valueExpr?.k === 'lit' && info.valueExpr.type === 'String';
}
