// Follows producer config maps through a Java file: where each map is built, what is put into it, and which producer
// (KafkaProducer, DefaultKafkaProducerFactory, reactor-kafka SenderOptions) it reaches. Nothing is executed; values the
// file does not spell out stay unknown.
import { JAVA_CONFIG_CONSTANTS } from '../../catalog/java/constants.generated';
import type { Span } from '../../model/span';
import type { CompilationUnit, Expr, FieldDecl, MethodDecl, Stmt } from './ast';

/** A Java value as far as the file tells it. */
export type JValue =
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'num'; readonly v: number; readonly java: 'Integer' | 'Long' | 'Short' | 'Double' | 'Float' }
  | { readonly t: 'bool'; readonly v: boolean }
  | { readonly t: 'null' }
  | { readonly t: 'class'; readonly name: string }
  | { readonly t: 'list'; readonly items: readonly JValue[] }
  | { readonly t: 'map'; readonly map: JMap }
  | { readonly t: 'entry'; readonly key: Expr; readonly value: Expr; readonly span: Span }
  | { readonly t: 'factory'; readonly factory: JFactory }
  | { readonly t: 'unknown' };

const UNKNOWN: JValue = { t: 'unknown' };

/** How the key of an entry was written. */
export type KeyStyle = { readonly kind: 'constant'; readonly cls: string; readonly name: string } | { readonly kind: 'string' } | { readonly kind: 'other' };

/** One write into a map (`put`, `setProperty`, a `Map.of` pair, a factory setting). */
export interface JEntry {
  readonly key: string;
  readonly keySpan: Span;
  readonly valueSpan: Span;
  /** The statement (or `k, v` pair) the printer removes. */
  readonly span: Span;
  readonly value: JValue;
  readonly valueExpr: Expr | undefined;
  readonly keyStyle: KeyStyle;
  /** Inside an `if`, a loop, a lambda or a catch block relative to where the map was built. */
  readonly conditional: boolean;
  /** Something unknown merged into the map after this write. */
  maybeOverridden: boolean;
  /** `put` / `setProperty` / `mapOf` / a factory setter / a constructor argument. */
  readonly via: 'put' | 'setProperty' | 'mapOf' | 'factory' | 'constructor' | 'spring-default';
  /** The receiver text of a `put` (`props`, `this.props`), for inserting siblings. */
  readonly receiver?: string;
}

let mapIds = 0;

export class JMap {
  readonly id = ++mapIds;
  entries: JEntry[] = [];
  /** Something the file cannot see may add keys (an unknown base map, `putAll(other)`, a call that receives it). */
  open = false;
  /** Keys written with ConsumerConfig / AdminClientConfig / StreamsConfig constants. */
  foreign = false;
  /** Keys written with ProducerConfig constants. */
  producerConstants = 0;
  readonly sinks: JSink[] = [];
  readonly copies: JMap[] = [];
  /** The map this one was copied from (a method's result, `new HashMap<>(other)`). */
  base: JMap | undefined;
  /** The statement after which new `put`s go, and what the map is called there. */
  insertAfter: number | undefined;
  receiver: string | undefined;
  /** Where the map literal's argument list closes (`Map.of(…)`), for new pairs. */
  mapOfClose: number | undefined;
  mapOfKind: 'of' | 'ofEntries' | undefined;
  /** How many pairs the `Map.of(…)` literal holds, whatever their keys (Map.of takes at most ten). */
  mapOfPairs = 0;
  immutable = false;
  properties = false;
  /** `putIfAbsent` calls that have no effect because the key is already set. */
  dormant: Array<{ readonly key: string; readonly span: Span }> = [];
  constructor(
    readonly span: Span,
    readonly depth: number,
    readonly label: string,
  ) {}
}

export interface JFactory {
  readonly kind: 'spring-factory' | 'kafka-producer' | 'sender-options';
  readonly map: JMap | undefined;
  readonly span: Span;
  serializersGiven: boolean;
  transactionPrefix?: JEntry;
}

export interface JSink {
  readonly kind: 'producer' | 'other';
  readonly factory?: JFactory;
  readonly span: Span;
  readonly label: string;
}

