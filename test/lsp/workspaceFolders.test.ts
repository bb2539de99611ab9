// Protocol test: a folder added to the workspace (didChangeWorkspaceFolders) becomes readable for imports, and the open
// documents are checked again; the server declares the capability only to clients that have workspace folders.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startSession, type LspSession } from '../helpers/lspSession';

describe('language server over stdio: workspace folder changes', () => {
  let root: string;
  let session: LspSession;
  const folders: { uri: string; name: string }[] = [];
  const uriOf = (rel: string) => pathToFileURL(join(root, rel)).href;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'kafka-folders-'));
    mkdirSync(join(root, 'app/src'), { recursive: true });
    mkdirSync(join(root, 'shared'));
    // Idempotence with retries 0: an error, visible only once the shared folder may be read.
    writeFileSync(join(root, 'shared/producerDefaults.ts'), 'export const cfg = { idempotent: true, retry: { retries: 0 } };\n');
    folders.push({ uri: uriOf('app'), name: 'app' });
    session = await startSession({ workspaceFolders: folders, capabilities: { workspace: { configuration: true, workspaceFolders: true } } });
  });
  after(async () => {
    await session.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('declares workspace folder change notifications', () => {
    assert.deepEqual((session.initializeResult.capabilities.workspace as { workspaceFolders: unknown }).workspaceFolders, { supported: true, changeNotifications: true });
  });

  test('an import from a folder added later is read after the change, and the importer is re-checked', async () => {
    const uri = uriOf('app/src/producer.ts');
    const text = `import { Kafka } from 'kafkajs';\nimport { cfg } from '../../shared/producerDefaults';\nnew Kafka({ brokers: [] }).producer(cfg);\n`;
    const first = await session.open(uri, text, 'typescript');
    assert.deepEqual(first.diagnostics.filter((d) => d.severity === 1), [], 'outside the workspace: not read');
    const seen = session.published().filter((p) => p.uri === uri).length;
    folders.push({ uri: uriOf('shared'), name: 'shared' });
    await session.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folders[1]], removed: [] } });
    const next = await session.publishAfter(uri, seen, (p) => p.diagnostics.some((d) => d.severity === 1));
    assert.ok(next.diagnostics.some((d) => d.relatedInformation?.some((r) => r.location.uri === uriOf('shared/producerDefaults.ts'))), JSON.stringify(next.diagnostics));
  });
});
