// Spring Boot's `spring.kafka.*` properties that reach the producer: the Kafka key each becomes, Spring's defaults, precedence.
//
// Source: Spring Boot 4.1.1, module/spring-boot-kafka/src/main/java/org/springframework/boot/kafka/autoconfigure/
// KafkaProperties.java (class Producer, buildCommonProperties, buildProducerProperties, Ssl/Security.buildProperties,
// Properties.with) and KafkaAutoConfiguration.java (kafkaProducerFactory, applyKafkaConnectionDetailsForProducer,
// applySecurityProtocol), with PropertiesKafkaConnectionDetails.getProducer. Spring Boot 3.5.16 has the same producer
// properties and merge order (spring-boot-project/spring-boot-autoconfigure/.../autoconfigure/kafka/, same classes).

/** How Spring converts the written text before the Kafka client sees it. */
export type SpringValueKind =
  /** Passed on as written (`String`). */
  | 'string'
  /** `DataSize` (`16KB`, `1MB`, plain bytes), passed on as a number of bytes. */
  | 'dataSize'
  /** `Integer`. */
  | 'integer'
  /** `List<String>`: comma-separated or a YAML list. */
  | 'list'
  /** `Class<?>`: a fully qualified class name. */
  | 'class'
  /** A file `Resource`, passed on as an absolute path. */
  | 'resource';

/**
 * Where a value enters the producer's map, lowest first: `buildCommonProperties` (global first-class keys, then
 * `spring.kafka.properties`), then `Producer.buildProperties` (first-class keys, then producer ssl/security, then
 * `spring.kafka.producer.properties`), then `applyKafkaConnectionDetailsForProducer`, which writes
 * `bootstrap.servers` (Spring Boot 3.1+) and `security.protocol` (3.5+) last.
 */
export const SPRING_LEVEL = {
  global: 0,
  globalProperties: 1,
  producer: 2,
  producerSslSecurity: 3,
  producerProperties: 4,
  connectionGlobal: 5,
  connectionProducer: 6,
} as const;
export type SpringLevel = (typeof SPRING_LEVEL)[keyof typeof SPRING_LEVEL];

export interface SpringKafkaProperty {
  /** The property in Spring's canonical (kebab-case) form, e.g. `spring.kafka.producer.batch-size`. */
  readonly name: string;
  /** The Kafka producer key it sets; `transactional.id` for the transaction-id prefix (see `viaFactory`). */
  readonly kafkaKey: string;
  readonly kind: SpringValueKind;
  readonly level: SpringLevel;
  /** What Spring passes when the property is not set anywhere (only where Spring sets a value itself). */
  readonly springDefault?: string;
  /** Set on the `DefaultKafkaProducerFactory` rather than in the config map. */
  readonly viaFactory?: true;
  /** What Spring does with it, in our words, for hover. */
  readonly note?: string;
}

const KP = 'KafkaProperties.java';
export const SPRING_SOURCES = {
  properties: `Spring Boot 4.1.1 ${KP}`,
  autoConfiguration: 'Spring Boot 4.1.1 KafkaAutoConfiguration.java',
  producerFactory: 'Spring for Apache Kafka 4.1.1 DefaultKafkaProducerFactory.java (setTransactionIdPrefix, enableIdempotentBehaviour)',
  relaxedBinding: 'Spring Boot reference, "Relaxed Binding" and "Binding Maps" (external-config.adoc)',
} as const;

const SSL_FIELDS: ReadonlyArray<readonly [string, string, SpringValueKind]> = [
  ['key-password', 'ssl.key.password', 'string'],
  ['key-store-certificate-chain', 'ssl.keystore.certificate.chain', 'string'],
  ['key-store-key', 'ssl.keystore.key', 'string'],
  ['key-store-location', 'ssl.keystore.location', 'resource'],
  ['key-store-password', 'ssl.keystore.password', 'string'],
  ['key-store-type', 'ssl.keystore.type', 'string'],
  ['trust-store-certificates', 'ssl.truststore.certificates', 'string'],
  ['trust-store-location', 'ssl.truststore.location', 'resource'],
  ['trust-store-password', 'ssl.truststore.password', 'string'],
  ['trust-store-type', 'ssl.truststore.type', 'string'],
  ['protocol', 'ssl.protocol', 'string'],
];

function sslProperties(prefix: string, level: SpringLevel): SpringKafkaProperty[] {
  return SSL_FIELDS.map(([field, kafkaKey, kind]) => ({ name: `${prefix}.ssl.${field}`, kafkaKey, kind, level }));
}

