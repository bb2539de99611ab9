// The kafkajs option names (client, producer, send), their model keys, defaults and docs, and how the confluent
// KafkaJS-compatible API treats each of them (translated to librdkafka, or rejected).
import { editDistance } from '../util/editDistance';

/** kafkajs 2.2.4 = tulios/kafkajs 55b0b416; the version the kafkajs semantics are modelled on. */
export const KAFKAJS_VERSION = '2.2.4';
/** @confluentinc/kafka-javascript 1.10.1 (lib/kafkajs/*.js, types/kafkajs.d.ts). */
export const CONFLUENT_KAFKAJS_VERSION = '1.10.1';

/** Where kafkajs reads an option: `new Kafka({...})`, `kafka.producer({...})` or each `send({...})` record. */
export type KafkajsPlace = 'client' | 'producer' | 'send';

export type KafkajsType = 'boolean' | 'number' | 'string' | 'brokers' | 'acks' | 'compression' | 'object' | 'function' | 'logLevel' | 'ssl';

export interface KafkajsOption {
  /** The spelling as written, dotted for nested options (`retry.retries`). */
  readonly path: string;
  readonly places: readonly KafkajsPlace[];
  /** The model key: the Java name where the meaning is the same, otherwise the kafkajs name. */
  readonly key: string;
  readonly type: KafkajsType;
  /** kafkajs' default; `null` = not set / unlimited. Absent when there is none to speak of. */
  readonly default?: string | number | boolean | null;
  /** How hover shows the default when the value alone says too little. */
  readonly defaultText?: string;
  readonly unit?: 'ms';
  readonly doc: string;
  /** Where kafkajs defines or reads it. */
  readonly source: string;
  /** The confluent KafkaJS-compatible API (`kafkaJS: {...}` block): what it does with this option. */
  readonly confluent?: { readonly to?: string; readonly rejected?: string; readonly note?: string };
}

const RETRY_SOURCE = 'src/retry/defaults.js; merged { ...clientRetry, ...producerRetry } in src/index.js:124';

