// A test LSP client: starts the bundled dist/server.js over stdio, answers the server's requests, collects diagnostics.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
// The Node options the extension starts the server with (client/src/client.ts).
import { execArgv as SERVER_EXEC_ARGV } from '../../shared/serverExecArgv.json';

export const SERVER = join(__dirname, '../../../dist/server.js');

export interface SessionOptions {
  /** Node options before the server script (e.g. `--require hook.js`). */
  readonly nodeArgs?: readonly string[];
  /** What the session answers to workspace/configuration (read at each request, so tests can change it). */
  readonly settings?: () => unknown;
  readonly workspaceFolders?: ReadonlyArray<{ uri: string; name: string }>;
  /** Extra client capabilities merged into the defaults. */
  readonly capabilities?: Record<string, unknown>;
  /** Handlers for further requests the server may send (registered before the session starts listening). */
  readonly requests?: Readonly<Record<string, (params: unknown) => unknown>>;
}

export interface LspSession {
  readonly conn: MessageConnection;
  readonly child: ChildProcessWithoutNullStreams;
  readonly initializeResult: { capabilities: Record<string, unknown>; serverInfo: { name: string } };
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** Every window/logMessage so far, one per line. */
  logs(): string;
  /** Every publishDiagnostics so far, in arrival order. */
  published(): readonly PublishDiagnosticsParams[];
  /** The first publish for a document version, already received or future; rejects after `ms`. */
  diagnosticsFor(uri: string, version: number, ms?: number): Promise<PublishDiagnosticsParams>;
  /**
   * The first publish for `uri` after its `after`-th one (counted over `published()`) that `accept` accepts (default:
   * any); rejects after `ms`.
   */
  publishAfter(uri: string, after: number, accept?: (p: PublishDiagnosticsParams) => boolean, ms?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** Shuts the server down and waits (up to 2 s) for it to end by itself, then makes sure it has. */
  close(): Promise<void>;
}

/** Spawns the server, performs initialize/initialized and returns the session. */
export async function startSession(options: SessionOptions = {}): Promise<LspSession> {
  const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  let logs = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) if (w.match(p)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(p));
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => options.settings?.() ?? {}));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/workspaceFolders', () => options.workspaceFolders ?? []);
  conn.onNotification('window/logMessage', (p: { message: string }) => (logs += `${p.message}\n`));
  for (const [method, handler] of Object.entries(options.requests ?? {})) conn.onRequest(method, handler);
  conn.listen();

  /** A publish already received that `match` accepts, else the first future one; rejects after `ms`. */
  const waitFor = (match: (p: PublishDiagnosticsParams) => boolean, seen: PublishDiagnosticsParams | undefined, what: string, ms: number): Promise<PublishDiagnosticsParams> => {
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${what} within ${ms} ms; stderr: ${stderr.slice(-500)}`)), ms);
      waiters.push({ match, resolve: (p) => (clearTimeout(t), resolve(p)) });
    });
  };
  const diagnosticsFor = (uri: string, version: number, ms = 20_000): Promise<PublishDiagnosticsParams> => {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && p.version === version;
    return waitFor(match, published.find(match), `${uri} v${version}`, ms);
  };
  const publishAfter = (uri: string, after: number, accept: (p: PublishDiagnosticsParams) => boolean = () => true, ms = 20_000): Promise<PublishDiagnosticsParams> => {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && accept(p);
    return waitFor(match, published.filter((p) => p.uri === uri).slice(after).find(accept), `${uri} (after publish #${after})`, ms);
  };

  const folders = options.workspaceFolders ?? null;
  const initializeResult = (await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folders?.[0]?.uri ?? null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { publishDiagnostics: { versionSupport: true } },
      ...(options.capabilities ?? {}),
    },
    workspaceFolders: folders,
  })) as LspSession['initializeResult'];
  await conn.sendNotification('initialized', {});

  return {
    conn,
    child,
    initializeResult,
    stderr: () => stderr,
    logs: () => logs,
    published: () => published,
    diagnosticsFor,
    publishAfter,
    open(uri, text, languageId = 'kafka-properties', version = 1) {
      void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
      return diagnosticsFor(uri, version);
    },
    async close() {
      try {
        await conn.sendRequest('shutdown');
        await conn.sendNotification('exit');
        // The server ends itself on `exit`: what it writes until then (exit handlers included) is read before it goes.
        if (child.exitCode === null) await Promise.race([once(child, 'close'), new Promise((r) => setTimeout(r, 2000).unref())]);
      } finally {
        conn.dispose();
        child.kill();
      }
    },
  };
}
