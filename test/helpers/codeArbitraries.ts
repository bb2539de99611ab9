// fast-check generators of TS/JS producer code (kafkajs, confluent KafkaJS and RdKafka APIs, node-rdkafka, NestJS) and of edits that break it.
import fc from 'fast-check';
import { CONFLUENT_KAFKAJS_COMMON, CONFLUENT_KAFKAJS_PRODUCER, KAFKAJS_CONSUMER_OPTIONS, KAFKAJS_OPTIONS, type KafkajsOption } from '../../server/src/service/catalog/kafkajsCatalog';
import { allLibrdkafkaProperties, type LibrdkafkaProperty } from '../../server/src/service/catalog/librdkafkaCatalog';
import { RULES } from '../../server/src/service/rules/registry';

// ---------------------------------------------------------------------------------------------------------------------
// The abstract program: values, properties and configuration arguments, rendered to text in a file's own style.

/** A value as written in code. `lit` code may hold `¤`, replaced by the file's quote. */
export type Val =
  | { readonly t: 'lit'; readonly code: string }
  | { readonly t: 'str'; readonly value: string }
  | { readonly t: 'enum'; readonly of: 'compression' | 'logLevel' | 'partitioner'; readonly member: string; readonly fallback: string }
  | { readonly t: 'ref'; readonly pick: number }
  | { readonly t: 'obj'; readonly obj: ObjSpec }
  | { readonly t: 'ts'; readonly inner: Val; readonly wrap: 'as const' | 'as number' | 'as any' | '!' | 'paren' };

export type PropSpec =
  | { readonly t: 'prop'; readonly key: string; readonly form: 'auto' | 'quoted' | 'computed'; readonly value: Val }
  | { readonly t: 'spread'; readonly pick: number }
  | { readonly t: 'shorthand'; readonly pick: number };

export interface ObjSpec {
  readonly multiline: boolean;
  readonly props: readonly PropSpec[];
}

export type ArgSpec =
  | { readonly t: 'inline'; readonly obj: ObjSpec }
  | { readonly t: 'const'; readonly pick: number }
  | { readonly t: 'assign'; readonly picks: readonly number[]; readonly obj: ObjSpec }
  | { readonly t: 'none' }
  | { readonly t: 'unknown'; readonly code: string };

export type JsClient = 'kafkajs' | 'confluent-kafkajs' | 'confluent-rdkafka' | 'node-rdkafka' | 'nestjs';

interface SendSpec {
  readonly batch: boolean;
  readonly arg: ArgSpec;
  readonly messages: number;
}

interface ProducerSpec {
  readonly arg: ArgSpec;
  readonly topicArg: ArgSpec | null;
  readonly holder: number;
  readonly sends: readonly SendSpec[];
  readonly transaction: readonly SendSpec[] | null;
}

interface NestSpec {
  readonly where: number;
  readonly client: ArgSpec | null;
  readonly producer: ArgSpec | null;
  readonly send: ArgSpec | null;
  readonly extras: boolean;
}

interface ObjectConst {
  readonly props: ObjSpec;
  readonly annotate: number;
  readonly writes: ReadonlyArray<{ readonly key: string; readonly value: Val; readonly conditional: boolean; readonly bracket: boolean }>;
}

interface Style {
  readonly quote: "'" | '"';
  readonly indent: string;
  readonly trailingComma: boolean;
  readonly semicolons: boolean;
  readonly eol: '\n' | '\r\n';
  readonly finalEol: boolean;
}

export interface CodeProgram {
  readonly client: JsClient;
  readonly variant: number;
  readonly ext: string;
  readonly style: Style;
  readonly scalars: readonly Val[];
  readonly objects: readonly ObjectConst[];
  /** Consts of a sibling module `./shared` the file imports (their values stay in that file). */
  readonly shared: { readonly scalars: readonly Val[]; readonly objects: readonly ObjectConst[] } | null;
  readonly clientArg: ArgSpec;
  readonly producers: readonly ProducerSpec[];
  readonly nest: NestSpec | null;
  readonly codecs: readonly string[];
  readonly directives: ReadonlyArray<{ readonly line: number; readonly rules: readonly string[]; readonly file: boolean }>;
}