export const KAFKAJS_OPTIONS: readonly KafkajsOption[] = [
  // ---- new Kafka({...}) (types/index.d.ts KafkaConfig, src/index.js constructor)
  {
    path: 'brokers',
    places: ['client'],
    key: 'bootstrap.servers',
    type: 'brokers',
    doc: 'The brokers to bootstrap from: an array of `host:port` strings (or a function returning them).',
    source: 'types/index.d.ts KafkaConfig; src/index.js',
    confluent: { to: 'bootstrap.servers', note: 'an array only; a function throws' },
  },
  { path: 'clientId', places: ['client'], key: 'client.id', type: 'string', default: 'kafkajs', doc: 'A name for this client in broker logs and quotas.', source: 'src/network/connection.js:66', confluent: { to: 'client.id' } },
  { path: 'ssl', places: ['client'], key: 'ssl', type: 'ssl', doc: '`true` or TLS options (`tls.connect`) to encrypt connections.', source: 'types/index.d.ts KafkaConfig', confluent: { to: 'security.protocol', note: 'a boolean only; an object throws' } },
  { path: 'sasl', places: ['client'], key: 'sasl', type: 'object', doc: 'SASL authentication: `{ mechanism, username, password }` (or OAUTHBEARER / AWS options).', source: 'types/index.d.ts SASLOptions', confluent: { to: 'sasl.mechanism', note: 'plain, scram-sha-256/512 and oauthbearer only' } },
  { path: 'connectionTimeout', places: ['client'], key: 'socket.connection.setup.timeout.ms', type: 'number', default: 1000, unit: 'ms', doc: 'How long to wait for a TCP connection to a broker.', source: 'src/index.js:56', confluent: { to: 'socket.connection.setup.timeout.ms', note: 'added to authenticationTimeout' } },
  { path: 'authenticationTimeout', places: ['client'], key: 'authenticationTimeout', type: 'number', default: 10000, unit: 'ms', doc: 'How long SASL authentication may take.', source: 'src/broker/index.js:41', confluent: { to: 'socket.connection.setup.timeout.ms', note: 'added to connectionTimeout' } },
  { path: 'reauthenticationThreshold', places: ['client'], key: 'reauthenticationThreshold', type: 'number', default: 10000, unit: 'ms', doc: 'How long before a SASL session expires to re-authenticate.', source: 'src/network/connection.js:62', confluent: { rejected: 'is not supported' } },
  { path: 'requestTimeout', places: ['client'], key: 'requestTimeout', type: 'number', default: 30000, unit: 'ms', doc: 'How long the client waits for any broker response before failing the request.', source: 'src/cluster/index.js:62', confluent: { to: 'socket.timeout.ms' } },
  { path: 'enforceRequestTimeout', places: ['client'], key: 'enforceRequestTimeout', type: 'boolean', default: true, doc: 'Whether `requestTimeout` is enforced at all.', source: 'src/index.js:60', confluent: { to: 'socket.timeout.ms', note: '`false` sets it to 300000' } },
  { path: 'retry', places: ['client', 'producer'], key: 'retry', type: 'object', doc: 'Retry policy of requests: `retries`, `initialRetryTime`, `maxRetryTime`, `factor`, `multiplier`.', source: RETRY_SOURCE },
  { path: 'retry.retries', places: ['client', 'producer'], key: 'retries', type: 'number', default: 5, doc: 'How often a failed request is retried before the error reaches the caller.', source: RETRY_SOURCE, confluent: { to: 'retries', note: 'default 5 in compatibility mode' } },
  { path: 'retry.initialRetryTime', places: ['client', 'producer'], key: 'retry.backoff.ms', type: 'number', default: 300, unit: 'ms', doc: 'The first pause before a retry; later pauses grow by `multiplier` with `factor` randomisation.', source: RETRY_SOURCE, confluent: { to: 'retry.backoff.ms' } },
  { path: 'retry.maxRetryTime', places: ['client', 'producer'], key: 'retry.backoff.max.ms', type: 'number', default: 30000, unit: 'ms', doc: 'The longest pause between retries (milliseconds, not a number of retries).', source: RETRY_SOURCE, confluent: { to: 'retry.backoff.max.ms' } },
  { path: 'retry.factor', places: ['client', 'producer'], key: 'retry.factor', type: 'number', default: 0.2, doc: 'Randomisation factor of each pause.', source: RETRY_SOURCE, confluent: { rejected: 'is not supported (librdkafka has its own jitter)' } },
  { path: 'retry.multiplier', places: ['client', 'producer'], key: 'retry.multiplier', type: 'number', default: 2, doc: 'Growth factor of successive pauses.', source: RETRY_SOURCE, confluent: { rejected: 'is not supported (librdkafka doubles the pause)' } },
  { path: 'retry.restartOnFailure', places: ['client', 'producer'], key: 'retry.restartOnFailure', type: 'function', doc: 'Consumer-only callback deciding whether to restart after a failure.', source: 'types/index.d.ts RetryOptions', confluent: { rejected: 'is not supported' } },
  { path: 'socketFactory', places: ['client'], key: 'socketFactory', type: 'function', doc: 'Creates the sockets kafkajs uses.', source: 'src/network/socketFactory.js', confluent: { rejected: 'is not supported' } },
  { path: 'logLevel', places: ['client'], key: 'logLevel', type: 'logLevel', default: 4, defaultText: 'INFO', doc: 'How much kafkajs logs (`logLevel.NOTHING|ERROR|WARN|INFO|DEBUG`).', source: 'src/loggers/index.js', confluent: { to: 'log_level' } },
  { path: 'logCreator', places: ['client'], key: 'logCreator', type: 'function', doc: 'Creates the logger kafkajs writes to.', source: 'src/loggers/console.js' },
  // ---- kafka.producer({...}) (types/index.d.ts ProducerConfig, src/index.js producer())
  { path: 'createPartitioner', places: ['producer'], key: 'createPartitioner', type: 'function', doc: 'The partitioner: `Partitioners.DefaultPartitioner` (Java-compatible murmur2) or `Partitioners.LegacyPartitioner` (kafkajs 1.x). Leaving it out logs a warning.', source: 'src/index.js:25-34,120', confluent: { rejected: 'is not implemented (the partitioner is forced to `murmur2_random`)' } },
  { path: 'metadataMaxAge', places: ['producer'], key: 'metadata.max.age.ms', type: 'number', default: 300000, unit: 'ms', doc: 'How long cached topic metadata is used before it is refreshed.', source: 'src/index.js:24', confluent: { to: 'topic.metadata.refresh.interval.ms' } },
  { path: 'allowAutoTopicCreation', places: ['producer'], key: 'allowAutoTopicCreation', type: 'boolean', default: true, doc: 'Whether producing to a missing topic asks the broker to create it.', source: 'src/index.js:71', confluent: { to: 'allow.auto.create.topics' } },
  {
    path: 'idempotent',
    places: ['producer'],
    key: 'enable.idempotence',
    type: 'boolean',
    default: false,
    doc:
      'Experimental in kafkajs: the broker drops duplicates from retries using sequence numbers. Needs `acks: -1` on every `send()` and retries of at least 1; ' +
      'kafkajs does not reorder in-flight batches on retry, so use `maxInFlightRequests: 1`.',
    source: 'src/producer/index.js:37-53; src/producer/messageProducer.js:59',
    confluent: { to: 'enable.idempotence' },
  },
  { path: 'transactionalId', places: ['producer'], key: 'transactional.id', type: 'string', doc: 'Makes `producer.transaction()` possible. Must be stable across restarts and unique among running producers.', source: 'src/producer/index.js:116', confluent: { to: 'transactional.id' } },
  { path: 'transactionTimeout', places: ['producer'], key: 'transaction.timeout.ms', type: 'number', default: 60000, unit: 'ms', doc: 'How long the coordinator waits before aborting an open transaction; only used with a `transactionalId`.', source: 'src/producer/eosManager/index.js:41', confluent: { to: 'transaction.timeout.ms' } },
  {
    path: 'maxInFlightRequests',
    places: ['producer'],
    key: 'max.in.flight.requests.per.connection',
    type: 'number',
    default: null,
    defaultText: 'unlimited',
    doc: 'How many requests may be unanswered per broker connection (unlimited by default). With `idempotent: true` kafkajs needs 1.',
    source: 'src/index.js:72; src/network/requestQueue/index.js:269',
    confluent: { to: 'max.in.flight' },
  },
  // ---- producer.send({...}) / sendBatch({...}) (types/index.d.ts ProducerRecord / ProducerBatch)
  {
    path: 'acks',
    places: ['send'],
    key: 'acks',
    type: 'acks',
    default: '-1',
    doc: 'How many replicas must confirm each write of this call: `-1` all in-sync replicas (default), `1` the leader only, `0` no answer at all.',
    source: 'src/producer/messageProducer.js:54',
    confluent: { to: 'acks', note: 'belongs in the producer config, not in send()' },
  },
  { path: 'timeout', places: ['send'], key: 'request.timeout.ms', type: 'number', default: 30000, unit: 'ms', doc: 'How long the broker may wait for the replicas of this call before answering with a timeout.', source: 'src/broker/index.js:237', confluent: { to: 'request.timeout.ms', note: 'belongs in the producer config, not in send()' } },
  { path: 'compression', places: ['send'], key: 'compression.type', type: 'compression', default: 'none', doc: 'The codec of this call’s batches: `CompressionTypes.None|GZIP|Snappy|LZ4|ZSTD`. Only GZIP is built in; the others need a codec package registered in `CompressionCodecs`.', source: 'src/broker/index.js:238; src/protocol/message/compression/index.js', confluent: { to: 'compression.codec', note: 'belongs in the producer config, not in send()' } },
];

