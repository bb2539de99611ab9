// The pure language service: parse → analyse → diagnostics, hover, completion, code actions, symbols (no I/O).
import type { CodeAction, CodeLens, CompletionList, Diagnostic, DocumentSymbol, Hover, Position, Range } from 'vscode-languageserver-types';
import { parseDocument, type DocumentInput } from './dialects';
import { TypeScriptDialect, type TypeScriptApi } from './dialects/typescript';
import { JavaDialect, type JavaParserApi } from './dialects/java';
import { PropertiesParseCache } from './dialects/properties';
import type { ConfigDocument } from './model/configDocument';
import { analyze, type Analysis } from './features/analysis';
import { doCodeActions } from './features/codeActions';
import { doComplete } from './features/completion';
import { doHover } from './features/hover';
import { doDocumentSymbols } from './features/symbols';
import { summarize, type GuaranteeSummary } from './features/summary';
import { spanToRange, toDiagnostics } from './features/validation';
import type { ServiceSettings } from './settings';
import { offsetOf } from './util/lines';
import { RecentMap } from './util/recentMap';

export type { DocumentInput } from './dialects';
export { DEFAULT_SETTINGS, normalizeSettings, type ServiceSettings } from './settings';
export type { Analysis } from './features/analysis';

export interface LanguageServiceOptions {
  /** Where to report rule failures and other internal problems (the server's console, the CLI's stderr). */
  readonly log?: (message: string) => void;
  /** How many analysed documents to keep (open editors); the oldest is dropped first. */
  readonly cacheSize?: number;
  /**
   * Loads the TypeScript compiler API for TS/JS files. Called at most once, and only when a file that imports a Kafka
   * client is analysed. Defaults to `require('typescript')`; the bundled server and CLI load their own copy.
   */
  readonly loadTypeScript?: () => TypeScriptApi;
  /**
   * The text of another file by uri, for consts imported across files (`undefined` when it cannot or may not be read).
   * The service does no I/O of its own; without this, imported values stay unknown.
   */
  readonly readFile?: (uri: string) => string | undefined;
  /**
   * Loads the Java parser (java-parser's `lexAndParse`) for .java files. Called at most once, and only when a Java file
   * that mentions Kafka's producer classes is analysed. Defaults to `require('java-parser')`; the bundled server and CLI
   * load their own `dist/java-parser.js`.
   */
  readonly loadJavaParser?: () => JavaParserApi;
}

export interface LanguageService {
  /** The parsed model, or `undefined` when the document holds no producer configuration. */
  parse(doc: DocumentInput, settings: ServiceSettings): ConfigDocument | undefined;
  analyze(doc: DocumentInput, settings: ServiceSettings): Analysis | undefined;
  validate(doc: DocumentInput, settings: ServiceSettings): Diagnostic[];
  hover(doc: DocumentInput, position: Position, settings: ServiceSettings): Hover | null;
  complete(doc: DocumentInput, position: Position, settings: ServiceSettings): CompletionList | null;
  codeActions(doc: DocumentInput, range: Range, context: { diagnostics: Diagnostic[]; only?: string[] }, settings: ServiceSettings): CodeAction[];
  documentSymbols(doc: DocumentInput, settings: ServiceSettings): DocumentSymbol[];
  /** The guarantee summary per producer configuration, as code lenses (no command: display only). */
  codeLenses(doc: DocumentInput, settings: ServiceSettings): CodeLens[];
  summaries(doc: DocumentInput, settings: ServiceSettings): Array<{ scopeId: string; range: Range; summary: GuaranteeSummary }>;
  /** Forget a closed document. */
  close(uri: string): void;
  /**
   * What `readFile` can see changed as a whole (workspace folders added or removed): every document is analysed afresh
   * on its next request, since an import that could not be read may be readable now, or the other way round.
   */
  filesChanged(): void;
  /** Whether the TypeScript compiler has been loaded (only once a file importing a Kafka client was analysed). */
  readonly typeScriptLoaded: boolean;
  /**
   * Parses `text` (a piece of a TS/JS document) with the loaded compiler and discards it: idle-time warm-up, so that the
   * next code file opened is parsed by optimised code. No effect before TypeScript is loaded.
   */
  warmUpCode(uri: string, text: string): void;
  /**
   * Idle-time warm-up of the analysis itself: `doc.text.slice(from, to)`, with the document's imports in front, is
   * analysed as a document of its own, then again after a one-character edit (the incremental path), and forgotten.
   * Run over a few hundred kilobytes once a code file was opened, it gets the analysis and the incremental parser
   * optimised before the user's first edits instead of during them. No effect unless `doc` is an analysed code file.
   */
  warmUpAnalysis(doc: DocumentInput, from: number, to: number, settings: ServiceSettings): void;
  /** The documents whose last analysis read `uri` (an imported file): their diagnostics change when it does. */
  dependents(uri: string): string[];
  /** Whether the Java parser has been loaded (only once a Java file mentioning Kafka producer classes was analysed). */
  readonly javaParserLoaded: boolean;
}

