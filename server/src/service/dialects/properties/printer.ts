// Turns fix intents on a `.properties` document into minimal, non-overlapping text changes in the file's own style.
import type { ConfigDocument, ConfigEntry, ConfigScope } from '../../model/configDocument';
import { findIntentEntry, type FixIntent, type PrintableValue, type TextChange } from '../../model/fixIntent';
import type { LineEnding } from './parser';
import { parseProperties } from './parser';

interface Hints {
  readonly separator: string;
  readonly lineEnding: LineEnding;
  readonly endsWithLineTerminator: boolean;
  readonly danglingContinuation: boolean;
}

/**
 * Prints all intents against the original text at once. Intents are applied to a plan in order (so for one key the
 * last intent wins) and only the plan's net effect becomes text.
 */
export function printPropertiesFix(doc: ConfigDocument, intents: readonly FixIntent[]): TextChange[] {
  const changes: TextChange[] = [];
  for (const scope of doc.scopes) {
    const own = intents.filter((i) => i.scopeId === scope.id);
    if (own.length > 0) changes.push(...printScope(doc.text, scope, own));
  }
  return mergeChanges(changes);
}

function printScope(text: string, scope: ConfigScope, intents: readonly FixIntent[]): TextChange[] {
  const entries = scope.entries;
  const removed: boolean[] = new Array(entries.length).fill(false);
  const newKeys: (string | undefined)[] = new Array(entries.length).fill(undefined);
  const newValues: (string | undefined)[] = new Array(entries.length).fill(undefined);
  const inserts: { key: string; value: string }[] = [];
  const currentKey = (i: number): string => newKeys[i] ?? entries[i].key;
  const lastWithKey = (key: string, wasRemoved: boolean): number => {
    for (let i = entries.length - 1; i >= 0; i--) if (removed[i] === wasRemoved && currentKey(i) === key) return i;
    return -1;
  };

  for (const intent of intents) {
    // An empty key cannot be written after a blank separator and no producer setting has one: never print it.
    if ((intent.kind === 'set' && intent.key === '') || (intent.kind === 'rename' && intent.newKey === '')) continue;
    switch (intent.kind) {
      case 'set': {
        const value = printable(intent.value);
        const pending = inserts.find((x) => x.key === intent.key);
        if (pending) {
          pending.value = value;
          break;
        }
        // Java keeps the last occurrence of a key, so that is the one that must change. When an earlier intent removed
        // every occurrence, the last one is brought back instead of adding a line: the key keeps its place, and
        // "unset, then set" stays idempotent.
        let target = lastWithKey(intent.key, false);
        if (target < 0) target = lastWithKey(intent.key, true);
        if (target >= 0) {
          removed[target] = false;
          newValues[target] = value;
        } else inserts.push({ key: intent.key, value });
        break;
      }
      case 'remove': {
        const i = indexOfIntentEntry(entries, intent.entry);
        if (i >= 0) removed[i] = true;
        break;
      }
      case 'rename': {
        const i = indexOfIntentEntry(entries, intent.entry);
        if (i >= 0 && !removed[i]) newKeys[i] = intent.newKey;
        break;
      }
      case 'unset': {
        for (let i = 0; i < entries.length; i++) if (currentKey(i) === intent.key) removed[i] = true;
        const pending = inserts.findIndex((x) => x.key === intent.key);
        if (pending >= 0) inserts.splice(pending, 1);
        break;
      }
    }
  }

  const hints = readHints(text, scope);
  const changes: TextChange[] = [];
  const removals: TextChange[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (removed[i]) {
      removals.push({ span: removalSpan(text, e), newText: '' });
      continue;
    }
    const newKey = newKeys[i];
    if (newKey !== undefined && newKey !== e.key) changes.push({ span: e.keySpan, newText: escapeKey(newKey) });
    const newValue = newValues[i];
    if (newValue !== undefined && !(e.value.kind === 'string' && e.value.value === newValue)) {
      changes.push(valueChange(text, e, newValue, hints.separator));
    }
  }

  const merged = mergeChanges(removals);
  const lastRemoval = merged[merged.length - 1];
  if (lastRemoval && lastRemoval.span.end === text.length && !hints.endsWithLineTerminator) {
    // Several removed lines at the end of a file without final terminator: the last one took its own terminator
    // from the line before, so the block still needs to take the one before it.
    const start = lastRemoval.span.start;
    const c = text.charCodeAt(start);
    if (c !== 10 && c !== 13) merged[merged.length - 1] = { span: { start: start - terminatorBefore(text, start), end: text.length }, newText: '' };
  }
  changes.push(...merged);

  if (inserts.length > 0) {
    const sepHasMark = hasMark(hints.separator);
    const eol: string = hints.lineEnding;
    const lines = inserts.map(
      (x) => escapeKey(x.key) + (x.value === '' ? hints.separator.trimEnd() : hints.separator + escapeValue(x.value, sepHasMark)),
    );
    // What the end of the file looks like once this print's removals are applied decides how to join the new lines.
    const rest = changes.length > 0 ? applyChanges(text, mergeChanges(changes)) : text;
    const tail = rest === text ? hints : parseProperties(rest);
    let prefix: string = '';
    let suffix: string = eol;
    if (rest.length === 0) {
      suffix = text.length === 0 || hints.endsWithLineTerminator ? eol : '';
    } else {
      if (!tail.endsWithLineTerminator) {
        prefix = eol;
        suffix = '';
      }
      // An empty line ends a continuation that would otherwise swallow the first new line; after a lone CR an LF
      // would only turn it into one CRLF, so the empty line gets a CR.
      if (tail.danglingContinuation) prefix += prefix === '' && eol === '\n' && rest.endsWith('\r') ? '\r' : eol;
    }
    const at = scope.insertOffset ?? text.length;
    changes.push({ span: { start: at, end: at }, newText: prefix + lines.join(eol) + suffix });
  }
  return changes;
}

