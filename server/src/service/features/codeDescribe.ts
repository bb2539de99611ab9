// What code clients' options are, in their own spelling: docs, the Java name, the client's default, value meanings.
import { JAVA_PRODUCER_DOCS } from '../catalog/java/producerDocs';
import { javaKeyRecord } from '../catalog/javaCatalog';
import { kafkajsOption, type KafkajsOption, type KafkajsPlace } from '../catalog/kafkajsCatalog';
import { LIBRDKAFKA_DOCS } from '../catalog/librdkafka/docs';
import { librdkafkaPrimary, librdkafkaProperty, type LibrdkafkaProperty } from '../catalog/librdkafkaCatalog';
import type { EffectiveValue } from '../effective/types';
import type { ClientId, ConfigScope } from '../model/configDocument';
import { humanize } from '../util/units';

const COMPRESSION_MEMBER: Record<string, string> = { none: 'None', gzip: 'GZIP', snappy: 'Snappy', lz4: 'LZ4', zstd: 'ZSTD' };
const COMPRESSION_NUMBER: Record<string, number> = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 };

/** What each acks value means, for every client (the meaning is the broker's). */
export const ACKS_MEANING: Record<string, string> = {
  '-1': 'Wait until every in-sync replica has the record: nothing acknowledged is lost while one in-sync replica survives (what idempotence needs).',
  '1': 'Only the leader confirms: an acknowledged record is lost if the leader fails before a follower copies it.',
  '0': 'No answer at all: failed writes are never reported and retries cannot happen (fire-and-forget).',
};

export const COMPRESSION_MEANING: Record<string, string> = {
  none: 'No compression: more network, disk and replication traffic.',
  gzip: 'Good ratio, most CPU; the only codec kafkajs has built in.',
  snappy: 'Fast, moderate ratio.',
  lz4: 'Fast with a good ratio; a common choice.',
  zstd: 'Best ratio for modest CPU.',
};

export function kafkajsPlaceOf(scope: ConfigScope): KafkajsPlace {
  return scope.role === 'client' ? 'client' : scope.role === 'producer' ? 'producer' : 'send';
}

/** The description of an option of a code scope, or `undefined` when the client does not know it. */
export interface CodeOptionInfo {
  readonly name: string;
  readonly client: ClientId;
  readonly summary: string;
  readonly type: string;
  /** The client's default, in the client's own form. */
  readonly defaultText?: string;
  readonly javaName?: string;
  readonly unit?: 'ms' | 'bytes' | 'kbytes';
  readonly values?: Readonly<Record<string, string>>;
  readonly note?: string;
}

/** kafkajs options, librdkafka properties and confluent `kafkaJS` block options, by the spelling written in a scope. */
export function codeOptionInfo(scope: ConfigScope, rawKey: string, key: string): CodeOptionInfo | undefined {
  if (scope.client === 'kafkajs' || (scope.client === 'confluent-kafkajs' && (rawKey.startsWith('kafkaJS.') || scope.role === 'send' || scope.role === 'transaction-send'))) {
    const path = rawKey.startsWith('kafkaJS.') ? rawKey.slice(8) : rawKey;
    const option = kafkajsOption(path);
    if (!option) return undefined;
    return kafkajsInfo(option, scope, rawKey, key);
  }
  const prop = librdkafkaProperty(rawKey);
  return prop ? librdkafkaInfo(prop, scope.client, key) : undefined;
}

function javaNameOf(key: string): string | undefined {
  return javaKeyRecord(key) ? key : undefined;
}