const MAP_TYPES = new Set(['HashMap', 'LinkedHashMap', 'TreeMap', 'ConcurrentHashMap', 'Hashtable', 'Properties', 'ConcurrentSkipListMap']);
const PRODUCER_SINKS: Readonly<Record<string, JFactory['kind']>> = {
  KafkaProducer: 'kafka-producer',
  DefaultKafkaProducerFactory: 'spring-factory',
};
const OTHER_SINKS = new Set(['KafkaConsumer', 'DefaultKafkaConsumerFactory', 'KafkaAdmin', 'KafkaStreams', 'StreamsConfig', 'ConsumerConfig', 'AdminClientConfig']);
const FOREIGN_CONFIG_CLASSES = new Set(['ConsumerConfig', 'AdminClientConfig', 'StreamsConfig', 'TopicConfig']);
/** Calls that only read their arguments. */
const READ_ONLY_CALLS = /^(?:info|debug|warn|error|trace|println|print|printf|format|requireNonNull|unmodifiableMap|copyOf|isEmpty|size|get|getProperty|containsKey|equals|hashCode|toString)$/;

const KNOWN_CONSTANTS: Readonly<Record<string, JValue>> = {
  'Integer.MAX_VALUE': { t: 'num', v: 2147483647, java: 'Integer' },
  'Integer.MIN_VALUE': { t: 'num', v: -2147483648, java: 'Integer' },
  'Long.MAX_VALUE': { t: 'num', v: 9223372036854775807, java: 'Long' },
  'Short.MAX_VALUE': { t: 'num', v: 32767, java: 'Short' },
  'Boolean.TRUE': { t: 'bool', v: true },
  'Boolean.FALSE': { t: 'bool', v: false },
};

/** Kafka's serializers by simple name, for class literals the imports do not name. */
const KAFKA_SERIALIZERS = ['String', 'ByteArray', 'Bytes', 'ByteBuffer', 'Integer', 'Long', 'Short', 'Double', 'Float', 'UUID', 'Void', 'Boolean'];

interface Env {
  readonly vars: Map<string, JValue>;
  readonly depth: number;
  /** The map an anonymous initializer's unqualified `put` writes to. */
  readonly implicit?: JMap;
  readonly method?: MethodDecl;
}

export class Interpreter {
  readonly maps: JMap[] = [];
  readonly factories: JFactory[] = [];
  private readonly fieldValues = new Map<string, JValue>();
  private readonly methodResults = new Map<MethodDecl, JValue>();
  private readonly running = new Set<MethodDecl>();
  private steps = 0;
  /** Every call on a map (`props.put(…)`), in the order run, with the name it was called through. */
  private readonly calls: Array<{ readonly map: JMap; readonly span: Span; readonly receiver: string | undefined }> = [];
  private readonly maxSteps = 200000;

  constructor(
    private readonly unit: CompilationUnit,
    private readonly text: string,
  ) {}

  run(): void {
    const env: Env = { vars: new Map(), depth: 0 };
    // Constants first (they may be used before their declaration), then the maps held in fields.
    for (const f of this.unit.fields) if (f.isStatic && f.isFinal) this.fieldValues.set(f.name, this.fieldConstant(f));
    for (const f of this.unit.fields) {
      if (f.isStatic && f.isFinal && this.fieldValues.get(f.name)?.t !== 'unknown') continue;
      this.fieldValues.set(f.name, f.init && (f.isFinal || this.isMapInit(f.init)) ? this.eval(f.init, env, f.name) : UNKNOWN);
      const v = this.fieldValues.get(f.name);
      // A statement cannot go after a field declaration (that is the class body): only puts in a block anchor new ones.
      if (v?.t === 'map') this.anchor(v.map, undefined, `this.${f.name}`);
    }
    for (const init of this.unit.initializers) this.block(init.body, { vars: new Map(), depth: 0 });
    for (const m of this.unit.methods) this.callMethod(m);
  }

  private isMapInit(e: Expr): boolean {
    return e.k === 'new' && MAP_TYPES.has(e.type);
  }

