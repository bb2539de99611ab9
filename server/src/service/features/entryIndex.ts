// Which entry a document offset falls on: a sorted index of key and value spans, built once per analysis.
import type { ConfigEntry } from '../model/configDocument';
import { containsOffset } from '../model/span';
import type { Analysis } from './analysis';

export interface EntryHit {
  readonly entry: ConfigEntry;
  readonly scopeId: string;
  readonly part: 'key' | 'value';
}

/**
 * Slot `2n` is the key span of entry n, slot `2n + 1` its value span; entries are numbered in model order (scope by
 * scope), so a lower slot number is the earlier match. Typed arrays: a 10,000-line file's index is a few hundred
 * kilobytes instead of forty thousand small objects.
 */
interface EntryIndex {
  readonly entries: readonly ConfigEntry[];
  readonly scopeIds: readonly string[];
  /** Slot numbers sorted by span start (then slot number). */
  readonly order: Uint32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The largest end among the first i slots in `order`: how far back a span may still reach an offset. */
  readonly maxEnd: Int32Array;
}

const indexes = new WeakMap<Analysis, EntryIndex>();

function buildIndex(analysis: Analysis): EntryIndex {
  const entries: ConfigEntry[] = [];
  const scopeIds: string[] = [];
  for (const { scope } of analysis.scopes.values()) {
    for (const entry of scope.entries) {
      entries.push(entry);
      scopeIds.push(scope.id);
    }
  }
  const n = entries.length * 2;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  entries.forEach((e, i) => {
    starts[2 * i] = e.keySpan.start;
    ends[2 * i] = e.keySpan.end;
    starts[2 * i + 1] = e.valueSpan.start;
    ends[2 * i + 1] = e.valueSpan.end;
  });
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => starts[a]! - starts[b]! || a - b);
  const maxEnd = new Int32Array(n);
  let max = -1;
  for (let i = 0; i < n; i++) maxEnd[i] = max = Math.max(max, ends[order[i]!]!);
  return { entries, scopeIds, order, starts, ends, maxEnd };
}

/**
 * The entry whose key or value holds `offset` (ends inclusive, so a cursor right after a key still hovers it), in a
 * scope that holds it too; when spans overlap, the first in model order. A binary search instead of a scan: a
 * 10,000-line file answers a hover without walking every entry.
 */
export function findEntryAt(analysis: Analysis, offset: number): EntryHit | undefined {
  let index = indexes.get(analysis);
  if (!index) indexes.set(analysis, (index = buildIndex(analysis)));
  const { order, starts, ends, maxEnd } = index;
  // Past the last slot that starts at or before the offset.
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[order[mid]!]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (let i = lo - 1; i >= 0 && maxEnd[i]! >= offset; i--) {
    const slot = order[i]!;
    if (ends[slot]! < offset || (best >= 0 && best < slot)) continue;
    const scope = analysis.scopes.get(index.scopeIds[slot >>> 1]!)?.scope;
    if (scope && containsOffset(scope.span, offset)) best = slot;
  }
  if (best < 0) return undefined;
  return { entry: index.entries[best >>> 1]!, scopeId: index.scopeIds[best >>> 1]!, part: best % 2 === 0 ? 'key' : 'value' };
}