function kafkajsInfo(o: KafkajsOption, scope: ConfigScope, rawKey: string, key: string): CodeOptionInfo {
  const confluent = scope.client === 'confluent-kafkajs';
  const values = o.key === 'acks' ? ACKS_MEANING : o.key === 'compression.type' ? COMPRESSION_MEANING : undefined;
  let note: string | undefined;
  if (confluent && o.confluent?.rejected) note = `Not supported by confluent-kafka-javascript: it ${o.confluent.rejected}.`;
  else if (confluent && o.confluent?.to) note = `confluent-kafka-javascript translates it to the librdkafka property \`${o.confluent.to}\`${o.confluent.note ? ` (${o.confluent.note})` : ''}.`;
  else if (!confluent && !o.places.includes(kafkajsPlaceOf(scope))) note = `kafkajs does not read it here: it belongs in ${o.places.map((p) => (p === 'client' ? '`new Kafka({…})`' : p === 'producer' ? '`kafka.producer({…})`' : 'each `send()` record')).join(' and ')}.`;
  const defaultText =
    o.defaultText ??
    (o.default === undefined || o.default === null
      ? undefined
      : o.key === 'compression.type'
        ? `CompressionTypes.${COMPRESSION_MEMBER[String(o.default)]}`
        : String(o.default));
  return {
    name: rawKey,
    client: scope.client,
    summary: o.doc,
    type: o.type,
    ...(defaultText ? { defaultText } : {}),
    ...(javaNameOf(key) ? { javaName: key } : {}),
    ...(o.unit ? { unit: o.unit } : {}),
    ...(values ? { values } : {}),
    ...(note ? { note } : {}),
  };
}

function librdkafkaInfo(prop: LibrdkafkaProperty, client: ClientId, key: string): CodeOptionInfo {
  const primary = librdkafkaPrimary(prop.name) ?? prop;
  const doc = LIBRDKAFKA_DOCS[primary.name] ?? LIBRDKAFKA_DOCS[prop.name];
  const range = primary.min !== undefined && primary.max !== undefined ? ` (${primary.min}..${primary.max})` : '';
  const aliases = prop.aliasOf ? ` Alias of \`${prop.aliasOf}\`.` : '';
  const values = key === 'acks' ? ACKS_MEANING : key === 'compression.type' ? COMPRESSION_MEANING : doc?.values;
  const unit = doc?.unit ?? (/\.ms$/.test(primary.name) ? 'ms' : undefined);
  return {
    name: prop.name,
    client,
    summary: `${doc?.summary ?? `librdkafka ${primary.scope} property.`}${aliases}`,
    type: `${primary.type}${primary.values ? `: ${primary.values.join(' | ')}` : ''}${range}`,
    ...(primary.default !== null && primary.default !== '' ? { defaultText: String(primary.default) } : {}),
    ...(javaNameOf(key) ? { javaName: key } : {}),
    ...(unit ? { unit } : {}),
    ...(values ? { values } : {}),
    ...(primary.deprecated ? { note: 'Deprecated in librdkafka.' } : primary.experimental ? { note: 'Experimental in librdkafka.' } : {}),
  };
}

/** An effective value in the client's own form (`-1`, `CompressionTypes.GZIP`, `'lz4'`), with human units. */
export function formatCodeValue(client: ClientId, key: string, v: EffectiveValue['value'], unit?: 'ms' | 'bytes' | 'kbytes'): string {
  if (v === undefined) return '?';
  if (v === null) return key === 'max.in.flight.requests.per.connection' && client === 'kafkajs' ? 'unlimited' : 'not set';
  if (key === 'compression.type' && typeof v === 'string' && client === 'kafkajs') return `\`CompressionTypes.${COMPRESSION_MEMBER[v] ?? v}\` (${COMPRESSION_NUMBER[v] ?? '?'})`;
  if (key === 'acks' && typeof v === 'string') return `\`${v}\`${v === '-1' ? ' (all in-sync replicas)' : ''}`;
  if (typeof v === 'number' && unit) {
    const h = unit === 'kbytes' ? humanize(v * 1024, 'bytes') : humanize(v, unit);
    return h && h !== `${v} ${unit}` && h !== `${v} bytes` ? `\`${v}\` (${h})` : `\`${v}\``;
  }
  if (typeof v === 'string') return client === 'java' ? `\`${v}\`` : `\`'${v}'\``;
  return `\`${Array.isArray(v) ? v.join(',') : String(v)}\``;
}

/** The Java producer's own summary of a key, for "same as Java's …" lines. */
export function javaSummary(key: string): string | undefined {
  return JAVA_PRODUCER_DOCS[key]?.summary;
}
