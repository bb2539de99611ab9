// Reads `.properties` text exactly as java.util.Properties.load(Reader) does, keeping exact spans of everything.
import type { Comment, SyntaxProblem } from '../../model/configDocument';
import type { Span } from '../../model/span';
import { lineOf } from '../../util/lines';
import { changedRegion } from '../../util/textChange';

export type LineEnding = '\n' | '\r\n' | '\r';

/** One key/value pair of a logical line. */
export interface PropertyEntry {
  /** The key as Java stores it (escapes resolved, continuations joined). */
  readonly key: string;
  /** The value as Java stores it, trailing whitespace included. */
  readonly value: string;
  /** The key as written: continuation lines joined (as Java joins them) but escapes left unresolved. */
  readonly rawKey: string;
  /** The value as written, continuations joined, escapes unresolved. */
  readonly rawValue: string;
  /** What stands between key and value as written (`=`, ` = `, `:`, ` `, …), `''` when nothing does. */
  readonly separator: string;
  /** Document span of the key text; empty at the line start for an empty key. */
  readonly keySpan: Span;
  /** Document span from the first to the last value character; empty right after the separator when the value is empty. */
  readonly valueSpan: Span;
  /** The logical line from its first non-blank character, continuation lines included, without its final terminator. */
  readonly span: Span;
  /** 0-based line on which the entry starts. */
  readonly line: number;
  /** 0-based line on which the entry's last natural line lies. */
  readonly endLine: number;
}

export interface PropertiesFile {
  readonly entries: readonly PropertyEntry[];
  readonly comments: readonly Comment[];
  readonly problems: readonly SyntaxProblem[];
  /** Offset at which each line starts; `\n`, `\r\n` and a lone `\r` all end a line. */
  readonly lineStarts: readonly number[];
  /** The most frequent line terminator (`\n` when the text has none). */
  readonly lineEnding: LineEnding;
  /** Whether the text ends with a line terminator (false for the empty text). */
  readonly endsWithLineTerminator: boolean;
  /**
   * Whether the text ends inside a continuation (a final entry line ending in an odd number of backslashes, followed by
   * at most one terminator): a line appended as is would be joined to that entry.
   */
  readonly danglingContinuation: boolean;
  /** The file's most frequent separator style, normalised to one of `=`, ` = `, `:`, ` : `, ` `, … (`=` when none). */
  readonly separatorStyle: string;
}

const TAB = 9;
const LF = 10;
const FF = 12;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const HASH = 35;
const COLON = 58;
const EQUALS = 61;
const BACKSLASH = 92;
const BOM = 0xfeff;

const isBlank = (c: number): boolean => c === SPACE || c === TAB || c === FF;

export function parseProperties(text: string): PropertiesFile {
  const lines = lineTable(text);
  const sink: Sink = { entries: [], comments: [], problems: [] };
  const dangling = scanRegion(text, lines.lineStarts, 0, lines.lineStarts.length, sink);
  return finish(text, lines, sink.entries, sink.comments, sink.problems, dangling);
}

/**
 * The next version of a parsed text, parsing again only the logical lines an edit touched: what comes before them is
 * kept as it is, what comes after is kept with its offsets and line numbers moved. The result is the same as
 * `parseProperties(text)` (the property tests compare the two on random edits); a change spanning most of the file is
 * parsed afresh.
 */
