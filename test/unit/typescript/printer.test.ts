// TS/JS printer: fixes and profiles written as the client wants them — spelling, value forms, quotes, indentation,
// trailing commas — into the literal that was written; imported and unknown values never edited; idempotent.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { printFix } from '../../../server/src/service/dialects';
import type { FixIntent } from '../../../server/src/service/model/fixIntent';
import { applyCodeFix, codeActions, fixTitles, parseCode } from '../../helpers/code';
import { applyEdits } from '../../helpers/lint';

/** Applies intents built from the parsed document (scope by role) and returns the new text. */
function print(text: string, build: (scopes: Record<string, string>, doc: NonNullable<ReturnType<typeof parseCode>>) => FixIntent[]): string {
  const doc = parseCode(text)!;
  const ids: Record<string, string> = {};
  for (const s of doc.scopes) ids[s.role] ??= s.id;
  const changes = printFix(doc, build(ids, doc));
  let out = text;
  for (const c of [...changes].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, c.span.start) + c.newText + out.slice(c.span.end);
  return out;
}

/** Printing the same intents on the result changes nothing. */
function idempotent(text: string, build: Parameters<typeof print>[1]): string {
  const once = print(text, build);
  assert.equal(print(once, build), once, 'a second application changes nothing');
  return once;
}

const K = "import { Kafka, CompressionTypes } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['b:9092'] });\n";