/** Record fields of send()/sendBatch() that are data, not configuration. */
export const KAFKAJS_RECORD_FIELDS = new Set(['topic', 'messages', 'topicMessages']);

/** kafkajs consumer options: they belong to `kafka.consumer({...})`, so a producer config ignores them. */
export const KAFKAJS_CONSUMER_OPTIONS = new Set([
  'groupId',
  'partitionAssigners',
  'sessionTimeout',
  'rebalanceTimeout',
  'heartbeatInterval',
  'maxBytesPerPartition',
  'minBytes',
  'maxBytes',
  'maxWaitTimeInMs',
  'readUncommitted',
  'rackId',
  'fromBeginning',
  'autoCommit',
  'autoCommitInterval',
  'autoCommitThreshold',
  'eachBatchAutoResolve',
  'partitionsConsumedConcurrently',
]);

/** kafkajs logLevel members (src/loggers/index.js). */
export const KAFKAJS_LOG_LEVELS: Readonly<Record<string, number>> = { NOTHING: 0, ERROR: 1, WARN: 2, INFO: 4, DEBUG: 5 };
/** kafkajs CompressionTypes (src/protocol/message/compression/index.js). */
export const KAFKAJS_COMPRESSION: Readonly<Record<string, number>> = { None: 0, GZIP: 1, Snappy: 2, LZ4: 3, ZSTD: 4 };
export const KAFKAJS_COMPRESSION_NAMES: readonly string[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];
/**
 * confluent's KafkaJS.CompressionTypes at run time (lib/kafkajs/_producer.js:34-40). Its type declaration says
 * `Snappy`, but the object has `SNAPPY`: `KafkaJS.CompressionTypes.Snappy` compiles and is `undefined`.
 */
