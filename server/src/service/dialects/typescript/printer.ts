// Turns fix intents on code scopes into text changes: the client's spelling and value forms, the file's quotes,
// indentation and trailing commas; new keys go into the literal that was written; imported and unknown values are
// never edited. Applying the same intents twice changes nothing the second time.
import { confluentKafkajsPathFor, kafkajsOptionForKey, type KafkajsPlace } from '../../catalog/kafkajsCatalog';
import { librdkafkaSpelling } from '../../catalog/librdkafkaCatalog';
import type { ConfigDocument, ConfigEntry, ConfigScope } from '../../model/configDocument';
import { findIntentEntry, type FixIntent, type PrintableValue, type TextChange } from '../../model/fixIntent';
import type { Value } from '../../model/value';
import { isBlockEntry, type CodeScopeHints, type LiteralInfo } from './toModel';

/** Keys kafkajs reads per send() call: an intent for them on a producer goes to the producer's send calls. */
const SEND_KEYS = new Set(['acks', 'compression.type', 'request.timeout.ms']);

const COMPRESSION_MEMBERS: Record<string, { kafkajs: string; confluent: string; number: number }> = {
  none: { kafkajs: 'None', confluent: 'None', number: 0 },
  gzip: { kafkajs: 'GZIP', confluent: 'GZIP', number: 1 },
  snappy: { kafkajs: 'Snappy', confluent: 'SNAPPY', number: 2 },
  lz4: { kafkajs: 'LZ4', confluent: 'LZ4', number: 3 },
  zstd: { kafkajs: 'ZSTD', confluent: 'ZSTD', number: 4 },
};

interface Spelling {
  /** Path inside the scope's object, dotted for nested options. */
  readonly path: string;
  /** How values are written: kafkajs forms (numbers, enum members) or librdkafka forms (strings). */
  readonly style: 'kafkajs' | 'confluent-kafkajs' | 'librdkafka';
}

/**
 * The changes that carry out every intent, or none at all when one of them cannot be written (an imported or unknown
 * value, a config with no literal to add a key to): half a fix — a "move" that removes without adding — is worse than none.
 */
export function printCodeFix(doc: ConfigDocument, intents: readonly FixIntent[]): TextChange[] {
  const printer = new CodePrinter(doc);
  for (const intent of expand(doc, intents)) printer.apply(intent);
  return printer.changes();
}

/** Redirects per-send keys of a kafkajs producer to its send calls (kafkajs ignores them on the producer). */
function expand(doc: ConfigDocument, intents: readonly FixIntent[]): FixIntent[] {
  const out: FixIntent[] = [];
  for (const intent of intents) {
    const scope = doc.scopes.find((s) => s.id === intent.scopeId);
    if (scope && scope.client === 'kafkajs' && scope.role === 'producer' && (intent.kind === 'set' || intent.kind === 'unset') && SEND_KEYS.has(intent.key)) {
      const sends = (scope.linked ?? []).filter((id) => {
        const s = doc.scopes.find((x) => x.id === id);
        return s && (s.role === 'send' || s.role === 'transaction-send');
      });
      // No send() call of this producer in the file: nowhere to write a setting kafkajs reads per call.
      if (sends.length === 0 && intent.kind === 'set') {
        if (!isKafkajsSendDefault(intent.key, intent.value)) out.push({ ...intent, scopeId: NOWHERE });
        continue;
      }
      for (const id of sends) {
        const s = doc.scopes.find((x) => x.id === id);
        if (!s || (s.role !== 'send' && s.role !== 'transaction-send')) continue;
        // A send that leaves the key to kafkajs' default needs no edit for a value equal to that default.
        if (intent.kind === 'set' && !s.entries.some((e) => e.key === intent.key) && isKafkajsSendDefault(intent.key, intent.value)) continue;
        out.push({ ...intent, scopeId: id });
      }
      continue;
    }
    out.push(intent);
  }
  return out;
}

/** A scope id no scope has: an intent sent there cannot be written, so nothing of its fix is. */
const NOWHERE = '\u0000nowhere';