export function reparseProperties(prev: PropertiesFile, prevText: string, text: string): PropertiesFile {
  if (prevText === text) return prev;
  const { start, newEnd } = changedRegion(prevText, text);
  const lines = lineTable(text);
  const starts = lines.lineStarts;
  const oldStarts = prev.lineStarts;
  const lineCount = starts.length;

  // First line parsed again: the one holding the last unchanged character (its start, and every line start before it,
  // is the same in both versions), moved back to the start of a logical line: a line whose predecessor does not end in
  // an odd run of backslashes (conservative: a comment ending in one does not continue, but stepping back is harmless).
  let from = lineIndexOf(oldStarts, Math.max(0, start - 1));
  while (from > 0 && continues(prevText, oldStarts, from - 1)) from--;

  // First line kept: its predecessor lies wholly after the change, terminator before it included (so it is a whole
  // natural line in the old text too), and does not continue into it.
  let to = lineIndexOf(starts, newEnd) + 2;
  while (to < lineCount && continues(text, starts, to - 1)) to++;
  if (to >= lineCount) to = lineCount;
  const delta = text.length - prevText.length;
  const oldTo = to < lineCount ? lineIndexOf(oldStarts, starts[to]! - delta) : oldStarts.length;
  // Not expected (the suffix is the same text), but a misaligned line table must never produce a wrong model.
  if (to < lineCount && oldStarts[oldTo] !== starts[to]! - delta) return parseProperties(text);
  // Most of the file changed (a paste over everything, a formatter): one pass over it is cheaper than the bookkeeping.
  if ((to - from) * 2 > lineCount) return parseProperties(text);

  const fromOffset = starts[from]!;
  const keptOld = to < lineCount ? oldStarts[oldTo]! : prevText.length + 1;
  const lineShift = to - oldTo;
  const sink: Sink = { entries: [], comments: [], problems: [] };
  for (const e of prev.entries) {
    if (e.line >= from) break;
    sink.entries.push(e);
  }
  for (const c of prev.comments) {
    if (c.line >= from) break;
    sink.comments.push(c);
  }
  for (const p of prev.problems) {
    if (p.span.start >= fromOffset) break;
    sink.problems.push(p);
  }
  // The region's problems come unsorted; finish() sorts them into place (problems at one offset are all the region's).
  const scanned = scanRegion(text, starts, from, to, sink);
  if (to < lineCount) {
    for (const e of prev.entries) if (e.line >= oldTo) sink.entries.push(shiftEntry(e, delta, lineShift));
    for (const c of prev.comments) if (c.line >= oldTo) sink.comments.push({ span: shiftSpan(c.span, delta), text: c.text, line: c.line + lineShift });
    for (const p of prev.problems) if (p.span.start >= keptOld) sink.problems.push({ ...p, span: shiftSpan(p.span, delta) });
  }
  return finish(text, lines, sink.entries, sink.comments, sink.problems, to < lineCount ? prev.danglingContinuation : scanned);
}

function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

function shiftEntry(e: PropertyEntry, delta: number, lineShift: number): PropertyEntry {
  return {
    key: e.key,
    value: e.value,
    rawKey: e.rawKey,
    rawValue: e.rawValue,
    separator: e.separator,
    keySpan: shiftSpan(e.keySpan, delta),
    valueSpan: shiftSpan(e.valueSpan, delta),
    span: shiftSpan(e.span, delta),
    line: e.line + lineShift,
    endLine: e.endLine + lineShift,
  };
}

/** The index of the line holding `offset`. */
const lineIndexOf = (lineStarts: readonly number[], offset: number): number => lineOf({ lineStarts }, offset);

/** End of natural line `li`'s content (before its terminator). */
function contentEnd(text: string, starts: readonly number[], li: number): number {
  if (li + 1 >= starts.length) return text.length;
  const next = starts[li + 1]!;
  return text.charCodeAt(next - 1) === LF && text.charCodeAt(next - 2) === CR ? next - 2 : next - 1;
}

/** Whether natural line `li` ends in an odd run of backslashes (Java joins the next line to it, unless it is a comment). */
function continues(text: string, starts: readonly number[], li: number): boolean {
  const end = contentEnd(text, starts, li);
  let q = end;
  while (q > starts[li]! && text.charCodeAt(q - 1) === BACKSLASH) q--;
  return ((end - q) & 1) === 1;
}

interface LineTable {
  readonly lineStarts: number[];
  readonly lf: number;
  readonly crlf: number;
  readonly cr: number;
}

/** Where lines start, with native searches; a lone CR needs the char-by-char loop. */
function lineTable(text: string): LineTable {
  const n = text.length;
  const lineStarts: number[] = [0];
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    lf = lineStarts.length - 1;
  } else {
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) {
        lf++;
        lineStarts.push(i + 1);
      } else if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) {
          crlf++;
          i++;
        } else cr++;
        lineStarts.push(i + 1);
      }
    }
  }
  return { lineStarts, lf, crlf, cr };
}

interface Sink {
  readonly entries: PropertyEntry[];
  readonly comments: Comment[];
  readonly problems: SyntaxProblem[];
}

/**
 * Parses natural lines [fromLine, toLine), which start and end at logical line boundaries, into the sink (problems of
 * the region unsorted). Returns whether the text ends inside a continuation (meaningful when the region reaches the end).
 */
