// Effective configuration per code client: kafkajs (defaults, client retry under the producer's, acks per send),
// librdkafka (aliases, rd_kafka_new adjustments) and the confluent KafkaJS API (compatibility-mode translation).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeCode } from '../../helpers/code';

function effectiveOf(text: string, role: string, index = 0) {
  const a = analyzeCode(text)!;
  const scopes = [...a.scopes.values()].filter((s) => s.scope.role === role);
  return scopes[index]!.effective;
}
const K = "import { Kafka } from 'kafkajs';\n";

describe('kafkajs effective configuration (2.2.4)', () => {
  test('defaults from its source; producer retry over the client retry, key by key', () => {
    const e = effectiveOf(`${K}const kafka = new Kafka({ brokers: [], retry: { retries: 2, initialRetryTime: 100 } });\nkafka.producer({ retry: { initialRetryTime: 50 } });\n`, 'producer');
    assert.equal(e.version, '2.2.4');
    assert.deepEqual([e.get('retries').value, e.get('retries').source], [2, 'explicit']);
    assert.equal(e.get('retry.backoff.ms').value, 50);
    assert.deepEqual([e.get('retry.backoff.max.ms').value, e.get('retry.backoff.max.ms').source], [30000, 'default']);
    assert.equal(e.get('enable.idempotence').value, false);
    assert.equal(e.get('max.in.flight.requests.per.connection').value, null, 'unlimited');
    assert.equal(e.get('transaction.timeout.ms').value, 60000);
    assert.equal(e.get('acks').value, '-1', 'the default of sends that leave it out');
    assert.equal(e.supports!('linger.ms'), false);
    assert.equal(e.transactional, false);
  });
  test('a send reads acks, compression and timeout itself and the rest from its producer', () => {
    const e = effectiveOf(`${K}const p = new Kafka({ brokers: [] }).producer({ idempotent: true });\np.send({ topic: 't', acks: 1, timeout: 5000, messages: [] });\n`, 'send');
    assert.equal(e.get('acks').value, '1');
    assert.equal(e.get('request.timeout.ms').value, 5000);
    assert.equal(e.get('compression.type').value, 'none');
    assert.equal(e.idempotence.enabled, true);
    assert.deepEqual(e.conflicts.map((c) => `${c.kind}:${c.key}`), ['idempotence:acks']);
  });
  test('a Java spelling in a kafkajs config is not read', () => {
    const e = effectiveOf(`${K}new Kafka({ brokers: [] }).producer({ 'enable.idempotence': true });\n`, 'producer');
    assert.equal(e.idempotence.enabled, false);
    assert.equal(e.idempotence.explicit, false);
  });
});

describe('librdkafka effective configuration (2.15)', () => {
  test('idempotence adjusts what is not set: acks -1, in-flight 5, retries INT32_MAX', () => {
    const e = effectiveOf("import Kafka from 'node-rdkafka';\nnew Kafka.Producer({ 'enable.idempotence': true });\n", 'producer');
    assert.deepEqual([e.get('acks').value, e.get('acks').source], ['-1', 'override']);
    assert.equal(e.get('max.in.flight.requests.per.connection').value, 5);
    assert.equal(e.get('retries').value, 2147483647);
    assert.deepEqual(e.conflicts, []);
  });
  test('a transactional.id implies idempotence and lowers the message timeout to the transaction timeout', () => {
    const e = effectiveOf("import Kafka from 'node-rdkafka';\nnew Kafka.Producer({ 'transactional.id': 'tx', 'transaction.timeout.ms': 30000 });\n", 'producer');
    assert.equal(e.idempotence.enabled, true);
    assert.equal(e.get('delivery.timeout.ms').value, 30000);
    assert.equal(e.get('socket.timeout.ms').value, 29900);
  });
  test('defaults that differ from Java: idempotence off, linger 5, batch.size 1000000, message timeout 300000', () => {
    const e = effectiveOf("import Kafka from 'node-rdkafka';\nnew Kafka.Producer({});\n", 'producer');
    assert.deepEqual(['enable.idempotence', 'linger.ms', 'batch.size', 'delivery.timeout.ms', 'allow.auto.create.topics'].map((k) => e.get(k).value), [false, 5, 1000000, 300000, true]);
  });
});

describe('confluent KafkaJS API effective configuration (1.10.1)', () => {
  const C = "import { KafkaJS } from '@confluentinc/kafka-javascript';\n";
  test('a kafkaJS block switches on compatibility defaults (retries 5, socket timeout 30000)', () => {
    const e = effectiveOf(`${C}new KafkaJS.Kafka({ kafkaJS: { brokers: ['b'] } }).producer({ kafkaJS: { idempotent: true } });\n`, 'producer');
    assert.deepEqual([e.get('retries').value, e.get('retries').source], [5, 'override']);
    assert.equal(e.get('socket.timeout.ms').value, 30000);
    assert.equal(e.get('partitioner').value, 'murmur2_random');
    assert.equal(e.idempotence.enabled, true);
  });
  test('without a block, librdkafka defaults; top-level properties win over the block', () => {
    const plain = effectiveOf(`${C}new KafkaJS.Kafka({}).producer({ 'bootstrap.servers': 'b' });\n`, 'producer');
    assert.equal(plain.get('retries').value, 2147483647);
    const both = effectiveOf(`${C}new KafkaJS.Kafka({}).producer({ acks: 0, kafkaJS: { acks: 1 } });\n`, 'producer');
    assert.equal(both.get('acks').value, '0');
  });
  test('client settings merge under the producer\u2019s', () => {
    const e = effectiveOf(`${C}const k = new KafkaJS.Kafka({ 'linger.ms': 50, kafkaJS: { retry: { retries: 2 } } });\nk.producer({ 'linger.ms': 10 });\n`, 'producer');
    assert.equal(e.get('linger.ms').value, 10);
    assert.equal(e.get('retries').value, 2);
  });
});
