// Turns located configuration sites into the shared model: entries with canonical keys per client, exact spans,
// origins (inline, spread, imported), and the hints the printer needs to write fixes in the file's own style.
import type * as TS from 'typescript';
import { confluentKafkajsCanonicalKey, kafkajsCanonicalKey, KAFKAJS_RECORD_FIELDS } from '../../catalog/kafkajsCatalog';
import { librdkafkaCanonicalKey } from '../../catalog/librdkafkaCatalog';
import type { ConfigEntry, ConfigScope, EntryOrigin } from '../../model/configDocument';
import type { Span } from '../../model/span';
import { UNKNOWN_REASON, type Value } from '../../model/value';
import { positionOf } from '../../util/lines';
import type { Evaluator } from './evaluate';
import type { TypeScriptApi } from './host';
import type { FoundScope, Locator, Place } from './locate';
import type { FileContext, JsValue, ObjectValue, Prop } from './values';

/** An object literal the printer may insert into, described by offsets in the document. */
export interface LiteralInfo {
  /** Offset of `{` and of `}`. */
  readonly open: number;
  readonly close: number;
  /** End of the last property (before any trailing comma), or `undefined` for `{}`. */
  readonly lastEnd?: number;
  /** Offset just after the trailing comma, when there is one. */
  readonly trailingCommaEnd?: number;
  /** Whether the literal spans several lines (properties one per line). */
  readonly multiline: boolean;
  /** Indentation of the properties (multi-line literals). */
  readonly indent: string;
  /** End of the line that holds the last property (and its comment), before the line break. */
  readonly lastLineEnd?: number;
}

/** What printer.ts reads from `ConfigScope.printHints` of a code scope. */
export interface CodeScopeHints {
  readonly place: Place;
  readonly quote: "'" | '"';
  readonly indentUnit: string;
  /** The literal new keys go into (written at the call, or the same-file const the call names). */
  readonly target?: LiteralInfo;
  /** Nested literals written inline in the target: `retry`, `kafkaJS`, `kafkaJS.retry`. */
  readonly blocks: Readonly<Record<string, LiteralInfo>>;
  /** An argument that names an object (`producer(config)`): wrapped as `{ ...config, key: value }` to add keys. */
  readonly wrap?: Span;
  /** No argument at all: `{ key: value }` is inserted here (just after `(`). */
  readonly argumentOffset?: number;
  /** How to write compression enum members in this file (`CompressionTypes`, `KafkaJS.CompressionTypes`). */
  readonly compressionEnum?: string;
  /**
   * The literal of a same-file const the config names that the file also uses elsewhere (another config, a spread, an
   * export), and the statements writing its properties: its entries are not edited and nothing is inserted into it
   * (that would change more than this scope); new values go into the wrapped argument, `{ ...config, key: value }`.
   */
  readonly shared?: readonly Span[];
  /** Keys set by a config read after the first (node-rdkafka's topic config): a key added to the first loses to them. */
  readonly laterKeys?: readonly string[];
  /** confluent KafkaJS API, producers: keys their client sets at the top level (they beat any `kafkaJS` block). */
  readonly linkedTopKeys?: readonly string[];
}

/** An entry of a confluent `kafkaJS` block (or the block itself, unresolved). */
export function isBlockEntry(e: ConfigEntry): boolean {
  return e.rawKey === 'kafkaJS' || e.rawKey.startsWith('kafkaJS.');
}

/** The origin of every entry written where it is read: one shared object instead of one per entry. */
const INLINE: EntryOrigin = Object.freeze({ kind: 'inline' });

