// retries-without-idempotence: retries on while idempotence is off — explicitly, silently (3.2+), or by the version's defaults.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, diagnostics, fixAll, lint, lintRule, quickFixes } from '../../helpers/lint';

const rule = 'retries-without-idempotence';
const errors = (text: string, o: Record<string, unknown> = {}) => lint(text, o).filter((f) => f.severity === 'error');

describe(rule, () => {
  test('explicit enable.idempotence=false: warning on its value, says why, fixes enable idempotence or drop retries', () => {
    const text = 'enable.idempotence=false\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, 'false');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /because `enable\.idempotence=false` turns it off/);
    assert.match(f!.message, /`retries` defaults to 2147483647/);
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'enable.idempotence=true\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.equal(applyFix(text, rule, 'Set retries=0'), 'enable.idempotence=false\nretries=0\n');
    assert.deepEqual(lintRule(rule, applyFix(text, rule, 'Set retries=0')), []);
  });
  test('3.2+: acks=1 silently turns default idempotence off; the finding sits on acks and the fix adds what idempotence needs', () => {
    const text = 'acks=1\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '1');
    assert.match(f!.message, /`acks=1` silently turns it off/);
    assert.deepEqual(
      quickFixes(text, rule).map((a) => a.title),
      ['Enable idempotence (enable.idempotence=true, acks=all)', 'Set retries=0 (give up retries: at-most-once)'],
    );
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'acks=all\nenable.idempotence=true\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.deepEqual(errors(fixed), []);
  });
  test('3.2–3.9: more than 5 in-flight requests silently disable idempotence; the fix also lowers them (no new error)', () => {
    const text = 'max.in.flight.requests.per.connection=6\n';
    const o = { clientVersion: '3.9' };
    const [f] = lintRule(rule, text, o);
    assert.equal(f?.at, '6');
    const fixed = applyFix(text, rule, undefined, o);
    assert.equal(fixed, 'max.in.flight.requests.per.connection=5\nenable.idempotence=true\n');
    assert.deepEqual(errors(fixed, o), []);
    assert.deepEqual(lintRule(rule, fixed, o), []);
    // 4.0+: the same file does not start (idempotence-conflict), so this rule stays silent.
    assert.deepEqual(lintRule(rule, text), []);
  });
  test('by version default: 2.x off, 3.0/3.1 not effective unless written, 3.2+ on', () => {
    const text = 'linger.ms=5\n';
    const f28 = lintRule(rule, text, { clientVersion: '2.8' });
    assert.equal(f28[0]?.at, 'linger.ms');
    assert.match(f28[0]!.message, /defaults to false in Kafka 2\.8/);
    for (const v of ['3.0', '3.1']) {
      const [f] = lintRule(rule, text, { clientVersion: v });
      assert.match(f!.message, new RegExp(`Kafka ${v.replace('.', '\\.')} clients only enable it when`));
    }
    for (const v of ['3.2', '3.9', '4.3']) assert.deepEqual(lintRule(rule, text, { clientVersion: v }), [], v);
    // 2.8 fix: explicit idempotence + acks=all (the 2.8 default acks is 1).
    assert.equal(applyFix(text, rule, undefined, { clientVersion: '2.8' }), 'linger.ms=5\nenable.idempotence=true\nacks=all\n');
    // 3.1 with acks=1: off by the version's rule, not by acks — reported on the first key.
    assert.equal(lintRule(rule, 'acks=1\n', { clientVersion: '3.1' })[0]?.at, 'acks');
  });
  test('idempotent producers are not reported', () => {
    assert.deepEqual(lintRule(rule, 'enable.idempotence=true\n', { clientVersion: '2.8' }), []);
    assert.deepEqual(lintRule(rule, 'transactional.id=tx\n', { clientVersion: '3.1' }), []);
    assert.deepEqual(lintRule(rule, 'acks=all\n'), []);
  });
  test('not with retries=0, acks=0, or when the producer would not start', () => {
    assert.deepEqual(lintRule(rule, 'enable.idempotence=false\nretries=0\n'), []);
    assert.deepEqual(lintRule(rule, 'enable.idempotence=false\nacks=0\n'), []);
    assert.deepEqual(lintRule(rule, 'transactional.id=tx\nenable.idempotence=false\n'), []);
    assert.deepEqual(lintRule(rule, 'transactional.id=tx\nacks=1\n'), []);
    assert.deepEqual(lintRule(rule, 'acks=1\nmax.in.flight.requests.per.connection=6\n'), []);
  });
  test('unknown inputs stay silent', () => {
    assert.deepEqual(lintRule(rule, 'enable.idempotence=false\nretries=many\n'), []);
    assert.deepEqual(lintRule(rule, 'enable.idempotence=false\nacks=ALL\n'), []);
    assert.deepEqual(lintRule(rule, 'enable.idempotence=maybe\n'), []);
  });
  test('an explicit retries entry is related information', () => {
    const d = diagnostics('enable.idempotence=false\nretries=3\n').find((x) => x.code === rule);
    assert.equal(d?.relatedInformation?.length, 1);
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 1);
    assert.match(d!.message, /`retries=3`/);
  });
  test('fixes are on request only', () => {
    assert.match(fixAll('enable.idempotence=false\n'), /^enable\.idempotence=false$/m);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(settings ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(settings ?? {}) }), []);
  });
});
