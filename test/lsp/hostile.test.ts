// Hostile input over stdio: the bundled server answers binary, undecodable, huge and broken documents, and cancellation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CancellationTokenSource, ResponseError, type MessageConnection } from 'vscode-jsonrpc/node';
import { startSession, type LspSession } from '../helpers/lspSession';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { BINARY_TEXT, deeplyNestedTs, giantLine, halfTypedTs, manyLines, UNDECODABLE_TEXT } from '../helpers/hostileInputs';

const REQUEST_CANCELLED = -32800;

describe('language server over stdio: hostile input', () => {
  let session: LspSession;
  let conn: MessageConnection;
  let settings: Record<string, unknown> = {};
  const stderr = () => session.stderr();
  const diagnosticsFor = (uri: string, version: number, ms?: number) => session.diagnosticsFor(uri, version, ms);
  const open = (uri: string, text: string, languageId = 'kafka-properties', version = 1) => session.open(uri, text, languageId, version);

  /** A request that must be answered within `ms`. */
  async function answered<T>(method: string, params: unknown, ms = 10_000): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${method} not answered within ${ms} ms`)), ms)));
    try {
      return await Promise.race([conn.sendRequest(method, params) as Promise<T>, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  before(async () => {
    session = await startSession({ settings: () => settings });
    conn = session.conn;
  });

  after(() => session.close());

  test('a binary document: one not-analysed notice', async () => {
    const p = await open('file:///ws/binary-producer.properties', BINARY_TEXT);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['not-analysed']);
    assert.match(p.diagnostics[0]!.message, /binary/);
  });

  test('undecodable bytes (U+FFFD): analysed, with a warning on that line', async () => {
    const p = await open('file:///ws/undecodable-producer.properties', UNDECODABLE_TEXT);
    assert.deepEqual(p.diagnostics.filter((d) => d.code === 'binary-content').map((d) => d.range.start.line), [1]);
  });

  test('200,000 lines: diagnostics, then hover answers', async () => {
    const uri = 'file:///ws/big-producer.properties';
    const p = await open(uri, manyLines(200_000));
    assert.ok(p.diagnostics.some((d) => d.code === 'unknown-key'));
    const hover = await answered<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 199_990, character: 2 } });
    assert.ok(hover === null || typeof hover === 'object');
  });

  test('200,000 lines edited in the middle (incremental sync): the findings of the new version, lines after the edit moved', async () => {
    const uri = 'file:///ws/big-edited-producer.properties';
    const text = manyLines(200_000);
    const before = await open(uri, text);
    const unknownLines = (ds: typeof before.diagnostics) => ds.filter((d) => d.code === 'unknown-key').map((d) => d.range.start.line);
    // Two new lines at line 100,000: a misspelt key there, every later finding two lines further down.
    void conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 100_000, character: 0 }, end: { line: 100_000, character: 0 } }, text: 'lingr.ms=5\nacks=all\n' }],
    });
    const after = await diagnosticsFor(uri, 2);
    const expected = [...unknownLines(before.diagnostics).filter((l) => l < 100_000), 100_000, ...unknownLines(before.diagnostics).filter((l) => l >= 100_000).map((l) => l + 2)];
    assert.deepEqual(unknownLines(after.diagnostics), expected);
  });

  test('a single 5 MB line: the size-limit notice (default kafkaProducer.maxFileSize)', async () => {
    const p = await open('file:///ws/giant-producer.properties', giantLine(5 * 1024 * 1024));
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['not-analysed']);
    assert.match(p.diagnostics[0]!.message, /kafkaProducer\.maxFileSize/);
  });

  test('the size limit follows the setting', async () => {
    settings = { maxFileSize: 500 };
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: { kafkaProducer: settings } });
    const p = await open('file:///ws/limited-producer.properties', manyLines(100));
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['not-analysed']);
    assert.match(p.diagnostics[0]!.message, /500-byte limit/);
    settings = {};
    await conn.sendNotification('workspace/didChangeConfiguration', { settings: { kafkaProducer: settings } });
  });

  test('at most kafkaProducer.maxProblems diagnostics, the most severe kept, with a notice of the rest', async () => {
    const lines = ['bootstrap.servers=k:9092'];
    for (let i = 0; i < 3000; i++) lines.push(`custom${i}.setting=1`);
    lines.push('acks=ALL');
    const p = await open('file:///ws/noisy-producer.properties', `${lines.join('\n')}\n`);
    assert.equal(p.diagnostics.length, 1001);
    assert.equal(p.diagnostics[0]!.code, 'problems-limited');
    assert.match(p.diagnostics[0]!.message, /^\d+ more problems .* kafkaProducer\.maxProblems/);
    // The error on the last line outranks the warnings before it.
    assert.ok(p.diagnostics.some((d) => d.code === 'invalid-value' && d.range.start.line === 3001));
  });

  test('deeply nested and half-typed TypeScript: diagnostics are published, never a crash', async () => {
    await open('file:///ws/src/nested.ts', deeplyNestedTs(20_000), 'typescript');
    for (const at of [0, 40, 120, 200, 260]) await open(`file:///ws/src/half-${at}.ts`, halfTypedTs(at), 'typescript');
  });

  test('a cancelled request answers with the cancelled error or a default result, and the server goes on', async () => {
    const uri = 'file:///ws/cancel-producer.properties';
    await open(uri, manyLines(100_000));
    // A new version invalidates the cached analysis, so the hover below would have to analyse 100,000 lines again.
    void conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: manyLines(100_001) }] });
    const source = new CancellationTokenSource();
    const pending = conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } }, source.token);
    source.cancel();
    try {
      const result = await pending;
      assert.ok(result === null || typeof result === 'object');
    } catch (e) {
      assert.ok(e instanceof ResponseError && e.code === REQUEST_CANCELLED, String(e));
    }
    await diagnosticsFor(uri, 2);
  });

  test('after all of it the server still answers promptly, and its memory stayed bounded', async () => {
    const uri = 'file:///ws/after-producer.properties';
    await open(uri, 'acks=ALL\n');
    const hover = await answered<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }, 5_000);
    assert.match((hover.contents as MarkupContent).value, /\*\*acks\*\*/);
    let status = '';
    try {
      status = readFileSync(`/proc/${session.child.pid}/status`, 'utf8');
    } catch {
      // not Linux: no peak to read
    }
    const peakMB = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    assert.ok(peakMB < 1024, `peak RSS ${peakMB.toFixed(0)} MB`);
    assert.ok(!/Unhandled|FATAL/i.test(stderr()), stderr().slice(-500));
    assert.ok(!/failed:/.test(session.logs()), session.logs().slice(-1000));
  });
});