function scanRegion(text: string, lineStarts: readonly number[], fromLine: number, toLine: number, sink: Sink): boolean {
  const n = text.length;
  const { entries, comments, problems } = sink;
  const lineCount = lineStarts.length;
  const lineEnd = (li: number): number => contentEnd(text, lineStarts, li);

  findBinary(text, lineStarts, problems, fromLine, toLine);
  if (fromLine === 0 && n > 0 && text.charCodeAt(0) === BOM) {
    problems.push({
      span: { start: 0, end: 1 },
      message:
        'The file starts with a byte order mark. Java does not skip it: it becomes part of the first key (or turns a first comment line into an entry). Save the file as UTF-8 without BOM.',
      severity: 'warning',
      code: 'bom',
    });
  }

  // Natural line by natural line. segs holds [start, end) document ranges of one logical line's content, as Java's
  // LineReader appends them; only keys and separators are looked at char by char.
  const segs: number[] = [];
  let dangling = false;
  let li = fromLine;
  let resumeAt = -1;

  outer: while (li < toLine) {
    let p = resumeAt >= 0 ? resumeAt : lineStarts[li]!;
    resumeAt = -1;
    let end = lineEnd(li);
    // Java skips blanks and empty lines before a logical line.
    while (p < end && isBlank(text.charCodeAt(p))) p++;
    if (p >= end) {
      li++;
      continue;
    }
    const c = text.charCodeAt(p);
    if (c === HASH || c === BANG) {
      comments.push({ span: { start: p, end }, text: text.slice(p + 1, end), line: li });
      li++;
      continue;
    }

    let segCount = 0;
    let contentLength = 0;
    let atEof = false;
    const firstLine = li;
    for (;;) {
      let q = end;
      while (q > p && text.charCodeAt(q - 1) === BACKSLASH) q--;
      if (((end - q) & 1) === 0) {
        segs[2 * segCount] = p;
        segs[2 * segCount + 1] = end;
        segCount++;
        contentLength += end - p;
        break;
      }
      // An odd run of backslashes: the last one joins the next natural line and is not content.
      segs[2 * segCount] = p;
      segs[2 * segCount + 1] = end - 1;
      segCount++;
      contentLength += end - 1 - p;
      if (li + 1 >= lineCount || lineStarts[li + 1]! >= n) {
        // The file ends inside the continuation and Java drops the backslash. Its reader returns the line even when
        // nothing else is in it (a lone backslash at the very end is an entry with an empty key) unless the line
        // ended in CRLF: the LF is consumed separately and the reader then sees EOF on an empty line.
        dangling = contentLength > 0;
        atEof = end === n || lineStarts[li + 1]! - end === 1;
        break;
      }
      li++;
      p = lineStarts[li]!;
      const nextEnd = lineEnd(li);
      while (p < nextEnd && isBlank(text.charCodeAt(p))) p++;
      if (p >= nextEnd) {
        // A continuation into an empty line ends the logical line with it.
        end = nextEnd;
        break;
      }
      if (contentLength === 0) {
        // Nothing collected yet (a line holding only a backslash): Java is still at the start of a logical line, so
        // a comment may begin here.
        resumeAt = p;
        continue outer;
      }
      end = nextEnd;
    }
    if (contentLength > 0 || atEof) {
      entries.push(parseLogicalLine(text, segs, segCount, end, firstLine, li, problems));
    }
    li++;
  }
  return dangling;
}

/** The file-wide facts, from the line table and the parsed lines. */
function finish(
  text: string,
  lines: LineTable,
  entries: PropertyEntry[],
  comments: Comment[],
  problems: SyntaxProblem[],
  dangling: boolean,
): PropertiesFile {
  // Problems from binary detection and parsing interleave; callers expect document order (a stable sort keeps
  // the order of problems at one offset).
  problems.sort((a, b) => a.span.start - b.span.start);

  let lineEnding: LineEnding = '\n';
  if (lines.crlf > lines.lf && lines.crlf >= lines.cr) lineEnding = '\r\n';
  else if (lines.cr > lines.lf && lines.cr > lines.crlf) lineEnding = '\r';

  const n = text.length;
  const last = n > 0 ? text.charCodeAt(n - 1) : 0;
  return {
    entries,
    comments,
    problems,
    lineStarts: lines.lineStarts,
    lineEnding,
    endsWithLineTerminator: last === LF || last === CR,
    danglingContinuation: dangling,
    separatorStyle: dominantSeparator(entries),
  };
}

/** The most frequent separator style (the first seen wins a tie); `=` when no entry has a separator. */
function dominantSeparator(entries: readonly PropertyEntry[]): string {
  // Counted per separator as written (few distinct ones per file), normalised once per distinct one.
  const counts = new Map<string, number>();
  for (const e of entries) if (e.separator.length > 0) counts.set(e.separator, (counts.get(e.separator) ?? 0) + 1);
  const byStyle = new Map<string, number>();
  for (const [sep, count] of counts) {
    const style = separatorStyleOf(sep);
    byStyle.set(style, (byStyle.get(style) ?? 0) + count);
  }
  let separatorStyle = '=';
  let best = 0;
  for (const [style, count] of byStyle) {
    if (count > best) {
      best = count;
      separatorStyle = style;
    }
  }
  return separatorStyle;
}

