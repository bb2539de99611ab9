// idempotent-in-flight: kafkajs idempotent/transactional producers need maxInFlightRequests: 1.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCodeFix } from '../../helpers/code';
import { lintCode } from '../../helpers/lint';

const rule = 'idempotent-in-flight';
const K = "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['b'] });\n";
const of = (text: string) => lintCode(text).filter((f) => f.rule === rule);

describe(rule, () => {
  test('the Java "at most 5" does not carry over to kafkajs: warning on the value, fix sets 1', () => {
    const text = `${K}export const p = kafka.producer({ idempotent: true, maxInFlightRequests: 5 });\n`;
    const [f] = of(text);
    assert.equal(f?.at, '5');
    assert.equal(f?.severity, 'warning');
    assert.equal(applyCodeFix(text, rule), `${K}export const p = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });\n`);
  });
  test('unset means unlimited; a transactional id needs it too; silent with 1, without idempotence, or unknown', () => {
    assert.equal(of(`${K}export const p = kafka.producer({ idempotent: true });\n`)[0]?.at, 'idempotent');
    assert.equal(of(`${K}export const p = kafka.producer({ transactionalId: 'tx' });\n`).length, 1);
    assert.deepEqual(of(`${K}export const p = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });\n`), []);
    assert.deepEqual(of(`${K}export const p = kafka.producer({ maxInFlightRequests: 5 });\n`), []);
    assert.deepEqual(of(`${K}export const p = kafka.producer({ idempotent: process.env.IDEMP === '1', maxInFlightRequests: 5 });\n`), []);
  });
  test('librdkafka allows 5 with idempotence (no finding there)', () => {
    assert.deepEqual(of("import Kafka from 'node-rdkafka';\nexport const p = new Kafka.Producer({ 'enable.idempotence': true, 'max.in.flight': 5 });\n"), []);
  });
});
