// reordering-on-retry: idempotence off, retries on, more than one in-flight request.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, diagnostics, fixAll, lint, lintRule, quickFixes } from '../../helpers/lint';

const rule = 'reordering-on-retry';

describe(rule, () => {
  test('default 5 in-flight with idempotence off: information on the first key', () => {
    const text = 'enable.idempotence=false\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, 'enable.idempotence');
    assert.equal(f?.severity, 'information');
    assert.match(f!.message, /defaults to 5/);
    assert.match(f!.message, /because `enable\.idempotence=false` turns it off/);
  });
  test('written in-flight value: finding on it, related to what turns idempotence off; fixes', () => {
    const text = 'enable.idempotence=false\nmax.in.flight.requests.per.connection=3\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '3');
    const d = diagnostics(text).find((x) => x.code === rule);
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 0);
    assert.deepEqual(
      quickFixes(text, rule).map((a) => a.title),
      ['Enable idempotence (enable.idempotence=true)', 'Set max.in.flight.requests.per.connection=1 (keep order, lower throughput)'],
    );
    const ordered = applyFix(text, rule, 'max.in.flight.requests.per.connection=1');
    assert.equal(ordered, 'enable.idempotence=false\nmax.in.flight.requests.per.connection=1\n');
    assert.deepEqual(lintRule(rule, ordered), []);
    const idempotent = applyFix(text, rule);
    assert.equal(idempotent, 'enable.idempotence=true\nmax.in.flight.requests.per.connection=3\n');
    assert.deepEqual(lintRule(rule, idempotent), []);
    assert.equal(fixAll(text), text);
  });
  test('3.9: acks=1 with 6 in-flight — the fix restores idempotence without a new error', () => {
    const text = 'acks=1\nmax.in.flight.requests.per.connection=6\n';
    const o = { clientVersion: '3.9' };
    assert.equal(lintRule(rule, text, o)[0]?.at, '6');
    const fixed = applyFix(text, rule, undefined, o);
    assert.equal(fixed, 'acks=all\nmax.in.flight.requests.per.connection=5\nenable.idempotence=true\n');
    assert.deepEqual(lint(fixed, o).filter((x) => x.severity === 'error'), []);
    assert.deepEqual(lintRule(rule, fixed, o), []);
  });
  test('version defaults: 2.8 and 3.1 report a default producer, 3.2+ does not', () => {
    assert.equal(lintRule(rule, 'linger.ms=1\n', { clientVersion: '2.8' }).length, 1);
    assert.equal(lintRule(rule, 'linger.ms=1\n', { clientVersion: '3.1' }).length, 1);
    assert.deepEqual(lintRule(rule, 'linger.ms=1\n', { clientVersion: '3.2' }), []);
  });
  test('silent with one in-flight request, without retries, with acks=0, or with idempotence on', () => {
    assert.deepEqual(lintRule(rule, 'enable.idempotence=false\nmax.in.flight.requests.per.connection=1\n'), []);
    assert.deepEqual(lintRule(rule, 'enable.idempotence=false\nretries=0\n'), []);
    assert.deepEqual(lintRule(rule, 'acks=0\n'), []);
    assert.deepEqual(lintRule(rule, 'max.in.flight.requests.per.connection=5\n'), []);
  });
  test('unknown in-flight value stays silent', () => {
    assert.deepEqual(lintRule(rule, 'enable.idempotence=false\nmax.in.flight.requests.per.connection=five\n'), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(settings ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(settings ?? {}) }), []);
  });
});
