// two-phase-commit-timeout: transaction.timeout.ms with 2PC enabled (4.1+).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'two-phase-commit-timeout';
const text = 'transactional.id=tx\ntransaction.two.phase.commit.enable=true\ntransaction.timeout.ms=60000\n';

describe(rule, () => {
  test('reported on the timeout from 4.1, removed by the fix', () => {
    assert.equal(lintRule(rule, text)[0]?.at, '60000');
    assert.equal(applyFix(text, rule), 'transactional.id=tx\ntransaction.two.phase.commit.enable=true\n');
    assert.deepEqual(lintRule(rule, text, { clientVersion: '4.0' }), []);
  });
  test('written twice: the fix removes both lines (the first would be in force once the last is gone)', () => {
    const twice = 'transaction.timeout.ms=30000\ntransactional.id=tx\ntransaction.two.phase.commit.enable=true\ntransaction.timeout.ms=60000\n';
    assert.equal(lintRule(rule, twice).length, 1);
    const fixed = applyFix(twice, rule);
    assert.equal(fixed, 'transactional.id=tx\ntransaction.two.phase.commit.enable=true\n');
    assert.deepEqual(lintRule(rule, fixed), []);
  });
  test('2PC off: silent', () => {
    assert.deepEqual(lintRule(rule, text.replace('=true', '=false')), []);
  });
});