  private fieldConstant(f: FieldDecl): JValue {
    if (!f.init) return UNKNOWN;
    const v = this.eval(f.init, { vars: new Map(), depth: 0 }, f.name);
    if (v.t === 'num') {
      // The declared type decides the boxed type the map receives (`static final long X = 5` is a Long).
      const java = ({ int: 'Integer', Integer: 'Integer', long: 'Long', Long: 'Long', short: 'Short', Short: 'Short', double: 'Double', Double: 'Double', float: 'Float', Float: 'Float' } as const)[f.type as 'int'];
      if (java) return { t: 'num', v: v.v, java };
    }
    return v;
  }

  private callMethod(m: MethodDecl): JValue {
    const done = this.methodResults.get(m);
    if (done) return done;
    if (this.running.has(m)) return UNKNOWN;
    this.running.add(m);
    const vars = new Map<string, JValue>();
    for (const p of m.params) vars.set(p, UNKNOWN);
    const result = this.block(m.body, { vars, depth: 0, method: m });
    this.running.delete(m);
    const r = result ?? UNKNOWN;
    this.methodResults.set(m, r);
    return r;
  }

  /** Runs statements in order; returns the value of the first unconditional `return`. */
  private block(body: readonly Stmt[], env: Env): JValue | undefined {
    let returned: JValue | undefined;
    for (const s of body) {
      if (++this.steps > this.maxSteps) return returned;
      const mark = this.calls.length;
      const r = this.stmt(s, env);
      if (r !== undefined && returned === undefined) returned = r;
      // New puts go after the last statement that calls the map through the name it was declared with, at the level
      // the map was built at: after an `if` or a loop that writes to it, never inside (a put there would be conditional).
      for (let i = mark; i < this.calls.length; i++) {
        const c = this.calls[i]!;
        if (c.map.depth !== env.depth || c.span.start < s.span.start || c.span.end > s.span.end) continue;
        if (c.receiver === undefined || (c.receiver !== c.map.receiver && `this.${c.receiver}` !== c.map.receiver)) continue;
        c.map.insertAfter = Math.max(c.map.insertAfter ?? 0, s.span.end);
      }
    }
    return returned;
  }

  private stmt(s: Stmt, env: Env): JValue | undefined {
    switch (s.k) {
      case 'local': {
        const v = s.init ? this.eval(s.init, env, s.name) : UNKNOWN;
        env.vars.set(s.name, v);
        if (v.t === 'map') this.anchor(v.map, s.span.end, s.name);
        return undefined;
      }
      case 'expr':
        this.eval(s.expr, env);
        return undefined;
      case 'return':
        return s.expr ? this.eval(s.expr, env) : UNKNOWN;
      case 'block': {
        const inner: Env = { ...env, depth: env.depth + (s.conditional ? 1 : 0) };
        const r = this.block(s.body, inner);
        return s.conditional ? undefined : r;
      }
      case 'other':
        for (const e of s.exprs) this.eval(e, env);
        return undefined;
    }
  }

  private anchor(map: JMap, after: number | undefined, receiver: string): void {
    if (map.receiver === undefined && !map.immutable) {
      map.receiver = receiver;
      map.insertAfter = after;
    }
  }

  private newMap(span: Span, env: Env, label: string): JMap {
    const m = new JMap(span, env.depth, label);
    this.maps.push(m);
    return m;
  }

  private copyOf(base: JMap, span: Span, env: Env, label: string): JMap {
    const m = this.newMap(span, env, label);
    m.entries = base.entries.map((e) => ({ ...e }));
    m.dormant = [...base.dormant];
    m.open = base.open;
    m.foreign = base.foreign;
    m.producerConstants = base.producerConstants;
    m.properties = base.properties;
    base.copies.push(m);
    m.base = base;
    return m;
  }

