// The LSP server: capabilities and handlers, each a short delegation to the pure language service.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EFFECTIVE_CONFIG_REQUEST, PROFILES_REQUEST, type EffectiveConfigParams, type ProfilesParams } from '../../shared/protocol';
import { createLanguageService, type DocumentInput, type ServiceSettings } from './service';
import { loadBundledTypeScript } from './loadTypeScript';
import { growYoungGenerationForCode } from './heapGrowth';
import { loadBundledJavaParser } from './loadJavaParser';
import { WorkspaceFiles } from './workspaceFiles';
import { FIX_ALL_KIND } from './service/features/codeActions';
import { limitProblems } from './service/features/validation';
import { PROFILE_ACTION_KIND } from './service/features/profileActions';
import { SettingsStore } from './settings';
import { positionOf } from './service/util/lines';
import { profilePreviews } from './service/features/profilePreviews';
import { effectiveConfigMarkdown } from './service/features/effectiveReport';
import { watchWorkspaceCluster } from './workspaceCluster';
import { CompletionDocs } from './completionDocs';
import { codeCachesPending, writePendingCodeCaches } from './codeCache';

export const SERVER_NAME = 'kafka-producer-config';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  // Imported consts are read from open documents first, then from disk inside the workspace folders only.
  const files = new WorkspaceFiles((uri) => documents.get(uri)?.getText());
  const service = createLanguageService({
    log: (m) => connection.console.error(m),
    // The memory budget with code files open is larger (see heapGrowth.ts).
    loadTypeScript: () => {
      const ts = loadBundledTypeScript();
      growYoungGenerationForCode();
      return ts;
    },
    readFile: (uri) => files.read(uri),
    loadJavaParser: loadBundledJavaParser,
  });
  let settings!: SettingsStore;
  let pull = false;
  /** Whether a pulling client accepts workspace/diagnostic/refresh (it must declare it). */
  let pullRefresh = false;
  let pushConfigurationChanges = false;
  let watchClusterFiles = false;
  let folderChanges = false;
  /** Completion documentation is sent on resolve when the client resolves it lazily (VS Code does). */
  let completionDocs: CompletionDocs | undefined;

  const input = (doc: TextDocument): DocumentInput => ({ uri: doc.uri, languageId: doc.languageId, version: doc.version, text: doc.getText() });

  /**
   * Requests and notifications the server sends without waiting for the answer: a client that rejects one (a method it
   * does not implement) or a closed connection is logged, never an unhandled rejection that would end the process.
   */
  function fireAndForget(what: string, sent: Promise<unknown>): void {
    sent.catch((e: unknown) => connection.console.error(`${what} failed: ${e instanceof Error ? e.message : String(e)}`));
  }

  /** Every handler runs through this: an exception or a cancellation becomes an empty answer, never a dead server. */
  async function runSafe<T>(name: string, fallback: T, token: CancellationToken | undefined, fn: () => T | Promise<T>): Promise<T> {
    if (token?.isCancellationRequested) return fallback;
    try {
      const result = await fn();
      return token?.isCancellationRequested ? fallback : result;
    } catch (e) {
      connection.console.error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    files.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    pull = !!caps.textDocument?.diagnostic;
    pullRefresh = pull && !!caps.workspace?.diagnostics?.refreshSupport;
    pushConfigurationChanges = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    watchClusterFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    folderChanges = !!caps.workspace?.workspaceFolders;
    if (caps.textDocument?.completion?.completionItem?.resolveSupport?.properties.includes('documentation')) completionDocs = new CompletionDocs();
    settings = new SettingsStore(connection, !!caps.workspace?.configuration, params.initializationOptions);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['=', ':', '.', '"', "'"], resolveProvider: !!completionDocs },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, PROFILE_ACTION_KIND], resolveProvider: false },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        // Added and removed folders change where imports and cluster files may be read from.
        ...(folderChanges ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
        ...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: SERVER_NAME, version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (pushConfigurationChanges) fireAndForget('registering for configuration changes', connection.client.register(DidChangeConfigurationNotification.type, { section: 'kafkaProducer' }));
    const onFoldersChanged = folderChanges ? (listener: () => void) => connection.workspace.onDidChangeWorkspaceFolders(listener) : undefined;
    onFoldersChanged?.(() => {
      void runSafe('workspace folders', undefined, undefined, async () => {
        files.setFolders(((await connection.workspace.getWorkspaceFolders()) ?? []).map((f) => f.uri));
        service.filesChanged();
        refreshAll();
      });
    });
    fireAndForget('reading cluster files', watchWorkspaceCluster(
      connection,
      (facts) => {
        settings.setWorkspaceCluster(facts);
        refreshAll();
      },
      { dynamicWatch: watchClusterFiles, ...(onFoldersChanged ? { onFoldersChanged } : {}) },
    ));
  });

  // ---- diagnostics: pull when the client supports it, else pushed as soon as a version is current
  const pending = new Map<string, ReturnType<typeof setImmediate>>();
  /** When a document change or request last arrived (idle-time work waits for a pause). */
  let lastActivity = 0;
  function schedule(uri: string): void {
    lastActivity = performance.now();
    if (pull) return;
    const queued = pending.get(uri);
    if (queued) clearImmediate(queued);
    // After the messages already read (the changes of one burst coalesce), without a timer's millisecond; stale
    // versions are dropped below.
    pending.set(uri, setImmediate(() => fireAndForget('publishing diagnostics', publish(uri))));
  }
  async function publish(uri: string): Promise<void> {
    pending.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const s = await settingsAnalysing(doc);
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    const diagnostics = await runSafe('diagnostics', [], undefined, () => limitProblems(service.validate(input(current), s), s.maxProblems));
    await connection.sendDiagnostics({ uri, version, diagnostics });
    warmUp(uri, s);
    writeCodeCachesWhenIdle();
    collectYoungWhenIdle();
  }

  /**
   * The settings of a document about to be analysed. A document not asked about yet is analysed while the client
   * answers, with the settings most likely to come back (those of the last answer in its folder): when the answer equals
   * them (the usual case), it is the same object and the analysis is reused, so the round trip (1-3 ms on every open) no
   * longer delays the diagnostics. A different answer costs a second analysis; the parse is still reused unless the size
   * limit differs.
   */
  function settingsAnalysing(doc: TextDocument): Promise<ServiceSettings> {
    const known = settings.known(doc.uri);
    if (known) return Promise.resolve(known);
    const answer = settings.get(doc.uri);
    // After the request is written (the connection writes on the next turn of the event loop, and so would this).
    setImmediate(() => {
      if (documents.get(doc.uri) === doc) void runSafe('analysis', undefined, undefined, () => void service.analyze(input(doc), settings.likely(doc.uri)));
    });
    return answer;
  }

  /**
   * `fn` run once the server is idle, scheduled at most once at a time: calls while it waits are one run. `name` is
   * what a failure is logged as.
   */
  function idleOnce(name: string, fn: () => void): () => void {
    let scheduled = false;
    return () => {
      if (scheduled) return;
      scheduled = true;
      whenIdle(() => {
        scheduled = false;
        void runSafe(name, undefined, undefined, fn);
      });
    };
  }

  /** Bundles loaded without a usable code cache get one once the first diagnostics are out and the server is idle. */
  const scheduleCodeCacheWrite = idleOnce('code cache', () => void writePendingCodeCaches());
  function writeCodeCachesWhenIdle(): void {
    if (codeCachesPending()) scheduleCodeCacheWrite();
  }

  // What an analysis leaves in the young generation is collected once the server is idle, so the next open or edit
  // allocates into an empty one instead of copying this one's survivors in the middle of its own work: a 5,000-line
  // code file's analysis allocates ~12 MB, which then fits the 16 MB young generation of a code session without a
  // collection (heapGrowth.ts). V8 offers the collector when started with --expose-gc, as the extension starts it.
  const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;
  const collectYoungWhenIdle = gc ? idleOnce('young-generation collection', () => gc({ type: 'minor' })) : () => {};

  /** Quiet time (no document change or request) before idle-time work runs. */
  const IDLE_MS = 50;
  /** Runs `fn` once nothing arrived for IDLE_MS: warm-up work must never delay a request the user is waiting for. */
  function whenIdle(fn: () => void, firstCheckMs = IDLE_MS): void {
    const check = (): void => {
      const idle = performance.now() - lastActivity;
      if (idle < IDLE_MS) setTimeout(check, IDLE_MS - idle);
      else fn();
    };
    setTimeout(check, firstCheckMs);
  }

  // The first hover or completion on a dialect would run cold (code not yet compiled, catalog entries not yet resolved):
  // once per dialect, after its first diagnostics, they run once in idle time on the document's first entry, so the
  // user's first requests do not pay for it. (A user already hovering warms the code by doing so.)
  const warmed = new Set<string>();
  function warmUp(uri: string, s: ServiceSettings): void {
    // Nothing left to warm for this dialect (the usual case after the first file): no timer on every edit.
    const doc = documents.get(uri);
    const dialect = doc ? service.analyze(input(doc), s)?.document.dialect : undefined;
    if (!dialect || (warmed.has(dialect) && (dialect !== 'typescript' || compilerWarmUp !== 'not yet'))) return;
    whenIdle(() => {
      const doc = documents.get(uri);
      if (!doc) return;
      void runSafe('warm-up', undefined, undefined, () => {
        const a = service.analyze(input(doc), s);
        if (a?.document.dialect === 'typescript') warmUpCompiler(uri, doc.getText().length, s);
        const entry = a?.document.scopes.find((scope) => scope.entries.length > 0)?.entries[0];
        if (!a || !entry || warmed.has(a.document.dialect)) return;
        warmed.add(a.document.dialect);
        for (const offset of [entry.keySpan.start, entry.valueSpan.start]) {
          const position = positionOf(a.document, offset);
          service.hover(input(doc), position, s);
          service.complete(input(doc), position, s);
        }
        // The hover of `acks` and idempotence adds the producer's guarantee summary: code no other hover runs.
        for (const scope of a.document.scopes) {
          const guarantee = scope.entries.find((e) => e.key === 'acks' || e.key === 'enable.idempotence');
          if (!guarantee) continue;
          service.hover(input(doc), positionOf(a.document, guarantee.keySpan.start), s);
          break;
        }
      });
    }, 20);
  }

  // The TypeScript parser, loaded for the first code file, is optimised by V8 only after it has parsed a few hundred
  // kilobytes: until then a second file takes two to three times as long to parse. The analysis behind it (binder,
  // evaluator, model, rules) and the incremental parser are likewise slow for the first dozen edits. So, once, after
  // the first code file's diagnostics, pieces of that file are analysed as documents of their own (each also after a
  // one-character edit), then parsed, while the server is idle: a slice (a few milliseconds) only when nothing arrived
  // for IDLE_MS, the next one after pending messages are handled.
  const SLICE_CHARS = 12_000;
  const ANALYSIS_SLICE_CHARS = 6_000;
  let compilerWarmUp: 'not yet' | 'running' | 'done' = 'not yet';
  function warmUpCompiler(uri: string, length: number, s: ServiceSettings): void {
    if (compilerWarmUp !== 'not yet' || !service.typeScriptLoaded) return;
    compilerWarmUp = 'running';
    // Up to 150 kB analysed and a megabyte parsed (about 250 ms of idle time, once per session): after that much V8
    // has optimised the hot paths. A second 5,000-line file then parses in ~15 ms instead of ~20 ms (bench/, "parser
    // loaded"); the first edit of the file is analysed in ~33 ms instead of ~52 ms (in-process; the benchmark's edit
    // p50 over 30 edits: 27.6 ms instead of 29.4 ms, medians of 12 runs each). Small files are fast enough cold.
    let analysisBudget = Math.min(150_000, length);
    let budget = Math.min(1_000_000, 8 * length);
    let from = 0;
    const step = (): void => {
      const doc = documents.get(uri);
      if (!doc || budget <= 0) {
        compilerWarmUp = 'done';
        // Its garbage must not be what the next open finds in the young generation.
        collectYoungWhenIdle();
        return;
      }
      const text = doc.getText();
      if (from >= text.length) from = 0;
      const analyse = analysisBudget > 0;
      const newline = text.indexOf('\n', from + (analyse ? ANALYSIS_SLICE_CHARS : SLICE_CHARS));
      const to = newline < 0 ? text.length : newline + 1;
      const start = from;
      void runSafe('warm-up', undefined, undefined, () =>
        analyse ? service.warmUpAnalysis(input(doc), start, to, s) : service.warmUpCode(uri, text.slice(start, to)),
      );
      if (analyse) analysisBudget -= to - from;
      budget -= to - from;
      from = to;
      // The next slice after pending messages are handled, and only if nothing arrived meanwhile.
      setImmediate(() => whenIdle(step, 0));
    };
    whenIdle(step);
  }
  function refreshAll(): void {
    if (pull) refreshPulled();
    else for (const d of documents.all()) schedule(d.uri);
  }
  /** Asks a pulling client to pull again, if it can be asked (otherwise it pulls on its next change or view). */
  function refreshPulled(): void {
    // Typed as void, but it is the request's promise.
    if (pullRefresh) fireAndForget('diagnostics refresh', Promise.resolve(connection.languages.diagnostics.refresh() as unknown));
  }

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => {
    schedule(e.document.uri);
    // Documents that import consts from this one (TS/JS) are re-checked too.
    const dependents = service.dependents(e.document.uri).filter((u) => u !== e.document.uri && documents.get(u));
    if (dependents.length > 0) {
      if (pull) refreshPulled();
      else for (const u of dependents) schedule(u);
    }
  });
  documents.onDidClose((e) => {
    const queued = pending.get(e.document.uri);
    if (queued) clearImmediate(queued);
    service.close(e.document.uri);
    settings.forget(e.document.uri);
    if (!pull) fireAndForget('clearing diagnostics', connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
  });
  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    refreshAll();
  });

  connection.languages.diagnostics.on(async (params, token) => {
    lastActivity = performance.now();
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: 'full', items: [] };
    const s = await settingsAnalysing(doc);
    const items = await runSafe('diagnostics', [], token, () => limitProblems(service.validate(input(doc), s), s.maxProblems));
    writeCodeCachesWhenIdle();
    collectYoungWhenIdle();
    return { kind: 'full', items };
  });

  // ---- features
  const withDoc = async <T>(name: string, uri: string, fallback: T, token: CancellationToken | undefined, fn: (doc: TextDocument, s: ServiceSettings) => T) => {
    lastActivity = performance.now();
    const doc = documents.get(uri);
    if (!doc) return fallback;
    const s = await settings.get(uri);
    return runSafe(name, fallback, token, () => fn(doc, s));
  };

  connection.onHover((p, token) => withDoc('hover', p.textDocument.uri, null, token, (doc, s) => service.hover(input(doc), p.position, s)));
  connection.onCompletion((p, token) =>
    withDoc('completion', p.textDocument.uri, null, token, (doc, s) => {
      const list = service.complete(input(doc), p.position, s);
      return completionDocs ? completionDocs.strip(list) : list;
    }),
  );
  connection.onCompletionResolve((item) => (completionDocs ? completionDocs.resolve(item) : item));
  connection.onCodeAction((p, token) =>
    withDoc('codeAction', p.textDocument.uri, [], token, (doc, s) =>
      service.codeActions(input(doc), p.range, { diagnostics: p.context.diagnostics, ...(p.context.only ? { only: p.context.only } : {}) }, s),
    ),
  );
  connection.onDocumentSymbol((p, token) => withDoc('documentSymbol', p.textDocument.uri, [], token, (doc, s) => service.documentSymbols(input(doc), s)));
  connection.onCodeLens((p, token) =>
    withDoc('codeLens', p.textDocument.uri, [], token, (doc, s) =>
      service.summaries(input(doc), s).map((x) => ({
        range: x.range,
        command: { title: x.summary.line, command: 'kafkaProducer.showEffectiveConfig', arguments: [doc.uri] },
      })),
    ),
  );

  connection.onRequest(PROFILES_REQUEST, (p: ProfilesParams, token) =>
    withDoc('profiles', p.uri, [], token, (doc, s) => {
      const a = service.analyze(input(doc), s);
      return a ? profilePreviews(a) : [];
    }),
  );
  connection.onRequest(EFFECTIVE_CONFIG_REQUEST, (p: EffectiveConfigParams, token) =>
    withDoc('effectiveConfig', p.uri, null, token, (doc, s) => {
      const a = service.analyze(input(doc), s);
      return a ? effectiveConfigMarkdown(a) : null;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
