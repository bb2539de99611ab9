// The Java dialect: finds producer config maps in a .java file with a real Java parser (loaded on first use) and turns
// each into a scope of the shared model.
import { resolveJavaKeyAnyVersion } from '../../catalog/javaCatalog';
import type { JavaType } from '../../catalog/types';
import { NEWEST_JAVA_VERSION } from '../../catalog/versions';
import type { Comment, ConfigDocument, ConfigEntry, ConfigScope, SyntaxProblem } from '../../model/configDocument';
import type { Span } from '../../model/span';
import type { Value } from '../../model/value';
import { computeLineStarts, lineOf } from '../../util/lines';
import { Lowerer } from './ast';
import type { JavaParserApi, JNode, JToken } from './cst';
import { Interpreter, javaString, type JEntry, type JFactory, type JMap, type JValue } from './interpret';
import { mayHoldProducerConfig } from './prefilter';

export type { JavaParserApi } from './cst';
export { mayHoldProducerConfig } from './prefilter';
export { printJavaFix } from './printer';

/** What the Java printer reads from `ConfigScope.printHints`. */
export interface JavaPrintHints {
  /** Keys whose only entry is one the analysis adds (Spring's `enable.idempotence`, serializers passed as objects). */
  readonly synthetic: readonly string[];
  /** Offset after which a new `put` statement goes (the end of the last statement writing to the map). */
  readonly insertAfter?: number;
  /** The name the map is written through (`props`, `this.config`). */
  readonly receiver?: string;
  /** `put`, or `setProperty` for a `Properties` filled that way. */
  readonly putMethod: 'put' | 'setProperty';
  /** For `Map.of(…)` / `Map.ofEntries(…)` maps: the offset of the closing parenthesis. */
  readonly mapOfClose?: number;
  readonly mapOfKind?: 'of' | 'ofEntries';
  /** How many pairs the `Map.of(…)` literal holds. */
  readonly mapOfPairs?: number;
  /** The config class whose constants the file uses for keys (`ProducerConfig`), if any. */
  readonly constantClass?: string;
  /** The map goes to Spring's DefaultKafkaProducerFactory, which turns idempotence on for a transactional.id. */
  readonly springFactory?: true;
  /** `putIfAbsent` statements without effect while their key is set: removing the key removes them too. */
  readonly dormant?: ReadonlyArray<{ readonly key: string; readonly span: Span }>;
}

/** Per entry: how it was written, for the printer. */
const ENTRY_INFO = new WeakMap<ConfigEntry, JEntry>();

export function javaEntryInfo(entry: ConfigEntry): JEntry | undefined {
  return ENTRY_INFO.get(entry);
}

const MAX_RECOVERY = 6;

/** One per language service: loads the parser on first use. */
export class JavaDialect {
  /** The most recent dialect, for re-parses made without a service at hand (fix verification). */
  static last: JavaDialect | undefined;
  private api: JavaParserApi | undefined;
  private failed = false;

  constructor(private readonly load: () => JavaParserApi) {
    JavaDialect.last = this;
  }

  get loaded(): boolean {
    return this.api !== undefined;
  }

  private parser(): JavaParserApi | undefined {
    if (!this.api && !this.failed) {
      try {
        this.api = this.load();
      } catch {
        // Without the parser bundle Java files are simply not analysed.
        this.failed = true;
      }
    }
    return this.api;
  }

  parse(uri: string, version: number, text: string): ConfigDocument | undefined {
    if (!mayHoldProducerConfig(text)) return undefined;
    const api = this.parser();
    if (!api) return undefined;
    try {
      return analyseJava(api, uri, version, text);
    } catch {
      // Never let a Java file take the service down; it is then not analysed.
      return undefined;
    }
  }
}

/** Offset of a 1-based line/column pair. */
function offsetAt(lineStarts: readonly number[], line: number, column: number): number {
  return (lineStarts[line - 1] ?? 0) + Math.max(0, column - 1);
}

/** Replaces a range with spaces, keeping line breaks, so every other offset stays where it was. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}

/**
 * Parses, blanking the broken line (and the one before it when the error is at a line's first token) until the rest
 * parses: half-typed code costs the statement being typed, not the whole file.
 */