export function toValue(v: JsValue): Value {
  switch (v.kind) {
    case 'string':
      return { kind: 'string', value: v.value };
    case 'number':
      return { kind: 'number', value: v.value };
    case 'boolean':
      return { kind: 'boolean', value: v.value };
    case 'null':
      return { kind: 'null' };
    case 'undefined':
      return { kind: 'unknown', reason: UNKNOWN_REASON.undefined };
    case 'object':
      return { kind: 'unknown', reason: UNKNOWN_REASON.object };
    case 'array':
      return { kind: 'unknown', reason: UNKNOWN_REASON.array };
    case 'function':
      return { kind: 'unknown', reason: UNKNOWN_REASON.function };
    case 'library':
      return { kind: 'unknown', reason: v.ref.path[0] === 'Partitioners' ? UNKNOWN_REASON.function : `\`${v.ref.path.join('.')}\` of ${v.ref.pkg}` };
    case 'module':
      return { kind: 'unknown', reason: 'a module' };
    default:
      return { kind: 'unknown', reason: v.reason };
  }
}

export class ModelBuilder {
  private readonly quote: "'" | '"';
  private readonly indentUnit: string;
  private readonly compressionEnum: { kafkajs?: string; confluent?: string };

  constructor(
    private readonly ts: TypeScriptApi,
    private readonly file: FileContext,
    private readonly ev: Evaluator,
  ) {
    this.quote = detectQuote(file.text);
    this.indentUnit = detectIndentUnit(file.text);
    this.compressionEnum = this.findCompressionEnum();
  }

  build(locator: Locator): ConfigScope[] {
    const scopes = locator.scopes.map((s) => this.scope(s, locator));
    // confluent KafkaJS API: librdkafka properties written at the top level of the client beat every `kafkaJS` block
    // of its producers; a fix of a producer must write such a key at the top level too.
    const byId = new Map(scopes.map((s) => [s.id, s]));
    return scopes.map((s) => {
      if (s.client !== 'confluent-kafkajs' || s.role !== 'producer') return s;
      const keys = new Set<string>();
      for (const id of s.linked ?? []) {
        const other = byId.get(id);
        if (other && other.role === 'client') for (const e of other.entries) if (!isBlockEntry(e)) keys.add(e.key);
      }
      return keys.size > 0 ? { ...s, printHints: { ...s.printHints, linkedTopKeys: [...keys] } } : s;
    });
  }

  private span(node: TS.Node): Span {
    return { start: node.getStart(this.file.sourceFile), end: node.getEnd() };
  }

  private scope(found: FoundScope, locator: Locator): ConfigScope {
    const entries: ConfigEntry[] = [];
    let open = false;
    let firstCount = 0;
    found.configs.forEach((c, i) => {
      if (i === 1) firstCount = entries.length;
      if (!c.obj) {
        open = true;
        return;
      }
      if (c.obj.open) open = true;
      this.flatten(found, c.obj, '', entries);
    });
    const records = locator.records.get(found.id);
    const laterKeys = found.configs.length > 1 ? [...new Set(entries.slice(firstCount).map((e) => e.key))] : [];
    const hints = { ...this.hints(found), ...(laterKeys.length ? { laterKeys } : {}) };
    return {
      id: found.id,
      client: found.client,
      role: found.role,
      entries,
      span: this.span(found.node),
      label: found.label,
      open,
      ...(found.linked.length > 0 ? { linked: [...found.linked] } : {}),
      ...(hints.target ? { insertOffset: hints.target.close } : {}),
      printHints: { ...hints },
      ...(records ? { recordKeys: records.keys.map((k) => ({ value: toValue(k.value), span: this.span(k.node) })) } : {}),
    };
  }

  /** The model key of a property path in this scope's client and place. */
  private canonical(found: FoundScope, path: string): string {
    if (found.client === 'librdkafka') return librdkafkaCanonicalKey(path);
    if (found.client === 'confluent-kafkajs') {
      if (path.startsWith('kafkaJS.')) return confluentKafkajsCanonicalKey(path.slice('kafkaJS.'.length));
      if (found.place === 'send') return kafkajsCanonicalKey(path, 'send');
      return librdkafkaCanonicalKey(path);
    }
    return kafkajsCanonicalKey(path, found.place === 'transaction' ? 'producer' : found.place);
  }

