// The TS/JS dialect: a textual pre-filter, then (TypeScript loaded on first use) locate, resolve and model the
// producer configuration of a file that imports a Kafka client.
import type * as TS from 'typescript';
import type { Comment, ConfigDocument } from '../../model/configDocument';
import { computeLineStarts, lineOf } from '../../util/lines';
import { Evaluator } from './evaluate';
import type { CodeHost, TypeScriptApi } from './host';
import { registeredCodecs } from './codecs';
import { Locator } from './locate';
import { importsKafkaClient } from './prefilter';
import { Binder } from './binder';
import { createSourceFile, fileContext, ParserFailure, Project, SourceFileCache } from './project';
import { ModelBuilder } from './toModel';

export type { CodeHost, TypeScriptApi } from './host';
export { importsKafkaClient } from './prefilter';
export { printCodeFix, printedEntry } from './printer';
export type { CodeScopeHints } from './toModel';

/** One per language service: holds the loaded compiler and the last parse of each document. */
export class TypeScriptDialect {
  private ts: TypeScriptApi | undefined;
  private cache: SourceFileCache | undefined;
  /** Per analysed document: the other files its analysis read, with their text then. */
  private readonly deps = new Map<string, ReadonlyArray<{ uri: string; text: string }>>();

  constructor(private readonly host: CodeHost) {}

  /** Whether TypeScript has been loaded (it is not until a file that imports a Kafka client is parsed). */
  get loaded(): boolean {
    return this.ts !== undefined;
  }

  /** The model of a document, or `undefined` when it imports no Kafka client or configures no producer. */
  parse(uri: string, version: number, text: string): ConfigDocument | undefined {
    if (!importsKafkaClient(text)) return undefined;
    try {
      return this.parseImported(uri, version, text);
    } catch (e) {
      // Code nested deeper than the parser's (or the analysis') recursion can follow, or code the parser itself fails
      // on: say so instead of failing.
      if (!(e instanceof RangeError) && !(e instanceof ParserFailure)) throw e;
      this.cache?.forget(uri);
      return {
        uri,
        version,
        dialect: 'typescript',
        text,
        scopes: [],
        comments: [],
        problems: [],
        lineStarts: computeLineStarts(text),
        skipped: { reason: e instanceof ParserFailure ? `Not analysed: the TypeScript parser fails on this code (${e.message}).` : 'Not analysed: the code is nested too deeply to follow.' },
      };
    }
  }

  private parseImported(uri: string, version: number, text: string): ConfigDocument | undefined {
    const ts = (this.ts ??= this.host.loadTypeScript());
    const cache = (this.cache ??= new SourceFileCache(ts));
    const root = fileContext(ts, uri, text, cache.parse(uri, text));
    const project = new Project(ts, this.host, cache);
    const ev = new Evaluator(ts, project);
    const locator = new Locator(ts, root, ev);
    locator.run();
    const read = project.loaded().filter((f) => f.uri !== uri);
    if (read.length > 0) this.deps.set(uri, read);
    else this.deps.delete(uri);
    if (locator.scopes.length === 0) return undefined;
    const scopes = new ModelBuilder(ts, root, ev).build(locator);
    const codecs = scopes.some((s) => s.client === 'kafkajs') ? registeredCodecs(ts, root, ev, project) : [];
    return {
      uri,
      version,
      dialect: 'typescript',
      text,
      scopes,
      comments: collectComments(ts, root.sourceFile, text),
      problems: [],
      lineStarts: root.lineStarts.length ? root.lineStarts : computeLineStarts(text),
      ...(codecs ? { registeredCodecs: codecs } : {}),
    };
  }

  /**
   * Parses and binds `text` (a slice of a document already analysed) and throws the result away: run in idle time,
   * a few times, so that the compiler's parser is optimised before the next file is opened instead of while it is.
   * Does nothing before TypeScript is loaded (it is never loaded for this).
   */
  warmUp(uri: string, text: string): void {
    const ts = this.ts;
    if (!ts) return;
    try {
      new Binder(ts, createSourceFile(ts, uri, text));
    } catch (e) {
      if (!(e instanceof RangeError) && !(e instanceof ParserFailure)) throw e;
    }
  }