function parseTolerant(api: JavaParserApi, text: string): { cst: JNode; tokens: readonly JToken[]; text: string; errors: Span[] } | undefined {
  let current = text;
  const errors: Span[] = [];
  const lineStarts = computeLineStarts(text);
  for (let attempt = 0; attempt <= MAX_RECOVERY; attempt++) {
    try {
      const r = api.lexAndParse(current);
      return { cst: r.cst, tokens: r.tokens, text: current, errors };
    } catch (e) {
      const m = /line: (\d+), column: (\d+)/.exec(e instanceof Error ? e.message : String(e));
      if (!m) return undefined;
      const at = offsetAt(lineStarts, Number(m[1]), Number(m[2]));
      const line = lineOf({ lineStarts }, at);
      let start = lineStarts[line] ?? 0;
      const end = lineStarts[line + 1] ?? current.length;
      if (current.slice(start, at).trim() === '' && line > 0) {
        let prev = line - 1;
        while (prev > 0 && current.slice(lineStarts[prev]!, lineStarts[prev + 1]!).trim() === '') prev--;
        start = lineStarts[prev]!;
      }
      if (current.slice(start, end).trim() === '') return undefined;
      errors.push({ start: at, end: Math.min(end, at + 1) });
      current = blank(current, start, end);
    }
  }
  return undefined;
}

function commentsOf(cst: JNode, lineStarts: readonly number[]): Comment[] {
  const raw = (cst as JNode & { comments?: JToken[] }).comments ?? [];
  return raw.map((t) => {
    const image = t.image;
    const body = image.startsWith('//') ? image.slice(2) : image.replace(/^\/\*+/, '').replace(/\*+\/$/, '');
    return { span: { start: t.startOffset, end: t.endOffset + 1 }, text: body, line: lineOf({ lineStarts }, t.startOffset) };
  });
}

const JAVA_TYPE_NAMES: Readonly<Record<string, string>> = {
  str: 'java.lang.String',
  bool: 'java.lang.Boolean',
  class: 'java.lang.Class',
  list: 'java.util.List',
};

/** ConfigDef.parseType for a value object of a given Java type: the exception message, or undefined when accepted. */
function typeMismatch(type: JavaType, v: JValue): string | undefined {
  const java = v.t === 'num' ? `java.lang.${v.java}` : JAVA_TYPE_NAMES[v.t];
  if (!java || v.t === 'str') return undefined;
  const ok: Readonly<Record<JavaType, readonly string[]>> = {
    BOOLEAN: ['java.lang.Boolean'],
    STRING: [],
    PASSWORD: [],
    INT: ['java.lang.Integer'],
    SHORT: ['java.lang.Short'],
    LONG: ['java.lang.Integer', 'java.lang.Long'],
    DOUBLE: ['java.lang.Integer', 'java.lang.Long', 'java.lang.Short', 'java.lang.Double', 'java.lang.Float'],
    LIST: ['java.util.List'],
    CLASS: ['java.lang.Class'],
  };
  if (ok[type].includes(java)) return undefined;
  const expected: Readonly<Record<JavaType, string>> = {
    BOOLEAN: 'Expected value to be either true or false',
    STRING: `Expected value to be a string, but it was a ${java}`,
    PASSWORD: `Expected value to be a string, but it was a ${java}`,
    INT: `Expected value to be a 32-bit integer, but it was a ${java}`,
    SHORT: `Expected value to be a 16-bit integer (short), but it was a ${java}`,
    LONG: `Expected value to be a 64-bit integer (long), but it was a ${java}`,
    DOUBLE: `Expected value to be a double, but it was a ${java}`,
    LIST: 'Expected a comma separated list.',
    CLASS: 'Expected a Class instance or class name.',
  };
  return expected[type];
}

/**
 * Whether an entry's Java value is one ConfigDef accepts for `key` (a rename keeps the value: `5L` fits `linger.ms`,
 * a LONG, but not `batch.size`, an INT).
 */
export function javaValueFits(entry: ConfigEntry, key: string): boolean {
  const info = ENTRY_INFO.get(entry);
  const type = resolveJavaKeyAnyVersion(key, NEWEST_JAVA_VERSION)?.type;
  return !info || !type || typeMismatch(type, info.value) === undefined;
}