/** A generated document: its uri and text, and the text of the `./shared` module it may import. */
export interface CodeCase {
  readonly uri: string;
  readonly text: string;
  readonly sharedUri: string;
  readonly sharedText: string | undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// Values by what an option takes.

const lit = (code: string): Val => ({ t: 'lit', code });
const str = (value: string): Val => ({ t: 'str', value });

const NUMBERS = ['0', '1', '-1', '2', '5', '10', '20', '100', '300', '1000', '5000', '16384', '30000', '60000', '120000', '300000', '900000', '2147483647', '33554432', '1048576', '0.5', '1e3', '1_000', '60 * 1000', '-5', 'NaN', '0x10'];
const ENV = [
  'process.env.KAFKA_ACKS',
  'Number(process.env.RETRIES)',
  'process.env.IDEMPOTENT === ¤true¤',
  'process.env.COMPRESSION ?? ¤lz4¤',
  'parseInt(process.env.LINGER_MS ?? ¤5¤, 10)',
  'process.env.TX_ID!',
  'config.get(¤kafka.acks¤)',
  'loadRetries()',
];
const ODD = ['undefined', 'null', '[]', '{}', '() => 0', '`tx-${1}`', '`orders`', 'Math.random() > 0.5 ? 1 : 0', 'true ? -1 : 1', 'void 0', 'Infinity', '-0', '!0', '+¤5¤', '¤5¤ + ¤0¤'];

const envVal: fc.Arbitrary<Val> = fc.constantFrom(...ENV).map(lit);
const oddVal: fc.Arbitrary<Val> = fc.constantFrom(...ODD).map(lit);
const refVal: fc.Arbitrary<Val> = fc.nat(7).map((pick) => ({ t: 'ref', pick }));
const numberVal: fc.Arbitrary<Val> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NUMBERS).map(lit) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 3_000_000_000 }).map((n) => lit(String(n))) },
  { weight: 1, arbitrary: fc.constantFrom('5', '1000', '5ms', 'all', '', '30s').map(str) },
);
const boolVal: fc.Arbitrary<Val> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('true', 'false').map(lit) },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false', 'yes', 't', '1').map(str) },
  { weight: 1, arbitrary: fc.constantFrom('1', '0').map(lit) },
);
const acksVal: fc.Arbitrary<Val> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('-1', '0', '1').map(lit) },
  { weight: 2, arbitrary: fc.constantFrom('all', '-1', '1', 'ALL', '0').map(str) },
  { weight: 1, arbitrary: fc.constantFrom('2', '-2', '1.5').map(lit) },
);
const COMPRESSION_MEMBERS = [
  ['None', '0'],
  ['GZIP', '1'],
  ['Snappy', '2'],
  ['SNAPPY', '2'],
  ['LZ4', '3'],
  ['ZSTD', '4'],
] as const;
const compressionVal: fc.Arbitrary<Val> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...COMPRESSION_MEMBERS).map(([member, fallback]): Val => ({ t: 'enum', of: 'compression', member, fallback })) },
  { weight: 2, arbitrary: fc.constantFrom('0', '1', '2', '3', '4', '5').map(lit) },
  { weight: 2, arbitrary: fc.constantFrom('gzip', 'lz4', 'zstd', 'snappy', 'none', 'brotli', 'LZ4').map(str) },
);
const stringVal: fc.Arbitrary<Val> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('orders', 'orders-tx-1', 'tx', '', 'orders-service', 'PLAIN', 'SASL_SSL', 'murmur2_random', 'consistent_random', 'all').map(str) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }).map(str) },
);
const brokersVal: fc.Arbitrary<Val> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('[¤localhost:9092¤]', '[¤kafka-1:9092¤, ¤kafka-2:9092¤]', '(process.env.BROKERS ?? ¤¤).split(¤,¤)', '() => [¤b:9092¤]', '[process.env.BROKER!]').map(lit) },
  { weight: 1, arbitrary: fc.constantFrom('localhost:9092', 'kafka-1:9092,kafka-2:9092').map(str) },
);
const LOG_LEVELS = [
  ['NOTHING', '0'],
  ['ERROR', '1'],
  ['WARN', '2'],
  ['INFO', '4'],
  ['DEBUG', '5'],
] as const;
const logLevelVal: fc.Arbitrary<Val> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LOG_LEVELS).map(([member, fallback]): Val => ({ t: 'enum', of: 'logLevel', member, fallback })) },
  { weight: 1, arbitrary: fc.constantFrom('2', '7', '-1').map(lit) },
);
const functionVal: fc.Arbitrary<Val> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('DefaultPartitioner', 'LegacyPartitioner', 'JavaCompatiblePartitioner').map((member): Val => ({ t: 'enum', of: 'partitioner', member, fallback: '() => () => 0' })) },
  { weight: 1, arbitrary: fc.constantFrom('() => () => 0', 'myPartitioner', 'function () { return () => 0; }').map(lit) },
);
const objectish: fc.Arbitrary<Val> = fc.constantFrom(
  '{ mechanism: ¤plain¤, username: ¤u¤, password: ¤p¤ }',
  '{ rejectUnauthorized: false }',
  '{ mechanism: ¤scram-sha-512¤, username: process.env.USER!, password: process.env.PASS! }',
).map(lit);

/** Any value of any shape, with a bias to values that mean something to some option. */
export const anyVal: fc.Arbitrary<Val> = fc.oneof(
  { weight: 3, arbitrary: numberVal },
  { weight: 2, arbitrary: boolVal },
  { weight: 2, arbitrary: stringVal },
  { weight: 1, arbitrary: acksVal },
  { weight: 1, arbitrary: compressionVal },
  { weight: 1, arbitrary: envVal },
  { weight: 1, arbitrary: oddVal },
  { weight: 1, arbitrary: refVal },
);

/** A typed value, sometimes wrapped in TS syntax that does not change it, sometimes unknown or a const. */
function around(base: fc.Arbitrary<Val>): fc.Arbitrary<Val> {
  return fc.oneof(
    { weight: 12, arbitrary: base },
    { weight: 1, arbitrary: envVal },
    { weight: 1, arbitrary: oddVal },
    { weight: 2, arbitrary: refVal },
    { weight: 1, arbitrary: fc.tuple(base, fc.constantFrom('as const', 'as number', 'as any', '!', 'paren') as fc.Arbitrary<'as const' | 'as number' | 'as any' | '!' | 'paren'>).map(([inner, wrap]): Val => ({ t: 'ts', inner, wrap })) },
  );
}

function kafkajsValue(o: KafkajsOption): fc.Arbitrary<Val> {
  switch (o.type) {
    case 'boolean':
      return around(boolVal);
    case 'number':
      return around(numberVal);
    case 'string':
      return around(stringVal);
    case 'acks':
      return around(acksVal);
    case 'compression':
      return around(compressionVal);
    case 'brokers':
      return around(brokersVal);
    case 'logLevel':
      return around(logLevelVal);
    case 'function':
      return around(functionVal);
    case 'ssl':
      return around(fc.oneof(boolVal, objectish));
    default:
      return around(objectish);
  }
}

const rdAcks: fc.Arbitrary<Val> = fc.oneof(acksVal, fc.constantFrom('all', '-1', '1', '0').map(str));

function librdkafkaValue(p: LibrdkafkaProperty): fc.Arbitrary<Val> {
  if (p.name === 'acks' || p.name === 'request.required.acks') return around(rdAcks);
  switch (p.type) {
    case 'integer':
    case 'float': {
      const edges = [p.min, p.max, p.default].filter((x): x is number => typeof x === 'number').map(String);
      return around(fc.oneof({ weight: 3, arbitrary: numberVal }, { weight: 2, arbitrary: fc.constantFrom(...(edges.length ? edges : ['1'])).map(lit) }, { weight: 1, arbitrary: fc.constantFrom(...(edges.length ? edges : ['1'])).map(str) }));
    }
    case 'boolean':
      return around(boolVal);
    case 'enum':
    case 'flags': {
      const values = p.values && p.values.length ? p.values : ['x'];
      return around(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values).map(str) }, { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => str(v.toUpperCase())) }, { weight: 1, arbitrary: stringVal }));
    }
    case 'callback':
      return fc.constantFrom('true', '() => undefined', 'false').map(lit);
    default:
      return around(stringVal);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Keys per place.

type Place = 'kjs-client' | 'kjs-producer' | 'kjs-send' | 'kjs-retry' | 'cf-client' | 'cf-producer' | 'cf-block-client' | 'cf-block-producer' | 'cf-send' | 'rd' | 'rd-topic';

