// Protocol test: which of Node's built-in modules the bundled server loads, at start and once a code file is open.
// Each costs milliseconds of start-up (`node:v8` 5–10 ms), so those only some sessions need are loaded on first use.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSession } from '../helpers/lspSession';

/** Starts a server, opens one document, shuts the server down and returns the built-in modules it had loaded. */
async function builtinsAfterOpening(hook: string, uri: string, text: string, languageId: string): Promise<string[]> {
  const session = await startSession({ nodeArgs: ['--require', hook] });
  const p = await session.open(uri, text, languageId);
  assert.ok(p.diagnostics.length > 0, 'the document was analysed');
  await session.close();
  const line = /^BUILTINS (.*)$/m.exec(session.stderr());
  assert.ok(line, session.stderr());
  return line[1]!.split(',');
}

describe('built-in modules the server loads', () => {
  let dir: string;
  let hook: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpc-startup-'));
    hook = join(dir, 'hook.js');
    // Reported at exit (stderr is written synchronously to a pipe).
    writeFileSync(
      hook,
      "process.on('exit', () => process.stderr.write('BUILTINS ' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(',') + '\\n'));\n",
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a .properties session loads neither v8, crypto nor child_process', async () => {
    const loaded = await builtinsAfterOpening(hook, 'file:///ws/a-producer.properties', 'acks=0\nretries=3\n', 'kafka-properties');
    assert.ok(loaded.includes('fs'), loaded.join(','));
    for (const m of ['v8', 'crypto', 'child_process']) assert.ok(!loaded.includes(m), `${m} loaded: ${loaded.join(',')}`);
  });

  test('a code file loads v8, to widen the heap growth (heapGrowth.ts)', async () => {
    const ts = "import { Kafka } from 'kafkajs';\nconst producer = new Kafka({ clientId: 'a', brokers: ['b:9092'] }).producer({ idempotent: true, maxInFlightRequests: 5 });\n";
    const loaded = await builtinsAfterOpening(hook, 'file:///ws/producer.ts', ts, 'typescript');
    assert.ok(loaded.includes('v8'), loaded.join(','));
  });
});