function toValue(v: JValue): Value {
  switch (v.t) {
    case 'str':
      return { kind: 'string', value: v.v };
    case 'num':
      return { kind: 'number', value: v.v };
    case 'bool':
      return { kind: 'boolean', value: v.v };
    case 'null':
      return { kind: 'null' };
    case 'class':
      return { kind: 'string', value: v.name };
    case 'list': {
      const items = v.items.map((i) => (i.t === 'class' ? i.name : javaString(i)));
      return items.every((i): i is string => i !== undefined) ? { kind: 'string', value: items.join(',') } : { kind: 'unknown', reason: 'a list with computed elements' };
    }
    default:
      return { kind: 'unknown', reason: 'computed at run time' };
  }
}

function reachesProducer(m: JMap): boolean {
  return m.sinks.some((s) => s.kind === 'producer') || m.copies.some(reachesProducer);
}

function reachesOther(m: JMap): boolean {
  return m.sinks.some((s) => s.kind === 'other') || m.copies.some(reachesOther);
}

export function analyseJava(api: JavaParserApi, uri: string, version: number, text: string): ConfigDocument | undefined {
  const parsed = parseTolerant(api, text);
  if (!parsed) return undefined;
  const lineStarts = computeLineStarts(text);
  const lowerer = new Lowerer(parsed.text);
  const unit = lowerer.unit(parsed.cst);
  const interp = new Interpreter(unit, parsed.text);
  interp.run();

  const scopes: ConfigScope[] = [];
  const problems: SyntaxProblem[] = [];
  for (const m of interp.maps) {
    const producerSinks = m.sinks.filter((s) => s.kind === 'producer');
    // A map that reaches a producer; or, when nothing in the file uses it, one built from ProducerConfig constants
    // (a config bean used elsewhere). Consumer, admin and streams maps never are.
    const direct = producerSinks.length > 0;
    const heuristic = !direct && !m.base && m.producerConstants > 0 && !m.foreign && !reachesProducer(m) && !reachesOther(m);
    if (!direct && !heuristic) continue;
    const scope = toScope(m, producerSinks.map((s) => s.factory!).filter(Boolean), scopes.length, heuristic, problems, text);
    if (scope) scopes.push(scope);
  }
  if (scopes.length === 0) return undefined;
  return {
    uri,
    version,
    dialect: 'java',
    text,
    scopes,
    comments: commentsOf(parsed.cst, lineStarts),
    problems,
    lineStarts,
  };
}

