// sasl-mechanism-missing: a SASL protocol with an empty mechanism.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'sasl-mechanism-missing';

describe(rule, () => {
  test('empty mechanism with SASL_SSL (any case)', () => {
    const text = 'security.protocol=sasl_ssl\nsasl.mechanism=\n';
    assert.equal(lintRule(rule, text)[0]?.at, 'sasl.mechanism');
    assert.equal(applyFix(text, rule, 'SCRAM-SHA-256'), 'security.protocol=sasl_ssl\nsasl.mechanism=SCRAM-SHA-256\n');
  });
  test('no SASL, or a mechanism, or the GSSAPI default: silent', () => {
    assert.deepEqual(lintRule(rule, 'security.protocol=SSL\nsasl.mechanism=\n'), []);
    assert.deepEqual(lintRule(rule, 'security.protocol=SASL_PLAINTEXT\n'), []);
    assert.deepEqual(lintRule(rule, 'security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n'), []);
  });
});
