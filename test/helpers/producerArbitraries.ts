// fast-check generators of producer .properties files: real keys with plausible and implausible values, mixed with junk.
import fc from 'fast-check';
import { javaKeysFor } from '../../server/src/service/catalog/javaCatalog';
import { JAVA_CLIENT_VERSIONS } from '../../server/src/service/catalog/versions';
import { escapeKey, escapeValue } from '../../server/src/service/dialects/properties/printer';
import { RULES } from '../../server/src/service/rules/registry';

/** Every key some supported Java client version knows, plus the ones the rules care most about. */
const REAL_KEYS: readonly string[] = [...new Set(JAVA_CLIENT_VERSIONS.flatMap((v) => [...javaKeysFor(v).keys()]))].sort();

const CORE_KEYS = [
  'bootstrap.servers', 'acks', 'enable.idempotence', 'retries', 'max.in.flight.requests.per.connection',
  'delivery.timeout.ms', 'linger.ms', 'request.timeout.ms', 'batch.size', 'buffer.memory', 'compression.type',
  'transactional.id', 'transaction.timeout.ms', 'transaction.two.phase.commit.enable', 'max.request.size',
  'key.serializer', 'value.serializer', 'security.protocol', 'sasl.mechanism', 'sasl.jaas.config', 'max.block.ms',
  'retry.backoff.ms', 'retry.backoff.max.ms', 'partitioner.class', 'partitioner.ignore.keys', 'client.id',
];

/** Keys of consumers, brokers, topics, other client libraries, and serializer pass-through settings. */
const FOREIGN_KEYS = [
  'group.id', 'auto.offset.reset', 'enable.auto.commit', 'broker.id', 'min.insync.replicas', 'log.dirs',
  'queue.buffering.max.ms', 'message.timeout.ms', 'idempotent', 'maxInFlightRequests', 'schema.registry.url',
  'config.providers', 'config.providers.file.class', 'auto.register.schemas', 'max.message.bytes',
];

/** Misspellings the way people make them: separators, case, a dropped or doubled letter, env-var style. */
const typo = (k: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    k.replace(/\./g, '_'),
    k.toUpperCase(),
    `KAFKA_${k.replace(/\./g, '_').toUpperCase()}`,
    k.slice(0, -1),
    k + k.slice(-1),
    k.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase()),
    ` ${k}`,
  );

export const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CORE_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom(...REAL_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...FOREIGN_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...CORE_KEYS).chain(typo) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const PLAUSIBLE_VALUES = [
  'all', '-1', '0', '1', 'true', 'false', 'TRUE', '5', '10', '20', '100', '1000', '16384', '32768', '33554432',
  '1048576', '2147483647', '120000', '30000', '60000', '300000', '900000', 'lz4', 'zstd', 'gzip', 'snappy', 'none',
  'PLAINTEXT', 'SSL', 'SASL_SSL', 'SASL_PLAINTEXT', 'PLAIN', 'SCRAM-SHA-512', 'OAUTHBEARER',
  'localhost:9092', 'kafka-0:9092,kafka-1:9092', 'orders-tx-1', 'org.apache.kafka.common.serialization.StringSerializer',
  'io.confluent.kafka.serializers.KafkaAvroSerializer', 'org.apache.kafka.clients.producer.RoundRobinPartitioner',
];
const IMPLAUSIBLE_VALUES = [
  '', ' ', '2', '-5', 'ALL', 'al', 'yes', 'on', '5ms', '1s', '16k', '1e3', '0x10', '99999999999999999999', '-2147483649',
  'brotli', 'LZ4', 'SASL', '${env:KAFKA_ACKS}', '${file:/etc/secret:acks}', 'null', 'NaN', '1.5', ' 5', '5 ', 'all # note',
];

