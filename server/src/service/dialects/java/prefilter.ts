// The cheap textual test that decides, before the Java parser is loaded, whether a .java file can hold producer config.

// A producer config names one of these: Kafka's config classes or packages, the producer, or Spring's factory.
const MARKERS = ['ProducerConfig', 'KafkaProducer', 'DefaultKafkaProducerFactory', 'org.apache.kafka', 'SenderOptions'];

/** Whether the text may configure a Kafka producer (comments and strings may give false hits; parsing decides). */
export function mayHoldProducerConfig(text: string): boolean {
  return MARKERS.some((m) => text.includes(m));
}
