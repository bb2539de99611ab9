// TS/JS dialect: which configuration sites become scopes, for which client, linked how, with which entries.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type * as TS from 'typescript';
import { analyzeCode, analyzeFixture, entriesOf, findingsOf, fixture, parseCode } from '../../helpers/code';
import type { TypeScriptApi } from '../../../server/src/service/dialects/typescript';
import { createSourceFile } from '../../../server/src/service/dialects/typescript/project';

const roles = (doc: { scopes: readonly { client: string; role: string }[] }) => doc.scopes.map((s) => `${s.client}:${s.role}`);

describe('TS/JS dialect: locating producer configuration', () => {
  test('doc comments are not parsed (skipped for speed), and a documented file gives the same findings', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require('typescript') as TypeScriptApi;
    const source = '/** The producer. @type {number} */\nconst a = 1;\n';
    const statement = (sf: TS.SourceFile) => sf.statements[0] as TS.Statement & { jsDoc?: unknown[] };
    assert.equal(statement(createSourceFile(ts, 'file:///w/a.ts', source)).jsDoc, undefined);
    assert.equal(statement(ts.createSourceFile('a.ts', source, ts.ScriptTarget.Latest)).jsDoc?.length, 1, 'the default parse reads it');

    const { text } = fixture('kafkajs/inline.ts');
    // A JSDoc block, with tags and a type, above every line that starts a statement.
    const documented = text.replace(/^(?=(?:export |const |let |await |async |function ))/gm, '/**\n * Orders.\n * @type {import("kafkajs").ProducerConfig}\n * @see https://kafka.js.org\n */\n');
    assert.notEqual(documented, text);
    assert.ok(findingsOf(analyzeCode(text)!).length > 0);
    assert.deepEqual(findingsOf(analyzeCode(documented)!), findingsOf(analyzeCode(text)!));
  });

  test('kafkajs: client, producer, send and sendBatch, linked to each other', () => {
    const doc = analyzeFixture('kafkajs/inline.ts').document;
    assert.deepEqual(roles(doc), ['kafkajs:client', 'kafkajs:producer', 'kafkajs:send', 'kafkajs:send']);
    const [client, producer, send, batch] = doc.scopes;
    assert.deepEqual(entriesOf(client!), ['client.id=orders', 'bootstrap.servers=?an array', 'logLevel=2', 'retry.backoff.ms=300', 'retries=8']);
    assert.deepEqual(entriesOf(producer!), ['enable.idempotence=true', 'max.in.flight.requests.per.connection=1', 'acks=1', 'linger.ms=10']);
    assert.deepEqual(producer!.entries.map((e) => e.rawKey), ['idempotent', 'maxInFlightRequests', 'acks', 'linger.ms']);
    assert.deepEqual(entriesOf(send!), ['acks=1', 'request.timeout.ms=30000', 'compression.type=1']);
    assert.deepEqual(entriesOf(batch!), ['acks=-1']);
    assert.deepEqual(producer!.linked, [client!.id, send!.id, batch!.id]);
    assert.ok(send!.linked!.includes(producer!.id) && send!.linked!.includes(client!.id));
    assert.equal(producer!.label, 'kafka.producer({…})');
    assert.equal(send!.label, 'producer.send({…})');
  });

  test('kafkajs: class fields, typed parameters and transactions', () => {
    const doc = analyzeFixture('kafkajs/classes.ts').document;
    assert.deepEqual(roles(doc), ['kafkajs:client', 'kafkajs:producer', 'kafkajs:send', 'kafkajs:transaction', 'kafkajs:transaction-send', 'kafkajs:send', 'kafkajs:transaction-send']);
    const [, producer, send, txn, txnSend, paramSend, paramTxnSend] = doc.scopes;
    assert.ok(send!.linked!.includes(producer!.id), 'this.producer.send is linked to the producer assigned in the constructor');
    assert.ok(txn!.linked!.includes(producer!.id));
    assert.ok(txnSend!.linked!.includes(txn!.id), 'txn.send is linked to its transaction()');
    // A parameter typed as the kafkajs class is a producer of unknown configuration: no links.
    assert.equal(paramSend!.linked, undefined);
    assert.equal(paramTxnSend!.role, 'transaction-send');
  });

  test('kafkajs: producers returned by factory functions in the file', () => {
    const doc = parseCode(
      "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: [] });\nexport function createProducer() { return kafka.producer({ idempotent: true }); }\n" +
        "const make = () => kafka.producer();\nconst p = createProducer();\np.send({ topic: 't', acks: 1, messages: [] });\nmake().send({ topic: 't', messages: [] });\n",
    )!;
    assert.deepEqual(roles(doc), ['kafkajs:client', 'kafkajs:producer', 'kafkajs:producer', 'kafkajs:send', 'kafkajs:send']);
    const [, created, made, send1, send2] = doc.scopes;
    assert.ok(send1!.linked!.includes(created!.id));
    assert.ok(send2!.linked!.includes(made!.id));
  });

  test('kafkajs in CommonJS (require, destructuring, module.exports)', () => {
    const doc = analyzeFixture('kafkajs/commonjs.js').document;
    assert.deepEqual(roles(doc), ['kafkajs:client', 'kafkajs:producer', 'kafkajs:send', 'kafkajs:send']);
    assert.deepEqual(doc.registeredCodecs, ['snappy']);
  });

  test('confluent KafkaJS API: kafkaJS block options and librdkafka properties share model keys', () => {
    const doc = analyzeFixture('confluent/kafkajs-api.ts').document;
    assert.deepEqual(roles(doc), ['confluent-kafkajs:client', 'confluent-kafkajs:producer', 'confluent-kafkajs:producer', 'confluent-kafkajs:send']);
    const producer = doc.scopes[1]!;
    assert.deepEqual(entriesOf(producer), ['linger.ms=10', 'compression.type=lz4', 'enable.idempotence=true', 'acks=1', 'max.in.flight.requests.per.connection=5']);
    assert.deepEqual(producer.entries.map((e) => e.rawKey), ['linger.ms', 'compression.type', 'kafkaJS.idempotent', 'kafkaJS.acks', 'kafkaJS.maxInFlightRequests']);
    // KafkaJS.CompressionTypes.Snappy is undefined at run time (the object has SNAPPY).
    assert.match(entriesOf(doc.scopes[2]!).join(' '), /compression\.type=\?undefined at run time/);
  });

  test('confluent RdKafka API and KafkaJS API configured with librdkafka keys (require style)', () => {
    const doc = analyzeFixture('confluent/librdkafka-keys.js').document;
    assert.deepEqual(roles(doc), ['confluent-kafkajs:client', 'confluent-kafkajs:producer', 'librdkafka:producer', 'librdkafka:producer']);
    assert.deepEqual(entriesOf(doc.scopes[1]!), [
      'enable.idempotence=true',
      'acks=all',
      'max.in.flight.requests.per.connection=5',
      'transactional.id=tx-1',
      'transaction.timeout.ms=10000',
      'delivery.timeout.ms=60000',
    ]);
  });

  test('node-rdkafka: default, namespace and renamed imports, topic config, createWriteStream; aliases become one key', () => {
    const doc = analyzeFixture('rdkafka/producer.ts').document;
    assert.deepEqual(roles(doc), ['librdkafka:producer', 'librdkafka:producer', 'librdkafka:producer', 'librdkafka:producer']);
    const [idem, batching] = doc.scopes;
    assert.deepEqual(entriesOf(idem!), [
      'bootstrap.servers=localhost:9092',
      'client.id=orders',
      'enable.idempotence=true',
      'max.in.flight.requests.per.connection=10',
      'dr_cb=true',
      'acks=1',
    ]);
    assert.deepEqual(batching!.entries.filter((e) => e.key === 'linger.ms').map((e) => e.rawKey), ['queue.buffering.max.ms', 'linger.ms']);
    assert.equal(idem!.entries[0]!.origin.kind, 'spread');
  });

  test('NestJS Transport.KAFKA options: client, producer and send scopes; other transports and consumers ignored', () => {
    const doc = analyzeFixture('nestjs/main.ts').document;
    assert.deepEqual(roles(doc), ['kafkajs:client', 'kafkajs:send', 'kafkajs:producer', 'kafkajs:client', 'kafkajs:producer', 'kafkajs:producer', 'kafkajs:client']);
    const send = doc.scopes[1]!;
    const producer = doc.scopes[2]!;
    assert.deepEqual(entriesOf(send), ['acks=1']);
    assert.deepEqual(entriesOf(producer), ['allowAutoTopicCreation=true', 'enable.idempotence=true', 'max.in.flight.requests.per.connection=5']);
    assert.ok(send.linked!.includes(producer.id));
    assert.ok(!doc.scopes.some((s) => s.entries.some((e) => e.rawKey === 'groupId')), 'the consumer block is not a producer scope');
  });

  test('a file without a Kafka client import produces no document; other Kafka libraries produce no scopes', () => {
    assert.equal(parseCode("export const cfg = { acks: 0, idempotent: true, retries: 0 };\n"), undefined);
    assert.equal(analyzeFixtureOrUndefined('traps/not-kafka.ts'), undefined);
    assert.equal(analyzeFixtureOrUndefined('traps/other-libraries.ts'), undefined);
  });

  test('consumers and admin clients are not scopes', () => {
    const doc = analyzeFixture('traps/consumer-admin.ts').document;
    assert.deepEqual(roles(doc), ['kafkajs:client', 'kafkajs:producer', 'kafkajs:send']);
  });

  test('code being typed and deeply nested code are still read', () => {
    assert.deepEqual(roles(analyzeFixture('traps/half-typed.ts').document), ['kafkajs:client', 'kafkajs:producer', 'kafkajs:send']);
    const nested = analyzeFixture('traps/deeply-nested.ts').document;
    assert.deepEqual(roles(nested), ['kafkajs:client', 'kafkajs:producer', 'kafkajs:send']);
    assert.deepEqual(entriesOf(nested.scopes[1]!), ['enable.idempotence=true', 'retries=0']);
  });

  test('a block written again later (a second property, a spread) replaces the first: its options do not reach the client', () => {
    // Found by the code property tests: both blocks were flattened into the producer's options.
    const K = "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: [] });\n";
    const keys = (text: string) => entriesOf(parseCode(text)!.scopes.find((s) => s.role === 'producer')!);
    assert.deepEqual(keys(`${K}const d = { retry: { retries: 3 } };\nkafka.producer({ retry: { initialRetryTime: 5 }, ...d });\n`), ['retries=3']);
    assert.deepEqual(keys(`${K}kafka.producer({ retry: { initialRetryTime: 5 }, retry: { retries: 2 } });\n`), ['retries=2']);
    // A nested write changes the block, it does not replace it.
    assert.deepEqual(keys(`${K}const c = { retry: { initialRetryTime: 5 } };\nc.retry.retries = 3;\nkafka.producer(c);\n`), ['retry.backoff.ms=5', 'retries=3']);
  });
  test('`producer(undefined)` and `new Kafka(undefined)` configure every default: nothing unknown', () => {
    // Found by the code property tests: read as unknown, it hid the missing transactional id of `producer(undefined)`
    // until a fix wrapped the argument and the error appeared.
    const doc = parseCode("import { Kafka } from 'kafkajs';\nconst p = new Kafka(undefined).producer(void 0);\nexport const run = () => p.transaction();\n")!;
    assert.deepEqual(doc.scopes.map((s) => `${s.role}:${s.open}:${s.entries.length}`), ['client:false:0', 'producer:false:0', 'transaction:false:0']);
  });
  test('spans: keys, values and whole properties point at the text', () => {
    const doc = analyzeFixture('kafkajs/inline.ts').document;
    const e = doc.scopes[1]!.entries[0]!;
    assert.equal(doc.text.slice(e.keySpan.start, e.keySpan.end), 'idempotent');
    assert.equal(doc.text.slice(e.valueSpan.start, e.valueSpan.end), 'true');
    assert.equal(doc.text.slice(e.span.start, e.span.end), 'idempotent: true');
    assert.equal(doc.dialect, 'typescript');
  });
});

function analyzeFixtureOrUndefined(rel: string) {
  try {
    return analyzeFixture(rel);
  } catch {
    return undefined;
  }
}