function isKafkajsSendDefault(key: string, value: PrintableValue): boolean {
  if (key === 'acks') return value === 'all' || value === -1 || value === '-1';
  if (key === 'compression.type') return value === 'none';
  if (key === 'request.timeout.ms') return value === 30000;
  return false;
}

class CodePrinter {
  private edits: TextChange[] = [];
  /** Keys inserted per literal (by `{` offset), printed together at the end so several inserts share one edit. */
  private readonly inserts = new Map<number, { info: LiteralInfo; items: Array<{ path: string; text: string }> }>();
  private readonly wraps = new Map<number, { start: number; end: number; items: Array<{ path: string; text: string }> }>();
  private readonly removed = new Set<ConfigEntry>();
  /** Set when an intent cannot be written: then nothing is. */
  private failed = false;

  constructor(private readonly doc: ConfigDocument) {}

  apply(intent: FixIntent): void {
    const scope = this.doc.scopes.find((s) => s.id === intent.scopeId);
    const hints = scope?.printHints as CodeScopeHints | undefined;
    if (!scope || !hints) {
      this.failed = true;
      return;
    }
    switch (intent.kind) {
      case 'set':
        this.set(scope, hints, intent.key, intent.value);
        break;
      case 'remove': {
        // An entry of an older analysis of this text is found by place, key and value; one that is gone needs no removal.
        const found = this.locate(scope, intent.entry);
        if (found) this.remove(found.entry, found.hints);
        break;
      }
      case 'unset':
        for (const e of scope.entries) if (e.key === intent.key) this.remove(e, hints);
        break;
      case 'rename': {
        const found = this.locate(scope, intent.entry);
        if (found) this.rename(found.scope, found.hints, found.entry, intent.newKey);
        break;
      }
    }
  }

  changes(): TextChange[] {
    if (this.failed) return [];
    const all = this.collect();
    // Intents that collide (a key added after a property another intent removes): no consistent text, so none.
    for (let i = 1; i < all.length; i++) if (all[i]!.span.start < all[i - 1]!.span.end) return [];
    return all;
  }

  private collect(): TextChange[] {
    for (const { info, items } of this.inserts.values()) this.edits.push(...insertIntoLiteral(this.doc.text, info, items));
    for (const { start, end, items } of this.wraps.values()) {
      const arg = this.doc.text.slice(start, end);
      const inner = items.map((i) => i.text).join(', ');
      this.edits.push({ span: { start, end }, newText: start === end ? `{ ${inner} }` : `{ ...${arg}, ${inner} }` });
    }
    return this.edits.sort((a, b) => a.span.start - b.span.start);
  }

  private set(scope: ConfigScope, hints: CodeScopeHints, key: string, value: PrintableValue): void {
    const current = winnerOf(scope, hints, key, this.removed);
    if (current && current.value.kind === 'unknown') return this.fail(); // never edit what the analysis cannot see
    if (current && editable(current, hints) && !current.maybeOverridden) {
      const spelling = spellingOf(scope, hints, current.rawKey);
      const text = printValue(spelling, key, value, hints);
      if (text === undefined) return this.fail();
      if (sameValue(current.value, spelling, key, value)) return;
      // A second value for the same entry replaces the first (later intents win). A shorthand `{ idempotent }` is
      // written out: its name is its value.
      if (isShorthand(current)) this.edit({ span: current.span, newText: `${this.doc.text.slice(current.keySpan.start, current.keySpan.end)}: ${text}` });
      else this.edit({ span: current.valueSpan, newText: text });
      return;
    }
    if (current && sameValue(current.value, spellingOf(scope, hints, current.rawKey), key, value)) return;
    // A key added to the first config cannot override one node-rdkafka's topic config (read after it) sets.
    if (hints.laterKeys?.includes(key)) return this.fail();
    this.insert(scope, hints, key, value);
  }