  /**
   * The imports that open the last parse of `uri` (`import …`, `import x = require(…)`, `const x = require(…)`, with
   * what stands between them), as text: put in front of a slice of the document, they make the slice a document this
   * dialect analyses. `undefined` when `uri` was not parsed or opens with no import.
   */
  importHeader(uri: string): string | undefined {
    const ts = this.ts;
    const sf = this.cache?.peek(uri);
    if (!ts || !sf) return undefined;
    let end = -1;
    for (const st of sf.statements) {
      const isImport =
        ts.isImportDeclaration(st) ||
        ts.isImportEqualsDeclaration(st) ||
        (ts.isVariableStatement(st) &&
          st.declarationList.declarations.every((d) => d.initializer && ts.isCallExpression(d.initializer) && ts.isIdentifier(d.initializer.expression) && d.initializer.expression.text === 'require'));
      if (!isImport) break;
      end = st.end;
    }
    return end < 0 ? undefined : `${sf.text.slice(0, end)}\n`;
  }

  forget(uri: string): void {
    this.cache?.forget(uri);
    this.deps.delete(uri);
  }

  /** Whether a file the last analysis of `uri` imported has changed since (so that analysis is stale). */
  dependenciesChanged(uri: string): boolean {
    const read = this.deps.get(uri);
    if (!read || !this.host.readFile) return false;
    return read.some((f) => this.host.readFile!(f.uri) !== f.text);
  }

  /** The analysed documents whose analysis read `uri` (they need re-checking when it changes). */
  dependents(uri: string): string[] {
    const out: string[] = [];
    for (const [root, read] of this.deps) if (read.some((f) => f.uri === uri)) out.push(root);
    return out;
  }
}

/**
 * Line and block comments (only read when a suppression directive may be among them). `//` and `/*` start one anywhere
 * but inside a string, template or regular-expression literal, which the parsed tree says where they are (a bare
 * scanner loses its way at the `}` that ends a template substitution and reads the rest of the file as a template).
 */
function collectComments(ts: TypeScriptApi, sf: TS.SourceFile, text: string): Comment[] {
  if (!text.includes('kafka-lint')) return [];
  const literals: Array<{ start: number; end: number }> = [];
  const visit = (n: TS.Node): void => {
    if (
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isRegularExpressionLiteral(n) ||
      ts.isTemplateHead(n) ||
      ts.isTemplateMiddle(n) ||
      ts.isTemplateTail(n) ||
      ts.isJsxText(n)
    ) {
      literals.push({ start: n.getStart(sf), end: n.getEnd() });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  literals.sort((a, b) => a.start - b.start);
  const out: Comment[] = [];
  const lineStarts = computeLineStarts(text);
  let li = 0;
  for (let i = 0; i < text.length; i++) {
    while (li < literals.length && literals[li]!.end <= i) li++;
    const lit = literals[li];
    if (lit && lit.start <= i) {
      i = lit.end - 1;
      continue;
    }
    if (text.charCodeAt(i) !== 47 /* / */) continue;
    const next = text.charCodeAt(i + 1);
    let end: number;
    let body: string;
    if (next === 47) {
      end = i + 2;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13 && text.charCodeAt(end) !== 0x2028 && text.charCodeAt(end) !== 0x2029) end++;
      body = text.slice(i + 2, end);
    } else if (next === 42) {
      const close = text.indexOf('*/', i + 2);
      end = close < 0 ? text.length : close + 2;
      body = text.slice(i + 2, close < 0 ? end : close).replace(/^\s*\*?/gm, '');
    } else continue;
    out.push({ span: { start: i, end }, text: body, line: lineOf({ lineStarts }, i) });
    i = end - 1;
  }
  return out;
}