  /** The key string an expression names, and how it was written. */
  key(e: Expr, env: Env, map?: JMap): { key: string; style: KeyStyle } | undefined {
    if (e.k === 'lit' && e.type === 'String') return { key: e.value as string, style: { kind: 'string' } };
    if (e.k === 'name') {
      const parts = e.parts[0] === 'this' ? e.parts.slice(1) : e.parts;
      if (parts.length >= 2) {
        const cls = parts[parts.length - 2]!;
        const name = parts[parts.length - 1]!;
        if (FOREIGN_CONFIG_CLASSES.has(cls)) {
          if (map) map.foreign = true;
          return undefined;
        }
        const c = JAVA_CONFIG_CONSTANTS[cls]?.[name];
        if (c) {
          if (map && cls === 'ProducerConfig') map.producerConstants++;
          return { key: c.key, style: { kind: 'constant', cls, name } };
        }
      }
      if (parts.length === 1) {
        const name = parts[0]!;
        for (const si of this.unit.staticImports) {
          if (si.member !== name && si.member !== '*') continue;
          if (FOREIGN_CONFIG_CLASSES.has(si.cls) && si.member === name) {
            if (map) map.foreign = true;
            return undefined;
          }
          const c = JAVA_CONFIG_CONSTANTS[si.cls]?.[name];
          if (c) {
            if (map && si.cls === 'ProducerConfig') map.producerConstants++;
            return { key: c.key, style: { kind: 'constant', cls: si.cls, name } };
          }
        }
      }
    }
    const v = this.eval(e, env);
    return v.t === 'str' ? { key: v.v, style: { kind: 'other' } } : undefined;
  }

  eval(e: Expr, env: Env, label = ''): JValue {
    if (++this.steps > this.maxSteps) return UNKNOWN;
    switch (e.k) {
      case 'lit':
        switch (e.type) {
          case 'String':
          case 'Character':
            return { t: 'str', v: e.value as string };
          case 'Boolean':
            return { t: 'bool', v: e.value as boolean };
          case 'Null':
            return { t: 'null' };
          default:
            return { t: 'num', v: e.value as number, java: e.type as 'Integer' };
        }
      case 'name':
        return this.name(e.parts, env);
      case 'member':
        this.eval(e.target, env);
        return UNKNOWN;
      case 'classLit':
        return { t: 'class', name: this.qualify(e.type) };
      case 'unary': {
        const v = this.eval(e.arg, env);
        if (e.op === '-' && v.t === 'num') return { ...v, v: -v.v };
        if (e.op === '+' && v.t === 'num') return v;
        if (e.op === '!' && v.t === 'bool') return { t: 'bool', v: !v.v };
        return UNKNOWN;
      }
      case 'binary':
        return this.binary(e.op, this.eval(e.left, env), this.eval(e.right, env));
      case 'cast': {
        const v = this.eval(e.arg, env);
        if (v.t !== 'num') return v;
        const java = ({ int: 'Integer', long: 'Long', short: 'Short', double: 'Double', float: 'Float' } as const)[e.type as 'int'];
        if (!java) return v;
        const n = java === 'Integer' ? Math.trunc(v.v) | 0 : java === 'Long' || java === 'Short' ? Math.trunc(v.v) : v.v;
        return { t: 'num', v: n, java };
      }
      case 'assign': {
        const v = this.eval(e.value, env);
        if (e.op === '=' && e.target.k === 'name') {
          const parts = e.target.parts;
          const name = parts[parts.length - 1]!;
          if (parts.length === 1 && env.vars.has(name)) env.vars.set(name, v);
          else if (parts.length === 1 || (parts.length === 2 && parts[0] === 'this')) {
            // A field assigned in a method: known only if this is the one place, which this walk cannot tell.
            if (v.t === 'map') {
              this.fieldValues.set(name, v);
              this.anchor(v.map, e.span.end, parts.join('.'));
            }
          }
        }
        return v;
      }
      case 'lambda':
        this.block(e.body, { ...env, vars: new Map(env.vars), depth: env.depth + 1 });
        return UNKNOWN;
      case 'other':
        for (const x of e.inner) this.eval(x, env);
        return UNKNOWN;
      case 'new':
        return this.construct(e, env, label);
      case 'call':
        return this.call(e, env, label);
    }
  }

