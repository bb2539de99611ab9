// compression-disabled: compression.type=none — written: information on the value; absent: hint on the first key.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, fixAll, lintRule } from '../../helpers/lint';

const rule = 'compression-disabled';

describe(rule, () => {
  test('written none: information on the value, fix sets lz4 (not by fix all)', () => {
    const text = 'compression.type=none\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, 'none');
    assert.equal(f?.severity, 'information');
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'compression.type=lz4\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.match(fixAll(text), /compression\.type=none/);
  });
  test('absent: hint on the first key, fix adds the key, in every version', () => {
    for (const v of ['2.8', '3.9', '4.3']) {
      const [f] = lintRule(rule, 'acks=all\n', { clientVersion: v });
      assert.equal(f?.at, 'acks', v);
      assert.equal(f?.severity, 'hint', v);
    }
    assert.equal(applyFix('acks=all\n', rule), 'acks=all\ncompression.type=lz4\n');
  });
  test('compressed, invalid or empty values are not reported', () => {
    for (const t of ['compression.type=lz4\n', 'compression.type=zstd\n', 'compression.type=GZIP\n', 'compression.type=\n']) {
      assert.deepEqual(lintRule(rule, t), [], t);
    }
  });
  test('severity setting overrides both findings', () => {
    assert.equal(lintRule(rule, 'acks=all\n', { rules: { [rule]: 'warning' } })[0]?.severity, 'warning');
    assert.deepEqual(lintRule(rule, 'acks=all\n', { rules: { [rule]: 'off' } }), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(settings ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(settings ?? {}) }), []);
  });
});
