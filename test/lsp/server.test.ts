// Protocol test: starts the bundled dist/server.js over stdio and speaks LSP to it, as an editor does.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-jsonrpc/node';
import { startSession, type LspSession } from '../helpers/lspSession';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const URI = 'file:///workspace/orders-producer.properties';

describe('language server over stdio', () => {
  let session: LspSession;
  let conn: MessageConnection;
  let settings: Record<string, unknown> = {};
  const diagnosticsFor = (uri: string, version: number) => session.diagnosticsFor(uri, version);
  let firstPublish: PublishDiagnosticsParams | undefined;

  before(async () => {
    // The server asks for settings per document (workspace/configuration); the session answers with the current ones.
    session = await startSession({ settings: () => settings });
    conn = session.conn;
  });

  after(() => session.close());

  test('initialize declares the features', () => {
    const result = session.initializeResult;
    assert.equal(result.serverInfo.name, 'kafka-producer-config');
    for (const cap of ['hoverProvider', 'completionProvider', 'codeActionProvider', 'documentSymbolProvider', 'codeLensProvider']) {
      assert.ok(result.capabilities[cap], cap);
    }
  });

  test('didOpen publishes diagnostics with rule codes and docs links', async () => {
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'kafka-properties', version: 1, text: 'bootstrap.servers=k:9092\nacks=ALL\nlinger_ms=5\n' },
    });
    const p = await diagnosticsFor(URI, 1);
    firstPublish = p;
    const codes = p.diagnostics.map((d: Diagnostic) => d.code);
    assert.ok(codes.includes('invalid-value'));
    assert.ok(codes.includes('unknown-key'));
    const invalid = p.diagnostics.find((d) => d.code === 'invalid-value')!;
    assert.deepEqual(invalid.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 8 } });
    assert.match(invalid.codeDescription!.href, /docs\/rules\/invalid-value\.md$/);
    assert.equal(invalid.source, 'kafka-producer');
  });

  test('hover, completion, code actions, symbols, code lens', async () => {
    const hover = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 1 } })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /\*\*acks\*\*/);
    const completion = (await conn.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line: 1, character: 5 } })) as CompletionList;
    // A client that cannot resolve items gets the documentation in the list.
    assert.match((completion.items.find((i) => i.label === 'all')!.documentation as MarkupContent).value, /.+/);
    const diags = firstPublish!.diagnostics;
    const actions = (await conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: diags.find((d) => d.code === 'invalid-value')!.range,
      context: { diagnostics: diags },
    })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Change to `all`')!;
    assert.deepEqual(fix.edit!.changes![URI], [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 8 } }, newText: 'all' }]);
    const symbols = (await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['bootstrap.servers', 'acks', 'linger_ms']);
    const lenses = (await conn.sendRequest('textDocument/codeLens', { textDocument: { uri: URI } })) as Array<{ command: { title: string } }>;
    assert.match(lenses[0]!.command.title, /^Kafka producer:/);
  });

  test('an edit republishes for the new version', async () => {
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 8 } }, text: 'all' }],
    });
    const p = await diagnosticsFor(URI, 2);
    assert.ok(!p.diagnostics.some((d) => d.code === 'invalid-value'));
  });

  test('profiles request previews each safe profile', async () => {
    const previews = (await conn.sendRequest('kafkaProducer/profiles', { uri: URI })) as Array<{ id: string; changes: unknown[] }>;
    assert.deepEqual(previews.map((p) => p.id), ['reliable', 'exactly-once', 'high-throughput', 'low-latency']);
  });

  test('settings changes apply (client version from workspace/configuration)', async () => {
    settings = { clientVersion: '3.9' };
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: { kafkaProducer: settings } });
    const hover = (await conn.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 1 } })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /Default \(Kafka 3\.9\)/);
  });

  test('hostile input: binary junk and a huge line never kill the server', async () => {
    const junk = 'file:///workspace/junk-producer.properties';
    await conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: junk, languageId: 'kafka-properties', version: 1, text: '\u0000\u0001\u00ff\ud800acks=\\u12' + 'x'.repeat(200000) },
    });
    const p = await diagnosticsFor(junk, 1);
    assert.ok(Array.isArray(p.diagnostics));
    const hover = await conn.sendRequest('textDocument/hover', { textDocument: { uri: junk }, position: { line: 0, character: 3 } });
    assert.ok(hover === null || typeof hover === 'object');
    // Requests on unknown documents answer empty, not with an error.
    assert.equal(await conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nope' }, position: { line: 0, character: 0 } }), null);
  });

  test("other editors' language ids for Java properties files (Neovim jproperties, Emacs conf-javaprop) are analysed", async () => {
    for (const languageId of ['jproperties', 'conf-javaprop', 'java-properties']) {
      const uri = `file:///workspace/${languageId}-producer.properties`;
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: 'bootstrap.servers=k:9092\nacks=1\nenable.idempotence=true\n' } });
      const p = await diagnosticsFor(uri, 1);
      const conflict = p.diagnostics.find((d) => d.code === 'idempotence-conflict');
      assert.equal(conflict?.range.start.line, 1, `${languageId}: ${JSON.stringify(p.diagnostics.map((d) => d.code))}`);
    }
  });

  test('files that are not producer configs get no diagnostics', async () => {
    const git = 'file:///workspace/.gitconfig';
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: git, languageId: 'properties', version: 1, text: '[user]\nname = x\n' } });
    const p = await diagnosticsFor(git, 1);
    assert.deepEqual(p.diagnostics, []);
  });
});

