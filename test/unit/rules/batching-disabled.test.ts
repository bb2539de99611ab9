// batching-disabled: linger.ms=0 (written: information; default before 4.0: hint) and batch.size below 1024 bytes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, fixAll, lint, lintRule, quickFixes } from '../../helpers/lint';

const rule = 'batching-disabled';
const errors = (text: string, o: Record<string, unknown> = {}) => lint(text, o).filter((f) => f.severity === 'error');

describe(rule, () => {
  test('written linger.ms=0: information on the value, fix sets 5', () => {
    const text = 'linger.ms=0\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '0');
    assert.equal(f?.severity, 'information');
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'linger.ms=5\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.equal(fixAll(text), text);
  });
  test('default linger.ms=0 before 4.0 is a hint on the first key; 4.0+ default 5 is fine', () => {
    const text = 'acks=all\n';
    const [f] = lintRule(rule, text, { clientVersion: '3.9' });
    assert.equal(f?.at, 'acks');
    assert.equal(f?.severity, 'hint');
    assert.match(f!.message, /defaults to 0 in Kafka 3\.9/);
    assert.equal(applyFix(text, rule, undefined, { clientVersion: '3.9' }), 'acks=all\nlinger.ms=5\n');
    assert.deepEqual(lintRule(rule, text, { clientVersion: '4.0' }), []);
    assert.deepEqual(lintRule(rule, text), []);
  });
  test('tiny and zero batch.size', () => {
    const [zero] = lintRule(rule, 'batch.size=0\n');
    assert.equal(zero?.at, '0');
    assert.match(zero!.message, /disables batching/);
    assert.equal(applyFix('batch.size=0\n', rule), 'batch.size=16384\n');
    assert.equal(lintRule(rule, 'batch.size=512\n')[0]?.at, '512');
    assert.deepEqual(lintRule(rule, 'batch.size=1024\n'), []);
    assert.deepEqual(lintRule(rule, 'batch.size=16384\n'), []);
  });
  test('both causes are two findings', () => {
    const f = lintRule(rule, 'linger.ms=0\nbatch.size=100\n');
    assert.deepEqual(f.map((x) => x.at), ['0', '100']);
  });
  test('the linger fix leaves room for an explicit delivery timeout, or is not offered', () => {
    const text = 'linger.ms=0\nrequest.timeout.ms=30000\ndelivery.timeout.ms=30002\n';
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'linger.ms=2\nrequest.timeout.ms=30000\ndelivery.timeout.ms=30002\n');
    assert.deepEqual(errors(fixed), []);
    assert.equal(lintRule(rule, 'linger.ms=0\ndelivery.timeout.ms=30000\n').length, 1);
    assert.deepEqual(quickFixes('linger.ms=0\ndelivery.timeout.ms=30000\n', rule), []);
  });
  test('the linger fix respects a lower latency threshold', () => {
    assert.equal(applyFix('linger.ms=0\n', rule, undefined, { lingerThresholdMs: 3 }), 'linger.ms=3\n');
  });
  test('the batch fix is not offered when buffer.memory could not hold enough default batches', () => {
    assert.equal(lintRule(rule, 'batch.size=100\nbuffer.memory=65536\n').length, 1);
    assert.deepEqual(quickFixes('batch.size=100\nbuffer.memory=65536\n', rule), []);
  });
  test('invalid values stay silent', () => {
    assert.deepEqual(lintRule(rule, 'linger.ms=none\nbatch.size=-1\n'), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(settings ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(settings ?? {}) }), []);
  });
});
