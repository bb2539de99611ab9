// The TS/JS dialect: a textual pre-filter, then (TypeScript loaded on first use) locate, resolve and model the
// producer configuration of a file that imports a Kafka client.
import type { Comment, ConfigDocument } from '../../model/configDocument';
import { computeLineStarts } from '../../util/lines';
import { Evaluator } from './evaluate';
import type { CodeHost, TypeScriptApi } from './host';
import { registeredCodecs } from './codecs';
import { Locator } from './locate';
import { importsKafkaClient } from './prefilter';
import { Binder } from './binder';
import { fileContext, Project, scriptKindOf, SourceFileCache } from './project';
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
      // Code nested deeper than the parser's (or the analysis') recursion can follow: say so instead of failing.
      if (!(e instanceof RangeError)) throw e;
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
        skipped: { reason: 'Not analysed: the code is nested too deeply to follow.' },
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
      comments: collectComments(ts, text),
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
      new Binder(ts, ts.createSourceFile(uri.replace(/[?#].*$/, ''), text, ts.ScriptTarget.Latest, false, scriptKindOf(ts, uri)));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
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

/** Line and block comments (only read when a suppression directive may be among them). */
function collectComments(ts: TypeScriptApi, text: string): Comment[] {
  if (!text.includes('kafka-lint')) return [];
  const out: Comment[] = [];
  const lineStarts = computeLineStarts(text);
  const lineOf = (o: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind !== ts.SyntaxKind.SingleLineCommentTrivia && kind !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const start = scanner.getTokenStart();
    const raw = scanner.getTokenText();
    const body = kind === ts.SyntaxKind.SingleLineCommentTrivia ? raw.slice(2) : raw.slice(2, -2).replace(/^\s*\*?/gm, '');
    out.push({ span: { start, end: start + raw.length }, text: body, line: lineOf(start) });
  }
  return out;
}