describe('completion documentation on resolve', () => {
  let session: LspSession;
  const uri = 'file:///workspace/lazy.properties';

  before(async () => {
    session = await startSession({
      capabilities: {
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          completion: { completionItem: { resolveSupport: { properties: ['documentation', 'detail'] } } },
        },
      },
    });
  });
  after(() => session.close());

  test('a client that resolves items gets lists without documentation and each documentation on resolve', async () => {
    assert.deepEqual((session.initializeResult.capabilities['completionProvider'] as { resolveProvider: boolean }).resolveProvider, true);
    await session.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kafka-properties', version: 1, text: 'acks=all\n\n' } });
    await session.diagnosticsFor(uri, 1);
    const list = (await session.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 0 } })) as CompletionList;
    const linger = list.items.find((i) => i.label === 'linger.ms')!;
    assert.equal(linger.documentation, undefined);
    assert.match(String(linger.detail), /default/);
    const resolved = (await session.conn.sendRequest('completionItem/resolve', linger)) as CompletionItem;
    assert.match((resolved.documentation as MarkupContent).value, /\*\*linger\.ms\*\*/);
    assert.deepEqual({ ...resolved, documentation: undefined }, { ...linger, documentation: undefined });
    // An item of an older list comes back as it was sent (the server keeps the latest list only).
    await session.conn.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 5 } });
    const stale = (await session.conn.sendRequest('completionItem/resolve', linger)) as CompletionItem;
    assert.equal(stale.documentation, undefined);
  });
});

describe('a client that fails a request the server sends', () => {
  test('a rejected workspace/diagnostic/refresh is logged and the server keeps serving', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kpc-refresh-'));
    // A cluster file: reading it changes what the analysis knows, so the server asks the client to pull again.
    writeFileSync(join(workspace, 'server.properties'), 'min.insync.replicas=2\ndefault.replication.factor=3\n');
    let asked!: () => void;
    const refreshRequested = new Promise<void>((resolve) => (asked = resolve));
    const session = await startSession({
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: {} } },
      requests: {
        'workspace/diagnostic/refresh': () => {
          asked();
          throw new ResponseError(-32603, 'this client cannot refresh');
        },
      },
    });
    try {
      await refreshRequested;
      const uri = pathToFileURL(join(workspace, 'p.properties')).href;
      await session.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kafka-properties', version: 1, text: 'acks=1\n' } });
      const report = (await session.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
      assert.ok(report.items.some((d) => d.code === 'acks-one'), JSON.stringify(report.items));
      assert.equal(session.child.exitCode, null, 'the server is still running');
      assert.match(session.logs(), /diagnostics refresh failed: this client cannot refresh/);
    } finally {
      await session.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  test('a pulling client that cannot be asked to refresh is not asked', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kpc-refresh-'));
    writeFileSync(join(workspace, 'server.properties'), 'min.insync.replicas=2\n');
    let refreshes = 0;
    const session = await startSession({
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: {} } },
      requests: { 'workspace/diagnostic/refresh': () => void refreshes++ },
    });
    try {
      const uri = pathToFileURL(join(workspace, 'p.properties')).href;
      await session.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kafka-properties', version: 1, text: 'acks=all\n' } });
      // Pull until the cluster file's facts have arrived (the summary then names min.insync.replicas=2).
      let title = '';
      for (let i = 0; i < 500 && !/min\.insync\.replicas=2/.test(title); i++) {
        const lenses = (await session.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{ command: { title: string } }>;
        title = lenses[0]?.command.title ?? '';
        await new Promise((resolve) => setImmediate(resolve));
      }
      assert.match(title, /min\.insync\.replicas=2: survives 1 broker failure/, "the cluster file's facts arrived");
      assert.equal(refreshes, 0);
      assert.equal(session.child.exitCode, null);
    } finally {
      await session.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
