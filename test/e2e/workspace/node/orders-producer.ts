// kafkajs producer for the editor suite: an idempotent producer whose send asks for acks: 1.
import { Kafka } from 'kafkajs';

const kafka = new Kafka({ clientId: 'orders', brokers: ['localhost:9092'] });

export const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });

export async function publish(orderId: string): Promise<void> {
  await producer.send({ topic: 'orders', acks: 1, messages: [{ key: orderId, value: orderId }] });
}
