// duplicate-key: earlier occurrences are reported (they are ignored); the fix removes them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'duplicate-key';

describe(rule, () => {
  test('reports every occurrence but the last', () => {
    const text = 'acks=all\nlinger.ms=5\nacks=1\nacks=0\n';
    const f = lintRule(rule, text);
    assert.deepEqual(f.map((x) => [x.at, x.line]), [['acks', 0], ['acks', 2]]);
    assert.match(f[0]!.message, /line 4/);
  });
  test('the fix removes the ignored line and nothing else', () => {
    assert.equal(applyFix('# top\nacks=all\n# keep me\nacks=1\n', rule), '# top\n# keep me\nacks=1\n');
  });
  test('escaped keys are compared decoded', () => {
    assert.equal(lintRule(rule, 'linger\\u002ems=1\nlinger.ms=2\n').length, 1);
  });
  test('no duplicates, no finding', () => {
    assert.deepEqual(lintRule(rule, 'acks=all\nlinger.ms=5\n'), []);
  });
});