describe('TS/JS printer', () => {
  test('kafkajs spelling and value forms; multi-line literal keeps indentation and trailing comma', () => {
    const text = `${K}export const p = kafka.producer({\n    idempotent: false,\n    retry: { retries: 2 },\n});\n`;
    const out = idempotent(text, (s) => [
      { kind: 'set', scopeId: s.producer!, key: 'enable.idempotence', value: true },
      { kind: 'set', scopeId: s.producer!, key: 'max.in.flight.requests.per.connection', value: 1 },
      { kind: 'set', scopeId: s.producer!, key: 'retries', value: 9007199254740991 },
      { kind: 'set', scopeId: s.producer!, key: 'transactional.id', value: 'orders-tx' },
    ]);
    assert.equal(
      out,
      `${K}export const p = kafka.producer({\n    idempotent: true,\n    retry: { retries: 9007199254740991 },\n    maxInFlightRequests: 1,\n    transactionalId: 'orders-tx',\n});\n`,
    );
  });
  test('a missing nested option goes into its inline block, or a new block', () => {
    assert.equal(
      idempotent(`${K}kafka.producer({ retry: { initialRetryTime: 100 } });\n`, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'retries', value: 5 }]),
      `${K}kafka.producer({ retry: { initialRetryTime: 100, retries: 5 } });\n`,
    );
    assert.equal(
      idempotent(`${K}kafka.producer({ idempotent: true });\n`, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'retries', value: 5 }]),
      `${K}kafka.producer({ idempotent: true, retry: { retries: 5 } });\n`,
    );
  });
  test('kafkajs acks and compression on a producer go to its send() calls, as numbers and enum members', () => {
    const text = `${K}const p = kafka.producer();\np.send({ topic: 't', acks: 1, messages: [] });\np.send({ topic: 'u', messages: [] });\n`;
    assert.equal(
      idempotent(text, (s) => [
        { kind: 'set', scopeId: s.producer!, key: 'acks', value: 'all' },
        { kind: 'set', scopeId: s.producer!, key: 'compression.type', value: 'gzip' },
      ]),
      `${K}const p = kafka.producer();\np.send({ topic: 't', acks: -1, messages: [], compression: CompressionTypes.GZIP });\np.send({ topic: 'u', messages: [], compression: CompressionTypes.GZIP });\n`,
    );
  });
  test('without an imported CompressionTypes the kafkajs number is written', () => {
    const text = "import { Kafka } from 'kafkajs';\nconst p = new Kafka({ brokers: [] }).producer();\np.send({ topic: 't', messages: [] });\n";
    assert.equal(print(text, (s) => [{ kind: 'set', scopeId: s.send!, key: 'compression.type', value: 'lz4' }]), "import { Kafka } from 'kafkajs';\nconst p = new Kafka({ brokers: [] }).producer();\np.send({ topic: 't', messages: [], compression: 3 });\n");
  });
  test('librdkafka: quoted dotted names in the file\u2019s quote style, acks as a number, aliases edited where written', () => {
    const text = 'const Kafka = require("node-rdkafka");\nconst p = new Kafka.Producer({ "queue.buffering.max.ms": 1000, acks: 1 });\n';
    assert.equal(
      idempotent(text, (s) => [
        { kind: 'set', scopeId: s.producer!, key: 'linger.ms', value: 20 },
        { kind: 'set', scopeId: s.producer!, key: 'acks', value: 'all' },
        { kind: 'set', scopeId: s.producer!, key: 'enable.idempotence', value: true },
        { kind: 'set', scopeId: s.producer!, key: 'compression.type', value: 'lz4' },
      ]),
      'const Kafka = require("node-rdkafka");\nconst p = new Kafka.Producer({ "queue.buffering.max.ms": 20, acks: -1, "enable.idempotence": true, "compression.type": "lz4" });\n',
    );
  });
  test('confluent KafkaJS API: into the kafkaJS block when there is one, librdkafka names otherwise', () => {
    const C = "import { KafkaJS } from '@confluentinc/kafka-javascript';\nconst kafka = new KafkaJS.Kafka({});\n";
    assert.equal(
      idempotent(`${C}kafka.producer({ kafkaJS: { acks: 1 } });\n`, (s) => [
        { kind: 'set', scopeId: s.producer!, key: 'acks', value: 'all' },
        { kind: 'set', scopeId: s.producer!, key: 'enable.idempotence', value: true },
      ]),
      `${C}kafka.producer({ kafkaJS: { acks: -1, idempotent: true } });\n`,
    );
    assert.equal(
      idempotent(`${C}kafka.producer({ 'linger.ms': 5 });\n`, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'enable.idempotence', value: true }]),
      `${C}kafka.producer({ 'linger.ms': 5, 'enable.idempotence': true });\n`,
    );
  });
  test('a spread or imported value is overridden in the literal that contains the spread; unknown values are never edited', () => {
    const text = `${K}const base = { idempotent: false };\nkafka.producer({ ...base });\n`;
    assert.equal(
      idempotent(text, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'enable.idempotence', value: true }]),
      `${K}const base = { idempotent: false };\nkafka.producer({ ...base, idempotent: true });\n`,
    );
    const env = `${K}kafka.producer({ idempotent: process.env.IDEMP === '1' });\n`;
    assert.equal(print(env, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'enable.idempotence', value: true }]), env);
  });
  test('an argument naming a config is wrapped; a call without arguments gets one', () => {
    assert.equal(
      print(`${K}declare const cfg: object;\nkafka.producer(cfg);\n`, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'enable.idempotence', value: true }]),
      `${K}declare const cfg: object;\nkafka.producer({ ...cfg, idempotent: true });\n`,
    );
    assert.equal(
      print(`${K}kafka.producer();\n`, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'enable.idempotence', value: true }]),
      `${K}kafka.producer({ idempotent: true });\n`,
    );
  });
  test('a same-file const is edited where it is written', () => {
    const text = `${K}const cfg = {\n  idempotent: true,\n};\nkafka.producer(cfg);\n`;
    assert.equal(
      idempotent(text, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'max.in.flight.requests.per.connection', value: 1 }]),
      `${K}const cfg = {\n  idempotent: true,\n  maxInFlightRequests: 1,\n};\nkafka.producer(cfg);\n`,
    );
  });
  test('remove: the property with its comma, its whole line when alone, or the statement that writes it', () => {
    const text = `${K}const cfg: Record<string, unknown> = {\n  idempotent: true,\n  acks: 1, // ignored\n  maxInFlightRequests: 1,\n};\ncfg.timeout = 5;\nkafka.producer(cfg);\n`;
    const out = print(text, (_s, doc) => {
      const p = doc.scopes.find((x) => x.role === 'producer')!;
      return p.entries.filter((e) => e.rawKey === 'acks' || e.rawKey === 'timeout').map((entry) => ({ kind: 'remove' as const, scopeId: p.id, entry }));
    });
    assert.equal(out, `${K}const cfg: Record<string, unknown> = {\n  idempotent: true,\n  maxInFlightRequests: 1,\n};\nkafka.producer(cfg);\n`);
    assert.equal(
      print(`${K}kafka.producer({ idempotent: true, acks: 1 });\n`, (_s, doc) => {
        const p = doc.scopes.find((x) => x.role === 'producer')!;
        return [{ kind: 'remove', scopeId: p.id, entry: p.entries[1]! }];
      }),
      `${K}kafka.producer({ idempotent: true });\n`,
    );
  });
  test('CRLF files stay CRLF', () => {
    const text = `${K}export const p = kafka.producer({\r\n  idempotent: true,\r\n});\r\n`.replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n');
    assert.equal(applyCodeFix(text, 'idempotent-in-flight'), text.replace('idempotent: true,\r\n', 'idempotent: true,\r\n  maxInFlightRequests: 1,\r\n'));
  });
  test('profiles in code: only settings the client has, with its values (kafkajs: one in flight, GZIP)', () => {
    const text = `${K}const p = kafka.producer({ idempotent: false });\np.send({ topic: 't', acks: 1, messages: [] });\n`;
    const profiles = codeActions(text, undefined, ['refactor.rewrite.kafkaProducer.profile']);
    assert.deepEqual(
      profiles.map((a) => a.title),
      [
        'Apply producer profile: Reliable (acks: -1, idempotent: true, maxInFlightRequests: 1)',
        "Apply producer profile: Exactly-once (transactional) (acks: -1, idempotent: true, maxInFlightRequests: 1, transactionalId: 'CHANGE-ME-unique-transactional-id')",
        'Apply producer profile: High throughput (acks: -1, idempotent: true, maxInFlightRequests: 1, compression: CompressionTypes.GZIP)',
        'Apply producer profile: Low latency (acks: -1, idempotent: true, maxInFlightRequests: 1)',
      ],
    );
    const reliable = applyEdits(text, profiles[0]!.edit!.changes![Object.keys(profiles[0]!.edit!.changes!)[0]!]!);
    assert.equal(reliable, `${K}const p = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });\np.send({ topic: 't', acks: -1, messages: [] });\n`);
  });
});

