// Shared Kafka settings of the orders service (imports no client: linted where it is used).
export const BROKERS = ['kafka-1:9092', 'kafka-2:9092', 'kafka-3:9092'];

export const producerDefaults = {
  idempotent: true,
  // Copied from the Java client's docs: kafkajs needs 1 here for idempotence.
  maxInFlightRequests: 5,
};
