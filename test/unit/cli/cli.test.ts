// kafka-lint in-process: exit codes, formats (text, JSON, SARIF validated against the 2.1.0 schema), walking, settings.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { main } from '../../../server/src/cli';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, (s) => (out += s), (s) => (err += s), false);
  return { code, out, err };
}

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kafka-lint-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const SER = 'org.apache.kafka.common.serialization.StringSerializer';
const GOOD = `bootstrap.servers=k:9092\nkey.serializer=${SER}\nvalue.serializer=${SER}\nacks=all\nlinger.ms=10\ncompression.type=lz4\n`;

describe('kafka-lint', () => {
  test('exit 0 on a clean file, 1 on errors, 2 on usage errors and unreadable paths', () => {
    const dir = workspace({ 'good-producer.properties': GOOD, 'bad-producer.properties': 'acks=ALL\n' });
    assert.equal(run([join(dir, 'good-producer.properties')]).code, 0);
    assert.equal(run([join(dir, 'bad-producer.properties')]).code, 1);
    const missing = run([join(dir, 'missing.properties')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no such file or directory/);
    assert.equal(run(['--format', 'xml', dir]).code, 2);
    assert.equal(run(['--client-version', '1.0', dir]).code, 2);
    assert.equal(run([]).code, 2);
    assert.equal(run(['--help']).code, 0);
  });
  test('directories are walked; only producer configs are linted', () => {
    const dir = workspace({
      'producer.properties': 'acks=ALL\n',
      'config/app.properties': 'server.port=8080\n',
      'config/kafka.properties': 'linger.ms=abc\n',
      'node_modules/x/producer.properties': 'acks=ALL\n',
      '.gitconfig': '[user]\n',
    });
    const r = run(['--format', 'json', dir]);
    const json = JSON.parse(r.out) as { files: Array<{ path: string; dialect: string; diagnostics: Array<{ rule: string; severity: string; key: string | null; range: unknown }> }> };
    assert.deepEqual(json.files.map((f) => f.path.slice(dir.length + 1)).sort(), ['config/kafka.properties', 'producer.properties']);
    const d = json.files.find((f) => f.path.endsWith('/producer.properties'))!.diagnostics.find((x) => x.rule === 'invalid-value')!;
    assert.equal(d.severity, 'error');
    assert.equal(d.key, 'acks');
    assert.deepEqual(d.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 8 } });
  });
  test('--client-version changes the verdict', () => {
    // linger.ms unset: 0 before 4.0, 5 from 4.0, so 30000 is too small only on 4.x.
    const dir = workspace({ 'producer.properties': `bootstrap.servers=k:9092\nkey.serializer=${SER}\nvalue.serializer=${SER}\ndelivery.timeout.ms=30000\n` });
    assert.equal(run([dir]).code, 1);
    assert.equal(run(['--client-version', '3.9', dir]).code, 0);
  });
  test('--rule and --max-warnings', () => {
    const dir = workspace({ 'producer.properties': `${GOOD}linger_ms=3\n` });
    assert.equal(run([dir]).code, 0);
    assert.equal(run(['--max-warnings', '0', dir]).code, 1);
    assert.equal(run(['--rule', 'unknown-key=error', dir]).code, 1);
    assert.equal(run(['--rule', 'unknown-key=off', '--max-warnings', '0', dir]).code, 0);
  });
  test('suppression comments are read by the CLI', () => {
    const dir = workspace({ 'producer.properties': `${GOOD}# kafka-lint-disable-next-line invalid-value -- legacy\nbatch.size=abc\n` });
    assert.equal(run([dir]).code, 0);
  });
  test('--settings reads the kafkaProducer section', () => {
    const dir = workspace({ 'producer.properties': `bootstrap.servers=k:9092\nkey.serializer=${SER}\nvalue.serializer=${SER}\ndelivery.timeout.ms=30000\n`, 'settings.json': JSON.stringify({ kafkaProducer: { clientVersion: '3.9' } }) });
    assert.equal(run(['--settings', join(dir, 'settings.json'), join(dir, 'producer.properties')]).code, 0);
    assert.equal(run(['--settings', join(dir, 'nope.json'), dir]).code, 2);
  });
  test('SARIF output is valid SARIF 2.1.0 with rule metadata and help links', () => {
    const dir = workspace({ 'producer.properties': 'acks=ALL\nlinger_ms=1\n' });
    const r = run(['--format', 'sarif', dir]);
    const log = JSON.parse(r.out) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } }; results: unknown[] }> };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The schema's patterns are ECMA-262 without the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    const driver = log.runs[0].tool.driver;
    assert.ok(driver.rules.every((x: { helpUri: string }) => /docs\/rules\/[a-z-]+\.md$/.test(x.helpUri)));
    const results = log.runs[0].results as Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }>;
    const invalid = results.find((x) => x.ruleId === 'invalid-value')!;
    assert.equal(invalid.level, 'error');
    assert.equal(driver.rules[invalid.ruleIndex].id, 'invalid-value');
    assert.deepEqual(invalid.locations[0]!.physicalLocation.region.startLine, 1);
    assert.deepEqual(invalid.locations[0]!.physicalLocation.region.startColumn, 6);
  });
  test('binary files, huge files and unreadable entries give notices, not crashes', () => {
    const dir = workspace({
      'bin-producer.properties': Buffer.from([0, 1, 2, 255, 0, 10]),
      'big-producer.properties': 'a=b\n'.repeat(300),
    });
    const r = run(['--format', 'json', '--max-file-size', '1000', dir]);
    const json = JSON.parse(r.out) as { files: Array<{ path: string; diagnostics: Array<{ rule: string; message: string }> }> };
    assert.equal(r.code, 0);
    for (const f of json.files) assert.equal(f.diagnostics[0]!.rule, 'not-analysed', f.path);
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling-producer.properties'));
    assert.equal(run([join(dir, 'dangling-producer.properties')]).code, 2);
  });
  test('catalog --format json', () => {
    const rows = JSON.parse(run(['catalog', '--format', 'json']).out) as Array<{ name: string }>;
    assert.equal(rows.length, 113);
    assert.equal(JSON.parse(run(['catalog', '--format', 'json', '--client-version', '2.8']).out).find((r: { name: string }) => r.name === 'acks').default, '1');
  });
});