describe('TS/JS printer: regressions found by the code property tests', () => {
  test('a literal still being typed (no closing brace) gets no inserts: no edit that ends before it starts', () => {
    const text = "import Kafka from 'node-rdkafka';\nexport const p = new Kafka.Producer({) 'linger.ms': 5 });\n";
    assert.equal(print(text, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'compression.type', value: 'lz4' }]), text);
    for (const a of codeActions(text)) {
      for (const e of Object.values(a.edit?.changes ?? {}).flat()) {
        const { start, end } = e.range;
        assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${a.title}: ${JSON.stringify(e.range)}`);
      }
    }
    // Closed, the same literal takes the key as usual.
    const closed = "import Kafka from 'node-rdkafka';\nexport const p = new Kafka.Producer({ 'linger.ms': 5 });\n";
    assert.equal(print(closed, (s) => [{ kind: 'set', scopeId: s.producer!, key: 'compression.type', value: 'lz4' }]), closed.replace('5 }', "5, 'compression.type': 'lz4' }"));
  });
});

describe('TS/JS printer: regressions found by the code property tests (fixes)', () => {
  const apply = (text: string, changes: ReturnType<typeof printFix>) => {
    // Back to front, as fix all and most editors apply them: insertions at one offset must not depend on their order.
    let out = text;
    for (const c of [...changes].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, c.span.start) + c.newText + out.slice(c.span.end);
    return out;
  };
  test('a key added after a last property that ends its line is one insertion (comma and line together)', () => {
    const text = `${K}const p = kafka.producer();\np.send({\n  topic: 't',\n  messages: []\n});\n`;
    const doc = parseCode(text)!;
    const send = doc.scopes.find((s) => s.role === 'send')!;
    const changes = printFix(doc, [{ kind: 'set', scopeId: send.id, key: 'compression.type', value: 'gzip' }]);
    assert.equal(new Set(changes.map((c) => c.span.start)).size, changes.length, JSON.stringify(changes));
    assert.equal(apply(text, changes), `${K}const p = kafka.producer();\np.send({\n  topic: 't',\n  messages: [],\n  compression: CompressionTypes.GZIP\n});\n`);
  });
  test('a const that configures two scopes is not edited for one of them: the argument is wrapped instead', () => {
    const text = `${K}const shared = { idempotent: false };\nshared.transactionTimeout = 30000;\nexport const a = kafka.producer(shared);\nexport const b = kafka.producer(shared);\n`;
    const doc = parseCode(text)!;
    const [a] = doc.scopes.filter((s) => s.role === 'producer');
    const set = printFix(doc, [{ kind: 'set', scopeId: a!.id, key: 'enable.idempotence', value: true }]);
    assert.equal(apply(text, set), text.replace('producer(shared);\nexport const b', 'producer({ ...shared, idempotent: true });\nexport const b'));
    // Removing an entry (from the literal or from a property write) would change the other producer: not printed at all.
    for (const entry of a!.entries) assert.deepEqual(printFix(doc, [{ kind: 'remove', scopeId: a!.id, entry }]), [], entry.rawKey);
    // Used once, the const is edited where it is written.
    const once = `${K}const own = { idempotent: false };\nexport const a = kafka.producer(own);\n`;
    const ownDoc = parseCode(once)!;
    const p = ownDoc.scopes.find((s) => s.role === 'producer')!;
    assert.equal(apply(once, printFix(ownDoc, [{ kind: 'set', scopeId: p.id, key: 'enable.idempotence', value: true }])), once.replace('idempotent: false', 'idempotent: true'));
  });
  test('a boolean the fix asks for as a string (`\'true\'`) is already met by the boolean written: applying it again changes nothing', () => {
    const text = `${K}export const p = kafka.producer({ idempotent: 'yes' });\n`;
    const intents = (doc: NonNullable<ReturnType<typeof parseCode>>): FixIntent[] => [{ kind: 'set', scopeId: doc.scopes.find((s) => s.role === 'producer')!.id, key: 'enable.idempotence', value: 'true' }];
    const doc = parseCode(text)!;
    const once = apply(text, printFix(doc, intents(doc)));
    assert.equal(once, `${K}export const p = kafka.producer({ idempotent: true });\n`);
    const again = parseCode(once)!;
    assert.deepEqual(printFix(again, intents(again)), []);
  });
  test('a fix is printed whole or not at all: a move whose destination cannot be written removes nothing', () => {
    const text = `${K}const p = kafka.producer(Object.assign({}, {}));\nexport async function run() {\n  const txn = await p.transaction();\n  await txn.send({ topic: 't', idempotent: true, messages: [] });\n}\n`;
    const doc = parseCode(text)!;
    const send = doc.scopes.find((s) => s.role === 'transaction-send')!;
    const producer = doc.scopes.find((s) => s.role === 'producer')!;
    const entry = send.entries.find((e) => e.rawKey === 'idempotent')!;
    assert.deepEqual(printFix(doc, [{ kind: 'remove', scopeId: send.id, entry }, { kind: 'set', scopeId: producer.id, key: 'enable.idempotence', value: true }]), []);
    // Replayed on the fixed text, a removal finds its entry by place, key and value, or does nothing.
    const removed = apply(text, printFix(doc, [{ kind: 'remove', scopeId: send.id, entry }]));
    assert.deepEqual(printFix(parseCode(removed)!, [{ kind: 'remove', scopeId: send.id, entry }]), []);
  });

  const printed = (text: string, build: (doc: NonNullable<ReturnType<typeof parseCode>>) => FixIntent[]) => {
    const doc = parseCode(text)!;
    return apply(text, printFix(doc, build(doc)));
  };
  const scope = (doc: NonNullable<ReturnType<typeof parseCode>>, role: string) => doc.scopes.find((s) => s.role === role)!;
  test('a key node-rdkafka also reads from the topic config (read after the global one) is not added where it would lose', () => {
    const R = "import Kafka from 'node-rdkafka';\n";
    const text = `${R}const topic = { 'request.required.acks': 1 };\nexport const p = new Kafka.Producer({ 'linger.ms': 5 }, { ...topic });\n`;
    assert.equal(printed(text, (d) => [{ kind: 'set', scopeId: scope(d, 'producer').id, key: 'acks', value: 'all' }]), text);
  });
  test('intents that collide (a key added after a property another intent removes) print nothing', () => {
    const text = `${K}kafka.producer({ retries: 3 });\n`;
    assert.equal(printed(text, (d) => [{ kind: 'remove', scopeId: scope(d, 'producer').id, entry: scope(d, 'producer').entries[0]! }, { kind: 'set', scopeId: scope(d, 'producer').id, key: 'enable.idempotence', value: true }]), text);
  });
  test('a shorthand property is written out: its value set, or its name changed while it keeps reading its variable', () => {
    const set = `${K}const idempotent = false;\nkafka.producer({ idempotent });\n`;
    assert.equal(printed(set, (d) => [{ kind: 'set', scopeId: scope(d, 'producer').id, key: 'enable.idempotence', value: true }]), set.replace('({ idempotent })', '({ idempotent: true })'));
    const rename = `${K}const idempotnet = true;\nkafka.producer({ idempotnet });\n`;
    assert.equal(printed(rename, (d) => [{ kind: 'rename', scopeId: scope(d, 'producer').id, entry: scope(d, 'producer').entries[0]!, newKey: 'enable.idempotence' }]), rename.replace('({ idempotnet })', '({ idempotent: idempotnet })'));
  });
  test('a block replaced by a later spread gets no keys (they would be lost with it)', () => {
    const text = `${K}const defaults = { retry: { retries: 3 } };\nkafka.producer({ retry: { initialRetryTime: 100 }, ...defaults });\n`;
    assert.equal(printed(text, (d) => [{ kind: 'set', scopeId: scope(d, 'producer').id, key: 'retry.backoff.max.ms', value: 1000 }]), text);
  });
  test('confluent: a key the client sets at the top level is set at the top level of the producer, not in its kafkaJS block', () => {
    const C = "import { KafkaJS } from '@confluentinc/kafka-javascript';\n";
    const text = `${C}const kafka = new KafkaJS.Kafka({ 'enable.idempotence': false });\nkafka.producer({ kafkaJS: { acks: -1 } });\n`;
    assert.equal(printed(text, (d) => [{ kind: 'set', scopeId: scope(d, 'producer').id, key: 'enable.idempotence', value: true }]), text.replace('{ acks: -1 } }', "{ acks: -1 }, 'enable.idempotence': true }"));
    // A nested block that is not written yet goes inside the block that is (not as a second `kafkaJS` property).
    const nested = `${C}new KafkaJS.Kafka({}).producer({ kafkaJS: { idempotent: false } });\n`;
    assert.equal(printed(nested, (d) => [{ kind: 'set', scopeId: scope(d, 'producer').id, key: 'retries', value: 0 }]), nested.replace('false }', 'false, retry: { retries: 0 } }'));
  });
  test('renaming a property write keeps it a write: `conf[\'x\']` stays a string, `conf.x` becomes `conf[\'a.b\']` for a dotted name', () => {
    const text = `${K}const cfg: Record<string, unknown> = {};\ncfg['enable.idempotence'] = true;\nkafka.producer(cfg);\n`;
    assert.equal(printed(text, (d) => [{ kind: 'rename', scopeId: scope(d, 'producer').id, entry: scope(d, 'producer').entries[0]!, newKey: 'enable.idempotence' }]), text.replace("cfg['enable.idempotence']", "cfg['idempotent']"));
    const R = "import Kafka from 'node-rdkafka';\n";
    const dotted = `${R}const cfg: Record<string, unknown> = {};\ncfg.lingerMs = 5;\nexport const p = new Kafka.Producer(cfg);\n`;
    assert.equal(printed(dotted, (d) => [{ kind: 'rename', scopeId: scope(d, 'producer').id, entry: scope(d, 'producer').entries[0]!, newKey: 'linger.ms' }]), dotted.replace('cfg.lingerMs', "cfg['linger.ms']"));
  });
  test('kafkajs: an option is set where kafkajs reads it, not in an ignored property of the same meaning', () => {
    const text = `${K}kafka.producer({ retries: 5, idempotent: false });\n`;
    assert.equal(printed(text, (d) => [{ kind: 'set', scopeId: scope(d, 'producer').id, key: 'retries', value: 0 }]), text.replace('false }', 'false, retry: { retries: 0 } }'));
  });
  test('kafkajs: a per-send setting of a producer whose sends are not in the file is not printed (unless it is the default)', () => {
    const text = `${K}kafka.producer({});\n`;
    assert.equal(printed(text, (d) => [{ kind: 'set', scopeId: scope(d, 'producer').id, key: 'compression.type', value: 'gzip' }]), text);
    assert.equal(printed(text, (d) => [{ kind: 'set', scopeId: scope(d, 'producer').id, key: 'acks', value: 'all' }, { kind: 'set', scopeId: scope(d, 'producer').id, key: 'enable.idempotence', value: true }]), text.replace('({})', '({ idempotent: true })'));
  });
});

describe('TS/JS quick fixes and profiles: regressions found by the code property tests', () => {
  const R = "import Kafka from 'node-rdkafka';\n";
  const C = "import { KafkaJS } from '@confluentinc/kafka-javascript';\n";
  const profileTitles = (text: string) => codeActions(text, undefined, ['refactor.rewrite.kafkaProducer.profile']).map((a) => a.title + (a.disabled ? ' (disabled)' : ''));
  test('one finding for a definition several configs share: its fix applies to every one of them', () => {
    const text = `${K}const rec = { acks: 1 };\nconst a = kafka.producer();\nconst b = kafka.producer();\na.send({ ...rec, topic: 't', messages: [] });\nb.send({ ...rec, topic: 't', messages: [] });\n`;
    assert.equal(applyCodeFix(text, 'acks-one', 'Set acks: -1'), text.replace(/messages: \[\] \}\)/g, 'messages: [], acks: -1 })'));
  });
  test('confluent KafkaJS API: a fix reported from a send() sets the producer (sends carry no settings)', () => {
    const text = `${C}const p = new KafkaJS.Kafka({}).producer({ kafkaJS: { acks: 1 } });\np.send({ topic: 't', messages: [] });\n`;
    assert.equal(applyCodeFix(text, 'acks-one', 'Set kafkaJS.acks: -1'), text.replace('acks: 1', 'acks: -1'));
  });
  test('a rename that would put an invalid value into effect is not offered', () => {
    assert.deepEqual(fixTitles(`${K}kafka.producer({ maxInflightRequests: 0 });\n`, 'unknown-key'), []);
    assert.deepEqual(fixTitles(`${K}kafka.producer({ maxInflightRequests: 1 });\n`, 'unknown-key'), ['Rename to `maxInFlightRequests`']);
  });
  test('kafkajs: turning idempotence on is not offered while another send of the producer asks for acks 1', () => {
    const text = `${K}const p = kafka.producer({ 'enable.idempotence': false });\np.send({ topic: 't', acks: 0, messages: [] });\np.send({ topic: 't', acks: 1, messages: [] });\n`;
    assert.ok(!fixTitles(text, 'acks-zero').some((t) => t.startsWith('Enable idempotence')), fixTitles(text, 'acks-zero').join(' | '));
  });
  test('confluent: moving a send\u2019s acks into a producer whose client is idempotent is not offered when the value conflicts', () => {
    const text = `${C}const kafka = new KafkaJS.Kafka({ 'enable.idempotence': true, acks: '1' });\nexport const p0 = kafka.producer();\nexport const p1 = kafka.producer();\np1.send({ topic: 't', acks: 2, messages: [] });\n`;
    assert.deepEqual(fixTitles(text, 'option-rejected'), ['Remove `acks`']);
  });
  test('confluent: moving a send\u2019s compression into the producer is offered only for a value the producer accepts', () => {
    const send = (v: string) => `${C}const p = new KafkaJS.Kafka({}).producer({ kafkaJS: { acks: -1 } });\np.send({ topic: 't', compression: ${v}, messages: [] });\n`;
    assert.deepEqual(fixTitles(send('5'), 'option-rejected'), ['Remove `compression`']);
    assert.deepEqual(fixTitles(send("'lz4'"), 'option-rejected'), ['Move `compression` to the producer configuration', 'Remove `compression`']);
  });
  test('librdkafka enable.gapless.guarantee without idempotence: giving up idempotence is no fix (it is off already)', () => {
    assert.deepEqual(fixTitles(`${R}export const p = new Kafka.Producer({ 'enable.gapless.guarantee': true });\n`, 'idempotence-conflict'), ['Set enable.gapless.guarantee: false']);
  });
  test('a profile raising the delivery timeout writes whole milliseconds, and is met once applied', () => {
    // librdkafka lowers linger.ms to 4.9 below a 5 ms message.timeout.ms; the profile wrote 300004.9, then wanted 300005.
    const text = "import { Producer } from '@confluentinc/kafka-javascript';\nexport const p = new Producer({}, { 'request.timeout.ms': 300000, 'message.timeout.ms': '5' });\n";
    const reliable = codeActions(text, undefined, ['refactor.rewrite.kafkaProducer.profile'])[0]!;
    const applied = applyEdits(text, reliable.edit!.changes![Object.keys(reliable.edit!.changes!)[0]!]!);
    assert.match(applied, /'message\.timeout\.ms': 300005 \}/);
    assert.equal(profileTitles(applied)[0], 'Apply producer profile: Reliable (disabled)');
    // The same adjustment the other way: a 1 ms message timeout (linger.ms lowered to 0.9) raised by the profile lets
    // linger.ms be 5 again, which the new timeout must cover too.
    const short = `${R}const defaults = { 'delivery.timeout.ms': 1 };\nexport const p = new Kafka.Producer({ ...defaults }, { 'request.timeout.ms': 900000 });\n`;
    const first = codeActions(short, undefined, ['refactor.rewrite.kafkaProducer.profile'])[0]!;
    assert.match(first.title, /delivery\.timeout\.ms: 900005\)$/);
    const done = applyEdits(short, first.edit!.changes![Object.keys(first.edit!.changes!)[0]!]!);
    assert.equal(profileTitles(done)[0], 'Apply producer profile: Reliable (disabled)');
  });
  test('profiles: kafkajs producers whose sends are not in the file get no per-send settings; librdkafka exactly-once keeps its 2-minute delivery timeout', () => {
    assert.equal(profileTitles(`${K}export const p = kafka.producer({});\n`)[2], 'Apply producer profile: High throughput (idempotent: true, maxInFlightRequests: 1)');
    const text = `${R}export const p = new Kafka.Producer({});\n`;
    const exactlyOnce = codeActions(text, undefined, ['refactor.rewrite.kafkaProducer.profile'])[1]!;
    assert.match(exactlyOnce.title, /transaction\.timeout\.ms: 120000/);
    const applied = applyEdits(text, exactlyOnce.edit!.changes![Object.keys(exactlyOnce.edit!.changes!)[0]!]!);
    assert.deepEqual(profileTitles(applied).slice(0, 2), ['Apply producer profile: Reliable (disabled)', 'Apply producer profile: Exactly-once (transactional) (disabled)']);
  });
});
