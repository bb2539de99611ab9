// Unit tests of the reader entry point: which file names are cluster files, pre-checks, and dispatch by kind.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clusterFileKind, mayHoldStrimzi, readClusterFile } from '../../../server/src/service/cluster/readers';

describe('clusterFileKind', () => {
  it('classifies by name', () => {
    const cases: [string, string | undefined][] = [
      ['server.properties', 'broker-properties'],
      ['kraft-server.properties', 'broker-properties'],
      ['server-1.properties', 'broker-properties'],
      ['broker.properties', 'broker-properties'],
      ['broker-2.properties', 'broker-properties'],
      ['producer.properties', undefined],
      ['application.properties', undefined],
      ['docker-compose.yml', 'compose'],
      ['docker-compose.kafka.yaml', 'compose'],
      ['compose.yaml', 'compose'],
      ['compose.override.yml', 'compose'],
      ['topics.yaml', 'yaml'],
      ['kafka.yml', 'yaml'],
      ['values.json', undefined],
      ['server.properties.bak', undefined],
    ];
    for (const [name, kind] of cases) assert.equal(clusterFileKind(name), kind, name);
  });
});

describe('mayHoldStrimzi', () => {
  it('looks for kind: Kafka or KafkaTopic on a line of its own', () => {
    assert.ok(mayHoldStrimzi('apiVersion: x\nkind: Kafka\n'));
    assert.ok(mayHoldStrimzi('  kind: "KafkaTopic"  # topic\n'));
    assert.ok(!mayHoldStrimzi('kind: KafkaConnect\n'));
    assert.ok(!mayHoldStrimzi('kind: KafkaUser\nkind: Deployment'));
    assert.ok(!mayHoldStrimzi('# kind: Kafka\n'));
  });
});

describe('readClusterFile', () => {
  const topic = 'kind: KafkaTopic\nmetadata: {name: t}\nspec:\n  replicas: 2\n';
  it('reads broker properties, Strimzi YAML and compose files', () => {
    assert.equal(readClusterFile('file:///ws/server.properties', 'min.insync.replicas=1')[0]?.minInsyncReplicas?.value, 1);
    assert.equal(readClusterFile('file:///ws/k8s/t.yaml', topic, 'k8s/t.yaml')[0]?.replicationFactor?.source, 'KafkaTopic t (k8s/t.yaml line 4)');
    const compose = 'services:\n  kafka:\n    image: apache/kafka\n    environment: [KAFKA_MIN_INSYNC_REPLICAS=2]\n';
    assert.equal(readClusterFile('file:///ws/compose.yaml', compose)[0]?.minInsyncReplicas?.value, 2);
  });

  it('reads nothing from files of other kinds, or compose content in a file not named like one', () => {
    assert.deepEqual(readClusterFile('file:///ws/producer.properties', 'min.insync.replicas=1'), []);
    assert.deepEqual(readClusterFile('file:///ws/stack.yaml', 'services:\n  kafka:\n    image: apache/kafka\n    environment: [KAFKA_MIN_INSYNC_REPLICAS=2]\n'), []);
    assert.deepEqual(readClusterFile('file:///ws/server.properties', ''), []);
  });

  it('never throws, whatever the text', () => {
    const texts = ['', '\u0000', 'kind: Kafka\n' + '['.repeat(10_000), 'kind: Kafka\n' + 'a: &a\n'.repeat(100), `kind: KafkaTopic\n${'- '.repeat(5000)}x`];
    for (const t of texts) for (const name of ['server.properties', 'x.yaml', 'docker-compose.yml']) {
      assert.doesNotThrow(() => readClusterFile(`file:///ws/${name}`, t));
    }
  });
});
