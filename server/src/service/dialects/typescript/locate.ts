// Finds producer configuration in code the way the code means it: the client comes from the import, and each
// `new Kafka(…)`, `kafka.producer(…)`, `send(…)`, `transaction()`, `new Producer(…)` and NestJS `Transport.KAFKA`
// options object becomes a scope, linked to the client and producer it belongs to.
import { compareCodeUnits } from '../../util/compare';
import type * as TS from 'typescript';
import type { ClientId, ConfigScope } from '../../model/configDocument';
import type { Evaluator } from './evaluate';
import { isLibrary } from './evaluate';
import type { TypeScriptApi } from './host';
import type { FileContext, JsValue, ObjectValue } from './values';

export type Place = 'client' | 'producer' | 'send' | 'transaction';

type InstanceKind = 'Kafka' | 'Producer' | 'Transaction';

/** A client object the code creates or receives: which library, which kind, and the scope that configured it. */
export interface Instance {
  readonly client: 'kafkajs' | 'confluent-kafkajs' | 'librdkafka';
  readonly kind: InstanceKind;
  /** The scope configuring it; absent when it comes from a parameter or field typed with the library's class. */
  readonly scopeId?: string;
}

/** One configuration site the extractor found. */
export interface FoundScope {
  readonly id: string;
  readonly client: ClientId;
  readonly role: ConfigScope['role'];
  readonly place: Place;
  readonly label: string;
  /** The call or `new` expression (or NestJS options object) the scope belongs to. */
  readonly node: TS.Node;
  /** The configuration objects read, in merge order (node-rdkafka's global and topic config; one otherwise). */
  readonly configs: ReadonlyArray<{ readonly expr: TS.Expression | undefined; readonly obj: ObjectValue | undefined }>;
  /** Where a missing argument would go: just after `(` of the call. */
  readonly argumentOffset?: number;
  readonly linked: string[];
}

/** Record fields a send call carries besides configuration. */
export interface SendRecords {
  readonly keys: ReadonlyArray<{ value: JsValue; node: TS.Node }>;
}

export class Locator {
  readonly scopes: FoundScope[] = [];
  /** The record keys of each send scope, when the records are written in the call. */
  readonly records = new Map<string, SendRecords>();
  private readonly instances = new Map<TS.Node, Instance | null>();
  private readonly byId = new Map<string, FoundScope>();

  constructor(
    private readonly ts: TypeScriptApi,
    private readonly file: FileContext,
    private readonly ev: Evaluator,
  ) {}

  run(): void {
    const ts = this.ts;
    // The binder's walk listed the `new`/call expressions and object literals in document order.
    for (const n of this.file.binder.candidates) {
      if (ts.isObjectLiteralExpression(n)) this.nestOptions(n);
      else this.classify(n);
    }
    const sf = this.file.sourceFile;
    const start = new Map<FoundScope, number>();
    for (const s of this.scopes) start.set(s, s.node.getStart(sf));
    this.scopes.sort((a, b) => start.get(a)! - start.get(b)! || compareCodeUnits(a.id, b.id));
  }

  private add(scope: FoundScope): FoundScope {
    this.scopes.push(scope);
    this.byId.set(scope.id, scope);
    return scope;
  }

  private link(a: string | undefined, b: string | undefined): void {
    if (!a || !b || a === b) return;
    const sa = this.byId.get(a);
    const sb = this.byId.get(b);
    if (sa && !sa.linked.includes(b)) sa.linked.push(b);
    if (sb && !sb.linked.includes(a)) sb.linked.push(a);
  }

  private id(place: Place, node: TS.Node): string {
    return `${place}@${node.getStart(this.file.sourceFile)}`;
  }

  private configOf(expr: TS.Expression | undefined): { expr: TS.Expression | undefined; obj: ObjectValue | undefined } {
    if (!expr) return { expr, obj: { props: [], open: false } };
    const obj = this.ev.object(this.file, expr);
    // `producer(undefined)` is `producer()`: every default, nothing unknown.
    if (!obj && this.ev.value(this.file, expr).kind === 'undefined') return { expr, obj: { props: [], open: false } };
    return { expr, obj };
  }

  private argumentOffset(call: TS.CallExpression | TS.NewExpression): number | undefined {
    const args = call.arguments;
    if (!args) return undefined;
    return args.pos;
  }