  /** Options read as nested objects, flattened to dotted paths (`retry.retries`, `kafkaJS.idempotent`). */
  private nested(found: FoundScope, path: string): boolean {
    if (found.client === 'librdkafka') return false;
    if (found.client === 'confluent-kafkajs' && found.place !== 'send') return path === 'kafkaJS' || path === 'kafkaJS.retry';
    return path === 'retry' && found.place !== 'send';
  }

  private flatten(found: FoundScope, obj: ObjectValue, prefix: string, out: ConfigEntry[]): void {
    const last = new Map<string, number>();
    obj.props.forEach((p, i) => last.set(p.name, i));
    obj.props.forEach((p, i) => {
      const path = prefix + p.name;
      if (found.place === 'send' && prefix === '' && KAFKAJS_RECORD_FIELDS.has(p.name)) return;
      if (this.nested(found, path) && p.value.kind === 'object' && !p.maybeOverridden) {
        // A block written again later (`{ retry: {…}, ...defaults }` where defaults has a retry) is replaced whole:
        // none of its options reaches the client.
        if (last.get(p.name)! > i) return;
        this.flatten(found, p.value.obj, `${path}.`, out);
        // A nested object that may hold more than is listed is kept as an entry of its own, unknown.
        if (p.value.obj.open) out.push(this.entry(found, path, { ...p, value: { kind: 'unknown', reason: 'may hold options that cannot be resolved' } }));
        return;
      }
      out.push(this.entry(found, path, p));
    });
  }

  private entry(found: FoundScope, path: string, p: Prop): ConfigEntry {
    const root = this.file;
    let keySpan: Span;
    let valueSpan: Span;
    let span: Span;
    let origin: EntryOrigin;
    if (p.file === root) {
      keySpan = this.span(p.keyNode);
      valueSpan = this.span(p.valueNode);
      // A property starts with its name (same full start, same first token): one trivia scan for both.
      span = p.node.pos === p.keyNode.pos && p.keyNode.end > p.keyNode.pos ? { start: keySpan.start, end: p.node.getEnd() } : this.span(p.node);
      const spread = p.spread && p.spread.getSourceFile() === root.sourceFile ? p.spread : undefined;
      origin = spread ? { kind: 'spread', span: this.span(spread) } : INLINE;
    } else {
      const anchor = p.anchor && p.anchor.file === root ? p.anchor.node : found.node;
      keySpan = valueSpan = span = this.span(anchor);
      const there: Span = { start: p.node.getStart(p.file.sourceFile), end: p.node.getEnd() };
      const doc = { lineStarts: p.file.lineStarts };
      origin = { kind: 'import', uri: p.file.uri, span: there, range: { start: positionOf(doc, there.start), end: positionOf(doc, there.end) } };
    }
    return {
      key: this.canonical(found, path),
      rawKey: path,
      value: toValue(p.value),
      keySpan,
      valueSpan,
      span,
      origin,
      ...(p.maybeOverridden ? { maybeOverridden: true } : {}),
    };
  }

  // ---- printer hints