function toScope(m: JMap, factories: readonly JFactory[], index: number, heuristic: boolean, problems: SyntaxProblem[], text: string): ConfigScope | undefined {
  const entries: ConfigEntry[] = [];
  const synthetic: string[] = [];
  // Serializer objects given to the producer replace the map's serializer classes before ConfigDef reads them.
  const serializersGiven = factories.some((f) => f.serializersGiven);
  const add = (e: JEntry, i = -1) => {
    let value = toValue(e.value);
    const info = resolveJavaKeyAnyVersion(e.key, NEWEST_JAVA_VERSION);
    // ConfigDef only sees the last value of a key: one replaced by a later unconditional put never reaches it.
    const replaced =
      (serializersGiven && (e.key === 'key.serializer' || e.key === 'value.serializer')) ||
      // DefaultKafkaProducerFactory with a transaction-id prefix writes transactional.id itself.
      (e.key === 'transactional.id' && e.via !== 'factory' && factories.some((f) => f.transactionPrefix)) ||
      (i >= 0 && m.entries.some((later, j) => j > i && later.key === e.key && !later.conditional));
    const mismatch = info && !replaced ? typeMismatch(info.type, e.value) : undefined;
    if (mismatch) {
      problems.push({
        span: e.valueSpan,
        severity: 'error',
        code: 'invalid-value',
        message: `\`${e.key}\` is of type ${info!.type}: ConfigDef rejects this Java object ("${mismatch}"), so the producer fails at start-up. Write ${info!.type === 'STRING' || info!.type === 'PASSWORD' ? 'a String' : 'a value of the matching type, or a String'}.`,
      });
      value = { kind: 'unknown', reason: 'a value of the wrong Java type' };
    }
    const entry: ConfigEntry = {
      key: e.key,
      rawKey: e.key,
      value,
      keySpan: e.keySpan,
      valueSpan: e.valueSpan,
      span: e.span,
      origin: { kind: 'inline' },
      ...(e.maybeOverridden || e.conditional ? { maybeOverridden: true } : {}),
    };
    ENTRY_INFO.set(entry, e);
    entries.push(entry);
  };
  m.entries.forEach((e, i) => add(e, i));
  const has = (k: string) => entries.some((e) => e.key === k);
  for (const f of factories) {
    if (f.transactionPrefix) add(f.transactionPrefix);
    // DefaultKafkaProducerFactory moves transactional.id into its prefix and, for a transactional factory, puts
    // enable.idempotence=true when the map lacks it (setTransactionIdPrefix → enableIdempotentBehaviour).
    const txn = f.transactionPrefix ?? (f.kind === 'spring-factory' ? m.entries.find((e) => e.key === 'transactional.id') : undefined);
    if (f.kind === 'spring-factory' && txn && !has('enable.idempotence')) {
      entries.push(syntheticEntry('enable.idempotence', { kind: 'boolean', value: true }, txn.keySpan, txn.valueSpan, txn.span));
      synthetic.push('enable.idempotence');
    }
    if (f.serializersGiven) {
      // KafkaProducer(config, keySerializer, valueSerializer) puts the serializers' classes into the config
      // (ProducerConfig.appendSerializerToConfig), so they win over the map's own serializer entries.
      for (const k of ['key.serializer', 'value.serializer']) {
        if (synthetic.includes(k)) continue;
        entries.push(syntheticEntry(k, { kind: 'unknown', reason: 'a serializer object passed to the constructor' }, f.span, f.span, f.span));
        synthetic.push(k);
      }
    }
  }
  if (entries.length === 0) return undefined;
  const spans = [m.span, ...entries.map((e) => e.span), ...m.sinks.map((s) => s.span)];
  const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  const constant = m.entries.find((e) => e.keyStyle.kind === 'constant')?.keyStyle;
  const sink = m.sinks.find((s) => s.kind === 'producer');
  const name = m.receiver ?? m.label ?? 'map';
  // A map returned by a method of the file (`producerConfigs()`) gets new puts where that method builds it.
  let home: JMap = m;
  while (home.receiver === undefined && home.base && !home.immutable) home = home.base;
  const hints: JavaPrintHints = {
    synthetic,
    ...(home.insertAfter !== undefined && !home.immutable ? { insertAfter: home.insertAfter } : {}),
    ...(home.receiver && !home.immutable ? { receiver: home.receiver } : {}),
    ...(m.dormant.length > 0 ? { dormant: m.dormant } : {}),
    ...(factories.some((f) => f.kind === 'spring-factory') ? { springFactory: true as const } : {}),
    putMethod: m.properties && m.entries.some((e) => e.via === 'setProperty') ? 'setProperty' : 'put',
    ...(m.immutable && m.mapOfClose !== undefined ? { mapOfClose: m.mapOfClose, mapOfKind: m.mapOfKind ?? 'of', mapOfPairs: m.mapOfPairs } : {}),
    ...(constant?.kind === 'constant' ? { constantClass: constant.cls } : {}),
  };
  void text;
  return {
    id: `java-${index}`,
    client: 'java',
    role: 'producer',
    entries,
    span,
    label: `${name || 'Map'}${sink ? ` → ${sink.label}` : ''}`,
    open: m.open || heuristic,
    printHints: { ...hints },
  };
}

/**
 * The entries the analysis adds, derived again after a model-level edit: DefaultKafkaProducerFactory puts
 * enable.idempotence=true for a transactional.id the map now has (as the parse of the edited file would).
 */
export function javaSettle(scope: ConfigScope, entries: readonly ConfigEntry[]): ConfigEntry[] {
  if (scope.printHints?.['springFactory'] !== true) return [...entries];
  const txn = entries.filter((e) => e.key === 'transactional.id' && e.origin.kind === 'inline').pop();
  // Without a transactional.id the factory adds nothing; with one, it adds enable.idempotence unless the map sets it.
  const out = entries.filter((e) => e.key !== 'enable.idempotence' || e.origin.kind === 'inline');
  if (txn && !out.some((e) => e.key === 'enable.idempotence')) out.push(syntheticEntry('enable.idempotence', { kind: 'boolean', value: true }, txn.keySpan, txn.valueSpan, txn.span));
  return out;
}

function syntheticEntry(key: string, value: Value, keySpan: Span, valueSpan: Span, span: Span): ConfigEntry {
  return { key, rawKey: key, value, keySpan, valueSpan, span, origin: { kind: 'spread', span } };
}
