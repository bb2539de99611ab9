// idempotence-conflict: explicit idempotence (or transactional.id before 3.2, or in-flight > 5 from 4.0).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'idempotence-conflict';

describe(rule, () => {
  test('explicit idempotence with acks=1: error on the acks value, fix sets all', () => {
    const text = 'enable.idempotence=true\nacks=1\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '1');
    assert.equal(f?.severity, 'error');
    assert.equal(applyFix(text, rule), 'enable.idempotence=true\nacks=all\n');
    assert.equal(applyFix(text, rule, 'give up'), 'enable.idempotence=false\nacks=1\n');
  });
  test('retries=0 and in-flight 6 with explicit idempotence', () => {
    const f = lintRule(rule, 'enable.idempotence=true\nretries=0\nmax.in.flight.requests.per.connection=6\n');
    assert.deepEqual(f.map((x) => x.at), ['0', '6']);
  });
  test('implicit idempotence: in-flight 6 is an error from 4.0 only', () => {
    const text = 'max.in.flight.requests.per.connection=6\n';
    assert.deepEqual(lintRule(rule, text, { clientVersion: '3.9' }), []);
    assert.equal(lintRule(rule, text, { clientVersion: '4.0' })[0]?.at, '6');
    assert.equal(applyFix(text, rule, undefined, { clientVersion: '4.0' }), 'max.in.flight.requests.per.connection=5\n');
  });
  test('acks=1 without explicit idempotence is not a conflict (it silently turns idempotence off)', () => {
    assert.deepEqual(lintRule(rule, 'acks=1\n'), []);
  });
  test('before 3.2 a transactional.id makes the producer idempotent', () => {
    assert.equal(lintRule(rule, 'transactional.id=tx\nacks=1\n', { clientVersion: '3.1' })[0]?.at, '1');
  });
  test('an invalid acks is not a second conflict', () => {
    assert.deepEqual(lintRule(rule, 'enable.idempotence=true\nacks=ALL\n'), []);
  });
});
