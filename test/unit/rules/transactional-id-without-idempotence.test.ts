// transactional-id-without-idempotence: on the setting that turns idempotence off.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'transactional-id-without-idempotence';

describe(rule, () => {
  test('explicit enable.idempotence=false', () => {
    const text = 'transactional.id=tx\nenable.idempotence=false\n';
    assert.equal(lintRule(rule, text)[0]?.at, 'false');
    assert.equal(applyFix(text, rule), 'transactional.id=tx\nenable.idempotence=true\n');
  });
  test('3.2+: acks=1 silently turns default idempotence off', () => {
    const text = 'transactional.id=tx\nacks=1\n';
    assert.equal(lintRule(rule, text)[0]?.at, '1');
    assert.equal(applyFix(text, rule), 'transactional.id=tx\nacks=all\n');
    // Before 3.2 the same file fails on acks (idempotence-conflict), not on the transactional.id.
    assert.deepEqual(lintRule(rule, text, { clientVersion: '3.1' }), []);
  });
  test('transactional.id with idempotence is fine', () => {
    assert.deepEqual(lintRule(rule, 'transactional.id=tx\nacks=all\n'), []);
  });
});
