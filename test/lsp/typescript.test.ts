// Protocol test for TS/JS: the bundled dist/server.js analyses a kafkajs file, loads dist/typescript.js only when such a
// file is opened (observed through a module-load hook), reads imported consts inside the workspace folder only, and
// answers hover and quick fixes in the client's spelling.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { startSession, type LspSession } from '../helpers/lspSession';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';


// Prints a line to stderr() whenever a module named typescript.js is loaded into the server process.
// Reports every load of the TypeScript bundle: through require, or read by the code-cache loader (server/src/codeCache.ts).
const HOOK = `const M = require('module'); const load = M._load;
M._load = function (request, ...rest) { if (/typescript(\\.js)?$/.test(request)) process.stderr.write('LOADED ' + request + '\\n'); return load.call(this, request, ...rest); };
const fs = require('fs'); const read = fs.readFileSync;
fs.readFileSync = function (file, ...rest) { if (typeof file === 'string' && /typescript\\.js$/.test(file)) process.stderr.write('LOADED ' + file + '\\n'); return read.call(this, file, ...rest); };`;

const PRODUCER = `import { Kafka, CompressionTypes } from 'kafkajs';
import { defaults } from './kafka.config';

const kafka = new Kafka({ clientId: 'orders', brokers: ['localhost:9092'] });
export const producer = kafka.producer({ ...defaults, maxInFlightRequests: 1 });

export async function publish(id: string): Promise<void> {
  await producer.send({ topic: 'orders', acks: 1, compression: CompressionTypes.GZIP, messages: [{ key: id, value: id }] });
}
`;

describe('language server over stdio: TS/JS', () => {
  let session: LspSession;
  let conn: MessageConnection;
  let workspace: string;
  const stderr = () => session.stderr();
  const diagnosticsFor = (uri: string, version: number) => session.diagnosticsFor(uri, version);
  const uriOf = (rel: string) => pathToFileURL(join(workspace, rel)).href;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'kafka-ts-ws-'));
    mkdirSync(join(workspace, 'src'));
    writeFileSync(join(workspace, 'src/kafka.config.ts'), 'export const defaults = { idempotent: true };\n');
    // A config outside the workspace folder that would make an error if the server read it.
    writeFileSync(join(workspace, '..', `outside-${process.pid}.ts`), 'export const cfg = { idempotent: true, retry: { retries: 0 } };\n');
    const hook = join(workspace, '..', `hook-${process.pid}.js`);
    writeFileSync(hook, HOOK);
    session = await startSession({ nodeArgs: ['--require', hook], workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }] });
    conn = session.conn;
  });

  after(() => session.close());

  test('a TS file without a Kafka import: no diagnostics, and the TypeScript bundle stays unloaded', async () => {
    const uri = uriOf('src/util.ts');
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: 'export const retries = { retries: 0, acks: 0 };\n' } });
    const p = await diagnosticsFor(uri, 1);
    assert.deepEqual(p.diagnostics, []);
    assert.doesNotMatch(stderr(), /LOADED .*typescript/);
  });

  test('a kafkajs file: diagnostics with rule codes, the imported const resolved from the workspace, lazy load observed', async () => {
    const uri = uriOf('src/producer.ts');
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: PRODUCER } });
    const p = await diagnosticsFor(uri, 1);
    const conflict = p.diagnostics.find((d: Diagnostic) => d.code === 'idempotence-conflict');
    assert.ok(conflict, JSON.stringify(p.diagnostics));
    assert.equal(conflict.severity, 1);
    assert.deepEqual(conflict.range, { start: { line: 7, character: 47 }, end: { line: 7, character: 48 } });
    // The other half of the conflict is in the imported file, read from the workspace folder.
    assert.ok(conflict.relatedInformation!.some((r) => r.location.uri === uriOf('src/kafka.config.ts')));
    assert.match(stderr(), /LOADED .*typescript\.js/);
    assert.equal(stderr().match(/LOADED .*typescript\.js/g)!.length, 1, 'loaded once');
  });

  test('hover and the quick fix in the client spelling', async () => {
    const uri = uriOf('src/producer.ts');
    const hover = (await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 60 } })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /\*\*maxInFlightRequests\*\* · kafkajs/);
    const diags = session.published().find((x) => x.uri === uri)!.diagnostics;
    const conflict = diags.find((d) => d.code === 'idempotence-conflict')!;
    const actions = (await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: conflict.range, context: { diagnostics: diags } })) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Set acks: -1')!;
    assert.deepEqual(fix.edit!.changes![uri], [{ range: conflict.range, newText: '-1' }]);
  });

  test('editing the imported consts file re-checks the document that imports it', async () => {
    const uri = uriOf('src/producer.ts');
    const config = uriOf('src/kafka.config.ts');
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: config, languageId: 'typescript', version: 1, text: 'export const defaults = { idempotent: true };\n' } });
    const before = session.published().filter((p) => p.uri === uri).length;
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: config, version: 2 },
      contentChanges: [{ text: 'export const defaults = { idempotent: false };\n' }],
    });
    // The importer is re-checked without being edited: a publish of it follows in which idempotence is off (acks 1 is
    // allowed), else this times out.
    const latest = await session.publishAfter(uri, before, (p) => !p.diagnostics.some((d) => d.code === 'idempotence-conflict'));
    assert.equal(latest.version, 1);
  });

  test('an edit republishes; an import outside the workspace folder is not read', async () => {
    const uri = uriOf('src/producer.ts');
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 7, character: 47 }, end: { line: 7, character: 48 } }, text: '-1' }],
    });
    const p = await diagnosticsFor(uri, 2);
    assert.ok(!p.diagnostics.some((d) => d.code === 'idempotence-conflict'));
    const outside = uriOf('src/outside.ts');
    const text = `import { Kafka } from 'kafkajs';\nimport { cfg } from '../../outside-${process.pid}';\nnew Kafka({ brokers: [] }).producer(cfg);\n`;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: outside, languageId: 'typescript', version: 1, text } });
    assert.deepEqual((await diagnosticsFor(outside, 1)).diagnostics.filter((d) => d.severity === 1), []);
  });
});
