// Offsets into a document's text: the unit every dialect reports positions in.

/** A half-open range of UTF-16 offsets `[start, end)` into a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function containsOffset(s: Span, offset: number): boolean {
  return offset >= s.start && offset <= s.end;
}
