// Unit tests of the broker server.properties reader: keys, lines, Java's last-wins, unknown values.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readServerProperties } from '../../../server/src/service/cluster/readers';

const URI = 'file:///ws/config/server.properties';

describe('readServerProperties', () => {
  it('reads the four broker keys with their 0-based lines and a 1-based line in the source', () => {
    const text = [
      '# broker',
      'broker.id=0',
      'min.insync.replicas=2',
      'default.replication.factor = 3',
      'message.max.bytes: 2097152',
      'replica.lag.time.max.ms 45000',
      'offsets.topic.replication.factor=1',
    ].join('\n');
    const f = readServerProperties(URI, text, 'config/server.properties');
    assert.deepEqual(f.minInsyncReplicas, { value: 2, source: 'config/server.properties line 3', location: { uri: URI, line: 2 } });
    assert.equal(f.replicationFactor?.value, 3);
    assert.equal(f.replicationFactor?.location?.line, 3);
    assert.equal(f.messageMaxBytes?.value, 2097152);
    assert.equal(f.replicaLagTimeMaxMs?.value, 45000);
    assert.equal(f.replicaLagTimeMaxMs?.source, 'config/server.properties line 6');
  });

  it('names the file by its last URI segment when no name is given', () => {
    assert.equal(readServerProperties('file:///ws/my%20broker/server.properties', 'min.insync.replicas=1').minInsyncReplicas?.source, 'server.properties line 1');
  });

  it('keeps the last duplicate, as java.util.Properties does, and trims trailing blanks', () => {
    const f = readServerProperties(URI, 'min.insync.replicas=1\nmin.insync.replicas=2   \n');
    assert.equal(f.minInsyncReplicas?.value, 2);
    assert.equal(f.minInsyncReplicas?.location?.line, 1);
  });

  it('a later value that is not a number makes the fact unknown', () => {
    assert.deepEqual(readServerProperties(URI, 'min.insync.replicas=2\nmin.insync.replicas=${MIN_ISR}\n'), {});
  });

  it('gives no fact for values that are not plain positive numbers', () => {
    for (const v of ['${MIN_ISR}', '2.0', '0x2', '0', '-1', '', 'two', '2 # two']) {
      assert.deepEqual(readServerProperties(URI, `min.insync.replicas=${v}`), {}, v);
    }
  });

  it('joins continuation lines like Java and reports the first line', () => {
    const f = readServerProperties(URI, '\nmessage.max.bytes=10\\\n  48576\n');
    assert.equal(f.messageMaxBytes?.value, 1048576);
    assert.equal(f.messageMaxBytes?.location?.line, 1);
  });

  it('reads nothing from a file without broker keys', () => {
    assert.deepEqual(readServerProperties(URI, 'acks=all\nlinger.ms=5\n'), {});
    assert.deepEqual(readServerProperties(URI, ''), {});
  });
});
