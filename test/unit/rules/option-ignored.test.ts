// option-ignored: options a JS client silently ignores where they are written.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCodeFix, fixTitles } from '../../helpers/code';
import { lintCode } from '../../helpers/lint';

const rule = 'option-ignored';
const K = "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['b:9092'] });\n";
const of = (text: string) => lintCode(text).filter((f) => f.rule === rule);

describe(rule, () => {
  test('kafkajs: acks, timeout and compression in the producer config are ignored; the fix moves acks to the sends', () => {
    const text = `${K}const p = kafka.producer({ acks: 0, timeout: 1000 });\np.send({ topic: 't', messages: [] });\n`;
    const found = of(text);
    assert.deepEqual(found.map((f) => f.at), ['acks', 'timeout']);
    assert.equal(found[0]!.severity, 'warning');
    assert.match(found[0]!.message, /read per `send\(\)` call/);
    assert.deepEqual(fixTitles(text, rule).slice(0, 2), ['Move `acks` to the send() call', 'Remove `acks`']);
    assert.equal(applyCodeFix(text, rule, 'Move `acks`'), `${K}const p = kafka.producer({ timeout: 1000 });\np.send({ topic: 't', messages: [], acks: 0 });\n`);
  });
  test('kafkajs: Java and librdkafka names are ignored; a kafkajs equivalent is offered as a rename', () => {
    const text = `${K}export const p = kafka.producer({\n  'enable.idempotence': true,\n  'linger.ms': 5,\n  retries: 3,\n});\n`;
    assert.deepEqual(of(text).map((f) => f.at), ["'enable.idempotence'", "'linger.ms'", 'retries']);
    assert.match(of(text)[1]!.message, /kafkajs has no such setting/);
    assert.equal(applyCodeFix(text, rule, 'Rename to `idempotent`'), `${K}export const p = kafka.producer({\n  idempotent: true,\n  'linger.ms': 5,\n  retries: 3,\n});\n`);
    assert.equal(applyCodeFix(text, rule, 'Rename to `retry.retries`'), `${K}export const p = kafka.producer({\n  'enable.idempotence': true,\n  'linger.ms': 5,\n  retry: { retries: 3 },\n});\n`);
  });
  test('kafkajs: producer options in a send record, client options in the producer', () => {
    const text = `${K}const p = kafka.producer({ clientId: 'x' });\np.send({ topic: 't', idempotent: true, messages: [] });\n`;
    assert.deepEqual(of(text).map((f) => f.at), ['clientId', 'idempotent']);
  });
  test('transaction timeout without a transactional id (kafkajs and librdkafka): information, removable', () => {
    const text = `${K}export const p = kafka.producer({ transactionTimeout: 30000 });\n`;
    const [f] = of(text);
    assert.equal(f?.severity, 'information');
    assert.equal(applyCodeFix(text, rule), `${K}export const p = kafka.producer({});\n`);
    assert.deepEqual(of(`${K}export const p = kafka.producer({ transactionTimeout: 30000, transactionalId: 'tx' });\n`), []);
    const rd = "import Kafka from 'node-rdkafka';\nexport const p = new Kafka.Producer({ 'transaction.timeout.ms': 30000 });\n";
    assert.equal(of(rd).length, 1);
  });
  test('a transaction timeout in a send record moves to the producer only when the producer is transactional', () => {
    // Found by the code property tests: moved to a producer without a transactional id, it was ignored there as well.
    const send = (producer: string) => `${K}const p = kafka.producer(${producer});\nexport async function run() {\n  const txn = await p.transaction();\n  await txn.send({ topic: 't', transactionTimeout: 30000, messages: [] });\n}\n`;
    assert.deepEqual(fixTitles(send('{}'), rule), ['Remove `transactionTimeout`']);
    const transactional = send("{ transactionalId: 'tx' }");
    assert.deepEqual(fixTitles(transactional, rule), ['Move `transactionTimeout` to kafka.producer({…})', 'Remove `transactionTimeout`']);
    assert.match(applyCodeFix(transactional, rule, 'Move'), /kafka\.producer\(\{ transactionalId: 'tx', transactionTimeout: 30000 \}\)/);
  });
  test('confluent KafkaJS API: dr_cb is overridden', () => {
    const text = "import { KafkaJS } from '@confluentinc/kafka-javascript';\nexport const p = new KafkaJS.Kafka({}).producer({ dr_cb: true });\n";
    assert.deepEqual(of(text).map((f) => `${f.at}:${f.severity}`), ['dr_cb:information']);
  });
  test('silent for options read where they are written, consumer options (misplaced-key) and typos (unknown-key)', () => {
    const text = `${K}const p = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: 5 }, groupId: 'g', idempotnet: true });\np.send({ topic: 't', acks: -1, messages: [] });\n`;
    assert.deepEqual(of(text), []);
  });
});
