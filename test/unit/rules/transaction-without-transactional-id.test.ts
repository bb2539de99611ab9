// transaction-without-transactional-id: producer.transaction() on a producer without a transactional id.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCodeFix } from '../../helpers/code';
import { lintCode } from '../../helpers/lint';

const rule = 'transaction-without-transactional-id';
const of = (text: string) => lintCode(text).filter((f) => f.rule === rule);

describe(rule, () => {
  test('kafkajs: error on the transaction() call; the fix adds a placeholder id to the producer', () => {
    const text = "import { Kafka } from 'kafkajs';\nconst p = new Kafka({ brokers: ['b'] }).producer({ idempotent: true, maxInFlightRequests: 1 });\nexport const run = async () => (await p.transaction()).commit();\n";
    const [f] = of(text);
    assert.equal(f?.at, 'p.transaction()');
    assert.equal(f?.severity, 'error');
    assert.equal(
      applyCodeFix(text, rule),
      "import { Kafka } from 'kafkajs';\nconst p = new Kafka({ brokers: ['b'] }).producer({ idempotent: true, maxInFlightRequests: 1, transactionalId: 'CHANGE-ME-unique-transactional-id' });\nexport const run = async () => (await p.transaction()).commit();\n",
    );
  });
  test('confluent KafkaJS API too; silent with an id, and when the config cannot be resolved', () => {
    assert.equal(of("import { KafkaJS } from '@confluentinc/kafka-javascript';\nconst p = new KafkaJS.Kafka({}).producer({ 'bootstrap.servers': 'b' });\np.transaction();\n").length, 1);
    assert.deepEqual(of("import { KafkaJS } from '@confluentinc/kafka-javascript';\nconst p = new KafkaJS.Kafka({}).producer({ 'transactional.id': 'tx' });\np.transaction();\n"), []);
    assert.deepEqual(of("import { Kafka } from 'kafkajs';\nconst p = new Kafka({ brokers: ['b'] }).producer({ transactionalId: 'tx' });\np.transaction();\n"), []);
    assert.deepEqual(of("import { Kafka, ProducerConfig } from 'kafkajs';\ndeclare const cfg: ProducerConfig;\nconst p = new Kafka({ brokers: ['b'] }).producer(cfg);\np.transaction();\n"), []);
  });
});
