// deprecated-key: deprecated keys and values that a later version removes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, lintRule } from '../../helpers/lint';

const rule = 'deprecated-key';
const P = 'partitioner.class=org.apache.kafka.clients.producer.UniformStickyPartitioner\n';

describe(rule, () => {
  test('deprecated partitioner classes in 3.3–3.9', () => {
    assert.deepEqual(lintRule(rule, P, { clientVersion: '3.2' }), []);
    assert.equal(lintRule(rule, P, { clientVersion: '3.3' })[0]?.at, 'org.apache.kafka.clients.producer.UniformStickyPartitioner');
    assert.equal(applyFix(`acks=all\n${P}`, rule, undefined, { clientVersion: '3.9' }), 'acks=all\n');
    assert.equal(applyFix(`${P}acks=all\n${P}`, rule, undefined, { clientVersion: '3.9' }), 'acks=all\n', 'every line of it');
    // From 4.0 the class is gone: invalid-value reports it instead.
    assert.deepEqual(lintRule(rule, P, { clientVersion: '4.0' }), []);
  });
  test('auto.include.jmx.reporter is deprecated from 3.4', () => {
    assert.equal(lintRule(rule, 'auto.include.jmx.reporter=true\n', { clientVersion: '3.4' }).length, 1);
  });
  test('client.dns.lookup=default in 2.8 → use_all_dns_ips', () => {
    assert.equal(applyFix('client.dns.lookup=default\n', rule, undefined, { clientVersion: '2.8' }), 'client.dns.lookup=use_all_dns_ips\n');
  });
});