  private name(parts: readonly string[], env: Env): JValue {
    const p = parts[0] === 'this' ? parts.slice(1) : parts;
    if (p.length === 0) return UNKNOWN;
    if (p.length === 1) {
      if (parts[0] !== 'this' && env.vars.has(p[0]!)) return env.vars.get(p[0]!)!;
      const f = this.fieldValues.get(p[0]!);
      if (f) return f;
      return UNKNOWN;
    }
    const known = KNOWN_CONSTANTS[p.join('.')];
    if (known) return known;
    if (p.length === 3 && p[0] === 'CompressionType' && p[2] === 'name') return { t: 'str', v: p[1]!.toLowerCase() };
    // A constant of a class of this file (`KafkaConfig.SERVERS`).
    if (p.length === 2 && this.unit.fields.some((f) => f.className === p[0] && f.name === p[1] && f.isStatic)) return this.fieldValues.get(p[1]!) ?? UNKNOWN;
    const cls = p[p.length - 2]!;
    const c = JAVA_CONFIG_CONSTANTS[cls]?.[p[p.length - 1]!];
    if (c) return { t: 'str', v: c.key };
    return UNKNOWN;
  }

  private qualify(type: string): string {
    if (type.includes('.')) return type;
    const imported = this.unit.imports.get(type);
    if (imported) return imported;
    const m = /^(\w+)Serializer$/.exec(type);
    if (m && KAFKA_SERIALIZERS.includes(m[1]!)) return `org.apache.kafka.common.serialization.${type}`;
    return type;
  }

  private binary(op: string, a: JValue, b: JValue): JValue {
    if (op === '+' && (a.t === 'str' || b.t === 'str')) {
      const sa = javaString(a);
      const sb = javaString(b);
      return sa !== undefined && sb !== undefined ? { t: 'str', v: sa + sb } : UNKNOWN;
    }
    if (a.t === 'num' && b.t === 'num') {
      const rank = ['Short', 'Integer', 'Long', 'Float', 'Double'];
      const java = rank[Math.max(rank.indexOf(a.java), rank.indexOf(b.java), 1)] as 'Integer';
      const integral = java === 'Integer' || java === 'Long';
      let v: number;
      switch (op) {
        case '+': v = a.v + b.v; break;
        case '-': v = a.v - b.v; break;
        case '*': v = a.v * b.v; break;
        case '/': if (b.v === 0) return UNKNOWN; v = integral ? Math.trunc(a.v / b.v) : a.v / b.v; break;
        case '%': if (b.v === 0) return UNKNOWN; v = a.v % b.v; break;
        default: return UNKNOWN;
      }
      if (java === 'Integer') v = v | 0;
      return { t: 'num', v, java };
    }
    return UNKNOWN;
  }

  private construct(e: Extract<Expr, { k: 'new' }>, env: Env, label: string): JValue {
    const args = e.args.map((a) => this.eval(a, env));
    if (MAP_TYPES.has(e.type)) {
      const base = args[0];
      let m: JMap;
      if (base?.t === 'map') m = this.copyOf(base.map, e.span, env, label);
      else {
        m = this.newMap(e.span, env, label);
        // `new HashMap<>(16)` is a capacity; any other argument is a map the file does not show.
        if (base && base.t !== 'num') m.open = true;
      }
      m.properties = m.properties || e.type === 'Properties';
      if (e.body) this.block(e.body, { vars: new Map(env.vars), depth: env.depth, implicit: m });
      return { t: 'map', map: m };
    }
    const kind = PRODUCER_SINKS[e.type];
    if (kind) {
      const config = args[0];
      const map = config?.t === 'map' ? config.map : undefined;
      const factory: JFactory = {
        kind,
        map,
        span: e.span,
        // KafkaProducer(props, keySerializer, valueSerializer) and the factory's serializer/supplier arguments.
        serializersGiven: e.args.length >= 3 && args[1]?.t !== 'null' && args[2]?.t !== 'null',
      };
      this.factories.push(factory);
      if (map) map.sinks.push({ kind: 'producer', factory, span: e.span, label: `new ${e.type}<>(…)` });
      return { t: 'factory', factory };
    }
    if (OTHER_SINKS.has(e.type)) {
      for (const a of args) if (a.t === 'map') a.map.sinks.push({ kind: 'other', span: e.span, label: e.type });
      return UNKNOWN;
    }
    // Any other object that receives a map may change it.
    for (const a of args) if (a.t === 'map') this.taint(a.map);
    return UNKNOWN;
  }

