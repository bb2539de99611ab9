// missing-required: warnings (code may complete the file) for bootstrap.servers and the serializers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'missing-required';

describe(rule, () => {
  test('each missing key is a warning on the first key', () => {
    const f = lintRule(rule, '# cfg\nacks=all\n');
    assert.deepEqual(f.map((x) => x.severity), ['warning', 'warning', 'warning']);
    assert.equal(f[0]!.at, 'acks');
  });
  test('add-all fix appends the placeholders', () => {
    assert.equal(
      applyFix('acks=all\n', rule, 'Add all'),
      'acks=all\nbootstrap.servers=localhost:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nvalue.serializer=org.apache.kafka.common.serialization.StringSerializer\n',
    );
  });
  test('complete file is silent', () => {
    assert.deepEqual(
      lintRule(rule, 'bootstrap.servers=a:1\nkey.serializer=a.B\nvalue.serializer=a.B\n'),
      [],
    );
  });
});