export const CONFLUENT_COMPRESSION: Readonly<Record<string, string>> = { None: 'none', GZIP: 'gzip', SNAPPY: 'snappy', LZ4: 'lz4', ZSTD: 'zstd' };

const BY_PATH = new Map<string, KafkajsOption>(KAFKAJS_OPTIONS.map((o) => [o.path, o]));

export function kafkajsOption(path: string): KafkajsOption | undefined {
  return BY_PATH.get(path);
}

/** The option a model key means in a place (`enable.idempotence` in a producer config → `idempotent`). */
export function kafkajsOptionForKey(key: string, place: KafkajsPlace): KafkajsOption | undefined {
  return KAFKAJS_OPTIONS.find((o) => o.key === key && o.places.includes(place) && o.type !== 'object');
}

/** Options read in a place, for completion (nested `retry.*` included). */
export function kafkajsOptionsIn(place: KafkajsPlace): readonly KafkajsOption[] {
  return KAFKAJS_OPTIONS.filter((o) => o.places.includes(place));
}

/** The model key of an option written at `path` in `place`; anything kafkajs does not read there keeps its own name. */
export function kafkajsCanonicalKey(path: string, place: KafkajsPlace): string {
  const o = BY_PATH.get(path);
  return o && o.places.includes(place) ? o.key : path;
}

/** The closest option of the place to a mistyped name. */
export function suggestKafkajsOption(input: string, place: KafkajsPlace): string | undefined {
  const names = kafkajsOptionsIn(place).map((o) => o.path);
  const shape = (s: string) => s.replace(/[._\-\s]/g, '').toLowerCase();
  for (const n of names) if (shape(n) === shape(input)) return n;
  const limit = Math.max(1, Math.min(3, Math.floor(input.length / 4)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const n of names) {
    const d = editDistance(input, n, limit);
    if (d < bestDistance) {
      best = n;
      bestDistance = d;
    }
  }
  return best;
}

/** The confluent KafkaJS-compatible allow-lists (lib/kafkajs/_common.js kafkaJSProperties). */
export const CONFLUENT_KAFKAJS_COMMON = new Set([
  'brokers', 'clientId', 'sasl', 'ssl', 'requestTimeout', 'enforceRequestTimeout', 'connectionTimeout', 'authenticationTimeout',
  'retry', 'socketFactory', 'reauthenticationThreshold', 'logLevel', 'logger',
]);
export const CONFLUENT_KAFKAJS_PRODUCER = new Set([
  'createPartitioner', 'metadataMaxAge', 'allowAutoTopicCreation', 'transactionTimeout', 'idempotent', 'maxInFlightRequests',
  'transactionalId', 'compression', 'acks', 'timeout',
]);

/**
 * The model key of an option inside a confluent `kafkaJS` block: the key of the librdkafka property it is translated
 * into (so a block option and the same librdkafka property written next to it are one key), else the option name.
 */
export function confluentKafkajsCanonicalKey(path: string): string {
  switch (path) {
    case 'brokers':
      return 'bootstrap.servers';
    case 'clientId':
      return 'client.id';
    case 'requestTimeout':
      return 'socket.timeout.ms';
    case 'metadataMaxAge':
      return 'topic.metadata.refresh.interval.ms';
    case 'allowAutoTopicCreation':
      return 'allow.auto.create.topics';
    case 'transactionTimeout':
      return 'transaction.timeout.ms';
    case 'idempotent':
      return 'enable.idempotence';
    case 'maxInFlightRequests':
      return 'max.in.flight.requests.per.connection';
    case 'transactionalId':
      return 'transactional.id';
    case 'compression':
      return 'compression.type';
    case 'acks':
      return 'acks';
    case 'timeout':
      return 'request.timeout.ms';
    case 'retry.retries':
      return 'retries';
    case 'retry.initialRetryTime':
      return 'retry.backoff.ms';
    case 'retry.maxRetryTime':
      return 'retry.backoff.max.ms';
    default:
      return `kafkaJS.${path}`;
  }
}

/** The kafkaJS block option that translates into a model key, for fixes that write into the block. */
export function confluentKafkajsPathFor(key: string): string | undefined {
  for (const p of [...CONFLUENT_KAFKAJS_COMMON, ...CONFLUENT_KAFKAJS_PRODUCER, 'retry.retries', 'retry.initialRetryTime', 'retry.maxRetryTime']) {
    if (confluentKafkajsCanonicalKey(p) === key && !key.startsWith('kafkaJS.')) return p;
  }
  return undefined;
}