  /** What a `new`/call expression creates, creating its scope the first time (memoised; `null` = nothing of ours). */
  private classify(n: TS.NewExpression | TS.CallExpression): Instance | null {
    const hit = this.instances.get(n);
    if (hit !== undefined) return hit;
    this.instances.set(n, null); // cycle guard
    const result = this.ts.isNewExpression(n) ? this.classifyNew(n) : this.classifyCall(n);
    this.instances.set(n, result);
    return result;
  }

  private classifyNew(n: TS.NewExpression): Instance | null {
    const callee = this.ev.value(this.file, n.expression);
    if (callee.kind !== 'library') return null; // every class below is a client package member
    const args = n.arguments ?? [];
    const text = n.expression.getText(this.file.sourceFile);
    if (isLibrary(callee, 'kafkajs', 'Kafka')) return this.clientScope(n, 'kafkajs', args[0], `new ${text}({…})`);
    if (isLibrary(callee, '@confluentinc/kafka-javascript', 'KafkaJS', 'Kafka')) return this.clientScope(n, 'confluent-kafkajs', args[0], `new ${text}({…})`);
    if (isRdKafkaProducer(callee)) return this.rdkafkaProducer(n, args, `new ${text}({…})`);
    if (isLibrary(callee, '@nestjs/microservices', 'ClientKafka') && args[0]) {
      const opts = this.ev.object(this.file, args[0]);
      if (opts) this.nestScopes(n, opts, 'new ClientKafka');
    }
    return null;
  }

