// Hostile input through the built CLI (dist/cli.js) in a child process with a capped heap: it answers, never crashes.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BINARY_TEXT, deeplyNestedTs, giantLine, halfTypedTs, INVALID_UTF8, manyLines } from '../../helpers/hostileInputs';

const CLI = join(__dirname, '../../../../dist/cli.js');
/** The heap the CLI gets: a file it cannot analyse within this would crash it, and the test with it. */
const HEAP_MB = 384;

interface Result {
  readonly code: number | null;
  readonly json: { files: Array<{ path: string; dialect: string; diagnostics: Array<{ rule: string; severity: string; message: string }> }> } | undefined;
  readonly stderr: string;
  readonly ms: number;
}

function lint(...args: string[]): Result {
  const started = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, '--format', 'json', ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 512 * 1024 * 1024 });
  let json: Result['json'];
  try {
    json = JSON.parse(r.stdout) as Result['json'];
  } catch {
    json = undefined;
  }
  return { code: r.status, json, stderr: r.stderr, ms: Date.now() - started };
}

describe('hostile input: kafka-lint', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kafka-lint-hostile-'));
    writeFileSync(join(dir, 'binary-producer.properties'), Buffer.from(BINARY_TEXT, 'latin1'));
    writeFileSync(join(dir, 'latin1-producer.properties'), INVALID_UTF8);
    writeFileSync(join(dir, 'big-producer.properties'), manyLines(200_000));
    writeFileSync(join(dir, 'giant-producer.properties'), giantLine(5 * 1024 * 1024));
    writeFileSync(join(dir, 'nested-producer.ts'), deeplyNestedTs(20_000));
    writeFileSync(join(dir, 'half-producer.ts'), halfTypedTs(150));
  });

  it('a binary file: a not-analysed notice, exit 0', () => {
    const r = lint(join(dir, 'binary-producer.properties'));
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.json!.files[0]!.diagnostics.map((d) => d.rule), ['not-analysed']);
    assert.match(r.json!.files[0]!.diagnostics[0]!.message, /binary/);
  });

  it('a file that is not UTF-8 is read as ISO-8859-1 (as Properties.load(InputStream) does) and linted', () => {
    const r = lint(join(dir, 'latin1-producer.properties'));
    assert.equal(r.code, 0, r.stderr);
    const rules = r.json!.files[0]!.diagnostics.map((d) => d.rule);
    assert.ok(rules.includes('unknown-key'), rules.join(', '));
  });

  it('200,000 lines: linted with a capped heap', () => {
    const r = lint('--max-file-size', String(16 * 1024 * 1024), join(dir, 'big-producer.properties'));
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr.slice(-500)}`);
    assert.ok(r.json!.files[0]!.diagnostics.some((d) => d.rule === 'unknown-key'));
  });

  it('a single 5 MB line: a size-limit notice by default, linted with --max-file-size', () => {
    const notice = lint(join(dir, 'giant-producer.properties'));
    assert.equal(notice.code, 0, notice.stderr);
    assert.deepEqual(notice.json!.files[0]!.diagnostics.map((d) => d.rule), ['not-analysed']);
    assert.match(notice.json!.files[0]!.diagnostics[0]!.message, /limit \(--max-file-size\)/);
    const linted = lint('--max-file-size', String(8 * 1024 * 1024), join(dir, 'giant-producer.properties'));
    assert.ok(linted.code === 0 || linted.code === 1, `exit ${linted.code}: ${linted.stderr.slice(-500)}`);
    assert.ok(!linted.json!.files[0]!.diagnostics.some((d) => d.rule === 'not-analysed'));
  });

  it('--max-file-size turns a small file into a notice too', () => {
    const r = lint('--max-file-size', '20', join(dir, 'latin1-producer.properties'));
    assert.ok(r.code === 0, r.stderr);
    assert.match(r.json!.files[0]!.diagnostics[0]!.message, /20-byte limit/);
  });

  it('deeply nested and half-typed TypeScript: an answer, never a crash', () => {
    for (const name of ['nested-producer.ts', 'half-producer.ts']) {
      const r = lint(join(dir, name));
      assert.ok(r.code === 0 || r.code === 1, `${name}: exit ${r.code}: ${r.stderr.slice(-500)}`);
      assert.ok(r.json, `${name}: no JSON output`);
      assert.ok(!/unexpected failure|internal:/.test(r.stderr), r.stderr.slice(-500));
    }
  });
});