const kjs = (place: 'client' | 'producer' | 'send') => KAFKAJS_OPTIONS.filter((o) => o.places.includes(place) && !o.path.includes('.') && o.path !== 'retry');
const RETRY_OPTIONS = KAFKAJS_OPTIONS.filter((o) => o.path.startsWith('retry.'));

const RD_CORE = [
  'bootstrap.servers', 'metadata.broker.list', 'client.id', 'acks', 'request.required.acks', 'enable.idempotence', 'max.in.flight',
  'max.in.flight.requests.per.connection', 'linger.ms', 'queue.buffering.max.ms', 'batch.num.messages', 'batch.size', 'compression.codec',
  'compression.type', 'message.timeout.ms', 'delivery.timeout.ms', 'transactional.id', 'transaction.timeout.ms', 'retries',
  'message.send.max.retries', 'retry.backoff.ms', 'retry.backoff.max.ms', 'socket.timeout.ms', 'request.timeout.ms', 'dr_cb', 'dr_msg_cb',
  'security.protocol', 'sasl.mechanisms', 'sasl.mechanism', 'partitioner', 'queue.buffering.max.kbytes', 'queue.buffering.max.messages', 'message.max.bytes',
  'enable.gapless.guarantee', 'allow.auto.create.topics', 'topic.metadata.refresh.interval.ms', 'log_level', 'debug',
];
const RD_PROPS = allLibrdkafkaProperties();
const rdProp = (name: string) => RD_PROPS.find((p) => p.name === name);
/** Names that mean something elsewhere: Java-only keys, consumer keys, kafkajs names, typos. */
const RD_FOREIGN = ['buffer.memory', 'key.serializer', 'group.id', 'auto.offset.reset', 'enable.auto.commit', 'idempotent', 'maxInFlightRequests', 'lingr.ms', 'linger_ms', 'LINGER.MS', 'compression', 'kafkaJS', 'acks '];
const KJS_FOREIGN = ['linger.ms', 'enable.idempotence', 'batch.size', 'idempotnet', 'maxInflightRequests', 'transactionalID', 'retries', 'brokers', 'clientId', 'groupId', 'sessionTimeout', 'kafkaJS', 'acks', 'compression', 'timeout'];
const RETRY_FOREIGN = ['maxRetries', 'retry', 'initialRetryTimeMs', 'backoff'];
const CF_BLOCK_FOREIGN = ['createPartitioner', 'logCreator', 'retry.factor', 'linger.ms', 'idempotnet', 'acks', 'compression', 'timeout'];

/** Generic key shapes mistyped the way people do. */
const junkKey: fc.Arbitrary<string> = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('', ' ', 'constructor', '__proto__', 'toString', '0', '1e3', 'a-b', 'a.b.c'));

/** Property (or nested block) arbitraries of a place. */
function propArb(place: Place, depth: number): fc.Arbitrary<PropSpec> {
  const prop = (key: fc.Arbitrary<string>, value: (k: string) => fc.Arbitrary<Val>): fc.Arbitrary<PropSpec> =>
    key.chain((k) => fc.tuple(value(k), fc.constantFrom('auto', 'auto', 'auto', 'auto', 'quoted', 'computed') as fc.Arbitrary<'auto' | 'quoted' | 'computed'>).map(([v, form]): PropSpec => ({ t: 'prop', key: k, form, value: v })));
  const nested = (key: string, inner: Place): fc.Arbitrary<PropSpec> =>
    depth > 2 ? prop(fc.constant(key), () => anyVal) : objArb(inner, depth + 1, 5).map((obj): PropSpec => ({ t: 'prop', key, form: 'auto', value: { t: 'obj', obj } }));
  const kjsKnown = (opts: readonly KafkajsOption[]) => fc.constantFrom(...opts).chain((o) => prop(fc.constant(o.path), () => kafkajsValue(o)));
  const anyKey = (keys: readonly string[]) => prop(fc.constantFrom(...keys), () => anyVal);
  const rdKnown = (names: readonly string[]) => prop(fc.constantFrom(...names), (k) => (rdProp(k) ? librdkafkaValue(rdProp(k)!) : anyVal));
  const common = (arbs: Array<{ weight: number; arbitrary: fc.Arbitrary<PropSpec> }>): fc.Arbitrary<PropSpec> =>
    fc.oneof(
      ...arbs,
      { weight: 1, arbitrary: fc.nat(7).map((pick): PropSpec => ({ t: 'spread', pick })) },
      { weight: 1, arbitrary: fc.nat(7).map((pick): PropSpec => ({ t: 'shorthand', pick })) },
      { weight: 1, arbitrary: prop(junkKey, () => anyVal) },
    );
  switch (place) {
    case 'kjs-client':
      return common([
        { weight: 8, arbitrary: kjsKnown(kjs('client')) },
        { weight: 3, arbitrary: nested('retry', 'kjs-retry') },
        { weight: 1, arbitrary: anyKey(KJS_FOREIGN) },
      ]);
    case 'kjs-producer':
      return common([
        { weight: 10, arbitrary: kjsKnown(kjs('producer')) },
        { weight: 3, arbitrary: nested('retry', 'kjs-retry') },
        { weight: 2, arbitrary: kjsKnown(kjs('send')) },
        { weight: 2, arbitrary: anyKey([...KJS_FOREIGN, ...KAFKAJS_CONSUMER_OPTIONS]) },
      ]);
    case 'kjs-send':
      return common([
        { weight: 10, arbitrary: kjsKnown(kjs('send')) },
        { weight: 1, arbitrary: kjsKnown(kjs('producer')) },
        { weight: 1, arbitrary: anyKey(['ack', 'retry', 'linger.ms', 'compressionType', 'key']) },
      ]);
    case 'kjs-retry':
      return common([
        { weight: 8, arbitrary: kjsKnown(RETRY_OPTIONS.map((o) => ({ ...o, path: o.path.slice('retry.'.length) }))) },
        { weight: 1, arbitrary: anyKey(RETRY_FOREIGN) },
      ]);
    case 'cf-client':
      return common([
        { weight: 4, arbitrary: nested('kafkaJS', 'cf-block-client') },
        { weight: 4, arbitrary: rdKnown(['bootstrap.servers', 'client.id', 'socket.timeout.ms', 'security.protocol', 'sasl.mechanisms', 'retries', 'linger.ms', 'enable.idempotence', 'acks']) },
        { weight: 1, arbitrary: kjsKnown(kjs('client')) },
      ]);
    case 'cf-producer':
      return common([
        { weight: 5, arbitrary: nested('kafkaJS', 'cf-block-producer') },
        { weight: 8, arbitrary: rdKnown(RD_CORE) },
        { weight: 2, arbitrary: kjsKnown(kjs('producer')) },
        { weight: 1, arbitrary: anyKey(RD_FOREIGN) },
      ]);
    case 'cf-block-client':
      return common([
        { weight: 6, arbitrary: kjsKnown(kjs('client').filter((o) => CONFLUENT_KAFKAJS_COMMON.has(o.path) || o.path === 'logCreator')) },
        { weight: 2, arbitrary: nested('retry', 'kjs-retry') },
        { weight: 1, arbitrary: anyKey(CF_BLOCK_FOREIGN) },
      ]);
    case 'cf-block-producer':
      return common([
        { weight: 8, arbitrary: kjsKnown(KAFKAJS_OPTIONS.filter((o) => CONFLUENT_KAFKAJS_PRODUCER.has(o.path))) },
        { weight: 2, arbitrary: nested('retry', 'kjs-retry') },
        { weight: 1, arbitrary: kjsKnown(kjs('client')) },
        { weight: 1, arbitrary: anyKey(CF_BLOCK_FOREIGN) },
      ]);
    case 'cf-send':
      return common([
        { weight: 4, arbitrary: kjsKnown(kjs('send')) },
        { weight: 1, arbitrary: anyKey(['idempotent', 'linger.ms', 'kafkaJS']) },
      ]);
    case 'rd':
      return common([
        { weight: 10, arbitrary: rdKnown(RD_CORE) },
        { weight: 3, arbitrary: rdKnown(RD_PROPS.map((p) => p.name)) },
        { weight: 2, arbitrary: anyKey(RD_FOREIGN) },
      ]);
    case 'rd-topic':
      return common([
        { weight: 6, arbitrary: rdKnown(['request.required.acks', 'acks', 'message.timeout.ms', 'compression.codec', 'compression.type', 'partitioner', 'request.timeout.ms', 'produce.offset.report']) },
        { weight: 2, arbitrary: rdKnown(RD_CORE) },
      ]);
  }
}

