// Protocol test: what the first open of a document does before its diagnostics (settings asked while it is parsed).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSession, SERVER, type LspSession } from '../helpers/lspSession';

const PROPS = 'acks=0\nenable.idempotence=true\nretries=3\n';

describe('first open: the settings answer decides, whatever was parsed while waiting for it', () => {
  let session: LspSession;
  /** Per document: the size limit the client answers with, and how long it takes to answer. */
  const limits = new Map<string, number>();
  let answerDelayMs = 0;

  before(async () => {
    session = await startSession({
      requests: {
        'workspace/configuration': async (p: unknown) => {
          const items = (p as { items: Array<{ scopeUri?: string }> }).items;
          await new Promise((r) => setTimeout(r, answerDelayMs));
          return items.map((it) => ({ maxFileSize: limits.get(it.scopeUri ?? '') ?? 4 * 1024 * 1024 }));
        },
      },
    });
  });
  after(() => session.close());

  test('a document whose answer has a smaller size limit than the settings resolved before gets the size notice', async () => {
    const big = 'file:///ws/big-producer.properties';
    const normal = 'file:///ws/normal-producer.properties';
    // The first document resolves the "likely" settings (the default limit) ...
    const first = await session.open(normal, PROPS, 'kafka-properties');
    assert.ok(first.diagnostics.length > 1, JSON.stringify(first.diagnostics));
    // ... the second is parsed under them while its own answer (a 10-byte limit) is on the way, slowly.
    limits.set(big, 10);
    answerDelayMs = 150;
    const p = await session.open(big, PROPS, 'kafka-properties');
    assert.equal(p.diagnostics.length, 1, JSON.stringify(p.diagnostics));
    assert.match(p.diagnostics[0]!.message, /larger than the 10-byte limit/);
  });

  test('a document whose answer has a larger limit than the likely settings is analysed in full', async () => {
    const uri = 'file:///ws/later-producer.properties';
    answerDelayMs = 100;
    const text = `${PROPS}# padding ${'x'.repeat(40)}\n`;
    const p = await session.open(uri, text, 'kafka-properties');
    assert.ok(p.diagnostics.length > 1, JSON.stringify(p.diagnostics));
    assert.ok(!p.diagnostics.some((d) => /byte limit/.test(d.message)));
  });
});

describe('bundles', () => {
  // A non-ASCII character anywhere (a kept doc comment) makes V8 keep the whole source as a two-byte string: twice the
  // heap for as long as the server runs (esbuild.mjs rewrites such characters).
  test('every bundle in dist/ is ASCII', () => {
    const dist = join(SERVER, '..');
    const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
    assert.ok(files.includes('server-main.js') && files.includes('cli.js'));
    for (const f of files) {
      const i = readFileSync(join(dist, f), 'utf8').search(/[^\x00-\x7f]/);
      assert.equal(i, -1, `${f} has a non-ASCII character at offset ${i}`);
    }
  });
});
