// acks-one: effective acks=1, written or the 2.x default; silent when a construction check already fails on acks.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, fixAll, lint, lintRule, quickFixes } from '../../helpers/lint';

const rule = 'acks-one';

describe(rule, () => {
  test('acks=1: information on the value, fix sets acks=all', () => {
    const text = 'acks=1\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '1');
    assert.equal(f?.severity, 'information');
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'acks=all\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.deepEqual(lint(fixed).filter((x) => x.severity === 'error'), []);
    assert.equal(fixAll(text), text);
  });
  test('the 2.8 default acks=1 is reported on the first key, the fix adds acks=all', () => {
    const text = 'linger.ms=5\n';
    const [f] = lintRule(rule, text, { clientVersion: '2.8' });
    assert.equal(f?.at, 'linger.ms');
    assert.match(f!.message, /defaults to 1 in Kafka 2\.8/);
    assert.equal(applyFix(text, rule, undefined, { clientVersion: '2.8' }), 'linger.ms=5\nacks=all\n');
    for (const v of ['3.0', '3.2', '4.3']) assert.deepEqual(lintRule(rule, text, { clientVersion: v }), [], v);
  });
  test('with enable.idempotence=false a second fix enables idempotence too', () => {
    const text = 'enable.idempotence=false\nacks=1\n';
    assert.deepEqual(quickFixes(text, rule).map((a) => a.title), ['Set acks=all', 'Enable idempotence (enable.idempotence=true, acks=all)']);
    assert.equal(applyFix(text, rule, 'Enable idempotence'), 'enable.idempotence=true\nacks=all\n');
    assert.deepEqual(quickFixes('acks=1\n', rule).map((a) => a.title), ['Set acks=all']);
  });
  test('2.8 with explicit idempotence: the client raises acks to all, nothing to report', () => {
    assert.deepEqual(lintRule(rule, 'enable.idempotence=true\n', { clientVersion: '2.8' }), []);
  });
  test('silent when the producer would not start because of acks', () => {
    assert.deepEqual(lintRule(rule, 'enable.idempotence=true\nacks=1\n'), []);
    assert.deepEqual(lintRule(rule, 'transactional.id=tx\nacks=1\n'), []);
  });
  test('silent for acks=all, acks=0, invalid and empty values', () => {
    for (const t of ['acks=all\n', 'acks=-1\n', 'acks=0\n', 'acks=one\n', 'acks=\n']) assert.deepEqual(lintRule(rule, t), [], t);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(settings ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(settings ?? {}) }), []);
  });
});
