// acks-zero: effective acks=0 (fire-and-forget); silent when a construction check already fails on acks.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, fixAll, lint, lintRule, quickFixes } from '../../helpers/lint';

const rule = 'acks-zero';
const errors = (text: string, o: Record<string, unknown> = {}) => lint(text, o).filter((f) => f.severity === 'error');

describe(rule, () => {
  test('acks=0: warning on the value, fix sets acks=all and settles without new errors', () => {
    const text = 'bootstrap.servers=b:9092\nacks=0\n';
    const [f, ...rest] = lintRule(rule, text);
    assert.deepEqual(rest, []);
    assert.equal(f?.at, '0');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /lost without an error/);
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'bootstrap.servers=b:9092\nacks=all\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.deepEqual(errors(fixed), []);
    assert.equal(applyFix(text, rule, 'Set acks=all'), fixed);
  });
  test('where acks=all alone leaves idempotence off, a second fix also enables it (with what it needs)', () => {
    assert.deepEqual(quickFixes('acks=0\n', rule).map((a) => a.title), ['Set acks=all']);
    const text = 'acks=0\nretries=0\n';
    assert.deepEqual(quickFixes(text, rule).map((a) => a.title), ['Set acks=all', 'Enable idempotence (enable.idempotence=true, acks=all, retries=2147483647)']);
    const fixed = applyFix(text, rule, 'Enable idempotence');
    assert.equal(fixed, 'acks=all\nretries=2147483647\nenable.idempotence=true\n');
    assert.deepEqual(errors(fixed), []);
    assert.deepEqual(lintRule('retries-without-idempotence', fixed), []);
    const old = { clientVersion: '3.1' };
    assert.equal(applyFix('acks=0\n', rule, 'Enable idempotence', old), 'acks=all\nenable.idempotence=true\n');
    assert.deepEqual(lintRule('retries-without-idempotence', 'acks=all\nenable.idempotence=true\n', old), []);
  });
  test('the fix is unsafe: "fix all" leaves acks alone', () => {
    assert.match(fixAll('acks=0\n'), /^acks=0$/m);
  });
  test('every supported version; the last occurrence counts', () => {
    for (const v of ['2.8', '3.1', '3.9', '4.0']) assert.equal(lintRule(rule, 'acks=0\n', { clientVersion: v }).length, 1, v);
    assert.deepEqual(lintRule(rule, 'acks=0\nacks=all\n'), []);
    assert.equal(lintRule(rule, 'acks=all\nacks= 0 \n')[0]?.at, '0 ');
  });
  test('silent when idempotence is explicit or transactional (the error rules report acks)', () => {
    const explicit = 'enable.idempotence=true\nacks=0\n';
    assert.deepEqual(lintRule(rule, explicit), []);
    assert.equal(lintRule('idempotence-conflict', explicit).length, 1);
    assert.deepEqual(lintRule(rule, 'transactional.id=tx\nacks=0\n'), []);
    assert.deepEqual(lintRule(rule, 'transactional.id=tx\nacks=0\n', { clientVersion: '3.1' }), []);
  });
  test('silent for other, default, invalid or unknown acks', () => {
    assert.deepEqual(lintRule(rule, 'acks=1\n'), []);
    assert.deepEqual(lintRule(rule, 'linger.ms=5\n'), []);
    assert.deepEqual(lintRule(rule, 'acks=zero\n'), []);
    assert.deepEqual(lintRule(rule, 'acks=\n'), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(settings ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(settings ?? {}) }), []);
  });
});
