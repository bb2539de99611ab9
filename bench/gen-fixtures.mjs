#!/usr/bin/env node
// Deterministic benchmark fixtures: producer .properties (200 / 10,000 lines), kafkajs TS (300 / 5,000), Spring YAML peers.
//   node bench/gen-fixtures.mjs [--out DIR]     default DIR: $BENCH_CACHE/fixtures (bench/setup.sh runs it)
// The same bytes on every run: no clock, no randomness. Files:
//   properties/producer-200.properties     200 lines: one producer config written over time (comments, continuations,
//                                          escapes, three separator styles, one section with invalid values)
//   properties/producer-10000.properties   10,000 lines of the same shape (62 sections with invalid values)
//   yaml/application-200.yml, application-10000.yml, kafka-producer.schema.json   Spring Boot equivalents for yaml-language-server
//   ts/p300/producer-300.ts, ts/p5000/producer-5000.ts (+ tsconfig.json)   kafkajs configuration objects
// The YAML and TS generators are those of the shared anchor harness, so the peers' numbers compare with its anchors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const outArg = process.argv.indexOf('--out');
const cache = process.env.BENCH_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'kafka-producer-bench');
const root = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(cache, 'fixtures'));
const quiet = process.argv.includes('--quiet');
const w = (p, s) => {
  const file = path.join(root, p);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Unchanged bytes are not rewritten, so file times (and editors watching them) stay still.
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== s) fs.writeFileSync(file, s);
  if (!quiet) console.log(p, s.split('\n').length - 1, 'lines', Buffer.byteLength(s), 'bytes');
};

// ------------------------------------------------------------------ .properties (our server)
// A producer config that grew over time: a header, then sections that re-tune the same keys for each service. Real
// files rarely repeat keys this often, so the header disables duplicate-key for the file (as a team would; only the
// last occurrence of a key counts for every other rule). Every tenth section misspells three keys, so the diagnostic count is in the range
// of the anchors' fixtures (3 at 200 lines, 189 at 10,000).
const SEPARATORS = ['=', ' = ', ': '];
function propsHeader() {
  return [
    '# orders-service: Kafka producer configuration (benchmark fixture, generated)',
    '# kafka-lint-disable-file duplicate-key -- each section below re-tunes the keys on purpose',
    '',
    'bootstrap.servers=kafka-0.internal:9092,\\',
    '    kafka-1.internal:9092,\\',
    '    kafka-2.internal:9092',
    'security.protocol=SASL_SSL',
    'sasl.mechanism=SCRAM-SHA-512',
    'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\',
    '    username="orders" password="${file:/etc/kafka/secrets.properties:password}";',
    'key.serializer=org.apache.kafka.common.serialization.StringSerializer',
    'value.serializer=org.apache.kafka.common.serialization.ByteArraySerializer',
    '',
  ];
}
function propsBlock(i, errors) {
  const s = SEPARATORS[i % SEPARATORS.length];
  return [
    `# ---- section ${i}: orders-${i} (caf\\u00e9 r\\u00e9gion ${i % 7})`,
    `client.id${s}orders-${i}`,
    `acks${s}all`,
    `${errors ? 'retires' : 'retries'}${s}${2147483647 - (i % 3)}`,
    `batch.size${s}16384`,
    `${errors ? 'linger_ms' : 'linger.ms'}${s}${5 + (i % 20)}`,
    `buffer.memory${s}33554432`,
    `${errors ? 'compresion.type' : 'compression.type'}${s}${['lz4', 'zstd', 'snappy', 'gzip'][i % 4]}`,
    `enable.idempotence${s}true`,
    `max.in.flight.requests.per.connection${s}5`,
    `delivery.timeout.ms${s}120000`,
    `request.timeout.ms${s}30000`,
    `! max.block.ms${s}60000`,
    `metadata.max.age.ms${s}${300000 + i}`,
    `partitioner.ignore.keys${s}false`,
    '',
  ];
}
for (const lines of [200, 10000]) {
  const L = propsHeader();
  let i = 0;
  while (L.length + 16 <= lines) {
    L.push(...propsBlock(i, i % 10 === 3));
    i++;
  }
  while (L.length < lines) L.push('# end');
  w(`properties/producer-${lines}.properties`, L.join('\n') + '\n');
}