/** Characters that do not belong in a text file; U+FFFD is what an editor shows for bytes that are not UTF-8. */
const BINARY = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/g;

/** One problem per line of [fromLine, toLine) holding binary junk, spanning its first to its last such character. */
function findBinary(text: string, lineStarts: readonly number[], problems: SyntaxProblem[], fromLine: number, toLine: number): void {
  const limit = toLine < lineStarts.length ? lineStarts[toLine]! : text.length;
  BINARY.lastIndex = lineStarts[fromLine] ?? 0;
  let m = BINARY.exec(text);
  let li = fromLine;
  let first = -1;
  let last = -1;
  while (m !== null && m.index < limit) {
    const at = m.index;
    if (first >= 0 && li + 1 < lineStarts.length && lineStarts[li + 1]! <= at) {
      problems.push(binaryProblem(first, last + 1));
      first = -1;
    }
    if (first < 0) {
      while (li + 1 < lineStarts.length && lineStarts[li + 1]! <= at) li++;
      first = at;
    }
    last = at;
    m = BINARY.exec(text);
  }
  if (first >= 0) problems.push(binaryProblem(first, last + 1));
}

function binaryProblem(start: number, end: number): SyntaxProblem {
  return {
    span: { start, end },
    message: 'This line contains control characters or undecodable bytes; is this a binary file?',
    severity: 'warning',
    code: 'binary-content',
  };
}

/** Splits one logical line into key, separator and value the way Properties.load0 does. */
function parseLogicalLine(
  text: string,
  segs: readonly number[],
  segCount: number,
  lastLineEnd: number,
  line: number,
  endLine: number,
  problems: SyntaxProblem[],
): PropertyEntry {
  const lineStart = segs[0];

  // Key: up to the first unescaped `=`, `:` or blank.
  let si = 0;
  let p = segs[0];
  let escaped = false;
  let keyLastChar = -1;
  let stop = -1; // offset of the character that ended the key, -1 when the content ended
  let stopIsSeparator = false;
  scanKey: for (; si < segCount; si++) {
    const end = segs[2 * si + 1];
    for (p = segs[2 * si]; p < end; p++) {
      const c = text.charCodeAt(p);
      if (!escaped) {
        if (c === EQUALS || c === COLON) {
          stop = p;
          stopIsSeparator = true;
          break scanKey;
        }
        if (isBlank(c)) {
          stop = p;
          break scanKey;
        }
      }
      escaped = c === BACKSLASH ? !escaped : false;
      keyLastChar = p;
    }
  }
  const keyEnd = keyLastChar >= 0 ? keyLastChar + 1 : lineStart;
  const lastSeg = segCount - 1;
  const contentLimit = segs[2 * lastSeg + 1];
  const keyEndSeg = stop >= 0 ? si : lastSeg;
  const keyEndPos = stop >= 0 ? stop : contentLimit;

  // Separator: blanks, at most one `=`/`:`, blanks.
  let hasSeparatorChar = stopIsSeparator;
  let sepLastChar = -1;
  let valueStart = -1;
  let valueSeg = segCount;
  if (stop >= 0) {
    sepLastChar = stop;
    p = stop + 1;
    scanSep: for (; si < segCount; si++) {
      const end = segs[2 * si + 1];
      if (p < segs[2 * si]) p = segs[2 * si];
      for (; p < end; p++) {
        const c = text.charCodeAt(p);
        if (!isBlank(c)) {
          if (!hasSeparatorChar && (c === EQUALS || c === COLON)) hasSeparatorChar = true;
          else {
            valueStart = p;
            valueSeg = si;
            break scanSep;
          }
        }
        sepLastChar = p;
      }
    }
  }

  let contentEnd = lineStart;
  for (let i = segCount - 1; i >= 0; i--) {
    if (segs[2 * i + 1] > segs[2 * i]) {
      contentEnd = segs[2 * i + 1];
      break;
    }
  }

  const rawKey = joinSegments(text, segs, 0, lineStart, keyEndSeg, keyEndPos);
  let separator = '';
  let rawValue = '';
  let valueSpan: Span;
  if (valueStart >= 0) {
    separator = joinSegments(text, segs, keyEndSeg, keyEndPos, valueSeg, valueStart);
    rawValue = joinSegments(text, segs, valueSeg, valueStart, lastSeg, contentLimit);
    valueSpan = { start: valueStart, end: contentEnd };
  } else {
    if (stop >= 0) separator = joinSegments(text, segs, keyEndSeg, keyEndPos, lastSeg, contentLimit);
    const at = sepLastChar >= 0 ? sepLastChar + 1 : keyEnd;
    valueSpan = { start: at, end: at };
  }

  const key = decode(rawKey, segs, segCount, 0, lineStart, problems);
  const value = valueStart >= 0 ? decode(rawValue, segs, segCount, valueSeg, valueStart, problems) : '';
  const span = { start: lineStart, end: lastLineEnd };
  if (rawKey.length === 0) {
    problems.push({
      span,
      message: 'This line has no key: Java stores its value under the empty key, which no client setting reads.',
      severity: 'warning',
      code: 'empty-key',
    });
  }
  return {
    key,
    value,
    rawKey,
    rawValue,
    separator,
    keySpan: { start: lineStart, end: keyEnd },
    valueSpan,
    span,
    line,
    endLine,
  };
}

