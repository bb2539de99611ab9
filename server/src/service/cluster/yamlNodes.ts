// Safe navigation of parsed YAML documents (aliases, merge keys, line numbers) for the Strimzi and compose readers.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Alias, type Document, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

export interface YamlFile {
  /** Documents that parsed without errors; a broken document is skipped rather than half-read. */
  readonly docs: readonly Document.Parsed[];
  /** 0-based line of a node's first character. */
  lineOf(node: Node | null | undefined): number;
}

/** Parses every document of a (multi-document) YAML text; never throws. */
export function parseYaml(text: string): YamlFile {
  const counter = new LineCounter();
  let docs: Document.Parsed[] = [];
  try {
    // Merge keys (`<<: *defaults`) are common in compose files. Nothing is converted to JS, so alias bombs never expand.
    const all = parseAllDocuments(text, { lineCounter: counter, merge: true, logLevel: 'silent' });
    docs = Array.from(all).filter((d) => d.errors.length === 0);
  } catch {
    docs = [];
  }
  return {
    docs,
    lineOf: (node) => (node?.range ? counter.linePos(node.range[0]).line - 1 : 0),
  };
}

const MAX_ALIAS_HOPS = 8;

/**
 * Alias → the node it names, for one document, built in a single pass. `Alias.resolve(doc)` walks the whole document
 * on every call, which is quadratic on a file full of aliases.
 */
const aliasTargets = new WeakMap<Document, Map<Alias, Node>>();

function aliasTarget(doc: Document, alias: Alias): Node | undefined {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = new Map<Alias, Node>();
    const anchors = new Map<string, Node>();
    // Document order, as YAML defines it: an alias names the last node with that anchor before it.
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) {
          const target = anchors.get(node.source);
          if (target) found.set(node, target);
        } else if (typeof node.anchor === 'string') anchors.set(node.anchor, node);
      },
    });
    targets = found;
    aliasTargets.set(doc, targets);
  }
  return targets.get(alias);
}

/** Follows aliases to the node they name; undefined for a dangling alias or a loop. */
export function deref(doc: Document, node: unknown): Node | undefined {
  let n = node;
  for (let i = 0; i < MAX_ALIAS_HOPS && isAlias(n); i++) n = aliasTarget(doc, n);
  return isAlias(n) ? undefined : ((n ?? undefined) as Node | undefined);
}

export const asMap = (doc: Document, node: unknown): YAMLMap | undefined => {
  const n = deref(doc, node);
  return isMap(n) ? n : undefined;
};

export const asSeq = (doc: Document, node: unknown): YAMLSeq | undefined => {
  const n = deref(doc, node);
  return isSeq(n) ? n : undefined;
};

export const asScalar = (doc: Document, node: unknown): Scalar | undefined => {
  const n = deref(doc, node);
  return isScalar(n) ? n : undefined;
};

/** A scalar's text as written for plain scalars (so `2.0` stays `2.0`), its value for quoted ones; undefined otherwise. */
export function scalarText(doc: Document, node: unknown): string | undefined {
  const s = asScalar(doc, node);
  if (!s) return undefined;
  if (s.type === 'PLAIN' && typeof s.source === 'string') return s.source;
  return typeof s.value === 'string' || typeof s.value === 'number' ? String(s.value) : undefined;
}

export interface YamlEntry {
  readonly key: string;
  readonly keyNode: Node;
  readonly value: unknown;
}

const isMergeKey = (key: unknown): boolean => isScalar(key) && key.type === 'PLAIN' && key.source === '<<';

/**
 * The effective entries of a mapping: its own scalar keys (the last duplicate wins) over merged ones (`<<: *a` or
 * `<<: [*a, *b]`, earlier sources winning), as YAML 1.1 merge keys and docker compose define them.
 * Each mapping is expanded once per call (`seen`), so nested merges of the same anchor cannot blow up.
 */
export function entries(doc: Document, node: unknown, seen: Set<YAMLMap> = new Set()): YamlEntry[] {
  const map = asMap(doc, node);
  if (!map || seen.has(map)) return [];
  seen.add(map);
  const own = new Map<string, YamlEntry>();
  const merged = new Map<string, YamlEntry>();
  for (const pair of map.items) {
    const key = pair.key;
    if (isMergeKey(key)) {
      const sources = asSeq(doc, pair.value)?.items ?? [pair.value];
      for (const src of sources) for (const e of entries(doc, src, seen)) if (!merged.has(e.key)) merged.set(e.key, e);
      continue;
    }
    const k = isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : undefined;
    if (k !== undefined) own.set(k, { key: k, keyNode: key as Node, value: pair.value });
  }
  for (const [k, e] of merged) if (!own.has(k)) own.set(k, e);
  return [...own.values()];
}

export const get = (doc: Document, node: unknown, key: string): YamlEntry | undefined => entries(doc, node).find((e) => e.key === key);

/** Follows a path of keys; undefined as soon as a step is missing or not a mapping. */
export function getIn(doc: Document, node: unknown, path: readonly [string, ...string[]]): YamlEntry | undefined {
  let cur: YamlEntry | undefined;
  let value = node;
  for (const k of path) {
    cur = get(doc, value, k);
    if (!cur) return undefined;
    value = cur.value;
  }
  return cur;
}
