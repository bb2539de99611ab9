// Spring Boot `application*.yml`: the `spring.kafka.*` entries of each YAML document become one producer scope.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Comment, ConfigDocument, ConfigScope } from '../../model/configDocument';
import type { Span } from '../../model/span';
import { computeLineStarts, lineOf } from '../../util/lines';
import { baseName } from '../detect';
import { classifyName, splitName, uniform } from './names';
import { buildSpringScope, distinctLabels, type RawSpringEntry } from './scope';

/** A block or flow mapping of a YAML document with the flattened property path it stands for. */
export interface YamlMapInfo {
  readonly path: string;
  readonly node: YAMLMap;
  /** The pair whose value this mapping is (absent for a document's root). */
  readonly parent?: Pair;
  readonly section: number;
}

/** What the YAML printer needs besides the model: every mapping on the way to `spring.kafka`, per document. */
export interface SpringYamlIndex {
  readonly maps: readonly YamlMapInfo[];
  /** The pair behind each raw entry, by the entry's key span start. */
  readonly pairs: ReadonlyMap<number, { pair: Pair; owner: YamlMapInfo }>;
  /** Documents (by index) the YAML parser reported errors in: where their mappings end is not known for sure. */
  readonly broken: ReadonlySet<number>;
}

/** Flattens like Spring's YamlProcessor: `[key]` is appended as it is, other keys after a dot. */
export function joinPath(parent: string, key: string): string {
  if (parent === '') return key;
  return key.startsWith('[') ? parent + key : `${parent}.${key}`;
}

const SPRING_KAFKA = ['spring', 'kafka'];

/** Whether a path can still lead to (or is inside) `spring.kafka`: other subtrees are never read. */
function relevant(path: string): boolean {
  const els = splitName(path).map((e) => (e.bracketed ? `[${e.text}]` : uniform(e.text)));
  for (let i = 0; i < Math.min(els.length, SPRING_KAFKA.length); i++) if (els[i] !== SPRING_KAFKA[i]) return false;
  return true;
}

function keyText(pair: Pair): string | undefined {
  const k = pair.key;
  if (!isScalar(k)) return undefined;
  // YAML 1.1 reads `n`, `on` or `1` as non-strings; a property name is the text as written.
  if (typeof k.value === 'string') return k.value;
  const src = (k as Scalar & { source?: string }).source;
  return typeof src === 'string' ? src : String(k.value);
}

/** The string Spring binds for a scalar: SnakeYAML's typed value turned back into text the Java way. */
function scalarText(s: Scalar): string {
  const v = s.value;
  const src = (s as Scalar & { source?: string }).source;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') {
    // SnakeYAML knows yes/no/on/off/true/false, not the single letters the YAML 1.1 spec also lists.
    return typeof src === 'string' && /^[yYnN]$/.test(src) ? src : String(v);
  }
  if (typeof v === 'number') {
    if (typeof src === 'string' && /[.eE]/.test(src) && !/^[-+]?0x/i.test(src) && Number.isFinite(v)) {
      return Number.isInteger(v) ? v.toFixed(1) : String(v);
    }
    return String(v);
  }
  return String(v);
}

function rangeSpan(node: Node | null | undefined, fallback: number, text: string): Span {
  const r = node?.range;
  if (!r) return { start: fallback, end: fallback };
  // Block collections end after their last line break; the value ends with its last character. (After an unclosed
  // flow collection the parser may report offsets past the end of the text.)
  const start = Math.min(r[0], text.length);
  let end = Math.min(r[1], text.length);
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Full-line `#` comments (suppression directives sit on their own line). */
function yamlComments(text: string, lineStarts: readonly number[]): Comment[] {
  const out: Comment[] = [];
  const re = /^([ \t]*)#(.*)$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[1]!.length;
    out.push({ span: { start, end: m.index + m[0].length }, text: m[2]!.replace(/\r$/, ''), line: lineOf({ lineStarts }, start) });
  }
  return out;
}

/** Whether a YAML text mentions `kafka` under `spring` at all (cheap test before parsing). */
export function mayHaveSpringKafka(text: string): boolean {
  return /kafka/i.test(text) && /spring/i.test(text);
}

export interface ParsedSpringYaml {
  readonly document: ConfigDocument;
  readonly index: SpringYamlIndex;
}

