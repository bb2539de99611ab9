// retry-backoff-inverted: retry.backoff.ms > retry.backoff.max.ms (3.7+) and reconnect.backoff.ms > a written reconnect.backoff.max.ms.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, diagnostics, fixAll, lintRule, quickFixes } from '../../helpers/lint';

const rule = 'retry-backoff-inverted';

describe(rule, () => {
  test('retry.backoff.ms above the default max (3.7+): warning on the base; raise or swap', () => {
    const text = 'retry.backoff.ms=2000\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '2000');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /constant 1000 ms/);
    assert.deepEqual(quickFixes(text, rule).map((a) => a.title), [
      'Raise retry.backoff.max.ms to 2000',
      'Swap the values (retry.backoff.ms=1000, retry.backoff.max.ms=2000)',
    ]);
    const raised = applyFix(text, rule);
    assert.equal(raised, 'retry.backoff.ms=2000\nretry.backoff.max.ms=2000\n');
    assert.deepEqual(lintRule(rule, raised), []);
    const swapped = applyFix(text, rule, 'Swap');
    assert.equal(swapped, 'retry.backoff.ms=1000\nretry.backoff.max.ms=2000\n');
    assert.deepEqual(lintRule(rule, swapped), []);
    assert.equal(fixAll(text), text);
  });
  test('before 3.7 there is no retry.backoff.max.ms', () => {
    assert.deepEqual(lintRule(rule, 'retry.backoff.ms=2000\n', { clientVersion: '3.6' }), []);
    assert.equal(lintRule(rule, 'retry.backoff.ms=2000\n', { clientVersion: '3.7' }).length, 1);
  });
  test('a written max below the default base: on the max', () => {
    assert.equal(lintRule(rule, 'retry.backoff.max.ms=50\n')[0]?.at, '50');
    assert.deepEqual(lintRule(rule, 'retry.backoff.max.ms=100\n'), []);
  });
  test('both written: on the base, the max is related', () => {
    const d = diagnostics('retry.backoff.max.ms=500\nretry.backoff.ms=800\n').find((x) => x.code === rule);
    assert.equal(d?.range.start.line, 1);
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 0);
  });
  test('reconnect pair: only with a written maximum; effect differs before and from 3.7', () => {
    assert.deepEqual(lintRule(rule, 'reconnect.backoff.ms=5000\n'), []);
    const text = 'reconnect.backoff.ms=5000\nreconnect.backoff.max.ms=1000\n';
    const [now] = lintRule(rule, text);
    assert.equal(now?.at, '5000');
    assert.match(now!.message, /constant 1000 ms/);
    const [old] = lintRule(rule, text, { clientVersion: '3.6' });
    assert.match(old!.message, /constant 5000 ms and `reconnect\.backoff\.max\.ms` is ignored/);
    assert.equal(applyFix(text, rule), 'reconnect.backoff.ms=5000\nreconnect.backoff.max.ms=5000\n');
    assert.equal(lintRule(rule, 'reconnect.backoff.max.ms=10\n', { clientVersion: '2.8' })[0]?.at, '10');
  });
  test('unknown values stay silent', () => {
    assert.deepEqual(lintRule(rule, 'retry.backoff.ms=slow\nreconnect.backoff.max.ms=x\n'), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings: s } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(s ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(s ?? {}) }), []);
  });
});