  private classifyCall(n: TS.CallExpression): Instance | null {
    const ts = this.ts;
    const callee = this.ev.skipOuter(n.expression);
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (method === 'producer' || method === 'send' || method === 'sendBatch' || method === 'transaction') {
        const recv = this.instanceOf(callee.expression);
        if (recv) return this.method(n, recv, method, callee);
      }
    }
    const fn = this.ev.value(this.file, callee);
    if (isRdKafkaCreateWriteStream(fn)) return this.rdkafkaProducer(n, n.arguments.slice(0, 2), `${callee.getText(this.file.sourceFile)}(…)`);
    return null;
  }

  private clientScope(n: TS.NewExpression, client: 'kafkajs' | 'confluent-kafkajs', arg: TS.Expression | undefined, label: string): Instance {
    const id = this.id('client', n);
    this.add({ id, client, role: 'client', place: 'client', label, node: n, configs: [this.configOf(arg)], ...(this.argumentOffset(n) !== undefined ? { argumentOffset: this.argumentOffset(n)! } : {}), linked: [] });
    return { client, kind: 'Kafka', scopeId: id };
  }

  private rdkafkaProducer(n: TS.NewExpression | TS.CallExpression, args: readonly TS.Expression[], label: string): Instance {
    const id = this.id('producer', n);
    const configs = [this.configOf(args[0])];
    if (args[1]) configs.push(this.configOf(args[1]));
    this.add({ id, client: 'librdkafka', role: 'producer', place: 'producer', label, node: n, configs, ...(this.argumentOffset(n) !== undefined ? { argumentOffset: this.argumentOffset(n)! } : {}), linked: [] });
    return { client: 'librdkafka', kind: 'Producer', scopeId: id };
  }

  private method(n: TS.CallExpression, recv: Instance, method: string, callee: TS.PropertyAccessExpression): Instance | null {
    const recvText = callee.expression.getText(this.file.sourceFile);
    const short = recvText.length > 30 ? `…${recvText.slice(-28)}` : recvText;
    if (recv.client === 'librdkafka') return null;
    if (method === 'producer' && recv.kind === 'Kafka') {
      const id = this.id('producer', n);
      this.add({ id, client: recv.client, role: 'producer', place: 'producer', label: `${short}.producer({…})`, node: n, configs: [this.configOf(n.arguments[0])], ...(this.argumentOffset(n) !== undefined ? { argumentOffset: this.argumentOffset(n)! } : {}), linked: [] });
      this.link(id, recv.scopeId);
      return { client: recv.client, kind: 'Producer', scopeId: id };
    }
    if ((method === 'send' || method === 'sendBatch') && (recv.kind === 'Producer' || recv.kind === 'Transaction')) {
      const role = recv.kind === 'Transaction' ? 'transaction-send' : 'send';
      const id = this.id('send', n);
      const record = n.arguments[0];
      const config = record ? this.ev.object(this.file, record) : undefined;
      this.add({ id, client: recv.client, role, place: 'send', label: `${short}.${method}({…})`, node: n, configs: [{ expr: record, obj: config }], linked: [] });
      this.linkToProducer(id, recv.scopeId);
      if (config) this.collectRecordKeys(id, config, method === 'sendBatch');
      return null;
    }
    if (method === 'transaction' && recv.kind === 'Producer') {
      const id = this.id('transaction', n);
      this.add({ id, client: recv.client, role: 'transaction', place: 'transaction', label: `${short}.transaction()`, node: n, configs: [], linked: [] });
      this.linkToProducer(id, recv.scopeId);
      return { client: recv.client, kind: 'Transaction', scopeId: id };
    }
    return null;
  }

  /** Links a send or transaction scope to its producer, that producer's client, and (for sends) the transaction. */
  private linkToProducer(id: string, via: string | undefined): void {
    if (!via) return;
    const source = this.byId.get(via);
    if (!source) return;
    this.link(id, via);
    for (const other of source.linked) {
      const s = this.byId.get(other);
      if (s && (s.role === 'producer' || s.role === 'client')) this.link(id, other);
    }
  }

  /** `messages: [{ key: … }]` (send) or `topicMessages: [{ messages: [...] }]` (sendBatch), when written out. */
  private collectRecordKeys(id: string, record: ObjectValue, batch: boolean): void {
    const keys: Array<{ value: JsValue; node: TS.Node }> = [];
    const fromMessages = (messages: JsValue | undefined): boolean => {
      if (!messages || messages.kind !== 'array') return false;
      for (const m of messages.elements) {
        if (m.kind !== 'object') return false;
        const k = [...m.obj.props].reverse().find((p) => p.name === 'key');
        if (!k) keys.push({ value: { kind: 'undefined' }, node: m.obj.literal ?? record.literal ?? this.file.sourceFile });
        else keys.push({ value: k.maybeOverridden ? { kind: 'unknown', reason: 'may be overridden' } : k.value, node: k.anchor?.node ?? k.valueNode });
      }
      return true;
    };
    const prop = (o: ObjectValue, name: string) => [...o.props].reverse().find((p) => p.name === name)?.value;
    if (!batch) {
      if (!fromMessages(prop(record, 'messages'))) return;
    } else {
      const tm = prop(record, 'topicMessages');
      if (!tm || tm.kind !== 'array') return;
      for (const t of tm.elements) if (t.kind !== 'object' || !fromMessages(prop(t.obj, 'messages'))) return;
    }
    if (keys.length > 0) this.records.set(id, { keys });
  }

  /** NestJS: `{ transport: Transport.KAFKA, options: { client, producer, send } }` anywhere in the file. */
  private nestOptions(lit: TS.ObjectLiteralExpression): void {
    const ts = this.ts;
    const transport = lit.properties.find((p) => ts.isPropertyAssignment(p) && this.ev.propertyName(this.file, p.name) === 'transport') as TS.PropertyAssignment | undefined;
    if (!transport) return;
    if (!isLibrary(this.ev.value(this.file, transport.initializer), '@nestjs/microservices', 'Transport', 'KAFKA')) return;
    const optionsProp = lit.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && this.ev.propertyName(this.file, p.name) === 'options');
    if (!optionsProp) {
      // No options: a kafkajs client and producer with every default.
      this.nestScopes(lit, { props: [], open: false }, 'Transport.KAFKA');
      return;
    }
    const expr = ts.isPropertyAssignment(optionsProp) ? optionsProp.initializer : (optionsProp as TS.ShorthandPropertyAssignment).name;
    const opts = this.ev.object(this.file, expr);
    this.nestScopes(lit, opts, 'Transport.KAFKA');
  }

  private nestScopes(node: TS.Node, opts: ObjectValue | undefined, label: string): void {
    const part = (name: string): { expr: TS.Expression | undefined; obj: ObjectValue | undefined } => {
      if (!opts) return { expr: undefined, obj: undefined };
      const p = [...opts.props].reverse().find((x) => x.name === name);
      if (!p) return opts.open ? { expr: undefined, obj: undefined } : { expr: undefined, obj: { props: [], open: false } };
      if (p.maybeOverridden) return { expr: undefined, obj: undefined };
      const v = p.value;
      const valueExpr = this.ts.isExpression(p.valueNode as TS.Expression) && p.file === this.file ? (p.valueNode as TS.Expression) : undefined;
      if (v.kind === 'object') return { expr: valueExpr, obj: v.obj };
      if (v.kind === 'undefined') return { expr: valueExpr, obj: { props: [], open: false } };
      return { expr: valueExpr, obj: undefined };
    };
    const clientId = this.id('client', node);
    const producerId = this.id('producer', node);
    const sendId = this.id('send', node);
    const client = part('client');
    const producer = part('producer');
    const send = part('send');
    this.add({ id: clientId, client: 'kafkajs', role: 'client', place: 'client', label: `${label} options.client`, node: client.expr ?? node, configs: [client], linked: [] });
    this.add({ id: producerId, client: 'kafkajs', role: 'producer', place: 'producer', label: `${label} options.producer`, node: producer.expr ?? node, configs: [producer], linked: [] });
    this.link(producerId, clientId);
    // options.send is merged into every record the NestJS client sends: it plays the role of each send() record.
    if (send.obj === undefined || send.obj.props.length > 0 || send.obj.open || send.expr) {
      this.add({ id: sendId, client: 'kafkajs', role: 'send', place: 'send', label: `${label} options.send`, node: send.expr ?? node, configs: [send], linked: [] });
      this.linkToProducer(sendId, producerId);
    }
  }

  /** The client object an expression refers to: created here, held in a variable or field, or typed as one. */
  instanceOf(expr: TS.Expression, depth = 0): Instance | null {
    const ts = this.ts;
    if (depth > 20) return null;
    let e = this.ev.skipOuter(expr);
    while (ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e)) e = this.ev.skipOuter(e.expression);
    if (ts.isNewExpression(e) || ts.isCallExpression(e)) return this.classify(e) ?? (ts.isCallExpression(e) ? this.factoryInstance(e, depth) : null);
    if (ts.isIdentifier(e)) {
      const decl = this.file.binder.lookup(e.text, e);
      if (!decl) return null;
      if (decl.kind === 'param') {
        const p = decl.node;
        return ts.isParameter(p) && p.type ? this.typeInstance(p.type) : null;
      }
      if ((decl.kind === 'const' || !this.file.binder.isReassigned(decl)) && ts.isVariableDeclaration(decl.node)) {
        if (decl.node.initializer) {
          const fromInit = this.instanceOf(decl.node.initializer, depth + 1);
          if (fromInit) return fromInit;
        }
        return decl.node.type ? this.typeInstance(decl.node.type) : null;
      }
      if (ts.isVariableDeclaration(decl.node) && decl.node.type) return this.typeInstance(decl.node.type);
      return null;
    }
    if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) return this.fieldInstance(e, depth);
    return null;
  }

  /**
   * `createProducer()` of a function in this file whose every `return` gives the same client object (a factory): that
   * object. Parameters of the factory do not matter here, only which producer comes back.
   */
  private factoryInstance(call: TS.CallExpression, depth: number): Instance | null {
    const ts = this.ts;
    const callee = this.ev.skipOuter(call.expression);
    if (!ts.isIdentifier(callee)) return null;
    const decl = this.file.binder.lookup(callee.text, callee);
    if (!decl) return null;
    let fn: TS.Node | undefined;
    if (ts.isFunctionDeclaration(decl.node)) fn = decl.node;
    else if (ts.isVariableDeclaration(decl.node) && decl.kind === 'const' && decl.node.initializer) {
      const init = this.ev.skipOuter(decl.node.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) fn = init;
    }
    if (!fn) return null;
    const body = (fn as TS.FunctionLikeDeclaration).body;
    if (!body) return null;
    const returned: TS.Expression[] = [];
    if (!ts.isBlock(body)) returned.push(body);
    else {
      const visit = (n: TS.Node): void => {
        if (ts.isFunctionLike(n)) return; // returns of nested functions are theirs
        if (ts.isReturnStatement(n) && n.expression) returned.push(n.expression);
        ts.forEachChild(n, visit);
      };
      ts.forEachChild(body, visit);
    }
    if (returned.length === 0) return null;
    const found = returned.map((r) => this.instanceOf(r, depth + 1));
    const first = found[0];
    return first && found.every((f) => f && f.scopeId === first.scopeId && f.kind === first.kind) ? first : null;
  }

  /** `this.producer`: the class field's initializer, its single `this.producer = …` assignment, or its declared type. */
  private fieldInstance(e: TS.PropertyAccessExpression, depth: number): Instance | null {
    const ts = this.ts;
    let cls: TS.Node | undefined = e.parent;
    while (cls && !ts.isClassDeclaration(cls) && !ts.isClassExpression(cls)) cls = cls.parent;
    if (!cls) return null;
    const name = e.name.text;
    const initializers: TS.Expression[] = [];
    let type: TS.TypeNode | undefined;
    for (const m of (cls as TS.ClassLikeDeclaration).members) {
      if (ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name) && m.name.text === name) {
        if (m.initializer) initializers.push(m.initializer);
        type = type ?? m.type;
      }
      if (ts.isConstructorDeclaration(m)) {
        for (const p of m.parameters) {
          if (ts.isIdentifier(p.name) && p.name.text === name && ts.canHaveModifiers(p) && (ts.getModifiers(p) ?? []).length > 0) type = type ?? p.type;
        }
      }
    }
    const visit = (n: TS.Node): void => {
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(n.left) &&
        n.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
        n.left.name.text === name
      ) {
        initializers.push(n.right);
      }
      ts.forEachChild(n, visit);
    };
    visit(cls);
    if (initializers.length === 1) {
      const inst = this.instanceOf(initializers[0]!, depth + 1);
      if (inst) return inst;
    }
    return type ? this.typeInstance(type) : null;
  }

  /** A declared type naming a client class (`Producer` from kafkajs, `KafkaJS.Producer`): an instance of unknown configuration. */
  private typeInstance(type: TS.TypeNode): Instance | null {
    const ts = this.ts;
    if (!ts.isTypeReferenceNode(type)) return null;
    const parts: string[] = [];
    let n: TS.EntityName = type.typeName;
    while (ts.isQualifiedName(n)) {
      parts.unshift(n.right.text);
      n = n.left;
    }
    const decl = this.file.binder.lookup(n.text, n);
    if (!decl || decl.kind !== 'import') return null;
    const base = this.ev.declValue(this.file, decl, n);
    if (base.kind !== 'library') return null;
    const path = [...base.ref.path, ...parts];
    const v: JsValue = { kind: 'library', ref: { ...base.ref, path } };
    for (const kind of ['Kafka', 'Producer', 'Transaction'] as const) {
      if (isLibrary(v, 'kafkajs', kind)) return { client: 'kafkajs', kind };
      if (isLibrary(v, '@confluentinc/kafka-javascript', 'KafkaJS', kind)) return { client: 'confluent-kafkajs', kind };
    }
    return null;
  }
}

