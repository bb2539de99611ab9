// hot-partition-risk: RoundRobinPartitioner before the KAFKA-17632 fix (3.9.2 / 4.0.0); the only skew a file alone decides.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, fixAll, lintRule, quickFixes } from '../../helpers/lint';

const rule = 'hot-partition-risk';
const RR = 'partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner\n';

describe(rule, () => {
  test('3.3–3.8: information on the class; fix switches to the built-in partitioner ignoring keys', () => {
    const o = { clientVersion: '3.8' };
    const [f] = lintRule(rule, RR, o);
    assert.equal(f?.at, 'org.apache.kafka.clients.producer.RoundRobinPartitioner');
    assert.equal(f?.severity, 'information');
    assert.match(f!.message, /KAFKA-17632/);
    const fixed = applyFix('acks=all\n' + RR, rule, undefined, o);
    assert.equal(fixed, 'acks=all\npartitioner.ignore.keys=true\n');
    assert.deepEqual(lintRule(rule, fixed, o), []);
    assert.equal(fixAll(RR, o), RR);
  });
  test('3.9 is a hint (3.9.2 has the fix), 4.x is fixed', () => {
    const [f] = lintRule(rule, RR, { clientVersion: '3.9' });
    assert.equal(f?.severity, 'hint');
    assert.match(f!.message, /3\.9\.0 or 3\.9\.1/);
    for (const v of ['4.0', '4.3']) assert.deepEqual(lintRule(rule, RR, { clientVersion: v }), [], v);
  });
  test('before 3.3: reported without a fix (no key-ignoring built-in partitioner)', () => {
    for (const v of ['2.8', '3.2']) {
      assert.equal(lintRule(rule, RR, { clientVersion: v }).length, 1, v);
      assert.deepEqual(quickFixes(RR, rule, { clientVersion: v }), [], v);
    }
  });
  test('other partitioners and partitioner.ignore.keys are not reported', () => {
    const o = { clientVersion: '3.8' };
    assert.deepEqual(lintRule(rule, 'partitioner.class=com.example.MyPartitioner\n', o), []);
    assert.deepEqual(lintRule(rule, 'partitioner.ignore.keys=true\n', o), []);
    assert.deepEqual(lintRule(rule, 'acks=all\n', o), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings: s } = ruleById(rule)!.meta.docs;
    assert.deepEqual(s, { clientVersion: '3.8' });
    assert.ok(lintRule(rule, examples.invalid, { ...(s ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(s ?? {}) }), []);
  });
});