interface CacheEntry {
  readonly version: number;
  readonly textLength: number;
  readonly settings: ServiceSettings;
  readonly document: ConfigDocument | undefined;
  analysis?: Analysis | undefined;
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const limit = options.cacheSize ?? 64;
  const cache = new RecentMap<string, CacheEntry>(limit);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a Java file needs it
  const java = new JavaDialect(options.loadJavaParser ?? (() => require('java-parser') as JavaParserApi));
  const properties = new PropertiesParseCache(limit);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a code file needs it
  const code = new TypeScriptDialect({ loadTypeScript: options.loadTypeScript ?? (() => require('typescript') as TypeScriptApi), ...(options.readFile ? { readFile: options.readFile } : {}) });

  // Documents are cached per uri and version: every request on an unchanged document reuses the parse and the analysis.
  function entry(doc: DocumentInput, settings: ServiceSettings): CacheEntry {
    const hit = cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.textLength === doc.text.length && hit.settings === settings) return hit;
    const sameParse = hit && hit.version === doc.version && hit.textLength === doc.text.length && hit.settings.maxFileBytes === settings.maxFileBytes;
    const document = sameParse ? hit.document : parseDocument(doc, { maxFileBytes: settings.maxFileBytes, code, java, properties });
    const fresh: CacheEntry = { version: doc.version, textLength: doc.text.length, settings, document };
    cache.set(doc.uri, fresh);
    return fresh;
  }

  function analysisOf(doc: DocumentInput, settings: ServiceSettings): Analysis | undefined {
    const e = entry(doc, settings);
    if (!e.document) return undefined;
    if (!e.analysis) {
      e.analysis = analyze(e.document, settings, undefined, undefined, code);
      for (const err of e.analysis.ruleErrors) {
        options.log?.(`rule ${err.ruleId} failed on ${doc.uri}: ${err.error instanceof Error ? err.error.stack ?? err.error.message : String(err.error)}`);
      }
    }
    return e.analysis;
  }

  const offset = (a: Analysis, p: Position) => offsetOf(a.document, p.line, p.character);

  return {
    parse: (doc, settings) => entry(doc, settings).document,
    analyze: analysisOf,
    validate(doc, settings) {
      // A consts file this document imports may have changed (it is edited in another tab): analyse afresh.
      if (code.dependenciesChanged(doc.uri)) cache.delete(doc.uri);
      const a = analysisOf(doc, settings);
      return a ? toDiagnostics(a) : [];
    },
    hover(doc, position, settings) {
      const a = analysisOf(doc, settings);
      return a ? doHover(a, offset(a, position)) : null;
    },
    complete(doc, position, settings) {
      const a = analysisOf(doc, settings);
      return a ? doComplete(a, offset(a, position)) : null;
    },
    codeActions(doc, range, context, settings) {
      const a = analysisOf(doc, settings);
      if (!a) return [];
      return doCodeActions(a, {
        span: { start: offset(a, range.start), end: offset(a, range.end) },
        diagnostics: context.diagnostics,
        ...(context.only ? { only: context.only } : {}),
      });
    },
    documentSymbols(doc, settings) {
      const a = analysisOf(doc, settings);
      return a ? doDocumentSymbols(a) : [];
    },
    summaries(doc, settings) {
      const a = analysisOf(doc, settings);
      if (!a || a.document.skipped) return [];
      const out: Array<{ scopeId: string; range: Range; summary: GuaranteeSummary }> = [];
      for (const { scope } of a.scopes.values()) {
        // In code, one summary per producer (not on the client object, each send() or transaction()).
        if (scope.client !== 'java' && scope.role !== 'producer') continue;
        const summary = summarize(a, scope.id);
        if (summary) out.push({ scopeId: scope.id, range: spanToRange(a.document, { start: scope.span.start, end: scope.span.start }), summary });
      }
      return out;
    },
    codeLenses(doc, settings) {
      return this.summaries(doc, settings).map((s) => ({
        range: s.range,
        command: { title: s.summary.line, command: '' },
      }));
    },
    close(uri) {
      cache.delete(uri);
      code.forget(uri);
      properties.forget(uri);
    },
    filesChanged() {
      cache.clear();
    },
    get typeScriptLoaded() {
      return code.loaded;
    },
    warmUpCode: (uri, text) => code.warmUp(uri, text),
    warmUpAnalysis(doc, from, to, settings) {
      const header = code.importHeader(doc.uri);
      if (header === undefined) return;
      // A uri of its own (same folder, so relative imports resolve alike), dropped from every cache afterwards.
      const uri = `${doc.uri.replace(/#.*$/, '')}#kafka-producer-warm-up`;
      const languageId = doc.languageId ?? 'typescript';
      const text = header + doc.text.slice(from, to);
      const mid = text.indexOf('\n', header.length + ((text.length - header.length) >> 1));
      try {
        this.validate({ uri, languageId, version: 1, text }, settings);
        if (mid > 0) this.validate({ uri, languageId, version: 2, text: `${text.slice(0, mid)} ${text.slice(mid)}` }, settings);
      } finally {
        this.close(uri);
      }
    },
    dependents: (uri) => code.dependents(uri),
    get javaParserLoaded() {
      return java.loaded;
    },
  };
}
