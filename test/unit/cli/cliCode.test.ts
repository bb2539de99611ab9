// kafka-lint on TS/JS files and directories: findings with ranges, imports read only under the linted paths,
// files without a Kafka client skipped.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../server/src/cli';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, (s) => (out += s), (s) => (err += s), false);
  return { code, out, err };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-code-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const PRODUCER = "import { Kafka } from 'kafkajs';\nconst p = new Kafka({ brokers: ['b:9092'] }).producer({ idempotent: true, maxInFlightRequests: 1 });\nexport const send = () => p.send({ topic: 't', acks: 1, messages: [] });\n";
const RDKAFKA = "const Kafka = require('node-rdkafka');\nmodule.exports = new Kafka.Producer({ 'bootstrap.servers': 'b:9092', 'compression.codec': 'lz4', 'enable.idempotence': true, 'lingr.ms': 5 });\n";

describe('kafka-lint on TS/JS', () => {
  test('a directory: .ts/.js/.mjs/.cjs files that import a Kafka client are linted; others are skipped', () => {
    const dir = workspace({
      'src/producer.ts': PRODUCER,
      'src/legacy.cjs': RDKAFKA,
      'src/util.js': 'module.exports = { acks: 0 };\n',
      'src/types.d.ts': "import { Kafka } from 'kafkajs';\nexport declare const k: Kafka;\n",
      'node_modules/kafkajs/index.js': PRODUCER,
    });
    const r = run(['--format', 'json', dir]);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out) as { files: Array<{ path: string; dialect: string; diagnostics: Array<{ rule: string; severity: string; range: { start: { line: number; character: number } } }> }> };
    assert.deepEqual(json.files.map((f) => f.path.slice(dir.length + 1)).sort(), ['src/legacy.cjs', 'src/producer.ts']);
    const ts = json.files.find((f) => f.path.endsWith('producer.ts'))!;
    assert.equal(ts.dialect, 'typescript');
    const conflict = ts.diagnostics.find((d) => d.rule === 'idempotence-conflict')!;
    assert.equal(conflict.severity, 'error');
    assert.deepEqual(conflict.range.start, { line: 2, character: 53 });
    const js = json.files.find((f) => f.path.endsWith('legacy.cjs'))!;
    assert.ok(js.diagnostics.some((d) => d.rule === 'unknown-key' && d.severity === 'error'));
  });
  test('text output names TS files; imports resolve only below the paths given', () => {
    const dir = workspace({
      'app/src/producer.ts': "import { Kafka } from 'kafkajs';\nimport { defaults } from '../../shared';\nexport const p = new Kafka({ brokers: [] }).producer(defaults);\n",
      'shared.ts': 'export const defaults = { idempotent: true, retry: { retries: 0 } };\n',
    });
    const inside = run([dir]);
    assert.match(inside.out, /app\/src\/producer\.ts/);
    assert.match(inside.out, /idempotence-conflict/);
    const outside = run([join(dir, 'app')]);
    assert.doesNotMatch(outside.out, /idempotence-conflict/, 'shared.ts is outside the linted path and is not read');
  });
  test('a clean kafkajs file exits 0; suppression comments work in TS', () => {
    const clean = "import { Kafka, CompressionTypes } from 'kafkajs';\nconst p = new Kafka({ brokers: ['b'] }).producer({ idempotent: true, maxInFlightRequests: 1 });\nexport const send = () => p.send({ topic: 't', compression: CompressionTypes.GZIP, messages: [] });\n";
    const dir = workspace({ 'a.ts': clean, 'b.mjs': PRODUCER.replace("export const send", '// kafka-lint-disable-next-line idempotence-conflict -- test\nexport const send') });
    assert.equal(run([join(dir, 'a.ts')]).code, 0);
    assert.equal(run([join(dir, 'b.mjs')]).code, 0);
  });
});