function objArb(place: Place, depth: number, maxProps: number): fc.Arbitrary<ObjSpec> {
  return fc.record({ multiline: fc.boolean(), props: fc.array(propArb(place, depth), { maxLength: maxProps }) });
}

/** How a configuration argument is written: inline (most of the time), a const, Object.assign, nothing, or unknown. */
function argArb(place: Place, maxProps = 8): fc.Arbitrary<ArgSpec> {
  return fc.oneof(
    { weight: 10, arbitrary: objArb(place, 0, maxProps).map((obj): ArgSpec => ({ t: 'inline', obj })) },
    { weight: 2, arbitrary: fc.nat(7).map((pick): ArgSpec => ({ t: 'const', pick })) },
    { weight: 1, arbitrary: fc.tuple(fc.array(fc.nat(7), { maxLength: 2 }), objArb(place, 0, 3)).map(([picks, obj]): ArgSpec => ({ t: 'assign', picks, obj })) },
    { weight: 1, arbitrary: fc.constant<ArgSpec>({ t: 'none' }) },
    { weight: 1, arbitrary: fc.constantFrom('loadConfig()', 'JSON.parse(process.env.KAFKA_CONFIG!)', 'options', '{ ...options }').map((code): ArgSpec => ({ t: 'unknown', code })) },
  );
}

function places(client: JsClient): { client: Place; producer: Place; send: Place; topic: Place } {
  switch (client) {
    case 'kafkajs':
    case 'nestjs':
      return { client: 'kjs-client', producer: 'kjs-producer', send: 'kjs-send', topic: 'rd-topic' };
    case 'confluent-kafkajs':
      return { client: 'cf-client', producer: 'cf-producer', send: 'cf-send', topic: 'rd-topic' };
    default:
      return { client: 'rd', producer: 'rd', send: 'kjs-send', topic: 'rd-topic' };
  }
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  quote: fc.constantFrom("'", "'", '"') as fc.Arbitrary<"'" | '"'>,
  indent: fc.constantFrom('  ', '  ', '    ', '\t'),
  trailingComma: fc.boolean(),
  semicolons: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  eol: fc.constantFrom('\n', '\n', '\n', '\r\n') as fc.Arbitrary<'\n' | '\r\n'>,
  finalEol: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});

const VARIANTS: Record<JsClient, number> = { kafkajs: 4, 'confluent-kafkajs': 3, 'confluent-rdkafka': 3, 'node-rdkafka': 4, nestjs: 2 };
const RULE_IDS = RULES.map((r) => r.id);

function objectConstArb(place: Place): fc.Arbitrary<ObjectConst> {
  return fc.record({
    props: objArb(place, 0, 5),
    annotate: fc.nat(4),
    writes: fc.array(fc.record({ key: fc.constantFrom('maxInFlightRequests', 'idempotent', 'linger.ms', 'acks', 'allowAutoTopicCreation', 'enable.idempotence', 'retries'), value: anyVal, conditional: fc.boolean(), bracket: fc.boolean() }), { maxLength: 2 }),
  });
}

function sendArb(place: Place): fc.Arbitrary<SendSpec> {
  return fc.record({ batch: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }), arg: argArb(place, 4), messages: fc.nat(4) });
}

