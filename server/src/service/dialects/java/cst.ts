// The shapes of java-parser's concrete syntax tree that the Java dialect reads, and small helpers to walk it.
import type { Span } from '../../model/span';

export interface JToken {
  readonly image: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly tokenType: { readonly name: string };
}

export interface JNode {
  readonly name: string;
  readonly children: Readonly<Record<string, ReadonlyArray<JNode | JToken>>>;
  readonly location: { readonly startOffset: number; readonly endOffset: number };
}

export type JElement = JNode | JToken;

/** What the lazily loaded parser bundle exports (java-parser's `lexAndParse`). */
export interface JavaParserApi {
  lexAndParse(text: string): { cst: JNode; tokens: readonly JToken[] };
}

export const isToken = (e: JElement): e is JToken => (e as JToken).image !== undefined;

/** Chevrotain offsets are inclusive; spans are half-open. */
export function spanOf(e: JElement): Span {
  if (isToken(e)) return { start: e.startOffset, end: e.endOffset + 1 };
  return { start: e.location.startOffset, end: e.location.endOffset + 1 };
}

/** Children of a node in source order. */
export function ordered(n: JNode): JElement[] {
  const out: JElement[] = [];
  for (const list of Object.values(n.children)) out.push(...list);
  // Recovered or empty nodes may lack offsets; they sort first and are never read for positions.
  return out.sort((a, b) => (spanOf(a).start || 0) - (spanOf(b).start || 0));
}

export function child(n: JNode | undefined, name: string): JNode | undefined {
  const c = n?.children[name]?.[0];
  return c && !isToken(c) ? c : undefined;
}

export function nodes(n: JNode | undefined, name: string): JNode[] {
  return (n?.children[name] ?? []).filter((c): c is JNode => !isToken(c));
}

export function token(n: JNode | undefined, name: string): JToken | undefined {
  const c = n?.children[name]?.[0];
  return c && isToken(c) ? c : undefined;
}

export function tokens(n: JNode | undefined, name: string): JToken[] {
  return (n?.children[name] ?? []).filter(isToken);
}

/** Descendants named one of `names`, not looking inside a match. */
export function find(n: JNode, names: ReadonlySet<string>, out: JNode[] = []): JNode[] {
  for (const list of Object.values(n.children)) {
    for (const c of list) {
      if (isToken(c)) continue;
      if (names.has(c.name)) out.push(c);
      else find(c, names, out);
    }
  }
  return out;
}

/** The first identifier token anywhere under a node. */
export function firstIdentifier(n: JNode | undefined): JToken | undefined {
  if (!n) return undefined;
  for (const e of ordered(n)) {
    if (isToken(e)) {
      if (e.tokenType.name === 'Identifier') return e;
    } else {
      const t = firstIdentifier(e);
      if (t) return t;
    }
  }
  return undefined;
}
