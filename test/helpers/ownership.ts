// Which parts of a .properties text a fix may touch: the lines of the entries its intents name, and the insertion point.
import type { ConfigDocument, ConfigEntry } from '../../server/src/service/model/configDocument';
import type { FixIntent, TextChange } from '../../server/src/service/model/fixIntent';
import type { Span } from '../../server/src/service/model/span';

function terminatorBefore(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  if (c === 10) return text.charCodeAt(at - 2) === 13 ? 2 : 1;
  return c === 13 ? 1 : 0;
}

function terminatorAfter(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 13) return text.charCodeAt(at + 1) === 10 ? 2 : 1;
  return c === 10 ? 1 : 0;
}

/** Start of the natural line holding `at`. */
function naturalLineStart(text: string, at: number): number {
  let i = at;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/**
 * The region an entry owns: its whole logical line with its indentation and terminators on both sides, and the lines
 * holding only blanks and a continuation backslash right before it (Java joins those to the entry).
 */
export function entryRegion(text: string, e: ConfigEntry): Span {
  let start = naturalLineStart(text, e.span.start);
  for (;;) {
    const t = terminatorBefore(text, start);
    if (t === 0) break;
    const prevStart = naturalLineStart(text, start - t);
    if (!/^[ \t\f]*\\$/.test(text.slice(prevStart, start - t))) break;
    start = prevStart;
  }
  return { start: start - terminatorBefore(text, start), end: e.span.end + terminatorAfter(text, e.span.end) };
}

/** The entries a list of intents may change, in any scope of the document. */
export function ownedEntries(doc: ConfigDocument, intents: readonly FixIntent[]): ConfigEntry[] {
  const keys = new Set<string>();
  const named: ConfigEntry[] = [];
  for (const i of intents) {
    if (i.kind === 'set' || i.kind === 'unset') keys.add(i.key);
    if (i.kind === 'rename') keys.add(i.newKey);
    if (i.kind === 'remove' || i.kind === 'rename') named.push(i.entry);
  }
  const out: ConfigEntry[] = [];
  for (const scope of doc.scopes) {
    for (const e of scope.entries) {
      if (keys.has(e.key) || named.some((n) => n === e || (n.span.start === e.span.start && n.span.end === e.span.end && n.key === e.key))) out.push(e);
    }
  }
  return out;
}

/**
 * Why a set of changes touches text outside what the intents own (`undefined` when it does not). Insertions are allowed
 * at a scope's insertion point only.
 */
export function ownershipProblem(doc: ConfigDocument, intents: readonly FixIntent[], changes: readonly TextChange[]): string | undefined {
  const text = doc.text;
  const regions = ownedEntries(doc, intents).map((e) => entryRegion(text, e));
  for (const s of doc.scopes) {
    const at = s.insertOffset ?? text.length;
    regions.push({ start: at, end: at });
  }
  regions.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const r of regions) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else merged.push({ ...r });
  }
  for (const c of changes) {
    if (!merged.some((r) => r.start <= c.span.start && c.span.end <= r.end)) {
      return `change ${JSON.stringify(c)} outside the owned regions ${JSON.stringify(merged)} of ${JSON.stringify(text)}`;
    }
  }
  return undefined;
}

/** Applies non-overlapping changes computed against `text`; throws when two overlap or one lies outside. */
export function applyTextChanges(text: string, changes: readonly TextChange[]): string {
  const sorted = [...changes].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const c of sorted) {
    if (c.span.start < at || c.span.end > text.length || c.span.start > c.span.end) throw new Error(`overlapping or outside change ${JSON.stringify(c)}`);
    out += text.slice(at, c.span.start) + c.newText;
    at = c.span.end;
  }
  return out + text.slice(at);
}

/**
 * Whether replaying `intents` on the fixed document is ambiguous: a removed or renamed entry's place is now taken by an
 * identical entry (same span, key and value: `acks=1` twice, the first removed). Intents made on an older version find
 * their entry by exactly that, so the replay removes the second copy too; no position-based identity can tell them apart.
 */
export function ambiguousReplay(fixed: ConfigDocument, intents: readonly FixIntent[]): boolean {
  return intents.some(
    (i) =>
      (i.kind === 'remove' || i.kind === 'rename') &&
      fixed.scopes.some((s) =>
        s.entries.some(
          (e) =>
            e.span.start === i.entry.span.start &&
            e.span.end === i.entry.span.end &&
            e.key === i.entry.key &&
            JSON.stringify(e.value) === JSON.stringify(i.entry.value),
        ),
      ),
  );
}
