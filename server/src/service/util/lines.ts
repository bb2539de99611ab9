// Offset ↔ line lookups on a parsed document (binary search over line starts).
import type { ConfigDocument } from '../model/configDocument';

export function lineOf(doc: Pick<ConfigDocument, 'lineStarts'>, offset: number): number {
  const starts = doc.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function positionOf(doc: Pick<ConfigDocument, 'lineStarts'>, offset: number): { line: number; character: number } {
  const line = lineOf(doc, offset);
  return { line, character: offset - doc.lineStarts[line]! };
}

export function offsetOf(doc: Pick<ConfigDocument, 'lineStarts' | 'text'>, line: number, character: number): number {
  if (line < 0) return 0;
  if (line >= doc.lineStarts.length) return doc.text.length;
  const start = doc.lineStarts[line]!;
  let end = line + 1 < doc.lineStarts.length ? doc.lineStarts[line + 1]! : doc.text.length;
  // A character past the end of the line means the end of its content (LSP), never a place inside its terminator.
  if (end > start && doc.text.charCodeAt(end - 1) === 10) end--;
  if (end > start && doc.text.charCodeAt(end - 1) === 13) end--;
  return Math.min(start + Math.max(0, character), end);
}

/** Computes line starts for `\n`, `\r\n` and lone `\r` line ends. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}