function programArb(client: JsClient): fc.Arbitrary<CodeProgram> {
  const p = places(client);
  const rd = client === 'node-rdkafka' || client === 'confluent-rdkafka';
  return fc.record({
    client: fc.constant(client),
    variant: fc.nat(VARIANTS[client] - 1),
    ext: fc.constantFrom('.ts', '.ts', '.ts', '.js', '.mjs', '.cjs', '.tsx', '.mts'),
    style: styleArb,
    scalars: fc.array(anyVal, { maxLength: 4 }),
    objects: fc.array(objectConstArb(p.producer), { maxLength: 2 }),
    shared: fc.option(fc.record({ scalars: fc.array(anyVal, { maxLength: 3 }), objects: fc.array(objectConstArb(p.producer), { maxLength: 2 }) }), { freq: 5 }),
    clientArg: argArb(p.client, 6),
    producers: fc.array(
      fc.record({
        arg: argArb(p.producer),
        topicArg: rd ? fc.option(argArb('rd-topic', 3), { freq: 3 }) : fc.constant(null),
        holder: fc.nat(3),
        sends: rd ? fc.constant([]) : fc.array(sendArb(p.send), { maxLength: 3 }),
        transaction: rd ? fc.constant(null) : fc.option(fc.array(sendArb(p.send), { maxLength: 2 }), { freq: 4 }),
      }),
      { minLength: client === 'nestjs' ? 0 : 1, maxLength: client === 'nestjs' ? 0 : 2 },
    ),
    nest:
      client === 'nestjs'
        ? fc.record({
            where: fc.nat(3),
            client: fc.option(argArb('kjs-client', 4), { freq: 5 }),
            producer: fc.option(argArb('kjs-producer', 6), { freq: 6 }),
            send: fc.option(argArb('kjs-send', 3), { freq: 3 }),
            extras: fc.boolean(),
          })
        : fc.constant(null),
    codecs: client === 'kafkajs' ? fc.subarray(['Snappy', 'LZ4', 'ZSTD'], { maxLength: 2 }) : fc.constant([]),
    directives: fc.array(fc.record({ line: fc.nat(60), rules: fc.subarray(RULE_IDS, { minLength: 1, maxLength: 2 }), file: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) }), { maxLength: 2 }),
  });
}

export const clientArb: fc.Arbitrary<JsClient> = fc.constantFrom('kafkajs', 'kafkajs', 'confluent-kafkajs', 'confluent-rdkafka', 'node-rdkafka', 'nestjs');

/** A program of any client. */
export const programOfAnyClient: fc.Arbitrary<CodeProgram> = clientArb.chain(programArb);

// ---------------------------------------------------------------------------------------------------------------------
// Rendering.

interface Names {
  /** `new X(…)` of the client object, producer classes, the write stream factory. */
  kafka?: string;
  rdProducer?: string;
  rdHigh?: string;
  rdStream?: string;
  compression?: string;
  logLevel?: string;
  partitioners?: string;
  codecs?: string;
}

interface Env {
  readonly style: Style;
  readonly ts: boolean;
  readonly scalars: readonly string[];
  readonly objects: readonly string[];
  readonly names: Names;
}

const SCALAR_NAMES = ['ACKS', 'idempotent', 'LINGER_MS', 'acks', 'maxInFlightRequests', 'TX_ID', 'RETRIES', 'transactionalId', 'COMPRESSION', 'BROKERS'];
const OBJECT_NAMES = ['producerDefaults', 'base', 'tuning', 'reliability'];
const IDENT = /^[A-Za-z_$][\w$]*$/;

function header(client: JsClient, variant: number, q: string): { code: string; names: Names } {
  const from = (pkg: string) => `${q}${pkg}${q}`;
  switch (client) {
    case 'kafkajs':
      switch (variant) {
        case 0:
          return { code: `import { Kafka, CompressionTypes, CompressionCodecs, Partitioners, logLevel } from ${from('kafkajs')};`, names: { kafka: 'Kafka', compression: 'CompressionTypes', logLevel: 'logLevel', partitioners: 'Partitioners', codecs: 'CompressionCodecs' } };
        case 1:
          return { code: `const { Kafka, CompressionTypes, CompressionCodecs, Partitioners, logLevel } = require(${from('kafkajs')});`, names: { kafka: 'Kafka', compression: 'CompressionTypes', logLevel: 'logLevel', partitioners: 'Partitioners', codecs: 'CompressionCodecs' } };
        case 2:
          return { code: `import * as kafkajs from ${from('kafkajs')};`, names: { kafka: 'kafkajs.Kafka', compression: 'kafkajs.CompressionTypes', logLevel: 'kafkajs.logLevel', partitioners: 'kafkajs.Partitioners', codecs: 'kafkajs.CompressionCodecs' } };
        default:
          return { code: `import { Kafka as KafkaClient } from ${from('kafkajs')};`, names: { kafka: 'KafkaClient' } };
      }
    case 'confluent-kafkajs':
      switch (variant) {
        case 0:
          return { code: `import { KafkaJS } from ${from('@confluentinc/kafka-javascript')};`, names: { kafka: 'KafkaJS.Kafka', compression: 'KafkaJS.CompressionTypes', logLevel: 'KafkaJS.logLevel' } };
        case 1:
          return { code: `const { Kafka, CompressionTypes, logLevel } = require(${from('@confluentinc/kafka-javascript')}).KafkaJS;`, names: { kafka: 'Kafka', compression: 'CompressionTypes', logLevel: 'logLevel' } };
        default:
          return { code: `import * as Confluent from ${from('@confluentinc/kafka-javascript')};`, names: { kafka: 'Confluent.KafkaJS.Kafka', compression: 'Confluent.KafkaJS.CompressionTypes' } };
      }
    case 'confluent-rdkafka':
      switch (variant) {
        case 0:
          return { code: `import { Producer, HighLevelProducer } from ${from('@confluentinc/kafka-javascript')};`, names: { rdProducer: 'Producer', rdHigh: 'HighLevelProducer', rdStream: 'Producer.createWriteStream' } };
        case 1:
          return { code: `const RdKafka = require(${from('@confluentinc/kafka-javascript')});`, names: { rdProducer: 'RdKafka.Producer', rdHigh: 'RdKafka.HighLevelProducer', rdStream: 'RdKafka.Producer.createWriteStream' } };
        default:
          return { code: `import { RdKafka } from ${from('@confluentinc/kafka-javascript')};`, names: { rdProducer: 'RdKafka.Producer', rdHigh: 'RdKafka.HighLevelProducer' } };
      }
    case 'node-rdkafka':
      switch (variant) {
        case 0:
          return { code: `import Kafka from ${from('node-rdkafka')};`, names: { rdProducer: 'Kafka.Producer', rdHigh: 'Kafka.HighLevelProducer', rdStream: 'Kafka.Producer.createWriteStream' } };
        case 1:
          return { code: `import * as Kafka from ${from('node-rdkafka')};`, names: { rdProducer: 'Kafka.Producer', rdHigh: 'Kafka.HighLevelProducer', rdStream: 'Kafka.createWriteStream' } };
        case 2:
          return { code: `const Kafka = require(${from('node-rdkafka')});`, names: { rdProducer: 'Kafka.Producer', rdHigh: 'Kafka.HighLevelProducer', rdStream: 'Kafka.Producer.createWriteStream' } };
        default:
          return { code: `import { Producer as RdProducer, HighLevelProducer } from ${from('node-rdkafka')};`, names: { rdProducer: 'RdProducer', rdHigh: 'HighLevelProducer' } };
      }
    case 'nestjs':
      return variant === 0
        ? { code: `import { NestFactory } from ${from('@nestjs/core')};\nimport { ClientsModule, ClientKafka, Transport } from ${from('@nestjs/microservices')};`, names: {} }
        : {
            code: `import { NestFactory } from ${from('@nestjs/core')};\nimport { ClientsModule, ClientKafka, Transport } from ${from('@nestjs/microservices')};\nimport { CompressionTypes, Partitioners, logLevel } from ${from('kafkajs')};`,
            names: { compression: 'CompressionTypes', partitioners: 'Partitioners', logLevel: 'logLevel' },
          };
  }
}

