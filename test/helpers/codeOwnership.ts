// Which parts of TS/JS code a fix may touch: the properties its intents name, and the insertion points of the literals it writes into.
import type { CodeScopeHints, LiteralInfo } from '../../server/src/service/dialects/typescript/toModel';
import type { ConfigDocument, ConfigEntry, ConfigScope } from '../../server/src/service/model/configDocument';
import type { FixIntent, TextChange } from '../../server/src/service/model/fixIntent';
import type { Span } from '../../server/src/service/model/span';

/** The scopes an intent may write to: its own and, for a kafkajs producer, its send calls (kafkajs reads acks there). */
function scopesOf(doc: ConfigDocument, intent: FixIntent): ConfigScope[] {
  const own = doc.scopes.find((s) => s.id === intent.scopeId);
  if (!own) return [];
  const out = [own];
  if (own.client === 'kafkajs' && own.role === 'producer') {
    for (const id of own.linked ?? []) {
      const s = doc.scopes.find((x) => x.id === id);
      if (s && (s.role === 'send' || s.role === 'transaction-send')) out.push(s);
    }
  }
  return out;
}

const blank = (c: string | undefined) => c === ' ' || c === '\t';

/**
 * The text an entry owns: the property itself, the blanks and the one comma (or `;`) around it, and its whole line with
 * the line break when nothing else stands on that line but a line comment.
 */
export function codeEntryRegion(text: string, e: ConfigEntry): Span {
  let start = e.span.start;
  while (start > 0 && blank(text[start - 1])) start--;
  if (text[start - 1] === ',') start--;
  let end = e.span.end;
  while (blank(text[end])) end++;
  if (text[end] === ',' || text[end] === ';') end++;
  while (blank(text[end])) end++;
  const lineStart = text.lastIndexOf('\n', e.span.start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (/^[ \t]*$/.test(text.slice(lineStart, e.span.start)) && /^[ \t]*(\/\/.*)?\r?$/.test(text.slice(end, lineEnd))) {
    return { start: Math.min(start, lineStart), end: Math.min(lineEnd + 1, text.length) };
  }
  return { start, end };
}

/** Names the keys and entries a list of intents is about (what a fix may change in the model). */
export function touchedKeys(intents: readonly FixIntent[]): Set<string> {
  const keys = new Set<string>();
  for (const i of intents) {
    if (i.kind === 'set' || i.kind === 'unset') keys.add(i.key);
    else {
      keys.add(i.entry.key);
      if (i.kind === 'rename') keys.add(i.newKey);
    }
  }
  return keys;
}

/**
 * Why a set of changes touches code outside what the intents own (`undefined` when it does not): the regions of the
 * inline entries of the keys and entries they name (in the scopes they write to), and, for keys they may add, the
 * insertion points of those scopes' literals, the argument a `{ ...arg, key }` wrap replaces, or an empty argument list.
 */
export function codeOwnershipProblem(doc: ConfigDocument, intents: readonly FixIntent[], changes: readonly TextChange[]): string | undefined {
  const text = doc.text;
  const regions: Span[] = [];
  const points = new Set<number>();
  const empties: Span[] = [];
  const literal = (l: LiteralInfo) => {
    if (l.lastEnd === undefined) empties.push({ start: l.open + 1, end: l.close });
    for (const p of [l.lastEnd, l.trailingCommaEnd, l.lastLineEnd]) if (p !== undefined) points.add(p);
  };
  for (const intent of intents) {
    for (const scope of scopesOf(doc, intent)) {
      const named = (e: ConfigEntry) =>
        ((intent.kind === 'set' || intent.kind === 'unset') && e.key === intent.key) ||
        ((intent.kind === 'remove' || intent.kind === 'rename') && (e === intent.entry || (e.span.start === intent.entry.span.start && e.span.end === intent.entry.span.end && e.key === intent.entry.key)));
      for (const e of scope.entries) if (e.origin.kind === 'inline' && named(e)) regions.push(codeEntryRegion(text, e));
      if (intent.kind === 'set' || intent.kind === 'rename') {
        const hints = scope.printHints as CodeScopeHints | undefined;
        if (!hints) continue;
        if (hints.target) literal(hints.target);
        for (const b of Object.values(hints.blocks)) literal(b);
        if (hints.wrap) regions.push(hints.wrap);
        if (hints.argumentOffset !== undefined) points.add(hints.argumentOffset);
      }
    }
  }
  for (const c of changes) {
    const { start, end } = c.span;
    if (start === end && points.has(start)) continue;
    if (regions.some((r) => r.start <= start && end <= r.end)) continue;
    if (empties.some((r) => r.start <= start && end <= r.end) && /^\s*$/.test(text.slice(start, end))) continue;
    return `change ${JSON.stringify(c)} (replacing ${JSON.stringify(text.slice(start, end))}) outside the owned regions ${JSON.stringify(regions)}, points ${JSON.stringify([...points])}, empty literals ${JSON.stringify(empties)}`;
  }
  return undefined;
}

/** Each scope's entries as `rawKey=value`, leaving out the keys in `skip`, sorted (scopes in document order). */
function entriesBesides(doc: ConfigDocument, skip: ReadonlySet<string>): string[][] {
  return doc.scopes.map((s) => s.entries.filter((e) => !skip.has(e.key)).map((e) => `${e.rawKey}=${JSON.stringify(e.value)}`).sort());
}

/** Why a fixed document differs from the original in entries the intents do not name (`undefined` when it does not). */
export function untouchedEntriesProblem(before: ConfigDocument, after: ConfigDocument, intents: readonly FixIntent[]): string | undefined {
  if (before.scopes.length !== after.scopes.length) return `${before.scopes.length} scopes became ${after.scopes.length}`;
  const skip = touchedKeys(intents);
  const a = entriesBesides(before, skip);
  const b = entriesBesides(after, skip);
  for (let i = 0; i < a.length; i++) {
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return `scope ${before.scopes[i]!.label}: ${JSON.stringify(a[i])} became ${JSON.stringify(b[i])}`;
  }
  return undefined;
}

/**
 * Two changes starting at one offset (`undefined` when there are none): their result depends on the order they are
 * applied in, which LSP clients and "fix all" choose differently.
 */
export function sameOffsetInsertions(changes: readonly TextChange[]): string | undefined {
  const seen = new Map<number, TextChange>();
  for (const c of changes) {
    const other = seen.get(c.span.start);
    if (other && (other.span.start === other.span.end || c.span.start === c.span.end)) return `${JSON.stringify(other)} and ${JSON.stringify(c)} start at one offset`;
    seen.set(c.span.start, c);
  }
  return undefined;
}