// ------------------------------------------------------------------ JSON schema for the YAML peer
const producerProps = {
  'bootstrap-servers': { description: 'Comma-delimited list of host:port pairs to use for establishing the initial connections to the Kafka cluster. Overrides the global property, for producers.', oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  'client-id': { type: 'string', description: 'ID to pass to the server when making requests. Used for server-side logging.' },
  acks: { description: 'Number of acknowledgments the producer requires the leader to have received before considering a request complete.\n\n- `all` / `-1`: wait for the full ISR (required for idempotence)\n- `1`: leader only\n- `0`: no acknowledgment', enum: ['all', '-1', '0', '1', -1, 0, 1] },
  retries: { type: 'integer', minimum: 0, description: 'When greater than zero, enables retrying of failed sends.' },
  'batch-size': { type: 'integer', minimum: 0, description: 'Default batch size (bytes). A small batch size will make batching less common and may reduce throughput (a batch size of zero disables batching entirely).' },
  'buffer-memory': { type: 'integer', minimum: 0, description: 'Total memory size the producer can use to buffer records waiting to be sent to the server.' },
  'compression-type': { description: 'Compression type for all data generated by the producer.', enum: ['none', 'gzip', 'snappy', 'lz4', 'zstd'] },
  'key-serializer': { type: 'string', description: 'Serializer class for keys.', default: 'org.apache.kafka.common.serialization.StringSerializer' },
  'value-serializer': { type: 'string', description: 'Serializer class for values.', default: 'org.apache.kafka.common.serialization.StringSerializer' },
  'transaction-id-prefix': { type: 'string', description: 'When non empty, enables transaction support for producer.' },
  properties: {
    type: 'object',
    description: 'Additional producer-specific properties used to configure the client.',
    properties: {
      'enable.idempotence': { type: 'boolean', description: 'When true, the producer ensures exactly one copy of each message is written. Requires `acks=all`, `retries > 0` and `max.in.flight.requests.per.connection <= 5`.' },
      'linger.ms': { type: 'integer', minimum: 0, description: 'Artificial delay (ms) to wait for more records before sending a batch.' },
      'max.in.flight.requests.per.connection': { type: 'integer', minimum: 1, maximum: 5, description: 'Maximum number of unacknowledged requests per connection. Must be <= 5 when idempotence is enabled.' },
      'delivery.timeout.ms': { type: 'integer', minimum: 0, description: 'Upper bound on the time to report success or failure after a call to send(). Should be >= linger.ms + request.timeout.ms.' },
      'request.timeout.ms': { type: 'integer', minimum: 0, description: 'Maximum amount of time the client waits for the response of a request.' },
      'max.request.size': { type: 'integer', minimum: 0, description: 'The maximum size of a request in bytes.' },
      'partitioner.class': { type: 'string', description: 'Partitioner class.' },
    },
    additionalProperties: { type: ['string', 'number', 'boolean'] },
  },
};
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'kafka-producer.schema.json',
  title: 'Spring Boot application config (Kafka producer subset)',
  type: 'object',
  definitions: { producer: { type: 'object', description: 'Kafka producer settings (spring.kafka.producer.*).', properties: producerProps, additionalProperties: false } },
  properties: {
    spring: {
      type: 'object',
      properties: {
        kafka: {
          type: 'object',
          description: 'Spring for Apache Kafka settings.',
          properties: { 'bootstrap-servers': producerProps['bootstrap-servers'], 'client-id': producerProps['client-id'], producer: { $ref: '#/definitions/producer' } },
        },
      },
    },
  },
};
w('yaml/kafka-producer.schema.json', JSON.stringify(schema, null, 2) + '\n');

// ------------------------------------------------------------------ YAML (yaml-language-server peer)
function springDoc(i, { profile, errors = false, extra = 0 } = {}) {
  const L = [];
  if (profile) L.push('spring:', '  config:', '    activate:', `      on-profile: p${i}`);
  else L.push('spring:');
  L.push(
    '  application:', `    name: orders-service-${i}`,
    '  kafka:', `    bootstrap-servers: kafka-${i % 3}.internal:9092,kafka-${(i + 1) % 3}.internal:9092`,
    `    client-id: orders-${i}`,
    '    producer:',
    `      acks: ${errors ? '2' : 'all'}`,
    `      retries: ${10 + (i % 5)}`,
    '      batch-size: 16384',
    `      buffer-memory: ${33554432 + i}`,
    `      compression-type: ${errors ? 'brotli' : ['lz4', 'zstd', 'snappy', 'gzip'][i % 4]}`,
    '      key-serializer: org.apache.kafka.common.serialization.StringSerializer',
    '      value-serializer: org.springframework.kafka.support.serializer.JsonSerializer',
    `      transaction-id-prefix: tx-orders-${i}-`,
    '      properties:',
    '        enable.idempotence: true',
    `        linger.ms: ${5 + (i % 20)}`,
    `        max.in.flight.requests.per.connection: ${errors ? 7 : 5}`,
    '        delivery.timeout.ms: 120000',
    '        request.timeout.ms: 30000',
    '    consumer:', `      group-id: orders-${i}`, '      auto-offset-reset: earliest',
    '  datasource:', `    url: jdbc:postgresql://db-${i % 4}.internal:5432/orders`, '    username: orders', '    password: ${DB_PASSWORD}',
    '    hikari:', '      maximum-pool-size: 20', '      minimum-idle: 5',
    '  jpa:', '    open-in-view: false', '    hibernate:', '      ddl-auto: validate',
    'server:', `  port: ${8080 + (i % 100)}`, '  shutdown: graceful',
    'management:', '  endpoints:', '    web:', '      exposure:', '        include: health,info,prometheus',
    'logging:', '  level:', '    org.apache.kafka: WARN', `    com.example.orders: ${i % 2 ? 'DEBUG' : 'INFO'}`,
  );
  for (let k = 0; k < extra; k++) L.push(`app.feature-${i}-${k}:`, `  enabled: ${k % 2 === 0}`, `  threshold: ${k * 7}`);
  return L;
}
{
  // ~200 lines, one document, 3 schema errors (acks: 2, compression-type: brotli, max.in.flight: 7)
  const L = ['# Spring Boot application.yml: orders service', ...springDoc(1, { errors: true })];
  L.push('app:', '  topics:');
  let t = 0;
  while (L.length < 198) { L.push(`    - name: orders.events.v${t}`, `      partitions: ${6 + (t % 6)}`, '      replication-factor: 3'); t++; }
  w('yaml/application-200.yml', L.join('\n') + '\n');
}
{
  // ~10,000 lines, one document per Spring profile; every tenth profile has the 3 errors
  const L = ['# generated: one YAML document per Spring profile'];
  let i = 0;
  while (L.length < 9990) { if (i) L.push('---'); L.push(...springDoc(i, { profile: true, errors: i % 10 === 7, extra: 1 })); i++; }
  w('yaml/application-10000.yml', L.join('\n') + '\n');
}