function quoteText(s: string, q: string): string {
  return q + s.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), `\\${q}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') + q;
}

function renderVal(v: Val, env: Env, depth: number): string {
  const q = env.style.quote;
  switch (v.t) {
    case 'lit': {
      const code = v.code.replace(/¤/g, q);
      // `x!` is TypeScript only.
      return env.ts ? code : code.replace(/([\w)\]])!(?!=)/g, '$1');
    }
    case 'str':
      return quoteText(v.value, q);
    case 'enum': {
      const base = v.of === 'compression' ? env.names.compression : v.of === 'logLevel' ? env.names.logLevel : env.names.partitioners;
      return base ? `${base}.${v.member}` : v.fallback;
    }
    case 'ref': {
      const all = env.scalars;
      return all.length ? all[v.pick % all.length]! : '1';
    }
    case 'obj':
      return renderObj(v.obj, env, depth + 1);
    case 'ts': {
      const inner = renderVal(v.inner, env, depth);
      if (v.wrap === 'paren') return `(${inner})`;
      if (!env.ts) return inner;
      if (v.wrap === '!') return `${inner}!`;
      return `(${inner} ${v.wrap})`;
    }
  }
}

function renderKey(key: string, form: 'auto' | 'quoted' | 'computed', q: string): string {
  if (form === 'computed') return `[${quoteText(key, q)}]`;
  if (form === 'auto' && IDENT.test(key)) return key;
  return quoteText(key, q);
}

function renderProp(p: PropSpec, env: Env, depth: number): string {
  switch (p.t) {
    case 'prop':
      return `${renderKey(p.key, p.form, env.style.quote)}: ${renderVal(p.value, env, depth)}`;
    case 'spread':
      return env.objects.length ? `...${env.objects[p.pick % env.objects.length]!}` : `...{}`;
    case 'shorthand':
      return env.scalars.length ? env.scalars[p.pick % env.scalars.length]! : `idempotent: true`;
  }
}

function renderObj(obj: ObjSpec, env: Env, depth: number, extra: readonly string[] = [], extraAfter: readonly string[] = []): string {
  const items = [...extra, ...obj.props.map((p) => renderProp(p, env, depth)), ...extraAfter];
  if (items.length === 0) return '{}';
  const { indent, trailingComma } = env.style;
  if (obj.multiline && depth < 3) {
    const inner = indent.repeat(depth + 1);
    return `{\n${items.map((i, k) => `${inner}${i}${k < items.length - 1 || trailingComma ? ',' : ''}`).join('\n')}\n${indent.repeat(depth)}}`;
  }
  return `{ ${items.join(', ')}${trailingComma && depth > 0 ? ',' : ''} }`;
}

function renderArg(arg: ArgSpec, env: Env, depth: number, extra: readonly string[] = [], extraAfter: readonly string[] = []): string {
  switch (arg.t) {
    case 'inline':
      return renderObj(arg.obj, env, depth, extra, extraAfter);
    case 'const': {
      const name = env.objects.length ? env.objects[arg.pick % env.objects.length]! : 'undefined';
      return extra.length || extraAfter.length ? `{ ...${name}, ${[...extra, ...extraAfter].join(', ')} }` : name;
    }
    case 'assign': {
      const names = arg.picks.map((p) => (env.objects.length ? env.objects[p % env.objects.length]! : '{}'));
      return `Object.assign({}, ${[...names, renderObj(arg.obj, env, depth, extra, extraAfter)].join(', ')})`;
    }
    case 'none':
      return extra.length || extraAfter.length ? `{ ${[...extra, ...extraAfter].join(', ')} }` : '';
    case 'unknown':
      return extra.length || extraAfter.length ? `{ ...${arg.code}, ${[...extra, ...extraAfter].join(', ')} }` : arg.code;
  }
}

function renderObjectConst(name: string, o: ObjectConst, env: Env, exported: boolean): string[] {
  const lines: string[] = [];
  const obj = renderObj(o.props, env, 0);
  const semi = env.style.semicolons ? ';' : '';
  const kw = exported ? 'export const' : 'const';
  const writable = o.writes.length > 0;
  if (env.ts && (o.annotate === 1 || writable)) lines.push(`${kw} ${name}: Record<string, unknown> = ${obj}${semi}`);
  else if (env.ts && o.annotate === 2) lines.push(`${kw} ${name} = ${obj} as const${semi}`);
  else if (env.ts && o.annotate === 3) lines.push(`${kw} ${name} = ${obj} satisfies Record<string, unknown>${semi}`);
  else lines.push(`${kw} ${name} = ${obj}${semi}`);
  for (const w of o.writes) {
    const target = w.bracket || !IDENT.test(w.key) ? `${name}[${quoteText(w.key, env.style.quote)}]` : `${name}.${w.key}`;
    const stmt = `${target} = ${renderVal(w.value, env, 0)}${semi}`;
    lines.push(w.conditional ? `if (process.env.FAST) {\n${env.style.indent}${stmt}\n}` : stmt);
  }
  return lines;
}

function messagesCode(n: number, q: string): string {
  switch (n) {
    case 0:
      return 'messages: []';
    case 1:
      return `messages: [{ key: ${q}k${q}, value: ${q}v${q} }]`;
    case 2:
      return `messages: [{ value: JSON.stringify({ id: 1 }) }, { key: null, value: ${q}x${q} }]`;
    case 3:
      return 'messages';
    default:
      return `messages: events.map((e) => ({ key: e.id, value: e.body }))`;
  }
}

function renderSend(target: string, s: SendSpec, env: Env, indent: string): string {
  const q = env.style.quote;
  const semi = env.style.semicolons ? ';' : '';
  const msgs = messagesCode(s.messages, q);
  const arg = s.batch ? renderArg(s.arg, env, 1, [], [`topicMessages: [{ topic: ${q}audit${q}, ${msgs} }]`]) : renderArg(s.arg, env, 1, [`topic: ${q}orders${q}`], [msgs]);
  return `${indent}await ${target}.${s.batch ? 'sendBatch' : 'send'}(${arg})${semi}`;
}

/** The text of a program (without suppression directives and line-ending choices, which `renderProgram` adds). */
function renderBody(p: CodeProgram, env: Env): string[] {
  const { style } = env;
  const q = style.quote;
  const semi = style.semicolons ? ';' : '';
  const ind = style.indent;
  const lines: string[] = [];
  const tsOnly = (code: string) => (env.ts ? code : '');
  const messagesParam = `messages${tsOnly(': any[]')}, events${tsOnly(': Array<{ id: string; body: string }>')}`;
  if (p.client !== 'nestjs' || p.producers.length) lines.push(tsOnly(`declare const config: { get(key: string): unknown }${semi}`), tsOnly(`declare function loadRetries(): number${semi}`), tsOnly(`declare function loadConfig(): any${semi}`), tsOnly(`declare const options: any, myPartitioner: any${semi}`));
  for (const codec of p.codecs) {
    if (!env.names.codecs || !env.names.compression) break;
    lines.push(`${env.names.codecs}[${env.names.compression}.${codec}] = require(${q}kafkajs-${codec.toLowerCase()}${q})${semi}`);
  }
  if (p.client === 'kafkajs' || p.client === 'confluent-kafkajs') {
    lines.push(`const kafka = new ${env.names.kafka}(${renderArg(p.clientArg, env, 0)})${semi}`);
  }
  p.producers.forEach((prod, i) => {
    const name = `producer${i}`;
    if (p.client === 'kafkajs' || p.client === 'confluent-kafkajs') {
      const create = `kafka.producer(${renderArg(prod.arg, env, 0)})`;
      const body: string[] = [];
      const sends = (target: string, indent: string) => {
        body.push(`${indent}await ${target}.connect()${semi}`);
        for (const s of prod.sends) body.push(renderSend(target, s, env, indent));
        if (prod.transaction) {
          body.push(`${indent}const txn = await ${target}.transaction()${semi}`);
          for (const s of prod.transaction) body.push(renderSend('txn', s, env, indent));
          body.push(`${indent}await txn.commit()${semi}`);
        }
      };
      switch (prod.holder) {
        case 1: {
          sends('this.producer', ind + ind);
          lines.push(`export class Publisher${i} {`, `${ind}${tsOnly('private readonly ')}producer = ${create}${semi}`, `${ind}async publish(${messagesParam}) {`, ...body, `${ind}}`, `}`);
          break;
        }
        case 2: {
          sends(name, ind);
          lines.push(`function create${i}() {`, `${ind}return ${create}${semi}`, `}`, `export const ${name} = create${i}()${semi}`, `export async function publish${i}(${messagesParam}) {`, ...body, `}`);
          break;
        }
        case 3: {
          const chained = `new ${env.names.kafka}(${renderArg(p.clientArg, env, 0)}).producer(${renderArg(prod.arg, env, 0)})`;
          sends(name, ind);
          lines.push(`export const ${name} = ${chained}${semi}`, `export async function publish${i}(${messagesParam}) {`, ...body, `}`);
          break;
        }
        default: {
          sends(name, ind);
          lines.push(`export const ${name} = ${create}${semi}`, `export async function publish${i}(${messagesParam}) {`, ...body, `}`);
        }
      }
      return;
    }
    // node-rdkafka and the confluent RdKafka API.
    const args = [renderArg(prod.arg, env, 0), ...(prod.topicArg ? [renderArg(prod.topicArg, env, 0)] : [])].filter((a) => a !== '');
    if (prod.holder === 3 && env.names.rdStream) {
      lines.push(`export const stream${i} = ${env.names.rdStream}(${args[0] ?? '{}'}, ${args[1] ?? '{}'}, { topic: ${q}orders${q} })${semi}`);
      return;
    }
    const ctor = prod.holder === 1 && env.names.rdHigh ? env.names.rdHigh : env.names.rdProducer;
    lines.push(`export const ${name} = new ${ctor}(${args.join(', ')})${semi}`);
    lines.push(`${name}.connect()${semi}`, `${name}.on(${q}ready${q}, () => {`, `${ind}${name}.produce(${q}orders${q}, null, Buffer.from(${q}x${q}), ${q}k${q}, Date.now())${semi}`, `})${semi}`);
  });
  if (p.nest) {
    const n = p.nest;
    const parts: string[] = [];
    if (n.client) parts.push(`client: ${renderArg(n.client, env, 2) || '{}'}`);
    if (n.extras) parts.push(`consumer: { groupId: ${q}orders-consumer${q}, allowAutoTopicCreation: true }`);
    if (n.producer) parts.push(`producer: ${renderArg(n.producer, env, 2) || '{}'}`);
    if (n.send) parts.push(`send: ${renderArg(n.send, env, 2) || '{}'}`);
    if (n.extras) parts.push('producerOnlyMode: true');
    const options = parts.length ? `{\n${parts.map((x) => `${ind}${ind}${x},`).join('\n')}\n${ind}}` : '{}';
    lines.push(tsOnly(`declare const AppModule: unknown${semi}`));
    switch (n.where) {
      case 0:
        lines.push(`export async function bootstrap() {`, `${ind}const app = await NestFactory.createMicroservice(AppModule, {`, `${ind}transport: Transport.KAFKA,`, `${ind}options: ${options},`, `${ind}})${semi}`, `${ind}await app.listen()${semi}`, `}`);
        break;
      case 1:
        lines.push(`export const clients = ClientsModule.register([`, `${ind}{ name: ${q}ORDERS${q}, transport: Transport.KAFKA, options: ${options} },`, `])${semi}`);
        break;
      case 2:
        lines.push(`export const client = new ClientKafka(${options})${semi}`);
        break;
      default:
        lines.push(`export const kafkaOptions = {`, `${ind}transport: Transport.KAFKA,`, `${ind}options: ${options},`, `}${semi}`);
    }
  }
  return lines.filter((l) => l !== '');
}

function renderShared(p: CodeProgram, style: Style, ts: boolean): { text: string; scalars: string[]; objects: string[] } | undefined {
  if (!p.shared) return undefined;
  const scalars = p.shared.scalars.map((_, i) => `SHARED_${SCALAR_NAMES[i % SCALAR_NAMES.length]!}`);
  const objects = p.shared.objects.map((_, i) => `shared${OBJECT_NAMES[i % OBJECT_NAMES.length]!}`);
  const env: Env = { style, ts, scalars: [], objects: [], names: {} };
  const semi = style.semicolons ? ';' : '';
  const lines = ['// Shared Kafka settings (imports no client).'];
  p.shared.scalars.forEach((v, i) => lines.push(`export const ${scalars[i]!} = ${renderVal(v, env, 0)}${semi}`));
  p.shared.objects.forEach((o, i) => lines.push(...renderObjectConst(objects[i]!, o, env, true)));
  return { text: lines.join('\n') + '\n', scalars, objects };
}

/** Renders a program in its style, with its suppression directives and line endings. */
export function renderProgram(p: CodeProgram): CodeCase {
  const ts = /\.[cm]?tsx?$/.test(p.ext);
  const { code, names } = header(p.client, p.variant, p.style.quote);
  const shared = renderShared(p, p.style, ts);
  const scalars = p.scalars.map((_, i) => (i < SCALAR_NAMES.length ? SCALAR_NAMES[i]! : `VALUE_${i}`));
  const objects = p.objects.map((_, i) => OBJECT_NAMES[i % OBJECT_NAMES.length]! + (i >= OBJECT_NAMES.length ? String(i) : ''));
  const semi = p.style.semicolons ? ';' : '';
  const q = p.style.quote;
  const lines = [`// Generated ${p.client} producer.`, ...code.split('\n')];
  if (shared && (shared.scalars.length || shared.objects.length)) {
    lines.push(`import { ${[...shared.scalars, ...shared.objects].join(', ')} } from ${q}./shared${p.ext === '.mjs' || p.ext === '.js' ? '.js' : ''}${q}${semi}`);
  }
  // Scalars and objects declared so far are visible to later ones (and a shared module's to all).
  const envAt = (ns: number, no: number): Env => ({
    style: p.style,
    ts,
    scalars: [...(shared?.scalars ?? []), ...scalars.slice(0, ns)],
    objects: [...(shared?.objects ?? []), ...objects.slice(0, no)],
    names,
  });
  p.scalars.forEach((v, i) => lines.push(`const ${scalars[i]!} = ${renderVal(v, envAt(i, 0), 0)}${semi}`));
  p.objects.forEach((o, i) => lines.push(...renderObjectConst(objects[i]!, o, envAt(scalars.length, i), false)));
  lines.push(...renderBody(p, envAt(scalars.length, objects.length)));
  let all = lines.join('\n').split('\n');
  for (const d of p.directives) {
    const text = d.file ? `// kafka-lint-disable-file ${d.rules.join(' ')}` : `// kafka-lint-disable-next-line ${d.rules.join(' ')} -- generated`;
    const at = d.file ? 0 : d.line % (all.length + 1);
    all = [...all.slice(0, at), text, ...all.slice(at)];
  }
  const text = all.join(p.style.eol) + (p.style.finalEol ? p.style.eol : '');
  return {
    uri: `file:///ws/src/producer${p.ext}`,
    text,
    sharedUri: `file:///ws/src/shared${ts ? '.ts' : '.js'}`,
    sharedText: shared?.text,
  };
}