function printable(v: PrintableValue): string {
  return typeof v === 'string' ? v : String(v);
}

function readHints(text: string, scope: ConfigScope): Hints {
  const h = scope.printHints;
  if (
    h &&
    typeof h.separator === 'string' &&
    (h.lineEnding === '\n' || h.lineEnding === '\r\n' || h.lineEnding === '\r') &&
    typeof h.endsWithLineTerminator === 'boolean' &&
    typeof h.danglingContinuation === 'boolean'
  ) {
    return h as unknown as Hints;
  }
  const f = parseProperties(text);
  return {
    separator: f.separatorStyle,
    lineEnding: f.lineEnding,
    endsWithLineTerminator: f.endsWithLineTerminator,
    danglingContinuation: f.danglingContinuation,
  };
}

function terminatorLength(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 13) return text.charCodeAt(at + 1) === 10 ? 2 : 1;
  return c === 10 ? 1 : 0;
}

/**
 * The whole logical line with its indentation and one terminator; at the end of a file without a final terminator,
 * the one before it. Lines holding only a backslash just before the entry go too: Java joins them to it, and left
 * alone at the end of the file one would become an entry with an empty key.
 */
function removalSpan(text: string, e: ConfigEntry): { start: number; end: number } {
  let start = lineStartOf(text, e.span.start);
  for (;;) {
    const t = terminatorBefore(text, start);
    if (t === 0) break;
    const backslash = start - t - 1;
    if (text.charCodeAt(backslash) !== 92) break;
    const prev = lineStartOf(text, backslash);
    if (prev > 0 && terminatorBefore(text, prev) === 0) break;
    start = prev;
  }
  const after = terminatorLength(text, e.span.end);
  if (after > 0 || start === 0) return { start, end: e.span.end + after };
  return { start: start - terminatorBefore(text, start), end: e.span.end };
}

/** Length of the line terminator that ends just before `at` (0 when none). */
function terminatorBefore(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  if (c === 10) return text.charCodeAt(at - 2) === 13 ? 2 : 1;
  return c === 13 ? 1 : 0;
}

/** Where the natural line holding `at` starts, skipping back over its leading blanks only. */
function lineStartOf(text: string, at: number): number {
  let start = at;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (c !== 32 && c !== 9 && c !== 12) break;
    start--;
  }
  return start;
}

function valueChange(text: string, e: ConfigEntry, value: string, style: string): TextChange {
  if (e.valueSpan.start === e.keySpan.end) {
    // `key` alone has no separator to write the value after.
    return {
      span: { start: e.keySpan.end, end: e.keySpan.end },
      newText: value === '' ? '' : style + escapeValue(value, hasMark(style)),
    };
  }
  const separator = text.slice(e.keySpan.end, e.valueSpan.start);
  return { span: e.valueSpan, newText: escapeValue(value, hasMark(separator)) };
}

const hasMark = (separator: string): boolean => separator.includes('=') || separator.includes(':');

function hex4(c: number): string {
  return '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
}

/** Escapes a key so that Properties.load reads it back unchanged; plain keys come back as they are. */
export function escapeKey(key: string): string {
  if (/^[A-Za-z0-9._-]+$/.test(key)) return key;
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const ch = key[i];
    const c = key.charCodeAt(i);
    if (ch === ' ' || ch === '=' || ch === ':' || ch === '\\') out += '\\' + ch;
    else if ((ch === '#' || ch === '!') && i === 0) out += '\\' + ch;
    else out += escapeControl(ch, c);
  }
  return out;
}

/**
 * Escapes a value with as few backslashes as Properties.load needs: backslashes, line breaks, control characters, a
 * leading blank, and a leading `=`/`:` when the separator before it has none (it would be taken as the separator).
 * `#` and `!` never start a comment after a key, so they stay as they are.
 */
export function escapeValue(value: string, afterSeparatorMark: boolean): string {
  if (/^[A-Za-z0-9._,\-/+*@%]*$/.test(value)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const c = value.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (i === 0 && ch === ' ') out += '\\ ';
    else if (i === 0 && !afterSeparatorMark && (ch === '=' || ch === ':')) out += '\\' + ch;
    else out += escapeControl(ch, c);
  }
  return out;
}

function escapeControl(ch: string, c: number): string {
  if (c >= 32 && c !== 127) return ch;
  if (c === 9) return '\\t';
  if (c === 10) return '\\n';
  if (c === 13) return '\\r';
  if (c === 12) return '\\f';
  return hex4(c);
}

/** Sorts changes and fuses the ones that touch or overlap (only removals can overlap: both take a shared terminator). */
function mergeChanges(changes: readonly TextChange[]): TextChange[] {
  if (changes.length <= 1) return changes.slice();
  const sorted = changes.slice().sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: TextChange[] = [];
  let cur = sorted[0];
  for (let i = 1; i < sorted.length; i++) {
    const next = sorted[i];
    if (next.span.start <= cur.span.end) {
      cur = {
        span: { start: cur.span.start, end: Math.max(cur.span.end, next.span.end) },
        newText: cur.newText + next.newText,
      };
    } else {
      out.push(cur);
      cur = next;
    }
  }
  out.push(cur);
  return out;
}

/** Applies non-overlapping changes computed against `text`. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const sorted = changes.slice().sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const c of sorted) {
    out += text.slice(at, c.span.start) + c.newText;
    at = Math.max(at, c.span.end);
  }
  return out + text.slice(at);
}

function indexOfIntentEntry(entries: readonly ConfigEntry[], entry: ConfigEntry): number {
  const found = findIntentEntry(entries, entry);
  return found ? entries.indexOf(found) : -1;
}
