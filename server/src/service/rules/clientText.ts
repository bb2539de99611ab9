// Client names and failure wording shared by the rules that run on code clients (kafkajs, confluent, librdkafka).
import { confluentKafkajsPathFor, kafkajsOptionForKey } from '../catalog/kafkajsCatalog';
import { librdkafkaSpelling } from '../catalog/librdkafkaCatalog';
import type { ConstructionConflict } from '../effective/types';
import type { ClientId, ConfigEntry, ConfigScope } from '../model/configDocument';
import type { PrintableValue } from '../model/fixIntent';

/** How messages name each client. */
export const CLIENT_NAME: Record<ClientId, string> = {
  java: 'the Java producer',
  librdkafka: 'librdkafka',
  kafkajs: 'kafkajs',
  'confluent-kafkajs': 'confluent-kafka-javascript',
};

/** The clients configured in code. */
export const CODE_CLIENTS: readonly ClientId[] = ['kafkajs', 'confluent-kafkajs', 'librdkafka'];

export const isCodeClient = (c: ClientId): boolean => c !== 'java';

/** "`new KafkaProducer` throws" for Java, the client's own failure otherwise. */
export function failureOf(c: ConstructionConflict): string {
  return c.failure ?? '`new KafkaProducer` throws';
}

/** The key as the user wrote it (`idempotent`, `'queue.buffering.max.ms'`), for messages about code. */
export function written(entry: ConfigEntry | undefined, key: string): string {
  return `\`${entry?.rawKey ?? key}\``;
}

/** How a code client spells a model key in a scope (`max.in.flight.requests.per.connection` → `maxInFlightRequests`). */
export function clientKey(scope: ConfigScope, key: string): string {
  const written = scope.entries.filter((e) => e.key === key);
  if (written.length > 0) return written[written.length - 1]!.rawKey;
  if (scope.client === 'kafkajs') {
    const place = scope.role === 'client' ? 'client' : scope.role === 'producer' ? 'producer' : 'send';
    return kafkajsOptionForKey(key, place)?.path ?? kafkajsOptionForKey(key, 'send')?.path ?? key;
  }
  if (scope.client === 'confluent-kafkajs' && scope.entries.some((e) => e.rawKey.startsWith('kafkaJS.'))) {
    const p = confluentKafkajsPathFor(key);
    if (p) return `kafkaJS.${p}`;
  }
  return librdkafkaSpelling(key) ?? key;
}

/** A value as a code client writes it, for fix titles (`acks: -1`, `true`, `'lz4'`). */
export function clientValue(scope: ConfigScope, key: string, value: PrintableValue): string {
  if (key === 'acks') return value === 'all' ? '-1' : String(value);
  if (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value) && value !== 'true' && value !== 'false') {
    if (key === 'compression.type' && scope.client === 'kafkajs') return `CompressionTypes.${{ none: 'None', gzip: 'GZIP', snappy: 'Snappy', lz4: 'LZ4', zstd: 'ZSTD' }[value] ?? value}`;
    return `'${value}'`;
  }
  return String(value);
}

/** A setting as the user wrote it, for messages: `` `acks=0` `` in a properties file, `` `acks: 0` `` in code. */
export function setting(scope: ConfigScope, entry: ConfigEntry | undefined, key: string, value: string | number | boolean): string {
  return scope.client === 'java' ? `\`${key}=${value}\`` : `\`${entry?.rawKey ?? clientKey(scope, key)}: ${value}\``;
}