  /** A call the file cannot see into received the map: it may add or replace anything. */
  private taint(m: JMap): void {
    m.open = true;
    for (const en of m.entries) en.maybeOverridden = true;
  }

  private call(e: Extract<Expr, { k: 'call' }>, env: Env, label: string): JValue {
    const target = e.target ? this.eval(e.target, env) : env.implicit ? ({ t: 'map', map: env.implicit } as JValue) : undefined;
    const targetName = e.target?.k === 'name' ? e.target.parts.join('.') : undefined;

    // Map literals: Map.of(k, v, …), Map.ofEntries(Map.entry(k, v), …), Map.entry(k, v).
    if (targetName === 'Map' || targetName === 'java.util.Map') {
      if (e.name === 'entry' && e.args.length === 2) return { t: 'entry', key: e.args[0]!, value: e.args[1]!, span: e.span };
      if (e.name === 'of' || e.name === 'ofEntries' || e.name === 'copyOf') return this.mapLiteral(e, env, label);
    }
    if (targetName === 'SenderOptions' && e.name === 'create') {
      const config = e.args[0] ? this.eval(e.args[0], env) : UNKNOWN;
      const map = config.t === 'map' ? config.map : undefined;
      const factory: JFactory = { kind: 'sender-options', map, span: e.span, serializersGiven: false };
      this.factories.push(factory);
      if (map) map.sinks.push({ kind: 'producer', factory, span: e.span, label: 'SenderOptions.create(…)' });
      return { t: 'factory', factory };
    }
    if ((targetName === 'AdminClient' || targetName === 'Admin' || targetName === 'ReceiverOptions') && e.name === 'create') {
      for (const a of e.args) {
        const v = this.eval(a, env);
        if (v.t === 'map') v.map.sinks.push({ kind: 'other', span: e.span, label: `${targetName}.create` });
      }
      return UNKNOWN;
    }
    const pure = this.pureCall(e, env, targetName, target);
    if (pure) return pure;

    if (target?.t === 'map') return this.mapCall(target.map, e, env);
    if (target?.t === 'factory') return this.factoryCall(target.factory, e, env);

    const args = e.args.map((a) => this.eval(a, env));
    // A method of this file: its result (maps are copied, so each caller mutates its own).
    if (!e.target || (e.target.k === 'name' && e.target.parts.length === 1 && e.target.parts[0] === 'this')) {
      const m = this.unit.methods.find((x) => x.name === e.name && x.params.length === e.args.length);
      if (m) {
        const r = this.callMethod(m);
        if (r.t === 'map') return { t: 'map', map: this.copyOf(r.map, e.span, env, `${e.name}()`) };
        return r;
      }
    }
    if (!READ_ONLY_CALLS.test(e.name)) for (const a of args) if (a.t === 'map') this.taint(a.map);
    return UNKNOWN;
  }

