// Unit tests of the docker-compose reader: Kafka services only, map and list environments, Bitnami names, unknowns.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composeObservations, readDockerCompose } from '../../../server/src/service/cluster/readers';

const URI = 'file:///ws/docker-compose.yml';

describe('readDockerCompose', () => {
  it('reads a map environment of a Confluent broker with the line of each variable', () => {
    const text = `services:
  zookeeper:
    image: confluentinc/cp-zookeeper:7.6.0
  kafka:
    image: confluentinc/cp-kafka:7.6.0
    environment:
      KAFKA_BROKER_ID: 1
      KAFKA_MIN_INSYNC_REPLICAS: 2
      KAFKA_DEFAULT_REPLICATION_FACTOR: "3"
      KAFKA_MESSAGE_MAX_BYTES: 2097152
      KAFKA_REPLICA_LAG_TIME_MAX_MS: 30000
`;
    const f = readDockerCompose(URI, text);
    assert.deepEqual(f.minInsyncReplicas, { value: 2, source: 'service kafka (docker-compose.yml line 8)', location: { uri: URI, line: 7 } });
    assert.equal(f.replicationFactor?.value, 3);
    assert.equal(f.messageMaxBytes?.value, 2097152);
    assert.equal(f.replicaLagTimeMaxMs?.value, 30000);
    assert.equal(f.replicaLagTimeMaxMs?.location?.line, 10);
  });

  it('reads a list environment and the Bitnami KAFKA_CFG_ names', () => {
    const text = `version: "3"
services:
  broker:
    image: docker.io/bitnami/kafka:3.7
    environment:
      - KAFKA_CFG_NODE_ID=0
      - KAFKA_CFG_MIN_INSYNC_REPLICAS=1
      - "KAFKA_CFG_DEFAULT_REPLICATION_FACTOR=1"
      - KAFKA_CFG_MESSAGE_MAX_BYTES
      - KAFKA_CFG_REPLICA_LAG_TIME_MAX_MS=\${LAG:-30000}
`;
    const f = readDockerCompose(URI, text, 'dev/docker-compose.yml');
    assert.equal(f.minInsyncReplicas?.value, 1);
    assert.equal(f.minInsyncReplicas?.source, 'service broker (dev/docker-compose.yml line 7)');
    assert.equal(f.replicationFactor?.value, 1);
    assert.equal(f.replicationFactor?.location?.line, 7);
    assert.equal(f.messageMaxBytes, undefined, 'a variable without a value comes from the host');
    assert.equal(f.replicaLagTimeMaxMs, undefined, 'an interpolated value is unknown');
  });

  it('recognises a broker built from a custom image by its broker-only settings', () => {
    const text = `services:\n  k:\n    build: .\n    environment:\n      KAFKA_PROCESS_ROLES: broker,controller\n      KAFKA_MIN_INSYNC_REPLICAS: 2\n`;
    assert.equal(readDockerCompose(URI, text).minInsyncReplicas?.value, 2);
  });

  it('ignores KAFKA_ variables of containers that are not brokers', () => {
    const text = `services:
  app:
    image: my-org/orders-service:1.0
    environment:
      KAFKA_MESSAGE_MAX_BYTES: 100
  ui:
    image: provectuslabs/kafka-ui
    environment:
      KAFKA_MIN_INSYNC_REPLICAS: 1
`;
    assert.deepEqual(readDockerCompose(URI, text), {});
  });

  it('reads every broker of a cluster, one observation each, and combines them', () => {
    const broker = (n: number, isr: number) => `  kafka-${n}:\n    image: apache/kafka:3.8.0\n    environment:\n      KAFKA_NODE_ID: ${n}\n      KAFKA_MIN_INSYNC_REPLICAS: ${isr}\n`;
    const text = `services:\n${broker(1, 2)}${broker(2, 1)}${broker(3, 2)}`;
    assert.equal(composeObservations(URI, text).length, 3);
    const f = readDockerCompose(URI, text);
    assert.equal(f.minInsyncReplicas?.value, 1);
    assert.equal(f.minInsyncReplicas?.source, 'service kafka-2 (docker-compose.yml line 11); lowest of 3 values');
  });

  it('follows an environment shared with an anchor and merge key', () => {
    const text = `x-kafka-env: &kafka-env
  KAFKA_MIN_INSYNC_REPLICAS: 2
  KAFKA_MESSAGE_MAX_BYTES: 5000000
services:
  kafka:
    image: confluentinc/cp-server:7.6.0
    environment:
      <<: *kafka-env
      KAFKA_MESSAGE_MAX_BYTES: 1000000
`;
    const f = readDockerCompose(URI, text);
    assert.equal(f.minInsyncReplicas?.value, 2);
    assert.equal(f.minInsyncReplicas?.location?.line, 1);
    assert.equal(f.messageMaxBytes?.value, 1000000, 'the service\'s own value overrides the merged one');
  });

  it('keeps the weaker value when a service sets both spellings', () => {
    const text = `services:\n  kafka:\n    image: bitnami/kafka\n    environment:\n      KAFKA_CFG_MIN_INSYNC_REPLICAS: 2\n      KAFKA_MIN_INSYNC_REPLICAS: 1\n`;
    assert.equal(readDockerCompose(URI, text).minInsyncReplicas?.value, 1);
  });

  it('never throws on invalid or odd input', () => {
    for (const text of ['services: [', 'services:\n  kafka: 3', 'services:\n  kafka:\n    image: [kafka]\n    environment: 7', 'services: *x', '- a\n- b']) {
      assert.doesNotThrow(() => readDockerCompose(URI, text), JSON.stringify(text));
      assert.deepEqual(readDockerCompose(URI, text), {});
    }
  });
});