/** Every first-class property that ends up in the producer's configuration. */
export const SPRING_KAFKA_PROPERTIES: readonly SpringKafkaProperty[] = [
  // Producer-specific first-class properties (KafkaProperties.Producer.buildProperties).
  { name: 'spring.kafka.producer.acks', kafkaKey: 'acks', kind: 'string', level: SPRING_LEVEL.producer },
  { name: 'spring.kafka.producer.batch-size', kafkaKey: 'batch.size', kind: 'dataSize', level: SPRING_LEVEL.producer, note: 'A data size (`16KB`, `1MB` or bytes); Spring passes the number of bytes.' },
  {
    name: 'spring.kafka.producer.bootstrap-servers',
    kafkaKey: 'bootstrap.servers',
    kind: 'list',
    level: SPRING_LEVEL.connectionProducer,
    note: 'Overrides `spring.kafka.bootstrap-servers` for producers. Spring Boot 3.1+ writes it after every `properties` map, so `bootstrap.servers` in a `properties` map is ignored.',
  },
  { name: 'spring.kafka.producer.buffer-memory', kafkaKey: 'buffer.memory', kind: 'dataSize', level: SPRING_LEVEL.producer, note: 'A data size (`32MB` or bytes); Spring passes the number of bytes.' },
  { name: 'spring.kafka.producer.client-id', kafkaKey: 'client.id', kind: 'string', level: SPRING_LEVEL.producer },
  { name: 'spring.kafka.producer.compression-type', kafkaKey: 'compression.type', kind: 'string', level: SPRING_LEVEL.producer },
  {
    name: 'spring.kafka.producer.key-serializer',
    kafkaKey: 'key.serializer',
    kind: 'class',
    level: SPRING_LEVEL.producer,
    springDefault: 'org.apache.kafka.common.serialization.StringSerializer',
  },
  {
    name: 'spring.kafka.producer.value-serializer',
    kafkaKey: 'value.serializer',
    kind: 'class',
    level: SPRING_LEVEL.producer,
    springDefault: 'org.apache.kafka.common.serialization.StringSerializer',
  },
  { name: 'spring.kafka.producer.retries', kafkaKey: 'retries', kind: 'integer', level: SPRING_LEVEL.producer },
  {
    name: 'spring.kafka.producer.transaction-id-prefix',
    kafkaKey: 'transactional.id',
    kind: 'string',
    level: SPRING_LEVEL.producer,
    viaFactory: true,
    note:
      'Spring passes it to `DefaultKafkaProducerFactory.setTransactionIdPrefix`: every producer gets `transactional.id` = prefix + a suffix, ' +
      'and `enable.idempotence=true` is added unless the configuration sets it.',
  },
  {
    name: 'spring.kafka.producer.security.protocol',
    kafkaKey: 'security.protocol',
    kind: 'string',
    level: SPRING_LEVEL.connectionProducer,
    note: 'Spring Boot 3.5+ writes it after every `properties` map, so `security.protocol` in a `properties` map is ignored when this is set.',
  },
  ...sslProperties('spring.kafka.producer', SPRING_LEVEL.producerSslSecurity),
  // Properties common to every client (KafkaProperties.buildCommonProperties), overridden by the producer's own.
  {
    name: 'spring.kafka.bootstrap-servers',
    kafkaKey: 'bootstrap.servers',
    kind: 'list',
    level: SPRING_LEVEL.connectionGlobal,
    springDefault: 'localhost:9092',
    note: 'Used by every client unless `spring.kafka.producer.bootstrap-servers` is set. Spring Boot 3.1+ writes it after every `properties` map.',
  },
  { name: 'spring.kafka.client-id', kafkaKey: 'client.id', kind: 'string', level: SPRING_LEVEL.global },
  {
    name: 'spring.kafka.security.protocol',
    kafkaKey: 'security.protocol',
    kind: 'string',
    level: SPRING_LEVEL.connectionGlobal,
    note: 'Used by every client unless the client sets its own. Spring Boot 3.5+ writes it after every `properties` map.',
  },
  ...sslProperties('spring.kafka', SPRING_LEVEL.global),
];

/** The Kafka keys Spring always sets for the producer even when no property names them, with the value. */
export const SPRING_PRODUCER_DEFAULTS: Readonly<Record<string, string>> = {
  'bootstrap.servers': 'localhost:9092',
  'key.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
  'value.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
};

/** Names of the maps passed through to the client unchanged. */
export const SPRING_PASS_THROUGH = {
  producer: 'spring.kafka.producer.properties',
  global: 'spring.kafka.properties',
} as const;

const BY_NAME = new Map(SPRING_KAFKA_PROPERTIES.map((p) => [p.name, p]));

export function springProperty(canonicalName: string): SpringKafkaProperty | undefined {
  return BY_NAME.get(canonicalName);
}

/** The producer-specific first-class property for a Kafka key, if Spring has one (the printer prefers it). */
export function producerPropertyFor(kafkaKey: string): SpringKafkaProperty | undefined {
  return SPRING_KAFKA_PROPERTIES.find(
    (p) => p.kafkaKey === kafkaKey && p.name.startsWith('spring.kafka.producer.') && !p.viaFactory && !p.name.includes('.ssl.'),
  );
}
