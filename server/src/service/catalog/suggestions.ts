// Values worth offering in completion for keys whose valid values are not an enum (sizes, timeouts, classes).

/**
 * Common, sensible values per key (our recommendations; the catalog has the facts). Looked up with keys as written in
 * code, so without a prototype: `toString` or `constructor` is no key here.
 */
export const SUGGESTED_VALUES: Readonly<Record<string, readonly string[]>> = Object.assign(Object.create(null) as Record<string, readonly string[]>, {
  'linger.ms': ['0', '5', '10', '20', '50', '100'],
  'batch.size': ['16384', '32768', '65536', '131072', '262144'],
  'buffer.memory': ['33554432', '67108864', '134217728'],
  'max.request.size': ['1048576', '2097152', '5242880'],
  'delivery.timeout.ms': ['120000', '300000', '600000'],
  'request.timeout.ms': ['30000', '60000'],
  'max.block.ms': ['60000', '10000', '5000'],
  'retries': ['2147483647', '10', '0'],
  'max.in.flight.requests.per.connection': ['5', '1'],
  'retry.backoff.ms': ['100', '500', '1000'],
  'retry.backoff.max.ms': ['1000', '5000', '10000'],
  'transaction.timeout.ms': ['60000', '300000', '900000'],
  'compression.gzip.level': ['-1', '1', '6', '9'],
  'compression.lz4.level': ['1', '9', '17'],
  'compression.zstd.level': ['1', '3', '9'],
  'sasl.mechanism': ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512', 'OAUTHBEARER', 'GSSAPI'],
  'bootstrap.servers': ['localhost:9092'],
  'key.serializer': SERIALIZERS(),
  'value.serializer': SERIALIZERS(),
  'partitioner.class': ['org.apache.kafka.clients.producer.RoundRobinPartitioner'],
  'transactional.id': ['${HOSTNAME}-tx'],
});

function SERIALIZERS(): string[] {
  return ['String', 'ByteArray', 'Integer', 'Long', 'Double', 'Bytes', 'ByteBuffer', 'UUID'].map(
    (s) => `org.apache.kafka.common.serialization.${s}Serializer`,
  );
}