export function parseSpringYamlWithIndex(uri: string, version: number, text: string): ParsedSpringYaml {
  const lineStarts = computeLineStarts(text);
  const maps: YamlMapInfo[] = [];
  const pairs = new Map<number, { pair: Pair; owner: YamlMapInfo }>();
  const sections: Array<{ scope: ConfigScope; section: number }> = [];
  const problems: ConfigDocument['problems'][number][] = [];
  let docs: Document.Parsed[] = [];
  try {
    docs = Array.from(parseAllDocuments(text, { version: '1.1', logLevel: 'silent', uniqueKeys: false }) as Iterable<Document.Parsed>);
  } catch {
    docs = [];
  }
  const broken = new Set<number>();
  docs.forEach((doc, section) => {
    if (doc.errors.length > 0) broken.add(section);
    const raws: RawSpringEntry[] = [];
    let profile: string | undefined;
    const visitMap = (map: YAMLMap, path: string, parent: Pair | undefined) => {
      const info: YamlMapInfo = { path, node: map, section, ...(parent ? { parent } : {}) };
      maps.push(info);
      for (const item of map.items) {
        const pair = item as Pair;
        const key = keyText(pair);
        if (key === undefined || key === '<<') continue;
        const full = joinPath(path, key);
        const value = pair.value as Node | null;
        if (/^spring\.config\.activate\.on-?profile$/i.test(full) && isScalar(value)) profile = scalarText(value);
        if (!relevant(full)) {
          // Only the profile of the document is read outside spring.kafka.
          if (isMap(value) && /^spring(\.config(\.activate)?)?$/i.test(full)) visitProfile(value, full);
          continue;
        }
        if (isMap(value)) {
          visitMap(value, full, pair);
          continue;
        }
        if (classifyName(full).kind === 'other') continue;
        const keySpan = rangeSpan(pair.key as Node, 0, text);
        let valueText: string | undefined;
        if (isScalar(value)) valueText = scalarText(value);
        else if (isSeq(value)) {
          const items = value.items.map((i) => (isScalar(i) ? scalarText(i) : undefined));
          valueText = items.every((i): i is string => i !== undefined) ? items.join(',') : undefined;
        } else if (isAlias(value)) valueText = undefined;
        else if (value === null || value === undefined) valueText = '';
        else continue;
        const colon = docText(keySpan.end);
        const valueSpan = value ? rangeSpan(value, colon, text) : { start: colon, end: colon };
        pairs.set(keySpan.start, { pair, owner: info });
        raws.push({ name: full, text: valueText, keySpan, valueSpan, span: { start: keySpan.start, end: Math.max(keySpan.end, valueSpan.end) } });
      }
    };
    const visitProfile = (map: YAMLMap, path: string) => {
      for (const item of map.items) {
        const key = keyText(item as Pair);
        if (key === undefined) continue;
        const full = joinPath(path, key);
        const value = (item as Pair).value as Node | null;
        if (/^spring\.config\.activate\.on-?profile$/i.test(full) && isScalar(value)) profile = scalarText(value);
        else if (isMap(value) && /^spring(\.config(\.activate)?)?$/i.test(full)) visitProfile(value, full);
      }
    };
    const docText = (keyEnd: number) => {
      const c = text.indexOf(':', keyEnd);
      return c < 0 ? keyEnd : c + 1;
    };
    if (isMap(doc.contents)) visitMap(doc.contents, '', undefined);
    const range = doc.range ?? [0, text.length, text.length];
    // The parser may end a document between the `\r` and `\n` of a line break, where no editor position is.
    const whole = (offset: number) => {
      const at = Math.min(offset, text.length);
      return text[at - 1] === '\r' && text[at] === '\n' ? at + 1 : at;
    };
    const built = buildSpringScope(raws, {
      id: section === 0 ? 'spring' : `spring-${section}`,
      label: `${baseName(uri)}${profile ? ` (profile ${profile})` : section > 0 ? ` (document ${section + 1})` : ''}`,
      span: { start: whole(range[0]), end: whole(range[2]) },
      section,
    });
    if (built.scope) sections.push({ scope: built.scope, section });
    problems.push(...built.problems);
  });
  const scopes = distinctLabels(sections, 'document');
  return {
    document: { uri, version, dialect: 'spring-yaml', text, scopes, comments: yamlComments(text, lineStarts), problems, lineStarts },
    index: { maps, pairs, broken },
  };
}

const INDEX = new WeakMap<ConfigDocument, SpringYamlIndex>();

export function parseSpringYaml(uri: string, version: number, text: string): ConfigDocument {
  const parsed = parseSpringYamlWithIndex(uri, version, text);
  INDEX.set(parsed.document, parsed.index);
  return parsed.document;
}

/** The mapping index of a parsed document (parsed again when the document came from elsewhere). */
export function yamlIndexOf(doc: ConfigDocument): SpringYamlIndex {
  let index = INDEX.get(doc);
  if (!index) {
    index = parseSpringYamlWithIndex(doc.uri, doc.version, doc.text).index;
    INDEX.set(doc, index);
  }
  return index;
}
