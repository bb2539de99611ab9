// Keys the producer passes on to plugins (serializers, config providers) rather than reading itself.
import type { EffectiveConfig } from '../effective/types';

// Confluent Schema Registry serializers (io.confluent.kafka.serializers.AbstractKafkaSchemaSerDeConfig and friends)
// receive every producer property; these are the names and prefixes they read.
const PASS_THROUGH_KEYS = new Set([
  'schema.registry.url',
  'auto.register.schemas',
  'use.latest.version',
  'latest.compatibility.strict',
  'key.subject.name.strategy',
  'value.subject.name.strategy',
  'max.schemas.per.subject',
  'normalize.schemas',
  'use.schema.id',
  'id.compatibility.strict',
  'context.name.strategy',
  'latest.cache.ttl.sec',
  'latest.cache.size',
  'proxy.host',
  'proxy.port',
]);
// Spring Kafka's JsonSerializer reads `spring.json.*` from the producer configuration (JsonSerializer.ADD_TYPE_INFO_HEADERS,
// TYPE_MAPPINGS), typically written under spring.kafka.producer.properties.
const PASS_THROUGH_PREFIXES = ['schema.registry.', 'basic.auth.', 'bearer.auth.', 'avro.', 'json.', 'protobuf.', 'config.providers.', 'spring.json.'];

export function isPassThroughKey(key: string): boolean {
  return PASS_THROUGH_KEYS.has(key) || PASS_THROUGH_PREFIXES.some((p) => key.startsWith(p));
}

const PLUGIN_KEYS = ['key.serializer', 'value.serializer', 'partitioner.class', 'interceptor.classes', 'metric.reporters'];

/** Whether the configuration loads a class outside Apache Kafka, which may read keys of its own. */
export function hasPluginClasses(effective: EffectiveConfig): boolean {
  return PLUGIN_KEYS.some((k) => {
    const v = effective.get(k);
    if (v.source !== 'explicit') return false;
    const names = Array.isArray(v.value) ? v.value : typeof v.value === 'string' ? [v.value] : [];
    return names.some((n) => n !== '' && !n.startsWith('org.apache.kafka.'));
  });
}