  private hints(found: FoundScope): CodeScopeHints {
    const ts = this.ts;
    const first = found.configs[0];
    let target: LiteralInfo | undefined;
    let wrap: Span | undefined;
    const blocks: Record<string, LiteralInfo> = {};
    const written = first?.expr ? this.writtenLiteral(first.expr) : undefined;
    const lit = written && !written.shared ? written.literal : undefined;
    if (lit) {
      target = this.literalInfo(lit);
      const retry = this.inlineChild(lit, 'retry');
      const kafkaJS = this.inlineChild(lit, 'kafkaJS');
      if (retry && found.client === 'kafkajs') blocks['retry'] = this.literalInfo(retry);
      if (kafkaJS && found.client === 'confluent-kafkajs') {
        blocks['kafkaJS'] = this.literalInfo(kafkaJS);
        const inner = this.inlineChild(kafkaJS, 'retry');
        if (inner) blocks['kafkaJS.retry'] = this.literalInfo(inner);
      }
    } else if (first?.expr) {
      const e = this.ev.skipOuter(first.expr);
      if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) wrap = this.span(first.expr);
    }
    const noArgument = found.argumentOffset !== undefined && first && !first.expr && (ts.isCallExpression(found.node) || ts.isNewExpression(found.node)) && (found.node.arguments?.length ?? 0) === 0;
    const compressionEnum = found.client === 'confluent-kafkajs' ? this.compressionEnum.confluent : this.compressionEnum.kafkajs;
    return {
      place: found.place,
      quote: this.quote,
      indentUnit: this.indentUnit,
      ...(target ? { target } : {}),
      blocks,
      ...(wrap ? { wrap } : {}),
      ...(noArgument ? { argumentOffset: found.argumentOffset! } : {}),
      ...(compressionEnum ? { compressionEnum } : {}),
      ...(written?.shared ? { shared: [this.span(written.literal), ...written.writes.map((w) => this.span(w))] } : {}),
    };
  }

  /**
   * The object literal an argument was written as: inline, or the initializer of a same-file const it names, and
   * whether that const is used elsewhere too (`shared`).
   */
  private writtenLiteral(expr: TS.Expression): { literal: TS.ObjectLiteralExpression; shared: boolean; writes: TS.Node[] } | undefined {
    const ts = this.ts;
    let e = this.ev.skipOuter(expr);
    let shared = false;
    const writes: TS.Node[] = [];
    for (let i = 0; i < 10; i++) {
      if (ts.isObjectLiteralExpression(e)) return this.closed(e) ? { literal: e, shared, writes } : undefined;
      if (!ts.isIdentifier(e)) return undefined;
      const d = this.file.binder.lookup(e.text, e);
      if (!d || (d.kind !== 'const' && (d.kind !== 'let' || this.file.binder.isReassigned(d)))) return undefined;
      if (!ts.isVariableDeclaration(d.node) || !d.node.initializer) return undefined;
      shared ||= this.usedElsewhere(d.node, e);
      for (const w of this.file.binder.writesOf(d)) writes.push(w.statement ?? w.node);
      e = this.ev.skipOuter(d.node.initializer);
    }
    return undefined;
  }

  /** Identifiers of the file by name (collected on first use). */
  private identifiers: Map<string, TS.Identifier[]> | undefined;

  /**
   * Whether a const is read anywhere but at `ref` (property writes `config.x = …` aside, they build it), or exported:
   * then its literal configures more than the scope at hand.
   */
  private usedElsewhere(decl: TS.VariableDeclaration, ref: TS.Identifier): boolean {
    const ts = this.ts;
    const name = decl.name;
    if (!ts.isIdentifier(name)) return true;
    const statement = decl.parent?.parent;
    if (statement && ts.isVariableStatement(statement) && (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return true;
    if (!this.identifiers) {
      const byName = new Map<string, TS.Identifier[]>();
      const visit = (n: TS.Node): void => {
        if (ts.isIdentifier(n)) {
          const list = byName.get(n.text);
          if (list) list.push(n);
          else byName.set(n.text, [n]);
        }
        ts.forEachChild(n, visit);
      };
      visit(this.file.sourceFile);
      this.identifiers = byName;
    }
    for (const id of this.identifiers.get(name.text) ?? []) {
      if (id === name || id === ref) continue;
      const p = id.parent;
      // Property names (`{ config: 1 }`, `x.config`) are not references.
      if (p && ((ts.isPropertyAccessExpression(p) && p.name === id) || (ts.isPropertyAssignment(p) && p.name === id) || (ts.isQualifiedName(p) && p.right === id))) continue;
      if (this.file.binder.lookup(id.text, id)?.node !== decl) continue;
      if (p && (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === id && isAssignedTo(ts, p)) continue;
      return true;
    }
    return false;
  }

  private inlineChild(lit: TS.ObjectLiteralExpression, name: string): TS.ObjectLiteralExpression | undefined {
    const ts = this.ts;
    for (let i = lit.properties.length - 1; i >= 0; i--) {
      const p = lit.properties[i]!;
      // A later spread that has (or may have) this block replaces the literal one: keys added there would be lost.
      if (ts.isSpreadAssignment(p)) {
        const spread = this.ev.object(this.file, p.expression);
        if (!spread || spread.open || spread.props.some((x) => x.name === name)) return undefined;
        continue;
      }
      if (ts.isPropertyAssignment(p) && this.ev.propertyName(this.file, p.name) === name) {
        const init = this.ev.skipOuter(p.initializer);
        return ts.isObjectLiteralExpression(init) && this.closed(init) ? init : undefined;
      }
    }
    return undefined;
  }

  /**
   * Whether a literal has its closing brace. Code being typed may not (`new Producer({) …`): the parser then ends the
   * literal at its last property, and there is no `}` before which a key could be inserted.
   */
  private closed(lit: TS.ObjectLiteralExpression): boolean {
    const end = lit.getEnd();
    const last = lit.properties[lit.properties.length - 1];
    return this.file.text.charCodeAt(end - 1) === 125 && end > (last ? last.getEnd() : lit.getStart(this.file.sourceFile) + 1);
  }

  literalInfo(lit: TS.ObjectLiteralExpression): LiteralInfo {
    const text = this.file.text;
    const sf = this.file.sourceFile;
    const open = lit.getStart(sf);
    const close = lit.getEnd() - 1;
    const props = lit.properties;
    const last = props[props.length - 1];
    const lastEnd = last?.getEnd();
    const trailingCommaEnd = props.hasTrailingComma && lastEnd !== undefined ? text.indexOf(',', lastEnd) + 1 : undefined;
    const firstStart = props[0]?.getStart(sf);
    const lineOf = (o: number) => positionOf({ lineStarts: this.file.lineStarts }, o).line;
    const multiline = firstStart !== undefined ? lineOf(firstStart) > lineOf(open) : lineOf(close) > lineOf(open);
    let indent = '';
    if (firstStart !== undefined && multiline) {
      const ls = this.file.lineStarts[lineOf(firstStart)]!;
      indent = /^[ \t]*/.exec(text.slice(ls, firstStart))![0];
    } else if (multiline) {
      const ls = this.file.lineStarts[lineOf(close)]!;
      indent = /^[ \t]*/.exec(text.slice(ls, close))![0] + this.indentUnit;
    }
    let lastLineEnd: number | undefined;
    const after = trailingCommaEnd ?? lastEnd;
    if (after !== undefined && multiline && lineOf(close) > lineOf(after)) {
      const line = lineOf(after);
      const next = this.file.lineStarts[line + 1] ?? text.length;
      let end = next;
      while (end > after && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
      lastLineEnd = end;
    }
    return {
      open,
      close,
      ...(lastEnd !== undefined ? { lastEnd } : {}),
      ...(trailingCommaEnd ? { trailingCommaEnd } : {}),
      multiline,
      indent,
      ...(lastLineEnd !== undefined ? { lastLineEnd } : {}),
    };
  }

  /** Whether the name a declaration binds evaluates to something that cannot be a client package member. */
  private neverLibrary(d: TS.VariableDeclaration, name: TS.Identifier): boolean {
    const ts = this.ts;
    if (this.file.binder.lookup(name.text, name)?.node !== d) return false; // a redeclaration: the first one is read
    if (!d.initializer) return true; // unknown
    const init = this.ev.skipOuter(d.initializer);
    return (
      ts.isObjectLiteralExpression(init) ||
      ts.isArrayLiteralExpression(init) ||
      ts.isArrowFunction(init) ||
      ts.isFunctionExpression(init) ||
      ts.isClassExpression(init) ||
      ts.isStringLiteral(init) ||
      ts.isNumericLiteral(init) ||
      ts.isNoSubstitutionTemplateLiteral(init) ||
      ts.isTemplateExpression(init)
    );
  }

  /** How this file can name the compression enum of each client (`CompressionTypes`, `KafkaJS.CompressionTypes`). */
  private findCompressionEnum(): { kafkajs?: string; confluent?: string } {
    const ts = this.ts;
    const out: { kafkajs?: string; confluent?: string } = {};
    const names: TS.Identifier[] = [];
    for (const st of this.file.sourceFile.statements) {
      if (ts.isImportDeclaration(st) && st.importClause) {
        const c = st.importClause;
        if (c.name) names.push(c.name);
        if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) names.push(c.namedBindings.name);
        if (c.namedBindings && ts.isNamedImports(c.namedBindings)) for (const el of c.namedBindings.elements) names.push(el.name);
      } else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) {
          if (ts.isIdentifier(d.name)) {
            // A const holding a literal, function or class is never a client package member: not evaluated.
            if (!this.neverLibrary(d, d.name)) names.push(d.name);
          } else for (const el of d.name.elements) if (!ts.isOmittedExpression(el) && ts.isIdentifier(el.name)) names.push(el.name);
        }
      }
    }
    for (const id of names) {
      const v = this.ev.value(this.file, id);
      if (v.kind !== 'library') continue;
      const { pkg, path } = v.ref;
      if (pkg === 'kafkajs' || pkg === '@nestjs/microservices') {
        if (path.length === 1 && path[0] === 'CompressionTypes') out.kafkajs = id.text;
        else if (path.length === 0 && pkg === 'kafkajs' && !out.kafkajs) out.kafkajs = `${id.text}.CompressionTypes`;
      } else if (pkg === '@confluentinc/kafka-javascript') {
        if (path.length === 2 && path[0] === 'KafkaJS' && path[1] === 'CompressionTypes') out.confluent = id.text;
        else if (path.length === 1 && path[0] === 'KafkaJS' && !out.confluent) out.confluent = `${id.text}.CompressionTypes`;
        else if (path.length === 0 && !out.confluent) out.confluent = `${id.text}.KafkaJS.CompressionTypes`;
      }
    }
    return out;
  }
}

