// linger-too-high: effective linger.ms above kafkaProducer.lingerThresholdMs (default 1000).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, fixAll, lint, lintRule } from '../../helpers/lint';

const rule = 'linger-too-high';

describe(rule, () => {
  test('linger.ms=5000: information on the value, fix lowers it to the threshold', () => {
    const text = 'linger.ms=5000\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '5000');
    assert.equal(f?.severity, 'information');
    assert.match(f!.message, /threshold of 1000 ms/);
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'linger.ms=1000\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.equal(fixAll(text), text);
  });
  test('exactly the threshold is fine; the threshold setting moves the line', () => {
    assert.deepEqual(lintRule(rule, 'linger.ms=1000\n'), []);
    const o = { lingerThresholdMs: 100 };
    assert.equal(lintRule(rule, 'linger.ms=500\n', o)[0]?.at, '500');
    assert.equal(applyFix('linger.ms=500\n', rule, undefined, o), 'linger.ms=100\n');
  });
  test('a version default above a lowered threshold: 4.x default 5 ms is reported on the first key, 3.x default 0 is not', () => {
    const o = { lingerThresholdMs: 2 };
    const [f] = lintRule(rule, 'acks=all\n', o);
    assert.equal(f?.at, 'acks');
    assert.match(f!.message, /defaults to 5 in Kafka 4\.3/);
    assert.equal(applyFix('acks=all\n', rule, undefined, o), 'acks=all\nlinger.ms=2\n');
    assert.deepEqual(lintRule(rule, 'acks=all\n', { ...o, clientVersion: '3.9' }), []);
  });
  test('lowering linger never breaks an explicit delivery timeout', () => {
    const text = 'linger.ms=5000\ndelivery.timeout.ms=35000\n';
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'linger.ms=1000\ndelivery.timeout.ms=35000\n');
    assert.deepEqual(lint(fixed).filter((x) => x.severity === 'error'), []);
  });
  test('invalid or empty values stay silent', () => {
    assert.deepEqual(lintRule(rule, 'linger.ms=5s\n'), []);
    assert.deepEqual(lintRule(rule, 'linger.ms=\n'), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(settings ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(settings ?? {}) }), []);
  });
});
