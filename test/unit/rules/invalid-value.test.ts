// invalid-value: types, enums, ranges, lists, classes, removed values, bootstrap.servers, fixes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'invalid-value';
const B = 'bootstrap.servers=localhost:9092\n';

describe(rule, () => {
  test('valid values are silent', () => {
    assert.deepEqual(lintRule(rule, `${B}acks=all\nlinger.ms=10\nbatch.size=32768\ncompression.type=zstd\nenable.idempotence=TRUE\nsecurity.protocol=sasl_ssl\nsasl.mechanism=PLAIN\n`), []);
  });
  test('case-sensitive enum: error on the value, fix corrects the case', () => {
    const text = `${B}acks=ALL\n`;
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, 'ALL');
    assert.equal(f?.severity, 'error');
    assert.equal(applyFix(text, rule), `${B}acks=all\n`);
  });
  test('an enum value that is not a case slip offers every allowed value', () => {
    const text = `${B}compression.type=brotli\n`;
    assert.equal(lintRule(rule, text)[0]?.at, 'brotli');
    assert.equal(applyFix(text, rule, 'zstd'), `${B}compression.type=zstd\n`);
  });
  test('a comment-looking tail is part of the value', () => {
    assert.equal(lintRule(rule, `${B}compression.type=lz4 # fast\n`)[0]?.at, 'lz4 # fast');
  });
  test('numbers with units are rejected; the fix converts the unit', () => {
    assert.equal(applyFix(`${B}linger.ms=5ms\n`, rule), `${B}linger.ms=5\n`);
    assert.equal(applyFix(`${B}delivery.timeout.ms=2min\n`, rule), `${B}delivery.timeout.ms=120000\n`);
    assert.equal(applyFix(`${B}buffer.memory=64MB\n`, rule), `${B}buffer.memory=67108864\n`);
    assert.equal(applyFix(`${B}batch.size=65_536\n`, rule), `${B}batch.size=65536\n`);
  });
  test('INT range overflow and Range validators', () => {
    assert.equal(lintRule(rule, `${B}retries=2147483648\n`)[0]?.at, '2147483648');
    assert.match(lintRule(rule, `${B}batch.size=-1\n`)[0]!.message, /at least 0/);
    assert.match(lintRule(rule, `${B}compression.lz4.level=18\n`)[0]!.message, /at most 17/);
    assert.deepEqual(lintRule(rule, `${B}compression.gzip.level=-1\n`), []);
    assert.equal(lintRule(rule, `${B}compression.gzip.level=0\n`).length, 1);
  });
  test('booleans accept any case of true/false only', () => {
    assert.deepEqual(lintRule(rule, `${B}enable.idempotence=False\n`), []);
    const text = `${B}enable.idempotence=yes\n`;
    assert.equal(lintRule(rule, text)[0]?.at, 'yes');
    assert.equal(applyFix(text, rule, 'true'), `${B}enable.idempotence=true\n`);
  });
  test('DOUBLE accepts Java double syntax', () => {
    assert.deepEqual(lintRule(rule, `${B}sasl.login.refresh.window.factor=0.9d\n`), []);
    assert.equal(lintRule(rule, `${B}sasl.login.refresh.window.factor=0.4\n`).length, 1);
    assert.equal(lintRule(rule, `${B}sasl.login.refresh.window.factor=abc\n`).length, 1);
  });
  test('empty transactional.id is rejected (NonEmptyString)', () => {
    const [f] = lintRule(rule, `${B}transactional.id=\n`);
    assert.equal(f?.at, 'transactional.id');
  });
  test('class names must be class names', () => {
    assert.equal(lintRule(rule, `${B}key.serializer=org.apache.kafka.common.serialization.String Serializer\n`).length, 1);
    assert.deepEqual(lintRule(rule, `${B}key.serializer=com.acme.Outer$Inner\n`), []);
  });
  test('values removed by the configured version', () => {
    const text = `${B}client.dns.lookup=default\n`;
    assert.deepEqual(lintRule(rule, text, { clientVersion: '2.8' }), []);
    assert.equal(lintRule(rule, text, { clientVersion: '3.0' }).length, 1);
    const part = `${B}partitioner.class=org.apache.kafka.clients.producer.internals.DefaultPartitioner\n`;
    assert.deepEqual(lintRule(rule, part, { clientVersion: '3.9' }), []);
    assert.match(lintRule(rule, part, { clientVersion: '4.0' })[0]!.message, /removed in Kafka 4\.0/);
    assert.equal(applyFix(part, rule, undefined, { clientVersion: '4.0' }), B);
    // Written twice: both lines go (removing only the one in force would put the other in force).
    const twice = `partitioner.class=org.apache.kafka.clients.producer.internals.DefaultPartitioner\n${part}`;
    assert.equal(applyFix(twice, rule, undefined, { clientVersion: '4.0' }), B);
  });
  test('compression.type is checked at construction before 3.3', () => {
    assert.match(lintRule(rule, `${B}compression.type=GZIP\n`, { clientVersion: '3.2' })[0]!.message, /constructor/);
  });
  test('security.protocol case: sensitive in 3.3–3.5, insensitive before and after', () => {
    const text = `${B}security.protocol=ssl\n`;
    assert.deepEqual(lintRule(rule, text, { clientVersion: '3.2' }), []);
    assert.equal(lintRule(rule, text, { clientVersion: '3.4' }).length, 1);
    assert.deepEqual(lintRule(rule, text, { clientVersion: '3.6' }), []);
  });
  test('bootstrap.servers entries need host:port', () => {
    assert.equal(lintRule(rule, 'bootstrap.servers=broker1\n').length, 1);
    assert.equal(lintRule(rule, 'bootstrap.servers=broker1:99999\n').length, 1);
    assert.deepEqual(lintRule(rule, 'bootstrap.servers=broker1:9092, broker2:9092,[::1]:9093\n'), []);
  });
  test('empty list elements are rejected from 4.2; duplicates are a warning', () => {
    const text = 'bootstrap.servers=a:9092,,b:9092\n';
    assert.equal(lintRule(rule, text, { clientVersion: '4.2' })[0]?.severity, 'error');
    const dup = 'bootstrap.servers=a:9092,a:9092\n';
    const [w] = lintRule(rule, dup, { clientVersion: '4.3' });
    assert.equal(w?.severity, 'warning');
    assert.equal(applyFix(dup, rule, undefined, { clientVersion: '4.3' }), 'bootstrap.servers=a:9092\n');
  });
  test('only the last occurrence of a repeated key reaches the client', () => {
    assert.deepEqual(lintRule(rule, `${B}acks=ALL\nacks=all\n`), []);
  });
  test('a value across continuation lines is underlined whole', () => {
    const text = `${B}compression.type=lz\\\n   5\n`;
    assert.equal(lintRule(rule, text)[0]?.at, 'lz\\\n   5');
  });
});