/** Whether an expression is the target of an assignment (`x.y = …`, `x['y'] = …`, `delete x.y`). */
function isAssignedTo(ts: TypeScriptApi, e: TS.Expression): boolean {
  const p = e.parent;
  if (!p) return false;
  if (ts.isBinaryExpression(p) && p.left === e && p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && p.operatorToken.kind <= ts.SyntaxKind.LastAssignment) return true;
  return ts.isDeleteExpression(p);
}

function detectQuote(text: string): "'" | '"' {
  const m = /\b(?:from|require\s*\()\s*(['"])/.exec(text);
  if (m) return m[1] as "'" | '"';
  const single = (text.match(/'/g) ?? []).length;
  const double = (text.match(/"/g) ?? []).length;
  return double > single ? '"' : "'";
}

function detectIndentUnit(text: string): string {
  // The first 400 lines' leading blanks, read in place (splitting the whole text costs a string per line).
  const INDENT = /[ \t]*/y;
  let best: string | undefined;
  for (let start = 0, n = 0; n < 400 && start <= text.length; n++) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    INDENT.lastIndex = start;
    const width = INDENT.exec(text)![0].length;
    // A line with blanks followed by a non-blank character (within the line).
    if (width > 0 && start + width < end && !/\s/.test(text[start + width]!)) {
      if (text.charCodeAt(start) === 9) return '\t';
      if (!best || width < best.length) best = text.slice(start, start + width);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return best && best.length <= 8 ? best : '  ';
}
