// option-rejected: what the confluent KafkaJS-compatible API throws on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCodeFix } from '../../helpers/code';
import { lintCode } from '../../helpers/lint';

const rule = 'option-rejected';
const C = "import { KafkaJS } from '@confluentinc/kafka-javascript';\n";
const of = (text: string) => lintCode(text).filter((f) => f.rule === rule);

describe(rule, () => {
  test('KafkaJS names outside the kafkaJS block: new Kafka() and producer() throw; acks is allowed', () => {
    const text = `${C}const kafka = new KafkaJS.Kafka({ brokers: ['b:9092'] });\nexport const p = kafka.producer({ idempotent: true, acks: -1 });\n`;
    const found = of(text);
    assert.deepEqual(found.map((f) => f.at), ['brokers', 'idempotent']);
    assert.ok(found.every((f) => f.severity === 'error'));
    assert.match(found[0]!.message, /`new Kafka\(\)` throws/);
    assert.match(found[1]!.message, /`kafka\.producer\(\)` throws/);
    assert.equal(applyCodeFix(text, rule, 'Rename to `enable.idempotence`'), `${C}const kafka = new KafkaJS.Kafka({ brokers: ['b:9092'] });\nexport const p = kafka.producer({ 'enable.idempotence': true, acks: -1 });\n`);
  });
  test('unsupported options in the kafkaJS block', () => {
    const text = `${C}export const p = new KafkaJS.Kafka({ kafkaJS: { ssl: { ca: 'x' }, retry: { factor: 0.5, retries: 3 } } }).producer({ kafkaJS: { createPartitioner: () => () => 0, groupId: 'g' } });\n`;
    assert.deepEqual(of(text).map((f) => f.at), ["{ ca: 'x' }", 'factor', 'createPartitioner', 'groupId']);
  });
  test('acks, timeout and compression on send(): the call throws; the fix moves the setting to the producer', () => {
    const text = `${C}const p = new KafkaJS.Kafka({}).producer({ kafkaJS: { idempotent: false } });\np.send({ topic: 't', acks: 1, messages: [] });\n`;
    const [f] = of(text);
    assert.equal(f?.at, 'acks');
    assert.equal(applyCodeFix(text, rule), `${C}const p = new KafkaJS.Kafka({}).producer({ kafkaJS: { idempotent: false, acks: 1 } });\np.send({ topic: 't', messages: [] });\n`);
  });
  test('silent for the supported shapes (and for kafkajs itself)', () => {
    assert.deepEqual(of(`${C}export const p = new KafkaJS.Kafka({ kafkaJS: { brokers: ['b'], ssl: true } }).producer({ 'linger.ms': 5, kafkaJS: { acks: -1, idempotent: true } });\n`), []);
    assert.deepEqual(of("import { Kafka } from 'kafkajs';\nconst p = new Kafka({ brokers: ['b'] }).producer();\np.send({ topic: 't', acks: 1, messages: [] });\n"), []);
  });
});
