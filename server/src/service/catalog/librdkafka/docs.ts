// Our own short descriptions of the librdkafka producer properties that matter most (hover and completion).

export interface LibrdkafkaDoc {
  readonly summary: string;
  readonly unit?: 'ms' | 'bytes' | 'kbytes';
  /** What notable values mean. */
  readonly values?: Readonly<Record<string, string>>;
}

/** Keyed by the primary property name (aliases share the entry). */
export const LIBRDKAFKA_DOCS: Readonly<Record<string, LibrdkafkaDoc>> = {
  'metadata.broker.list': { summary: 'Initial brokers to contact, as a comma-separated `host:port` list (alias `bootstrap.servers`).' },
  'client.id': { summary: 'A name for this client in broker logs, metrics and quotas.' },
  'enable.idempotence': {
    summary:
      'Makes retries safe: the broker drops duplicates and keeps order per partition using a producer id and sequence numbers. ' +
      'librdkafka then requires `acks=all`, `max.in.flight` ≤ 5 and `retries` ≥ 1, and adjusts the ones left unset. Off by default (unlike the Java client).',
  },
  'transactional.id': {
    summary: 'Turns the producer transactional (and idempotent). Must be stable across restarts of the same logical producer and unique among running ones.',
  },
  'transaction.timeout.ms': { summary: 'How long the transaction coordinator waits before aborting an open transaction.', unit: 'ms' },
  'request.required.acks': {
    summary: 'How many replicas must confirm a write before it counts as delivered (alias `acks`). `-1`/`all` waits for every in-sync replica.',
    values: {
      '-1': 'Wait for every in-sync replica (strongest; what idempotence needs).',
      '0': 'Do not wait for any answer: failed writes are never reported (fire-and-forget).',
      '1': 'Only the leader confirms: a record is lost if the leader fails before followers copy it.',
    },
  },
  'queue.buffering.max.ms': {
    summary: 'How long to wait for more messages before sending a batch (alias `linger.ms`); higher values give larger batches at the cost of latency.',
    unit: 'ms',
  },
  'message.timeout.ms': {
    summary:
      'The time a message may take to be delivered, retries included (alias `delivery.timeout.ms`); after it the delivery report fails. `0` means no limit.',
    unit: 'ms',
  },
  'message.send.max.retries': { summary: 'How often a failed produce request is retried (alias `retries`).' },
  'retry.backoff.ms': { summary: 'The first pause before retrying a request; it grows exponentially up to `retry.backoff.max.ms`.', unit: 'ms' },
  'retry.backoff.max.ms': { summary: 'The longest pause between retries.', unit: 'ms' },
  'max.in.flight.requests.per.connection': {
    summary: 'How many requests may be unanswered per broker connection (alias `max.in.flight`). Idempotence allows at most 5.',
  },
  'compression.codec': {
    summary: 'How batches are compressed (alias `compression.type`).',
    values: {
      none: 'No compression.',
      gzip: 'Good ratio, most CPU.',
      snappy: 'Fast, moderate ratio.',
      lz4: 'Fast with a good ratio; a common default choice.',
      zstd: 'Best ratio for modest CPU (brokers 2.1+).',
    },
  },
  'compression.level': { summary: 'Codec level; `-1` uses the codec default.' },
  'batch.num.messages': { summary: 'The most messages one batch (MessageSet) holds.' },
  'batch.size': { summary: 'The largest batch in bytes; a batch is sent when it reaches this size or when `linger.ms` expires.', unit: 'bytes' },
  'queue.buffering.max.messages': { summary: 'The most messages waiting in the local queue; `produce()` fails with a queue-full error beyond it.' },
  'queue.buffering.max.kbytes': { summary: 'The most kilobytes waiting in the local queue (takes precedence over the message count).', unit: 'kbytes' },
  'request.timeout.ms': { summary: 'How long the broker may take to acknowledge a produce request (sent to the broker).', unit: 'ms' },
  'socket.timeout.ms': { summary: 'How long a network request may take before it is failed and retried.', unit: 'ms' },
  'partitioner': {
    summary: 'How keys map to partitions. `murmur2_random` matches the Java client; the default `consistent_random` (CRC32) does not.',
    values: {
      consistent_random: 'CRC32 of the key; records without a key are spread randomly (librdkafka default).',
      murmur2_random: 'Java-compatible murmur2 of the key; records without a key are spread randomly.',
      murmur2: 'Java-compatible murmur2 of the key; records without a key all go to one partition.',
      random: 'Ignores the key.',
      consistent: 'CRC32 of the key; records without a key all go to one partition.',
      fnv1a: 'FNV-1a of the key (Sarama-compatible).',
      fnv1a_random: 'FNV-1a of the key; records without a key are spread randomly.',
    },
  },
  'security.protocol': { summary: 'How to talk to brokers: `plaintext`, `ssl`, `sasl_plaintext` or `sasl_ssl`.' },
  'sasl.mechanisms': { summary: 'The SASL mechanism (alias `sasl.mechanism`): `GSSAPI`, `PLAIN`, `SCRAM-SHA-256`, `SCRAM-SHA-512` or `OAUTHBEARER`.' },
  'enable.gapless.guarantee': { summary: 'Experimental: fail the producer instead of leaving a gap when a message cannot be delivered. Needs idempotence.' },
  'queue.buffering.backpressure.threshold': { summary: 'How many outstanding batch requests make the producer hold back new batches; idempotence needs 1.' },
  'queuing.strategy': { summary: 'Deprecated and experimental queue order; idempotence needs `fifo`.' },
  'allow.auto.create.topics': { summary: 'Whether producing to a missing topic asks the broker to create it (producers: on by default).' },
  'topic.metadata.refresh.interval.ms': { summary: 'How often metadata is refreshed in the background.', unit: 'ms' },
  'metadata.max.age.ms': { summary: 'How long cached metadata stays valid.', unit: 'ms' },
  'sticky.partitioning.linger.ms': { summary: 'How long records without a key stick to one partition before moving on.', unit: 'ms' },
  'dr_cb': { summary: 'Delivery report callback (or `true` for the `delivery-report` event in node-rdkafka).' },
  'dr_msg_cb': { summary: 'Delivery report callback that also receives the message.' },
  'delivery.report.only.error': { summary: 'Only report failed deliveries.' },
  'message.max.bytes': { summary: 'The largest request librdkafka sends; the broker has its own limit (`message.max.bytes` / `max.message.bytes`).', unit: 'bytes' },
  'linger.ms': { summary: 'Alias of `queue.buffering.max.ms`.', unit: 'ms' },
  'debug': { summary: 'Comma-separated debug contexts to log (`all` for everything).' },
  'statistics.interval.ms': { summary: 'How often statistics are emitted (0 turns them off).', unit: 'ms' },
  'log_level': { summary: 'Logging level (syslog levels 0-7).' },
};
