// removed-key: keys the configured version no longer has.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'removed-key';

describe(rule, () => {
  test('auto.include.jmx.reporter is removed in 4.0', () => {
    const text = 'acks=all\nauto.include.jmx.reporter=false\n';
    assert.equal(lintRule(rule, text, { clientVersion: '4.0' })[0]?.at, 'auto.include.jmx.reporter');
    assert.deepEqual(lintRule(rule, text, { clientVersion: '3.9' }), []);
    assert.equal(applyFix(text, rule), 'acks=all\n');
  });
  test('internal.auto.downgrade.txn.commit is removed in 3.0', () => {
    assert.equal(lintRule(rule, 'internal.auto.downgrade.txn.commit=true\n', { clientVersion: '3.0' }).length, 1);
    assert.deepEqual(lintRule(rule, 'internal.auto.downgrade.txn.commit=true\n', { clientVersion: '2.8' }), []);
  });
});