function isRdKafkaProducer(v: JsValue): boolean {
  if (v.kind !== 'library') return false;
  for (const cls of ['Producer', 'HighLevelProducer']) {
    if (isLibrary(v, 'node-rdkafka', cls) || isLibrary(v, '@confluentinc/kafka-javascript', cls) || isLibrary(v, '@confluentinc/kafka-javascript', 'RdKafka', cls)) return true;
  }
  return false;
}

function isRdKafkaCreateWriteStream(v: JsValue): boolean {
  // Asked of every call's callee: most are not package members at all.
  if (v.kind !== 'library' || v.ref.path[v.ref.path.length - 1] !== 'createWriteStream') return false;
  return (
    isLibrary(v, 'node-rdkafka', 'Producer', 'createWriteStream') ||
    isLibrary(v, 'node-rdkafka', 'createWriteStream') ||
    isLibrary(v, '@confluentinc/kafka-javascript', 'Producer', 'createWriteStream') ||
    isLibrary(v, '@confluentinc/kafka-javascript', 'createWriteStream') ||
    isLibrary(v, '@confluentinc/kafka-javascript', 'RdKafka', 'Producer', 'createWriteStream') ||
    isLibrary(v, '@confluentinc/kafka-javascript', 'RdKafka', 'createWriteStream')
  );
}