  private insert(scope: ConfigScope, hints: CodeScopeHints, key: string, value: PrintableValue): void {
    const path = pathFor(scope, hints, key);
    if (!path) return this.fail();
    const spelling = spellingOf(scope, hints, path);
    const valueText = printValue(spelling, key, value, hints);
    if (valueText === undefined) return this.fail();
    const { block, name } = splitPath(scope, path);
    const into = this.placeFor(scope, hints, block);
    if (into === null) return this.fail();
    if (into) this.queue(into.literal, path, propertyText(into.rest, name, valueText, hints));
    else this.queueTop(hints, path, propertyText(block, name, valueText, hints));
  }

  /**
   * Where an option of `block` goes: the block's literal or, when the block is not written yet, the closest enclosing
   * block written inline (`kafkaJS: { retry: { … } }` inside an existing `kafkaJS` literal), with the blocks still to
   * open (`rest`); `undefined` for the top level; `null` when a block on the way is written but not inline (a
   * variable), which a new block would shadow.
   */
  private placeFor(scope: ConfigScope, hints: CodeScopeHints, block: string): { literal: LiteralInfo; rest: string } | undefined | null {
    const parts = block ? block.split('.') : [];
    for (let n = parts.length; n > 0; n--) {
      const ancestor = parts.slice(0, n).join('.');
      const literal = hints.blocks[ancestor];
      if (literal) return { literal, rest: parts.slice(n).join('.') };
      if (scope.entries.some((e) => e.rawKey === ancestor || e.rawKey.startsWith(`${ancestor}.`))) return null;
    }
    return undefined;
  }

  /** Queues a property for the scope's own literal (or the argument to wrap, or an empty argument list). */
  private queueTop(hints: CodeScopeHints, path: string, text: string): void {
    if (hints.target) this.queue(hints.target, path, text);
    else if (hints.wrap) {
      const w = this.wraps.get(hints.wrap.start) ?? { start: hints.wrap.start, end: hints.wrap.end, items: [] };
      if (!w.items.some((i) => i.path === path)) w.items.push({ path, text });
      this.wraps.set(hints.wrap.start, w);
    } else if (hints.argumentOffset !== undefined) {
      const w = this.wraps.get(hints.argumentOffset) ?? { start: hints.argumentOffset, end: hints.argumentOffset, items: [] };
      if (!w.items.some((i) => i.path === path)) w.items.push({ path, text });
      this.wraps.set(hints.argumentOffset, w);
    } else this.fail(); // a config that is no object literal, variable or empty argument list: no place for the key
  }

  private queue(info: LiteralInfo, path: string, text: string): void {
    const q = this.inserts.get(info.open) ?? { info, items: [] };
    const existing = q.items.find((i) => i.path === path);
    if (existing) existing.text = text;
    else q.items.push({ path, text });
    this.inserts.set(info.open, q);
  }

  private remove(entry: ConfigEntry, hints: CodeScopeHints): void {
    if (this.removed.has(entry)) return;
    if (!editable(entry, hints)) return this.fail();
    this.removed.add(entry);
    // The entry goes as a whole: earlier edits inside it (its value, its key) go with it.
    this.edits = this.edits.filter((e) => e.span.end <= entry.span.start || e.span.start >= entry.span.end);
    this.edits.push(removalOf(this.doc.text, entry));
  }

  /** Records an edit, replacing an earlier one of the same span. */
  private edit(change: TextChange): void {
    this.edits = this.edits.filter((e) => e.span.start !== change.span.start || e.span.end !== change.span.end);
    this.edits.push(change);
  }

  private fail(): void {
    this.failed = true;
  }