/** Normalises a separator to the style a printer should imitate: blanks collapse to one space. */
function separatorStyleOf(sep: string): string {
  let mark = '';
  let before = false;
  let after = false;
  for (let i = 0; i < sep.length; i++) {
    const c = sep.charCodeAt(i);
    if (c === EQUALS || c === COLON) mark = sep[i];
    else if (isBlank(c)) {
      if (mark === '') before = true;
      else after = true;
    }
  }
  if (mark === '') return ' ';
  return (before ? ' ' : '') + mark + (after ? ' ' : '');
}

/** The text of the content between two (segment, offset) positions, as Java's joined line buffer holds it. */
function joinSegments(
  text: string,
  segs: readonly number[],
  fromSeg: number,
  from: number,
  toSeg: number,
  to: number,
): string {
  if (fromSeg >= toSeg) return to > from ? text.slice(from, to) : '';
  let out = text.slice(from, segs[2 * fromSeg + 1]);
  for (let i = fromSeg + 1; i < toSeg; i++) out += text.slice(segs[2 * i], segs[2 * i + 1]);
  return out + text.slice(segs[2 * toSeg], to);
}

/** Document offset of a character of joined content that starts at (fromSeg, from). */
function offsetOf(segs: readonly number[], segCount: number, fromSeg: number, from: number, index: number): number {
  let offset = from;
  for (let i = fromSeg; i < segCount; i++) {
    const end = segs[2 * i + 1];
    if (i > fromSeg) offset = segs[2 * i];
    if (offset + index < end) return offset + index;
    index -= end - offset;
  }
  return segs[2 * segCount - 1];
}

const hexValue = (c: number): number => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
};

/**
 * Resolves escapes as Properties.loadConvert does. A malformed `\uxxxx` (Java throws and loads nothing) is reported and
 * kept literally so that the rest of the file can still be analysed.
 */
function decode(
  raw: string,
  segs: readonly number[],
  segCount: number,
  fromSeg: number,
  from: number,
  problems: SyntaxProblem[],
): string {
  let i = raw.indexOf('\\');
  if (i < 0) return raw;
  const n = raw.length;
  let out = raw.slice(0, i);
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c !== BACKSLASH) {
      const next = raw.indexOf('\\', i);
      const stop = next < 0 ? n : next;
      out += raw.slice(i, stop);
      i = stop;
      continue;
    }
    // The line reader never leaves an unpaired backslash at the end of a key or value.
    const e = raw.charCodeAt(i + 1);
    if (e === 117 /* u */) {
      let code = 0;
      let ok = i + 6 <= n;
      for (let k = i + 2; ok && k < i + 6; k++) {
        const h = hexValue(raw.charCodeAt(k));
        if (h < 0) ok = false;
        else code = (code << 4) | h;
      }
      if (ok) {
        out += String.fromCharCode(code);
        i += 6;
      } else {
        const start = offsetOf(segs, segCount, fromSeg, from, i);
        const end = offsetOf(segs, segCount, fromSeg, from, Math.min(n, i + 6) - 1) + 1;
        problems.push({
          span: { start, end },
          message: 'Malformed \\uxxxx escape: Java throws IllegalArgumentException and does not load the file.',
          severity: 'error',
          code: 'malformed-unicode-escape',
        });
        out += '\\u';
        i += 2;
      }
      continue;
    }
    if (e === 116 /* t */) out += '\t';
    else if (e === 110 /* n */) out += '\n';
    else if (e === 114 /* r */) out += '\r';
    else if (e === 102 /* f */) out += '\f';
    else if (i + 1 < n) out += raw[i + 1];
    i += 2;
  }
  return out;
}