// ------------------------------------------------------------------ TypeScript (kafkajs)
const tsHeader = [
  "import { Kafka, CompressionTypes, logLevel, Partitioners } from 'kafkajs';",
  "import type { KafkaConfig, ProducerConfig, ProducerRecord, Message, Producer } from 'kafkajs';",
  '',
  '// Kafka producer configuration objects (benchmark fixture, generated)',
  "const env = (name: string, fallback: string): string => process.env[name] ?? fallback;",
  '',
];
function tsBlock(i, { error = false } = {}) {
  const comp = ['GZIP', 'Snappy', 'LZ4', 'ZSTD', 'None'][i % 5];
  return [
    `// ---- service ${i}`,
    `export const kafkaConfig${i}: KafkaConfig = {`,
    `  clientId: 'orders-svc-${i}',`,
    `  brokers: env('KAFKA_BROKERS_${i}', 'kafka-${i % 3}:9092').split(','),`,
    '  ssl: true,',
    "  sasl: { mechanism: 'scram-sha-512', username: env('KAFKA_USER', 'svc'), password: env('KAFKA_PASS', 'secret') },",
    `  connectionTimeout: ${3000 + i},`,
    '  requestTimeout: 30000,',
    '  retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 30000 },',
    '  logLevel: logLevel.INFO,',
    '};',
    '',
    `export const producerConfig${i}: ProducerConfig = {`,
    `  idempotent: ${error ? "'yes'" : 'true'},`,
    '  maxInFlightRequests: 5,',
    `  transactionalId: 'orders-tx-${i}',`,
    '  transactionTimeout: 60000,',
    '  allowAutoTopicCreation: false,',
    '  metadataMaxAge: 300000,',
    '  retry: { retries: 10, initialRetryTime: 100, maxRetryTime: 30000 },',
    '  createPartitioner: Partitioners.DefaultPartitioner,',
    '};',
    '',
    `export function record${i}(messages: Message[]): ProducerRecord {`,
    '  return {',
    `    topic: 'orders.events.${i}',`,
    `    acks: ${error ? "'all'" : '-1'},`,
    '    timeout: 30000,',
    `    compression: CompressionTypes.${comp},`,
    '    messages,',
    '  };',
    '}',
    '',
    `export async function createProducer${i}(): Promise<Producer> {`,
    `  const producer = new Kafka(kafkaConfig${i}).producer(producerConfig${i});`,
    '  await producer.connect();',
    '  return producer;',
    '}',
    '',
  ];
}
function tsFile(targetLines, errorBlocks) {
  const L = [...tsHeader];
  let i = 0;
  for (;;) { const b = tsBlock(i, { error: errorBlocks.includes(i) }); if (L.length + b.length > targetLines) break; L.push(...b); i++; }
  L.push(`export const producerConfigs = [${Array.from({ length: i }, (_, k) => `producerConfig${k}`).join(', ')}];`);
  while (L.length < targetLines) L.push('// end of generated configs');
  return L.join('\n') + '\n';
}
// producer-300: 2 type errors (idempotent: 'yes', acks: 'all') in block 3; producer-5000: the same in blocks 3 and 100
w('ts/p300/producer-300.ts', tsFile(300, [3]));
w('ts/p5000/producer-5000.ts', tsFile(5000, [3, 100]));
// One tsconfig project per file, so that opening one file does not load the other.
for (const d of ['p300', 'p5000']) w(`ts/${d}/tsconfig.json`, JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'commonjs', moduleResolution: 'node', strict: true, esModuleInterop: true, skipLibCheck: true, noEmit: true, types: ['node'] }, include: ['*.ts'] }, null, 2) + '\n');
