// misplaced-key: consumer, topic, broker and other-client keys; renames to the Java equivalent.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'misplaced-key';
const B = 'bootstrap.servers=localhost:9092\n';

describe(rule, () => {
  test('consumer and topic keys', () => {
    const f = lintRule(rule, `${B}group.id=orders\nmin.insync.replicas=2\nauto.offset.reset=earliest\n`);
    assert.deepEqual(f.map((x) => x.at), ['group.id', 'min.insync.replicas', 'auto.offset.reset']);
    assert.match(f[0]!.message, /consumer setting/);
    assert.match(f[1]!.message, /topic setting|broker setting/);
  });
  test('librdkafka and kafkajs names are renamed to the Java key', () => {
    assert.equal(applyFix(`${B}queue.buffering.max.ms=20\n`, rule), `${B}linger.ms=20\n`);
    assert.equal(applyFix(`${B}idempotent=true\n`, rule), `${B}enable.idempotence=true\n`);
  });
  test('no rename when the Java key is already set; removal is offered', () => {
    const text = `${B}linger.ms=5\nqueue.buffering.max.ms=20\n`;
    assert.equal(applyFix(text, rule, 'Remove'), `${B}linger.ms=5\n`);
  });
  test('producer keys shared with brokers are never misplaced', () => {
    assert.deepEqual(lintRule(rule, `${B}compression.type=lz4\nretries=3\nacks=all\nclient.id=x\n`), []);
  });
});