export const valueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAUSIBLE_VALUES) },
  { weight: 4, arbitrary: fc.constantFrom(...IMPLAUSIBLE_VALUES) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 3_000_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const SEPARATORS = ['=', ' = ', ':', ' : ', ' ', '\t', '=  ', '  =', ': '];
const RULE_IDS = RULES.map((r) => r.id);

/** One entry as a person writes it: indentation, separator, escapes, sometimes a continuation, sometimes escaped properly. */
const entryLine: fc.Arbitrary<string> = fc
  .record({
    indent: fc.constantFrom('', '', '', ' ', '  ', '\t'),
    key: keyArb,
    sep: fc.constantFrom(...SEPARATORS),
    value: valueArb,
    trailing: fc.constantFrom('', '', '', ' ', '\t', '\\'),
    escaped: fc.boolean(),
    continuation: fc.option(fc.nat({ max: 30 }), { freq: 6 }),
    unicodeEscape: fc.option(fc.nat({ max: 30 }), { freq: 8 }),
  })
  .map(({ indent, key, sep, value, trailing, escaped, continuation, unicodeEscape }) => {
    let v = escaped ? escapeValue(value, /[=:]/.test(sep)) : value;
    if (unicodeEscape !== null && v.length > 0) {
      const i = unicodeEscape % v.length;
      v = `${v.slice(0, i)}\\u${v.charCodeAt(i).toString(16).padStart(4, '0')}${v.slice(i + 1)}`;
    }
    if (continuation !== null && v.length > 1) {
      const i = 1 + (continuation % (v.length - 1));
      v = `${v.slice(0, i)}\\\n    ${v.slice(i)}`;
    }
    return `${indent}${escaped ? escapeKey(key) : key}${sep}${v}${trailing}`;
  });

const commentLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('#', '!', ' #', '\t!'), fc.string({ maxLength: 30 })).map(([m, t]) => m + t),
  fc.tuple(fc.constantFrom('#', '!'), fc.subarray(RULE_IDS, { maxLength: 3 }), fc.constantFrom(' -- reason', '', ' --')).map(
    ([m, ids, reason]) => `${m} kafka-lint-disable-next-line ${ids.join(' ')}${reason}`,
  ),
  fc.tuple(fc.constantFrom('#', '!'), fc.subarray(RULE_IDS, { maxLength: 2 })).map(([m, ids]) => `${m} kafka-lint-disable-file ${ids.join(',')}`),
  fc.constantFrom('#', '# ---- delivery', '#acks=all', '! linger.ms=5', '#\\'),
);

const junkLine: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('\\', '=', ':', '#', '!', ' ', '\t', '\f', 'u', '0', 'a', '.', 'é', '\u0000', '\ufeff'), maxLength: 20 }),
  fc.constantFrom('\\', '\\\\', '=', ':', ' \\', 'key\\', 'acks=\\u12', 'acks=\\uZZZZ', '\ufeffacks=all'),
);

export const propertiesLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: entryLine },
  { weight: 3, arbitrary: commentLine },
  { weight: 2, arbitrary: fc.constantFrom('', '', ' ', '\t') },
  { weight: 2, arbitrary: junkLine },
);

/** A realistic producer file: lines joined by the file's line ending (sometimes mixed), with or without a final one. */
export const realisticText: fc.Arbitrary<string> = fc
  .record({
    lines: fc.array(propertiesLine, { maxLength: 30 }),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    mixed: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { maxLength: 30 }),
    mix: fc.boolean(),
    finalEol: fc.boolean(),
    // Copies of earlier lines placed later: duplicated keys, often with the very same value.
    repeats: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
  })
  .map(({ lines: original, eol, mixed, mix, finalEol, repeats }) => {
    const lines = [...original];
    for (const [from, to] of repeats) if (lines.length > 0) lines.splice(to % (lines.length + 1), 0, lines[from % lines.length]!);
    let out = '';
    lines.forEach((l, i) => {
      out += l;
      if (i < lines.length - 1 || finalEol) out += mix && mixed[i] !== undefined ? mixed[i] : eol;
    });
    return out;
  });

/** Realistic files most of the time, arbitrary text some of the time. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: realisticText },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', '\ufeff'), realisticText, fc.string({ unit: 'binary', maxLength: 30 })).map(([a, b, c]) => a + b + c) },
);

const severity = fc.constantFrom('off', 'hint', 'information', 'warning', 'error');

/** Raw `kafkaProducer` settings as a user may write them (validated by normalizeSettings). */
export const settingsArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    clientVersion: fc.constantFrom(...JAVA_CLIENT_VERSIONS),
    rules: fc.dictionary(fc.constantFrom(...RULE_IDS), severity, { maxKeys: 3 }),
    lingerThresholdMs: fc.integer({ min: 1, max: 100_000 }),
    cluster: fc.record(
      {
        minInsyncReplicas: fc.integer({ min: 1, max: 5 }),
        replicationFactor: fc.integer({ min: 1, max: 5 }),
        messageMaxBytes: fc.integer({ min: 1, max: 20_000_000 }),
        replicaLagTimeMaxMs: fc.integer({ min: 1, max: 120_000 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