/** Realistic generated code of every client. */
export const realisticCode: fc.Arbitrary<CodeCase> = programOfAnyClient.map(renderProgram);

// ---------------------------------------------------------------------------------------------------------------------
// Edits that break code: truncation (code being typed), insertions and deletions of characters that matter, junk.

const TOKENS = ['{', '}', '(', ')', '[', ']', ',', ':', ';', "'", '"', '`', '/*', '*/', '//', '\n', ' ', '...', '?', '=', '=>', '.', '\\', '${', 'kafkaJS', 'retry', 'acks', '-', '0', 'process.env.', '\r', '\u2028', '\ufeff', 'é', '😀'];

type Edit = { readonly t: 'truncate'; readonly at: number } | { readonly t: 'insert'; readonly at: number; readonly s: string } | { readonly t: 'delete'; readonly at: number; readonly len: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((at): Edit => ({ t: 'truncate', at })) },
  { weight: 4, arbitrary: fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 4 }))).map(([at, s]): Edit => ({ t: 'insert', at, s })) },
  { weight: 3, arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 })).map(([at, len]): Edit => ({ t: 'delete', at, len })) },
);

export function applyEdit(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  switch (e.t) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + e.s + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + e.len);
  }
}

/** Generated code with one to four edits that usually leave it broken. */
export const mutatedCode: fc.Arbitrary<CodeCase> = fc.tuple(realisticCode, fc.array(editArb, { minLength: 1, maxLength: 4 })).map(([c, edits]) => ({ ...c, text: edits.reduce(applyEdit, c.text) }));

/** Text that is barely code: an import of a client followed by junk, or junk alone. */
export const junkCode: fc.Arbitrary<CodeCase> = fc
  .tuple(
    fc.constantFrom("import { Kafka } from 'kafkajs';\n", "const Kafka = require('node-rdkafka');\n", "import { KafkaJS } from '@confluentinc/kafka-javascript';\n", "import { Transport } from '@nestjs/microservices';\n", ''),
    fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }), fc.array(fc.constantFrom(...TOKENS, 'kafka.producer(', 'new Kafka(', 'idempotent: true', 'acks: 0'), { maxLength: 40 }).map((xs) => xs.join(''))),
    fc.constantFrom('.ts', '.js', '.tsx'),
  )
  .map(([head, junk, ext]) => ({ uri: `file:///ws/src/junk${ext}`, text: head + junk, sharedUri: 'file:///ws/src/shared.ts', sharedText: undefined }));

/** Realistic, broken and junk code. */
export const anyCode: fc.Arbitrary<CodeCase> = fc.oneof({ weight: 5, arbitrary: realisticCode }, { weight: 5, arbitrary: mutatedCode }, { weight: 1, arbitrary: junkCode });
