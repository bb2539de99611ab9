// Protocol test: what the bundled server loads at start and does with its heap once idle, started as the extension starts it.
// Each built-in module costs start-up time, `node:v8` 5–10 ms before Node's streams are loaded and ~1 ms after them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSession } from '../helpers/lspSession';

describe('server start-up and idle time', () => {
  let dir: string;
  let hook: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpc-startup-'));
    hook = join(dir, 'hook.js');
    // Built-in modules reported at exit (stderr is written synchronously to a pipe); each forced young-generation
    // collection reported as it is observed (kind 1: minor; flag 4: forced, as by gc()).
    writeFileSync(
      hook,
      [
        "process.on('exit', () => process.stderr.write('BUILTINS ' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(',') + '\\n'));",
        "new (require('node:perf_hooks').PerformanceObserver)((list) => { for (const e of list.getEntries()) if (e.detail.kind === 1 && (e.detail.flags & 4)) process.stderr.write('YOUNG COLLECTED\\n'); }).observe({ entryTypes: ['gc'] });",
      ].join('\n'),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a .properties session loads neither crypto nor child_process, and v8 only after the stream modules', async () => {
    const session = await startSession({ nodeArgs: ['--require', hook] });
    const p = await session.open('file:///ws/a-producer.properties', 'acks=0\nretries=3\n');
    assert.ok(p.diagnostics.length > 0, 'the document was analysed');
    await session.close();
    const line = /^BUILTINS (.*)$/m.exec(session.stderr());
    assert.ok(line, session.stderr());
    const loaded = line[1]!.split(',');
    for (const m of ['crypto', 'child_process']) assert.ok(!loaded.includes(m), `${m} loaded: ${loaded.join(',')}`);
    // Required at start to hold the young generation (heapGrowth.ts): cheap only once `net` and the streams are in.
    assert.ok(loaded.includes('v8'), loaded.join(','));
    assert.ok(loaded.indexOf('v8') > loaded.indexOf('net') && loaded.indexOf('net') >= 0, loaded.join(','));
  });

  test('once idle after its diagnostics, the server collects its young generation', async () => {
    const session = await startSession({ nodeArgs: ['--require', hook] });
    try {
      const collected = new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no young-generation collection within 10 s; stderr: ${session.stderr()}`)), 10_000);
        const check = () => {
          if (!session.stderr().includes('YOUNG COLLECTED')) return;
          clearTimeout(t);
          session.child.stderr.off('data', check);
          resolve();
        };
        session.child.stderr.on('data', check);
      });
      const ts = "import { Kafka } from 'kafkajs';\nconst producer = new Kafka({ clientId: 'a', brokers: ['b:9092'] }).producer({ idempotent: true, maxInFlightRequests: 5 });\n";
      const p = await session.open('file:///ws/producer.ts', ts, 'typescript');
      assert.ok(p.diagnostics.length > 0, 'the document was analysed');
      assert.ok(!session.stderr().includes('YOUNG COLLECTED'), 'not before the diagnostics were sent');
      await collected;
    } finally {
      await session.close();
    }
  });
});
