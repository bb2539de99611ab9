// TS/JS dialect: static resolution — only what is certain. Consts, casts, satisfies, spreads in order, Object.assign,
// enum members, numeric separators, straight-line writes and imported consts resolve; everything else stays unknown.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeFixture, entriesOf, parseCode } from '../../helpers/code';

const producerOf = (text: string) => {
  const doc = parseCode(text);
  assert.ok(doc, 'parsed');
  return doc.scopes.find((s) => s.role === 'producer')!;
};
const K = "import { Kafka, CompressionTypes, type ProducerConfig } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['b:9092'] });\n";

describe('TS/JS dialect: resolving values', () => {
  test('consts: typed, `as`, `satisfies`, `as const`, spreads in order, Object.assign', () => {
    const doc = analyzeFixture('kafkajs/consts.ts').document;
    const [, p1, p2, send] = doc.scopes;
    // base (as const) spread, then idempotent overridden by the typed const
    assert.deepEqual(entriesOf(p1!), ['allowAutoTopicCreation=false', 'enable.idempotence=false', 'enable.idempotence=true']);
    assert.deepEqual(p1!.entries.map((e) => e.origin.kind), ['spread', 'spread', 'inline']);
    assert.deepEqual(entriesOf(p2!), ['max.in.flight.requests.per.connection=20', 'transaction.timeout.ms=30000', 'metadata.max.age.ms=60000']);
    assert.deepEqual(entriesOf(send!), ['compression.type=2']);
  });

  test('straight-line writes apply; writes in an if make the key unknown', () => {
    const doc = analyzeFixture('kafkajs/writes.ts').document;
    const p = doc.scopes[1]!;
    assert.deepEqual(entriesOf(p), [
      'enable.idempotence=true',
      'max.in.flight.requests.per.connection=5',
      'allowAutoTopicCreation=false',
      'enable.idempotence=?changed in code that may or may not run first',
    ]);
  });

  test('environment variables, parameters, calls and config services stay unknown', () => {
    const doc = analyzeFixture('kafkajs/unresolved.ts').document;
    const [client, made, fromEnv, send1, send2] = doc.scopes;
    assert.deepEqual(entriesOf(client!), ['bootstrap.servers=?the result of a function call', 'retries=?the result of a function call']);
    assert.deepEqual(entriesOf(made!), ['enable.idempotence=?a parameter', 'max.in.flight.requests.per.connection=?the result of a function call', 'retries=?the result of a function call']);
    assert.deepEqual(entriesOf(fromEnv!), ['enable.idempotence=?an environment variable']);
    assert.deepEqual(entriesOf(send1!), ['acks=?a parameter']);
    assert.deepEqual(entriesOf(send2!), ['acks=?the result of a function call']);
  });

  test('enum members, numeric separators, arithmetic, templates, unary minus, ternaries of equal values', () => {
    const p = producerOf(
      K +
        "const MS = 1_000;\nconst name = 'tx';\nkafka.producer({ transactionTimeout: 30 * MS, transactionalId: `${name}-1`, metadataMaxAge: process.env.X ? 5 : 5, maxInFlightRequests: +'1' });\n",
    );
    assert.deepEqual(entriesOf(p), ['transaction.timeout.ms=30000', 'transactional.id=tx-1', 'metadata.max.age.ms=5', 'max.in.flight.requests.per.connection=1']);
    const s = parseCode(K + "const p = kafka.producer();\np.send({ topic: 't', acks: -1, compression: CompressionTypes.ZSTD, messages: [] });\n")!.scopes[2]!;
    assert.deepEqual(entriesOf(s), ['acks=-1', 'compression.type=4']);
  });

  test('a spread of something unresolvable makes earlier keys maybe-overridden and the scope open', () => {
    const p = producerOf(K + 'declare const extra: ProducerConfig;\nkafka.producer({ idempotent: true, ...extra, maxInFlightRequests: 1 });\n');
    assert.equal(p.open, true);
    assert.deepEqual(p.entries.map((e) => `${e.rawKey}:${e.maybeOverridden ? 'maybe' : 'sure'}`), ['idempotent:maybe', 'maxInFlightRequests:sure']);
  });

  test('reassigned `let` is unknown; a `let` never reassigned resolves', () => {
    assert.deepEqual(entriesOf(producerOf(K + 'let a = true;\nkafka.producer({ idempotent: a });\n')), ['enable.idempotence=true']);
    assert.deepEqual(entriesOf(producerOf(K + 'let a = true;\nif (Date.now()) a = false;\nkafka.producer({ idempotent: a });\n')), ['enable.idempotence=?a variable that is reassigned']);
  });

  test('imported consts: named, default, renamed re-export, namespace; origin import with the definition range', () => {
    const doc = analyzeFixture('imports/producer.ts').document;
    const [client, producer, second, third, send] = doc.scopes;
    assert.deepEqual(entriesOf(client!), ['bootstrap.servers=?an array', 'retries=0']);
    assert.deepEqual(entriesOf(producer!), ['enable.idempotence=true', 'max.in.flight.requests.per.connection=5', 'allowAutoTopicCreation=false']);
    const imported = producer!.entries[0]!;
    assert.equal(imported.origin.kind, 'import');
    if (imported.origin.kind === 'import') {
      assert.match(imported.origin.uri, /imports\/kafka\.config\.ts$/);
      assert.deepEqual(imported.origin.range.start, { line: 2, character: 2 });
    }
    // Reported at the usage site: the spread identifier in this file.
    assert.equal(doc.text.slice(imported.keySpan.start, imported.keySpan.end), 'producerDefaults');
    assert.deepEqual(entriesOf(second!), ['enable.idempotence=true', 'max.in.flight.requests.per.connection=5']);
    // A module that cannot be read leaves its spread unknown.
    assert.equal(third!.open, true);
    assert.deepEqual(entriesOf(send!), ['acks=1']);
  });

  test('without a readFile host, imported values stay unknown (the pure service does no I/O)', async () => {
    const { createLanguageService, normalizeSettings } = await import('../../../server/src/service');
    const svc = createLanguageService();
    const doc = svc.parse({ uri: 'file:///x/p.ts', version: 1, text: K + "import { cfg } from './cfg';\nkafka.producer(cfg);\n" }, normalizeSettings({}))!;
    const p = doc.scopes.find((s) => s.role === 'producer')!;
    assert.equal(p.open, true);
    assert.deepEqual(p.entries, []);
  });
});
