// Unit tests of the Strimzi reader: Kafka and KafkaTopic resources, multi-document files, invalid and unknown values.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readStrimzi, strimziObservations } from '../../../server/src/service/cluster/readers';

const URI = 'file:///ws/k8s/kafka.yaml';

const KAFKA = `apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: my-cluster
spec:
  kafka:
    replicas: 3
    config:
      offsets.topic.replication.factor: 3
      min.insync.replicas: 2
      default.replication.factor: 3
      message.max.bytes: "2097152"
      replica.lag.time.max.ms: 30000
`;

const TOPICS = `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: orders
  labels:
    strimzi.io/cluster: my-cluster
spec:
  partitions: 12
  replicas: 3
  config:
    min.insync.replicas: 2
    max.message.bytes: 1048588
---
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: audit-log-resource
spec:
  topicName: audit.log
  replicas: 2
  config:
    min.insync.replicas: 1
`;

describe('readStrimzi', () => {
  it('reads spec.kafka.config of a Kafka resource with the line of each key', () => {
    const f = readStrimzi(URI, KAFKA, 'k8s/kafka.yaml');
    assert.deepEqual(f.minInsyncReplicas, { value: 2, source: 'Kafka my-cluster (k8s/kafka.yaml line 10)', location: { uri: URI, line: 9 } });
    assert.equal(f.replicationFactor?.value, 3);
    assert.equal(f.replicationFactor?.location?.line, 10);
    assert.equal(f.messageMaxBytes?.value, 2097152, 'quoted numbers are numbers to Kafka');
    assert.equal(f.replicaLagTimeMaxMs?.value, 30000);
    assert.equal(f.replicaLagTimeMaxMs?.location?.line, 12);
  });

  it('reads KafkaTopic spec.replicas and spec.config, one observation per topic of a multi-document file', () => {
    const obs = strimziObservations('file:///ws/k8s/topics.yaml', TOPICS, 'k8s/topics.yaml');
    assert.equal(obs.length, 2);
    assert.deepEqual(obs[0].replicationFactor, { value: 3, source: 'KafkaTopic orders (k8s/topics.yaml line 9)', location: { uri: 'file:///ws/k8s/topics.yaml', line: 8 } });
    assert.equal(obs[0].minInsyncReplicas?.value, 2);
    assert.equal(obs[0].messageMaxBytes?.value, 1048588);
    assert.equal(obs[0].messageMaxBytes?.location?.line, 11);
    // spec.topicName is the topic's name in Kafka.
    assert.equal(obs[1].minInsyncReplicas?.source, 'KafkaTopic audit.log (k8s/topics.yaml line 22)');
    assert.equal(obs[1].replicationFactor?.value, 2);
  });

  it('combines the topics of one file with the weakest values, and says so', () => {
    const f = readStrimzi('file:///ws/k8s/topics.yaml', TOPICS, 'k8s/topics.yaml');
    assert.equal(f.minInsyncReplicas?.value, 1);
    assert.equal(f.minInsyncReplicas?.source, 'KafkaTopic audit.log (k8s/topics.yaml line 22); lowest of 2 values');
    assert.equal(f.replicationFactor?.value, 2);
    assert.equal(f.messageMaxBytes?.source, 'KafkaTopic orders (k8s/topics.yaml line 12)', 'a single candidate carries no note');
  });

  it('reads Kafka and KafkaTopic resources mixed with other kinds in one stream', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  min.insync.replicas: "1"\n---\n${KAFKA}---\n# empty\n---\n${TOPICS}`;
    const obs = strimziObservations(URI, text);
    assert.equal(obs.length, 3);
    assert.equal(readStrimzi(URI, text).minInsyncReplicas?.value, 1);
  });

  it('skips a broken document but reads the others', () => {
    const text = `kind: KafkaTopic\nmetadata:\n  name: bad\nspec:\n  replicas: [1\n---\n${KAFKA}`;
    const obs = strimziObservations(URI, text);
    assert.equal(obs.length, 1);
    assert.equal(obs[0].minInsyncReplicas?.value, 2);
  });

  it('never throws on invalid YAML', () => {
    for (const text of ['kind: Kafka\n  spec: : :\n\t- [', '{{ .Values.kafka }}\nkind: Kafka', ':\n-\n?', '\u0000\uffff', 'kind: Kafka\nspec: *nowhere\n', 'a: &a [*a]\nkind: Kafka\nspec: *a']) {
      assert.doesNotThrow(() => readStrimzi(URI, text), JSON.stringify(text));
      assert.deepEqual(readStrimzi(URI, text), {});
    }
  });

  it('a document with duplicate keys is ambiguous and read as nothing', () => {
    assert.deepEqual(readStrimzi(URI, 'kind: KafkaTopic\nmetadata: {name: t}\nspec:\n  replicas: 3\n  replicas: 1\n'), {});
  });

  it('treats non-numbers as unknown', () => {
    const text = `kind: KafkaTopic
metadata: {name: t}
spec:
  replicas: \${REPLICAS}
  config:
    min.insync.replicas: 2.0
    max.message.bytes: 0x100000
`;
    assert.deepEqual(readStrimzi(URI, text), {});
    assert.deepEqual(readStrimzi(URI, 'kind: KafkaTopic\nspec:\n  replicas: true\n  config:\n    min.insync.replicas: [2]\n'), {});
  });

  it('ignores another operator\'s kind Kafka, but accepts a resource without apiVersion', () => {
    const confluent = KAFKA.replace('kafka.strimzi.io/v1beta2', 'platform.confluent.io/v1beta1');
    assert.deepEqual(readStrimzi(URI, confluent), {});
    assert.equal(readStrimzi(URI, KAFKA.replace(/^apiVersion.*\n/, '')).minInsyncReplicas?.value, 2);
  });

  it('only reads the documented places (not broker keys on a topic, not topic keys on the broker)', () => {
    const text = `kind: KafkaTopic\nmetadata: {name: t}\nspec:\n  config:\n    message.max.bytes: 100\n    default.replication.factor: 1\n---\nkind: Kafka\nmetadata: {name: c}\nspec:\n  kafka:\n    config:\n      max.message.bytes: 100\n`;
    assert.deepEqual(readStrimzi(URI, text), {});
  });

  it('follows anchors and merge keys', () => {
    const text = `kind: Kafka
metadata: {name: c}
x-defaults: &defaults
  min.insync.replicas: 2
spec:
  kafka:
    config:
      <<: *defaults
      message.max.bytes: 1000000
`;
    const f = readStrimzi(URI, text);
    assert.equal(f.minInsyncReplicas?.value, 2);
    assert.equal(f.minInsyncReplicas?.location?.line, 3, 'the line where the value is written');
    assert.equal(f.messageMaxBytes?.value, 1000000);
  });
});
