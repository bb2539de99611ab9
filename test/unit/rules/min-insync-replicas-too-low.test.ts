// min-insync-replicas-too-low: acks=all against min.insync.replicas=1 or fewer than 3 replicas (cluster facts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { diagnosticsWith, lintRule, quickFixes, settings } from '../../helpers/lint';

const rule = 'min-insync-replicas-too-low';
const min1 = { cluster: { minInsyncReplicas: 1 } };

describe(rule, () => {
  test('acks=all with min.insync.replicas=1 (from a setting): warning on the acks value naming the source', () => {
    const [f] = lintRule(rule, 'acks=all\n', min1);
    assert.equal(f?.at, 'all');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /`min\.insync\.replicas` is 1 \(setting kafkaProducer\.cluster\.minInsyncReplicas\)/);
    assert.deepEqual(quickFixes('acks=all\n', rule, min1), []);
  });
  test('default acks=all (3.0+) is reported on the first key; 2.8 default acks=1 is not', () => {
    assert.equal(lintRule(rule, 'linger.ms=5\n', min1)[0]?.at, 'linger.ms');
    assert.deepEqual(lintRule(rule, 'linger.ms=5\n', { ...min1, clientVersion: '2.8' }), []);
    // 2.8 with explicit idempotence: the client raises acks to all.
    assert.equal(lintRule(rule, 'enable.idempotence=true\n', { ...min1, clientVersion: '2.8' }).length, 1);
  });
  test('replication factor below 3, alone or with a min ISR above it', () => {
    const [two] = lintRule(rule, 'acks=all\n', { cluster: { replicationFactor: 2, minInsyncReplicas: 2 } });
    assert.match(two!.message, /replication factor is 2/);
    const [one] = lintRule(rule, 'acks=-1\n', { cluster: { replicationFactor: 1, minInsyncReplicas: 2 } });
    assert.equal(one?.at, '-1');
    assert.match(one!.message, /no second copy/);
    assert.match(one!.message, /cap at 1/);
  });
  test('both facts weak: one finding mentioning both', () => {
    const f = lintRule(rule, 'acks=all\n', { cluster: { replicationFactor: 2, minInsyncReplicas: 1 } });
    assert.equal(f.length, 1);
    assert.match(f[0]!.message, /min\.insync\.replicas` is 1.*replication factor is 2/);
  });
  test('silent with healthy or unknown facts, or without acks=all', () => {
    assert.deepEqual(lintRule(rule, 'acks=all\n'), []);
    assert.deepEqual(lintRule(rule, 'acks=all\n', { cluster: { minInsyncReplicas: 2, replicationFactor: 3 } }), []);
    assert.deepEqual(lintRule(rule, 'acks=all\n', { cluster: { minInsyncReplicas: 2 } }), []);
    assert.deepEqual(lintRule(rule, 'acks=all\n', { cluster: { replicationFactor: 3 } }), []);
    assert.deepEqual(lintRule(rule, 'acks=1\n', min1), []);
    assert.deepEqual(lintRule(rule, 'acks=0\n', min1), []);
    assert.deepEqual(lintRule(rule, 'acks=ALL\n', min1), []);
  });
  test('a fact from a workspace file: the message names it and related information links to its line', () => {
    const s = {
      ...settings(),
      cluster: {
        minInsyncReplicas: { value: 1, source: 'server.properties line 12', location: { uri: 'file:///w/server.properties', line: 11 } },
        replicationFactor: { value: 3, source: 'server.properties line 13', location: { uri: 'file:///w/server.properties', line: 12 } },
      },
    };
    const d = diagnosticsWith('acks=all\n', s).find((x) => x.code === rule);
    assert.match(d!.message, /\(server\.properties line 12\)/);
    assert.equal(d?.relatedInformation?.length, 1);
    assert.equal(d?.relatedInformation?.[0]?.location.uri, 'file:///w/server.properties');
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 11);
  });
  test('docs examples behave as labelled (with the documented settings)', () => {
    const { examples, settings: s } = ruleById(rule)!.meta.docs;
    assert.deepEqual(s, min1);
    assert.ok(lintRule(rule, examples.invalid, { ...(s ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(s ?? {}) }), []);
  });
});