  /** Calls whose result the file determines: conversions, durations, class names, lists. */
  private pureCall(e: Extract<Expr, { k: 'call' }>, env: Env, targetName: string | undefined, target: JValue | undefined): JValue | undefined {
    const arg = (i: number) => (e.args[i] ? this.eval(e.args[i]!, env) : UNKNOWN);
    const t = `${targetName ?? ''}.${e.name}`;
    switch (t) {
      case 'String.valueOf':
      case 'Integer.toString':
      case 'Long.toString':
      case 'Boolean.toString':
      case 'Double.toString': {
        const s = javaString(arg(0));
        return s === undefined ? UNKNOWN : { t: 'str', v: s };
      }
      case 'Integer.valueOf':
      case 'Integer.parseInt':
      case 'Long.valueOf':
      case 'Long.parseLong': {
        const v = arg(0);
        const n = v.t === 'num' ? v.v : v.t === 'str' && /^[-+]?\d+$/.test(v.v.trim()) ? Number(v.v) : undefined;
        return n === undefined ? UNKNOWN : { t: 'num', v: n, java: t.startsWith('Integer') ? 'Integer' : 'Long' };
      }
      case 'Boolean.valueOf':
      case 'Boolean.parseBoolean': {
        const v = arg(0);
        return v.t === 'bool' ? v : v.t === 'str' ? { t: 'bool', v: v.v.toLowerCase() === 'true' } : UNKNOWN;
      }
      case 'List.of':
      case 'Arrays.asList':
      case 'Collections.singletonList': {
        const items = e.args.map((_a, i) => arg(i));
        return { t: 'list', items };
      }
      case 'String.join': {
        const parts = e.args.map((_a, i) => javaString(arg(i)));
        if (parts.some((p) => p === undefined)) return UNKNOWN;
        const [sep, ...rest] = parts as string[];
        return { t: 'str', v: rest.join(sep) };
      }
    }
    if (e.name === 'toMillis' && e.target?.k === 'call' && e.target.target?.k === 'name' && e.target.target.parts.join('.') === 'Duration') {
      const unit = { ofMillis: 1, ofSeconds: 1000, ofMinutes: 60000, ofHours: 3600000 }[e.target.name];
      const n = e.target.args[0] ? this.eval(e.target.args[0], env) : UNKNOWN;
      return unit && n.t === 'num' ? { t: 'num', v: n.v * unit, java: 'Long' } : UNKNOWN;
    }
    if (e.target?.k === 'name' && e.target.parts.length === 2 && e.target.parts[0] === 'TimeUnit' && e.name === 'toMillis') {
      const unit = { MILLISECONDS: 1, SECONDS: 1000, MINUTES: 60000, HOURS: 3600000 }[e.target.parts[1]!];
      const n = arg(0);
      return unit && n.t === 'num' ? { t: 'num', v: n.v * unit, java: 'Long' } : UNKNOWN;
    }
    if ((e.name === 'getName' || e.name === 'getCanonicalName') && e.args.length === 0 && target?.t === 'class') {
      return target.name.includes('.') ? { t: 'str', v: target.name } : UNKNOWN;
    }
    if (e.name === 'toString' && e.args.length === 0 && target) {
      const s = javaString(target);
      return s === undefined ? undefined : { t: 'str', v: s };
    }
    return undefined;
  }

  private mapLiteral(e: Extract<Expr, { k: 'call' }>, env: Env, label: string): JValue {
    const m = this.newMap(e.span, env, label);
    m.immutable = true;
    m.mapOfKind = e.name === 'ofEntries' ? 'ofEntries' : 'of';
    m.mapOfClose = e.span.end - 1;
    if (e.name === 'copyOf') {
      const base = e.args[0] ? this.eval(e.args[0], env) : UNKNOWN;
      if (base.t === 'map') {
        const c = this.copyOf(base.map, e.span, env, label);
        c.immutable = true;
        return { t: 'map', map: c };
      }
      m.open = true;
      return { t: 'map', map: m };
    }
    const pairs: Array<{ key: Expr; value: Expr; span: Span }> = [];
    if (e.name === 'of') {
      for (let i = 0; i + 1 < e.args.length; i += 2) pairs.push({ key: e.args[i]!, value: e.args[i + 1]!, span: { start: e.args[i]!.span.start, end: e.args[i + 1]!.span.end } });
    } else {
      for (const a of e.args) {
        const v = this.eval(a, env);
        if (v.t === 'entry') pairs.push({ key: v.key, value: v.value, span: v.span });
        else m.open = true;
      }
    }
    m.mapOfPairs = pairs.length;
    for (const p of pairs) this.write(m, p.key, p.value, p.span, env, 'mapOf');
    return { t: 'map', map: m };
  }

  private write(m: JMap, keyExpr: Expr, valueExpr: Expr, span: Span, env: Env, via: JEntry['via'], receiver?: string): void {
    const k = this.key(keyExpr, env, m);
    const value = this.eval(valueExpr, env);
    if (!k) {
      // An unknown key may be any setting; later writes stay definite.
      m.open = true;
      return;
    }
    m.entries.push({
      key: k.key,
      keySpan: keyExpr.span,
      valueSpan: valueExpr.span,
      span,
      value,
      valueExpr,
      keyStyle: k.style,
      conditional: env.depth > m.depth,
      maybeOverridden: false,
      via,
      ...(receiver !== undefined ? { receiver } : {}),
    });
  }

