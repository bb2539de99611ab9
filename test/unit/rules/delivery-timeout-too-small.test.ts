// delivery-timeout-too-small: explicit delivery.timeout.ms < linger.ms + request.timeout.ms (version-aware defaults).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'delivery-timeout-too-small';

describe(rule, () => {
  test('30000 fails from 4.0 (linger.ms default 5), fix raises to 30005', () => {
    const text = 'delivery.timeout.ms=30000\n';
    assert.deepEqual(lintRule(rule, text, { clientVersion: '3.9' }), []);
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '30000');
    assert.match(f!.message, /5 \+ 30000 = 30005/);
    assert.equal(applyFix(text, rule), 'delivery.timeout.ms=30005\n');
  });
  test('explicit linger and request timeout are related information', () => {
    const text = 'linger.ms=1000\nrequest.timeout.ms=60000\ndelivery.timeout.ms=60000\n';
    assert.equal(lintRule(rule, text)[0]?.at, '60000');
    assert.equal(applyFix(text, rule), 'linger.ms=1000\nrequest.timeout.ms=60000\ndelivery.timeout.ms=61000\n');
  });
  test('an unset delivery timeout is raised by the client, not reported', () => {
    assert.deepEqual(lintRule(rule, 'request.timeout.ms=200000\n'), []);
  });
});
