// timeout-risk: request timeout below replica lag (acks=all), max.block.ms=0, explicit delivery timeout without room for a retry.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, diagnosticsWith, fixAll, lint, lintRule, settings } from '../../helpers/lint';

const rule = 'timeout-risk';
const errors = (text: string, o: Record<string, unknown> = {}) => lint(text, o).filter((f) => f.severity === 'error');
const lag45 = { cluster: { replicaLagTimeMaxMs: 45000 } };

describe(rule, () => {
  test('max.block.ms=0: warning on the value, fix restores the default', () => {
    const text = 'max.block.ms=0\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '0');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /first send to every topic/);
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'max.block.ms=60000\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.equal(fixAll(text), text);
    assert.deepEqual(lintRule(rule, 'max.block.ms=1\n'), []);
  });
  test('request timeout below a known replica lag: warning (on the first key when the default is too low)', () => {
    const [f] = lintRule(rule, 'acks=all\n', lag45);
    assert.equal(f?.at, 'acks');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /replica\.lag\.time\.max\.ms` \(45000, setting kafkaProducer\.cluster\.replicaLagTimeMaxMs\)/);
    assert.equal(applyFix('acks=all\n', rule, undefined, lag45), 'acks=all\nrequest.timeout.ms=45000\n');
    assert.deepEqual(lintRule(rule, 'request.timeout.ms=45000\n', lag45), []);
    assert.deepEqual(lintRule(rule, 'request.timeout.ms=60000\n', lag45), []);
  });
  test('without the fact: a written request timeout below the broker default 30000 is information', () => {
    const text = 'request.timeout.ms=10000\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '10000');
    assert.equal(f?.severity, 'information');
    assert.match(f!.message, /broker default/);
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'request.timeout.ms=30000\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.deepEqual(lintRule(rule, 'request.timeout.ms=30000\n'), []);
  });
  test('replica lag only matters for acks=all', () => {
    assert.deepEqual(lintRule(rule, 'acks=1\nrequest.timeout.ms=10000\n', lag45), []);
    assert.deepEqual(lintRule(rule, 'request.timeout.ms=10000\n', { clientVersion: '2.8' }), []);
  });
  test('raising the request timeout raises an explicit delivery timeout with it (no new error, no retry-room finding)', () => {
    const text = 'delivery.timeout.ms=60000\n';
    const found = lintRule(rule, text, lag45);
    assert.deepEqual(found.map((x) => x.at), ['delivery.timeout.ms', '60000']);
    const fixed = applyFix(text, rule, 'request.timeout.ms=45000', lag45);
    assert.equal(fixed, 'delivery.timeout.ms=90005\nrequest.timeout.ms=45000\n');
    assert.deepEqual(errors(fixed, lag45), []);
    assert.deepEqual(lintRule(rule, fixed, lag45), []);
  });
  test('explicit delivery timeout below linger + 2 × request: warning, fix raises it', () => {
    const text = 'delivery.timeout.ms=40000\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '40000');
    assert.match(f!.message, /5 \+ 2 × 30000 = 60005/);
    assert.equal(applyFix(text, rule), 'delivery.timeout.ms=60005\n');
    assert.equal(applyFix(text, rule, undefined, { clientVersion: '3.9' }), 'delivery.timeout.ms=60000\n');
  });
  test('not when delivery-timeout-too-small already fires for the value (4.x), but yes in 3.9', () => {
    const text = 'delivery.timeout.ms=30000\n';
    assert.deepEqual(lintRule(rule, text), []);
    assert.equal(lintRule('delivery-timeout-too-small', text).length, 1);
    assert.equal(lintRule(rule, text, { clientVersion: '3.9' })[0]?.at, '30000');
  });
  test('retry-room check: not without retries, not for acks=0, not for an unset delivery timeout', () => {
    assert.deepEqual(lintRule(rule, 'delivery.timeout.ms=40000\nretries=0\n'), []);
    assert.deepEqual(lintRule(rule, 'delivery.timeout.ms=40000\nacks=0\n'), []);
    assert.deepEqual(lintRule(rule, 'request.timeout.ms=60000\n'), []);
  });
  test('a replica lag from a workspace file is linked', () => {
    const s = { ...settings(), cluster: { replicaLagTimeMaxMs: { value: 45000, source: 'server.properties line 3', location: { uri: 'file:///w/server.properties', line: 2 } } } };
    const d = diagnosticsWith('acks=all\n', s).find((x) => x.code === rule);
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 2);
  });
  test('unknown values stay silent', () => {
    assert.deepEqual(lintRule(rule, 'max.block.ms=never\nrequest.timeout.ms=soon\ndelivery.timeout.ms=x\n'), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings: s } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(s ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(s ?? {}) }), []);
  });
});