  private mapCall(m: JMap, e: Extract<Expr, { k: 'call' }>, env: Env): JValue {
    const receiver = e.target ? this.text.slice(e.target.span.start, e.target.span.end) : undefined;
    this.calls.push({ map: m, span: e.span, receiver });
    const stmtSpan = e.span;
    switch (e.name) {
      case 'put':
      case 'setProperty':
      case 'putIfAbsent': {
        if (e.args.length !== 2) return UNKNOWN;
        if (e.name === 'putIfAbsent') {
          const k = this.key(e.args[0]!, env);
          if (k && m.entries.some((x) => x.key === k.key && !x.conditional)) {
            // It does nothing while the key is set, and takes over once the earlier put is removed.
            m.dormant.push({ key: k.key, span: stmtSpan });
            return UNKNOWN;
          }
        }
        this.write(m, e.args[0]!, e.args[1]!, stmtSpan, env, e.name === 'setProperty' ? 'setProperty' : 'put', receiver);
        if (e.name === 'setProperty') m.properties = true;
        return UNKNOWN;
      }
      case 'putAll': {
        const other = e.args[0] ? this.eval(e.args[0], env) : UNKNOWN;
        if (other.t === 'map') {
          for (const x of other.map.entries) m.entries.push({ ...x, conditional: x.conditional || env.depth > m.depth });
          if (other.map.open) this.taint(m);
          m.producerConstants += other.map.producerConstants;
          m.foreign = m.foreign || other.map.foreign;
        } else this.taint(m);
        return UNKNOWN;
      }
      case 'remove': {
        const k = e.args[0] ? this.key(e.args[0], env) : undefined;
        if (!k) this.taint(m);
        else if (env.depth > m.depth) for (const x of m.entries) { if (x.key === k.key) x.maybeOverridden = true; }
        else m.entries = m.entries.filter((x) => x.key !== k.key);
        return UNKNOWN;
      }
      case 'clear':
        if (env.depth > m.depth) this.taint(m);
        else m.entries = [];
        return UNKNOWN;
      case 'compute':
      case 'computeIfAbsent':
      case 'computeIfPresent':
      case 'merge':
      case 'replace':
      case 'replaceAll':
        this.taint(m);
        return UNKNOWN;
      default:
        for (const a of e.args) this.eval(a, env);
        return UNKNOWN;
    }
  }

  private factoryCall(f: JFactory, e: Extract<Expr, { k: 'call' }>, env: Env): JValue {
    const args = e.args.map((a) => this.eval(a, env));
    if (f.kind !== 'spring-factory') return UNKNOWN;
    switch (e.name) {
      case 'setTransactionIdPrefix': {
        const v = args[0] ?? UNKNOWN;
        f.transactionPrefix = {
          key: 'transactional.id',
          keySpan: e.nameSpan,
          valueSpan: e.args[0]?.span ?? e.nameSpan,
          span: e.span,
          value: v.t === 'str' ? { t: 'str', v: v.v } : UNKNOWN,
          valueExpr: e.args[0],
          keyStyle: { kind: 'other' },
          conditional: env.depth > 0,
          maybeOverridden: false,
          via: 'factory',
        };
        return UNKNOWN;
      }
      case 'setKeySerializer':
      case 'setValueSerializer':
      case 'setKeySerializerSupplier':
      case 'setValueSerializerSupplier':
        f.serializersGiven = true;
        return UNKNOWN;
      case 'updateConfigs': {
        const other = args[0];
        if (f.map && other?.t === 'map') for (const x of other.map.entries) f.map.entries.push({ ...x });
        else if (f.map) this.taint(f.map);
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }
}

/** `String.valueOf` of a known value. */
export function javaString(v: JValue): string | undefined {
  switch (v.t) {
    case 'str':
      return v.v;
    case 'bool':
      return v.v ? 'true' : 'false';
    case 'num':
      if (v.java === 'Double' || v.java === 'Float') return Number.isInteger(v.v) ? v.v.toFixed(1) : String(v.v);
      return String(v.v);
    case 'null':
      return 'null';
    default:
      return undefined;
  }
}
