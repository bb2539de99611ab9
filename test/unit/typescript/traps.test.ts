// No false positives: consumers, admin clients, HTTP clients with retries, other Kafka libraries, env-driven values,
// half-typed and deeply nested code.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFixture, fixture, rulesAt, codeService } from '../../helpers/code';
import { normalizeSettings } from '../../../server/src/service';

/** Findings other than hints (a hint is not a problem the user sees as one). */
const visible = (rel: string) => {
  const a = analyzeFixture(rel);
  return a.findings.filter((f) => f.severity !== 'hint').map((f) => `${f.rule.id}@${a.document.text.slice(f.finding.span.start, f.finding.span.end)}`);
};

describe('TS/JS false-positive traps', () => {
  test('no Kafka client import: nothing, whatever the object keys look like', () => {
    for (const rel of ['traps/not-kafka.ts', 'traps/other-libraries.ts']) {
      const f = fixture(rel);
      assert.equal(codeService.analyze({ uri: f.uri, version: 1, text: f.text }, normalizeSettings({})), undefined, rel);
    }
  });
  test('consumers, admin clients and an HTTP client with retries next to a correct producer: nothing visible', () => {
    assert.deepEqual(visible('traps/consumer-admin.ts'), []);
  });
  test('environment-driven and parameter values: rules stay silent', () => {
    assert.deepEqual(visible('kafkajs/unresolved.ts'), []);
  });
  test('a conditional write hides nothing and invents nothing', () => {
    assert.deepEqual(visible('kafkajs/writes.ts'), []);
  });
  test('half-typed code: what can be read is checked', () => {
    assert.deepEqual(rulesAt(analyzeFixture('traps/half-typed.ts')).filter((r) => !r.startsWith('compression-disabled')), ['option-ignored@acks', 'idempotence-conflict@0']);
  });
  test('deeply nested code: still found and checked', () => {
    assert.deepEqual(visible('traps/deeply-nested.ts'), ['idempotent-in-flight@idempotent', 'idempotence-conflict@0', 'idempotence-conflict@1']);
  });
  test('extremely deep nesting is reported as not analysed instead of failing', () => {
    const depth = 5000;
    const text = `import { Kafka } from 'kafkajs';\nconst x = ${'['.repeat(depth)}${']'.repeat(depth)};\nnew Kafka({ brokers: [] }).producer({ acks: 1 });\n`;
    const a = codeService.analyze({ uri: 'file:///deep.ts', version: 1, text }, normalizeSettings({}));
    assert.ok(a === undefined || a.document.skipped || a.document.scopes.length > 0);
  });
});

describe('TS/JS findings per client (fixtures)', () => {
  test('kafkajs inline', () => {
    assert.deepEqual(rulesAt(analyzeFixture('kafkajs/inline.ts')), [
      'option-ignored@acks',
      "option-ignored@'linger.ms'",
      'idempotence-conflict@1',
      "hot-partition-risk@'audit'",
    ]);
  });
  test('kafkajs CommonJS: retries 0 with idempotence, acks "all", a codec that is not registered', () => {
    assert.deepEqual(rulesAt(analyzeFixture('kafkajs/commonjs.js')), ['idempotence-conflict@0', "invalid-value@'all'", 'compression-codec-missing@CompressionTypes.LZ4']);
  });
  test('imports: reported at the usage site with the definition as related information', () => {
    const a = analyzeFixture('imports/producer.ts');
    const f = a.findings.find((x) => x.rule.id === 'idempotent-in-flight')!;
    assert.equal(a.document.text.slice(f.finding.span.start, f.finding.span.end), 'producerDefaults');
    assert.ok(f.finding.related!.some((r) => 'uri' in r && /kafka\.config\.ts$/.test(r.uri) && /defined here/.test(r.message)));
    // One definition used by two producers is reported once per place it is used.
    assert.equal(a.findings.filter((x) => x.rule.id === 'idempotent-in-flight').length, 2);
  });
  test('confluent and node-rdkafka', () => {
    assert.deepEqual(rulesAt(analyzeFixture('confluent/kafkajs-api.ts')).filter((r) => !/^(reordering|retries-without|compression-disabled)/.test(r)), [
      'acks-one@1',
      'idempotence-conflict@1',
      'option-rejected@idempotent',
      'invalid-value@KafkaJS.CompressionTypes.Snappy',
      'option-rejected@createPartitioner',
      'option-rejected@acks',
    ]);
    assert.deepEqual(rulesAt(analyzeFixture('rdkafka/producer.ts')).filter((r) => !/^(reordering|retries-without|compression-disabled)/.test(r)), [
      'idempotence-conflict@10',
      'idempotence-conflict@1',
      "duplicate-key@'queue.buffering.max.ms'",
      "unknown-key@'lingr.ms'",
      "unknown-key@'buffer.memory'",
      "misplaced-key@'group.id'",
    ]);
  });
  test('NestJS', () => {
    assert.deepEqual(rulesAt(analyzeFixture('nestjs/main.ts')).filter((r) => !r.startsWith('compression-disabled')), [
      'idempotence-conflict@1',
      'idempotent-in-flight@5',
      'retries-without-idempotence@false',
    ]);
  });
});
