// transaction-timeout-conflict: librdkafka timeouts of a transactional producer.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCodeFix } from '../../helpers/code';
import { lintCode } from '../../helpers/lint';

const rule = 'transaction-timeout-conflict';
const R = "import Kafka from 'node-rdkafka';\n";
const of = (text: string) => lintCode(text).filter((f) => f.rule === rule);

describe(rule, () => {
  test('message.timeout.ms above transaction.timeout.ms: error on it; the fix lowers it', () => {
    const text = `${R}export const p = new Kafka.Producer({ 'transactional.id': 'tx', 'transaction.timeout.ms': 10000, 'message.timeout.ms': 60000 });\n`;
    const [f] = of(text);
    assert.equal(f?.at, '60000');
    assert.equal(f?.severity, 'error');
    assert.equal(applyCodeFix(text, rule), `${R}export const p = new Kafka.Producer({ 'transactional.id': 'tx', 'transaction.timeout.ms': 10000, 'message.timeout.ms': 10000 });\n`);
  });
  test('socket.timeout.ms above transaction.timeout.ms + 100', () => {
    assert.equal(of(`${R}export const p = new Kafka.Producer({ 'transactional.id': 'tx', 'transaction.timeout.ms': 10000, 'socket.timeout.ms': 20000 });\n`)[0]?.at, '20000');
  });
  test('silent without a transactional id, or when librdkafka adjusts the unset timeouts itself', () => {
    assert.deepEqual(of(`${R}export const p = new Kafka.Producer({ 'transaction.timeout.ms': 10000, 'message.timeout.ms': 60000 });\n`), []);
    assert.deepEqual(of(`${R}export const p = new Kafka.Producer({ 'transactional.id': 'tx', 'transaction.timeout.ms': 10000 });\n`), []);
  });
});