  /** The edit that gives an entry a new name where it is written: a property key, `conf['x'] = v` or `conf.x = v`. */
  private keyEdit(entry: ConfigEntry, name: string, hints: CodeScopeHints): TextChange {
    const text = this.doc.text;
    const before = text[entry.keySpan.start - 1];
    // `conf['linger.ms'] = v`: the name stays a string.
    if (before === '[' && /^['"`]/.test(text.slice(entry.keySpan.start, entry.keySpan.end))) return { span: entry.keySpan, newText: quote(name, hints) };
    // `conf.retries = v` with a name that is no identifier: `conf['retry.retries'] = v`.
    if (before === '.' && !IDENTIFIER.test(name)) return { span: { start: entry.keySpan.start - 1, end: entry.keySpan.end }, newText: `[${quote(name, hints)}]` };
    return { span: entry.keySpan, newText: printKey(name, hints) };
  }

  /**
   * The entry an intent names, in the intent's scope or (a send of confluent's KafkaJS API reports its producer's
   * entries) another scope of the document, with that scope's hints.
   */
  private locate(scope: ConfigScope, entry: ConfigEntry): { scope: ConfigScope; entry: ConfigEntry; hints: CodeScopeHints } | undefined {
    for (const s of [scope, ...this.doc.scopes.filter((x) => x !== scope)]) {
      const e = findIntentEntry(s.entries, entry);
      const hints = s.printHints as CodeScopeHints | undefined;
      if (e && hints) return { scope: s, entry: e, hints };
    }
    return undefined;
  }

  private rename(scope: ConfigScope, hints: CodeScopeHints, entry: ConfigEntry, newKey: string): void {
    if (!editable(entry, hints) || this.removed.has(entry)) return this.fail();
    const path = pathFor(scope, hints, newKey, entry);
    if (!path) return this.fail();
    const from = splitPath(scope, entry.rawKey);
    const to = splitPath(scope, path);
    if (from.block === to.block) {
      // A shorthand `{ idempotnet }` keeps reading its variable: `{ idempotent: idempotnet }`.
      if (isShorthand(entry)) this.edit({ span: entry.span, newText: `${printKey(to.name, hints)}: ${this.doc.text.slice(entry.keySpan.start, entry.keySpan.end)}` });
      else this.edit(this.keyEdit(entry, to.name, hints));
      return;
    }
    // Another block: move the value there (into the block when it is written inline, else as a new block in place).
    if (entry.value.kind === 'unknown' || entry.value.kind === 'null') return this.fail();
    const valueText = printValue(spellingOf(scope, hints, path), newKey, entry.value.value, hints);
    if (valueText === undefined) return this.fail();
    const into = this.placeFor(scope, hints, to.block);
    if (into === null) return this.fail();
    if (into) {
      this.remove(entry, hints);
      this.queue(into.literal, path, propertyText(into.rest, to.name, valueText, hints));
      return;
    }
    if (from.block !== '') {
      // Out of a block to the top level of the config.
      if (!hints.target) return this.fail();
      this.remove(entry, hints);
      this.queue(hints.target, path, propertyText(to.block, to.name, valueText, hints));
      return;
    }
    // A top-level property (not a `conf.x = v` statement) becomes a new block in its place.
    if (entry.span.start < (hints.target?.open ?? Infinity) || entry.span.end > (hints.target?.close ?? -Infinity)) return this.fail();
    this.removed.add(entry);
    this.edits.push({ span: entry.span, newText: propertyText(to.block, to.name, valueText, hints) });
  }
}

/**
 * The entry a `set` of `key` rewrites: the one the client reads. For confluent a top-level key beats the `kafkaJS`
 * block, and a block entry loses to the same key at the top level of the producer's client (a new top-level property
 * is written instead); otherwise the last. kafkajs reads an option only where it belongs (`retry.retries`, not a
 * top-level `retries` of the same model key).
 */
function winnerOf(scope: ConfigScope, hints: CodeScopeHints, key: string, removed: ReadonlySet<ConfigEntry> = new Set()): ConfigEntry | undefined {
  let list = scope.entries.filter((e) => e.key === key && !removed.has(e));
  if (scope.client === 'kafkajs') {
    const path = pathFor(scope, hints, key);
    list = list.filter((e) => e.rawKey === path);
  }
  if (scope.client === 'confluent-kafkajs') {
    const top = list.filter((e) => !isBlockEntry(e));
    if (top.length > 0) return top[top.length - 1];
    if (hints.linkedTopKeys?.includes(key)) return undefined;
  }
  return list[list.length - 1];
}

/**
 * Whether a `set` rewrites this entry where it is written; when not, the printer adds a new property that takes
 * effect (for fix checks on the model, which cannot print).
 */
export function codeRewritesInPlace(scope: ConfigScope, entry: ConfigEntry): boolean {
  const hints = scope.printHints as CodeScopeHints | undefined;
  if (!hints || entry.maybeOverridden || !editable(entry, hints)) return false;
  return winnerOf(scope, hints, entry.key) === entry;
}

/** A shorthand property (`{ idempotent }`): its name is also its value. */
function isShorthand(e: ConfigEntry): boolean {
  return e.keySpan.start === e.valueSpan.start && e.keySpan.end === e.valueSpan.end;
}

/** Whether an entry is written where its scope reads it, in a literal no other code uses (so it may be edited). */
function editable(entry: ConfigEntry, hints: CodeScopeHints | undefined): boolean {
  if (entry.origin.kind !== 'inline') return false;
  return !hints?.shared?.some((s) => entry.span.start < s.end && s.start < entry.span.end);
}

/** The nested block a path is written in (`retry`, `kafkaJS`, `kafkaJS.retry`; '' for none) and the name inside it. */
function splitPath(scope: ConfigScope, path: string): { block: string; name: string } {
  const prefixes = scope.client === 'confluent-kafkajs' ? ['kafkaJS.retry', 'kafkaJS'] : scope.client === 'kafkajs' ? ['retry'] : [];
  for (const p of prefixes) if (path.startsWith(`${p}.`)) return { block: p, name: path.slice(p.length + 1) };
  return { block: '', name: path };
}

/** `key: value`, or `block: { key: value }` for an option of a block that is not written yet. */
function propertyText(block: string, name: string, valueText: string, hints: CodeScopeHints): string {
  if (!block) return `${printKey(name, hints)}: ${valueText}`;
  const parts = block.split('.');
  let inner = `${printKey(name, hints)}: ${valueText}`;
  for (let i = parts.length - 1; i >= 0; i--) inner = `${printKey(parts[i]!, hints)}: { ${inner} }`;
  return inner;
}

/** Where a model key is written in a scope of this client (`retries` → `retry.retries` in kafkajs). */
function pathFor(scope: ConfigScope, hints: CodeScopeHints, key: string, near?: ConfigEntry): string | undefined {
  const place: KafkajsPlace = hints.place === 'send' ? 'send' : hints.place === 'client' ? 'client' : 'producer';
  if (scope.client === 'kafkajs') return kafkajsOptionForKey(key, place)?.path;
  if (scope.client === 'librdkafka') return librdkafkaSpelling(key);
  // confluent KafkaJS API: keep the block the key is already written in; else the kafkaJS block when there is one.
  if (hints.place === 'send') return kafkajsOptionForKey(key, 'send')?.path;
  const top = scope.entries.some((e) => e.key === key && !isBlockEntry(e)) || hints.linkedTopKeys?.includes(key) === true;
  const inBlock = near
    ? near.rawKey.startsWith('kafkaJS.')
    : !top && (scope.entries.some((e) => e.key === key && e.rawKey.startsWith('kafkaJS.')) || (!scope.entries.some((e) => e.key === key) && hints.blocks['kafkaJS'] !== undefined));
  const blockPath = confluentKafkajsPathFor(key);
  if (inBlock && blockPath) return `kafkaJS.${blockPath}`;
  return librdkafkaSpelling(key);
}

function spellingOf(scope: ConfigScope, hints: CodeScopeHints, path: string): Spelling {
  if (scope.client === 'librdkafka') return { path, style: 'librdkafka' };
  if (scope.client === 'kafkajs') return { path, style: 'kafkajs' };
  if (path.startsWith('kafkaJS.') || hints.place === 'send') return { path, style: 'confluent-kafkajs' };
  return { path, style: 'librdkafka' };
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function printKey(name: string, hints: CodeScopeHints): string {
  return IDENTIFIER.test(name) ? name : quote(name, hints);
}

function quote(s: string, hints: CodeScopeHints): string {
  const q = hints.quote;
  return q + s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n') + q;
}

/** A value in the form the client reads it: kafkajs numbers and enum members, librdkafka strings. */
function printValue(spelling: Spelling, key: string, value: PrintableValue, hints: CodeScopeHints): string | undefined {
  if (key === 'acks') {
    const n = value === 'all' ? -1 : Number(value);
    if (!Number.isFinite(n)) return undefined;
    // kafkajs and the typings of both librdkafka bindings take a number (`acks: 'all'` is a TS error there).
    return String(n);
  }
  if (key === 'compression.type' && typeof value === 'string') {
    const m = COMPRESSION_MEMBERS[value.toLowerCase()];
    if (spelling.style === 'kafkajs') {
      if (!m) return undefined;
      return hints.compressionEnum ? `${hints.compressionEnum}.${m.kafkajs}` : String(m.number);
    }
    if (spelling.style === 'confluent-kafkajs' && m && hints.compressionEnum && value !== 'snappy') return `${hints.compressionEnum}.${m.confluent}`;
    return quote(value.toLowerCase(), hints);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  // Numbers arrive as strings from Java-oriented rules (`'2147483647'`): write them as numbers.
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  if (value === 'true' || value === 'false') return value;
  return quote(value, hints);
}

/** Whether the written value already is the one an intent wants (so a second application changes nothing). */
function sameValue(current: Value, spelling: Spelling, key: string, value: PrintableValue): boolean {
  if (current.kind === 'unknown' || current.kind === 'null') return false;
  const v = current.value;
  if (key === 'acks') {
    const want = value === 'all' ? -1 : Number(value);
    const have = v === 'all' ? -1 : typeof v === 'string' ? Number(v) : v;
    return have === want && (spelling.style === 'librdkafka' || typeof v === 'number');
  }
  if (key === 'compression.type') {
    if (typeof value !== 'string') return Object.is(v, value) || v === value; // written as it is (moved from elsewhere)
    const m = COMPRESSION_MEMBERS[value.toLowerCase()];
    if (spelling.style === 'kafkajs') return m !== undefined && v === m.number;
    return typeof v === 'string' && typeof value === 'string' && v.toLowerCase() === value.toLowerCase();
  }
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return v === Number(value) || v === value;
  // Booleans arrive as strings from Java-oriented rules too (`'true'`), and are written as booleans.
  if (value === 'true' || value === 'false') return v === value || v === (value === 'true');
  return Object.is(v, value) || v === value; // NaN moved from elsewhere is NaN here too
}

/** Inserts keys at the end of an object literal in its own layout (one per line, or inline), keeping its trailing comma. */
function insertIntoLiteral(text: string, info: LiteralInfo, items: ReadonlyArray<{ text: string }>): TextChange[] {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (info.lastEnd === undefined) {
    // `{}` or an empty multi-line literal.
    if (info.multiline) {
      const closeLineStart = text.lastIndexOf('\n', info.close) + 1;
      const closeIndent = /^[ \t]*/.exec(text.slice(closeLineStart, info.close))![0];
      const body = items.map((i) => `${eol}${info.indent}${i.text},`).join('');
      return [{ span: { start: info.open + 1, end: info.close }, newText: `${body}${eol}${closeIndent}` }];
    }
    return [{ span: { start: info.open + 1, end: info.close }, newText: ` ${items.map((i) => i.text).join(', ')} ` }];
  }
  if (info.multiline && info.lastLineEnd !== undefined) {
    const trailing = info.trailingCommaEnd !== undefined;
    const lines = items.map((i, k) => `${eol}${info.indent}${i.text}${trailing || k < items.length - 1 ? ',' : ''}`).join('');
    // The comma after the last property and the new lines: one insertion when they go to the same place (the last
    // property ends its line), since the order of two insertions at one offset is up to whoever applies them.
    if (!trailing && info.lastEnd === info.lastLineEnd) return [{ span: { start: info.lastEnd, end: info.lastEnd }, newText: `,${lines}` }];
    const changes: TextChange[] = [];
    if (!trailing) changes.push({ span: { start: info.lastEnd, end: info.lastEnd }, newText: ',' });
    changes.push({ span: { start: info.lastLineEnd, end: info.lastLineEnd }, newText: lines });
    return changes;
  }
  if (info.trailingCommaEnd !== undefined) {
    return [{ span: { start: info.trailingCommaEnd, end: info.trailingCommaEnd }, newText: ` ${items.map((i) => `${i.text},`).join(' ')}` }];
  }
  return [{ span: { start: info.lastEnd, end: info.lastEnd }, newText: items.map((i) => `, ${i.text}`).join('') }];
}

/** Deletes a property with its comma (and its line when it stands alone), or a whole `conf.x = v;` statement. */
function removalOf(text: string, entry: ConfigEntry): TextChange {
  let start = entry.span.start;
  let end = entry.span.end;
  const skipWs = (i: number) => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    return i;
  };
  const after = skipWs(end);
  if (text[after] === ',' || text[after] === ';') end = after + 1;
  // When the property is alone on its line(s), the whole line goes (with a trailing line comment).
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const rest = text.slice(end, lineEnd);
  if (/^[ \t]*$/.test(before) && /^[ \t]*(\/\/.*)?\r?$/.test(rest)) {
    return { span: { start: lineStart, end: Math.min(lineEnd + 1, text.length) }, newText: '' };
  }
  // The only property of an inline literal: `{ acks: 0 }` becomes `{}`.
  let b = start - 1;
  while (b >= 0 && (text[b] === ' ' || text[b] === '\t')) b--;
  const a = skipWs(end);
  if (text[b] === '{' && text[a] === '}') return { span: { start: b + 1, end: a }, newText: '' };
  if (text[after] !== ',' && text[after] !== ';') {
    // The last property of an inline literal: take the comma before it instead.
    if (text[b] === ',') start = b;
  } else {
    end = skipWs(end);
  }
  return { span: { start, end }, newText: '' };
}

/** The name a rename to `key` writes in a code scope (kafkajs `retries` → `retry.retries`), near the entry renamed. */
export function printedKey(scope: ConfigScope, key: string, near: ConfigEntry): string {
  const hints = scope.printHints as CodeScopeHints | undefined;
  return (hints ? pathFor(scope, hints, key, near) : undefined) ?? key;
}

/**
 * The entry a `set` intent leaves in a code scope's model: the spelling and the typed value the printer writes
 * (kafkajs `acks: -1`, `compression: CompressionTypes.LZ4` = 3), so model-level checks of a fix read it as the client will.
 */
export function printedEntry(scope: ConfigScope, key: string, value: PrintableValue): { rawKey: string; value: Value } {
  const hints = scope.printHints as CodeScopeHints | undefined;
  // The name a new property gets (an entry rewritten in place keeps its own).
  const existing = scope.entries.filter((e) => e.key === key);
  const rawKey = (hints ? pathFor(scope, hints, key) : undefined) ?? existing[existing.length - 1]?.rawKey ?? key;
  const style = hints ? spellingOf(scope, hints, rawKey).style : 'librdkafka';
  if (key === 'acks') {
    const n = value === 'all' ? -1 : Number(value);
    return { rawKey, value: Number.isFinite(n) ? { kind: 'number', value: n } : { kind: 'string', value: String(value) } };
  }
  if (key === 'compression.type' && typeof value === 'string') {
    if (style !== 'kafkajs') return { rawKey, value: { kind: 'string', value: value.toLowerCase() } }; // always quoted (printValue)
    const m = COMPRESSION_MEMBERS[value.toLowerCase()];
    return { rawKey, value: m ? { kind: 'number', value: m.number } : { kind: 'string', value } };
  }
  if (typeof value === 'boolean') return { rawKey, value: { kind: 'boolean', value } };
  if (typeof value === 'number') return { rawKey, value: { kind: 'number', value } };
  if (/^-?\d+(\.\d+)?$/.test(value)) return { rawKey, value: { kind: 'number', value: Number(value) } };
  if (value === 'true' || value === 'false') return { rawKey, value: { kind: 'boolean', value: value === 'true' } };
  return { rawKey, value: { kind: 'string', value: key === 'compression.type' ? value.toLowerCase() : value } };
}
