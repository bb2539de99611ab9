// Publishes order events with kafkajs. Lint it: node dist/cli.js examples
import { Kafka, CompressionTypes, Partitioners, logLevel } from 'kafkajs';
import { BROKERS, producerDefaults } from './kafka.config';

const kafka = new Kafka({
  clientId: 'orders-service',
  brokers: BROKERS,
  logLevel: logLevel.WARN,
  retry: {
    initialRetryTime: 300,
    // "retry 10 times" — but maxRetryTime is the longest pause in milliseconds.
    maxRetryTime: 10,
  },
});

export const producer = kafka.producer({
  ...producerDefaults,
  createPartitioner: Partitioners.DefaultPartitioner,
  allowAutoTopicCreation: false,
});

export interface OrderEvent {
  readonly orderId: string;
  readonly status: 'created' | 'paid' | 'shipped';
}

export async function publish(event: OrderEvent): Promise<void> {
  await producer.send({
    topic: 'orders',
    // Faster acknowledgements, we thought — but the producer is idempotent.
    acks: 1,
    compression: CompressionTypes.LZ4,
    messages: [{ key: event.orderId, value: JSON.stringify(event) }],
  });
}
