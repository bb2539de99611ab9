// TS/JS editor features: hover in the client's spelling (Java name, client default, effective value), completion of
// option names and values inside producer config literals, document symbols, suppression comments.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { normalizeSettings } from '../../../server/src/service';
import { at, codeService, CODE_URI, findingsOf, analyzeCode, fixture } from '../../helpers/code';

let version = 1000;
const s = normalizeSettings({});
function hover(textWithBar: string): string {
  const { text, position } = at(textWithBar);
  const h = codeService.hover({ uri: CODE_URI, version: ++version, text }, position, s);
  return h ? (h.contents as MarkupContent).value : '';
}
function complete(textWithBar: string): Array<{ label: string; text: string }> {
  const { text, position } = at(textWithBar);
  const list = codeService.complete({ uri: CODE_URI, version: ++version, text }, position, s);
  return (list?.items ?? []).map((i) => ({ label: i.label, text: (i.textEdit as { newText: string } | undefined)?.newText ?? '' }));
}

const K = "import { Kafka, CompressionTypes } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['b:9092'] });\n";
const R = "import Kafka from 'node-rdkafka';\n";

describe('TS/JS hover', () => {
  test('on an option name: client spelling, docs, the Java name, the client default and the effective value', () => {
    const h = hover(`${K}const p = kafka.producer({ maxInFlight|Requests: 2 });\n`);
    assert.match(h, /\*\*maxInFlightRequests\*\* · kafkajs/);
    assert.match(h, /Java producer: `max\.in\.flight\.requests\.per\.connection`/);
    assert.match(h, /Default \(kafkajs\): `unlimited`/);
    assert.match(h, /Effective here: `2`/);
  });
  test('on a value: what it means, the other values', () => {
    const h = hover(`${K}const p = kafka.producer();\np.send({ topic: 't', acks: |0, messages: [] });\n`);
    assert.match(h, /Value here: `0` — No answer at all/);
    assert.match(h, /`-1`: Wait until every in-sync replica/);
  });
  test('librdkafka aliases: the alias, its Java name, the librdkafka default, human units', () => {
    const h = hover(`${R}export const p = new Kafka.Producer({ 'queue.buffer|ing.max.ms': 5000 });\n`);
    assert.match(h, /alias `linger\.ms`/);
    assert.match(h, /Java producer: `linger\.ms`/);
    assert.match(h, /Default \(librdkafka\): `5`/);
    assert.match(h, /Effective here: `5000` \(5 s\)/);
  });
  test('an imported config: what it resolves to, from which file; nothing when it cannot be read', () => {
    const f = fixture('imports/producer.ts');
    const i = f.text.indexOf('...producerDefaults') + 5;
    const lines = f.text.slice(0, i).split('\n');
    const h = codeService.hover({ uri: f.uri, version: ++version, text: f.text }, { line: lines.length - 1, character: lines[lines.length - 1]!.length }, s);
    const text = (h!.contents as MarkupContent).value;
    assert.match(text, /resolved from `kafka\.config\.ts`/);
    assert.match(text, /`maxInFlightRequests`: `5`/);
    assert.equal(hover("import { Kafka } from 'kafkajs';\nimport { cfg } from './cfg';\nconst kafka = new Kafka({ brokers: [] });\nkafka.producer({ ...c|fg });\n"), '');
  });
  test('no hover outside producer configuration', () => {
    assert.equal(hover(`${K}const x = { idem|potent: true };\n`), '');
  });
});

describe('TS/JS completion', () => {
  test('option names of a kafkajs producer, without those already written', () => {
    const items = complete(`${K}const p = kafka.producer({ idempotent: true, | });\n`);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('maxInFlightRequests') && labels.includes('transactionalId'));
    assert.ok(!labels.includes('idempotent'), 'already written');
    assert.ok(!labels.includes('acks'), 'acks is a send() option in kafkajs');
    assert.equal(items.find((i) => i.label === 'maxInFlightRequests')!.text, 'maxInFlightRequests: ');
  });
  test('values as the client wants them: kafkajs enum members and numbers, librdkafka strings', () => {
    assert.deepEqual(complete(`${K}const p = kafka.producer();\np.send({ topic: 't', compression: |, messages: [] });\n`).map((i) => i.text), [
      'CompressionTypes.None', 'CompressionTypes.GZIP', 'CompressionTypes.Snappy', 'CompressionTypes.LZ4', 'CompressionTypes.ZSTD',
    ]);
    assert.deepEqual(complete(`${K}const p = kafka.producer();\np.send({ topic: 't', acks: |, messages: [] });\n`).map((i) => i.text), ['-1', '1', '0']);
    assert.deepEqual(complete(`${R}export const p = new Kafka.Producer({ 'compression.codec': | });\n`).map((i) => i.text), ["'none'", "'gzip'", "'snappy'", "'lz4'", "'zstd'"]);
  });
  test('librdkafka property names are quoted; nested retry and kafkaJS blocks offer their own options', () => {
    const names = complete(`${R}export const p = new Kafka.Producer({ lin| });\n`);
    assert.equal(names.find((i) => i.label === 'linger.ms')!.text, "'linger.ms': ");
    assert.ok(complete(`${K}kafka.producer({ retry: { | } });\n`).some((i) => i.label === 'maxRetryTime'));
    const block = complete("import { KafkaJS } from '@confluentinc/kafka-javascript';\nnew KafkaJS.Kafka({}).producer({ kafkaJS: { | } });\n").map((i) => i.label);
    assert.ok(block.includes('idempotent') && !block.includes('createPartitioner'), 'unsupported options are not offered');
  });
  test('the value of an option named like an Object.prototype member (`toString`, `constructor`): no suggestions, no failure', () => {
    // Found by the code property tests: the suggestions table was looked up with the written name and found Object's methods.
    for (const name of ['toString', 'constructor', 'hasOwnProperty', 'valueOf']) {
      assert.deepEqual(complete(`${R}export const p = new Kafka.Producer({ ${name}: | });\n`), [], name);
      assert.deepEqual(complete(`${K}kafka.producer({ ${name}: | });\n`), [], name);
    }
  });
  test('nothing outside a producer config, inside strings of values, or in a nested array', () => {
    assert.deepEqual(complete(`${K}const x = { | };\n`), []);
    assert.deepEqual(complete(`${K}const p = kafka.producer();\np.send({ topic: 't', messages: [{ | }] });\n`), []);
  });
});

describe('TS/JS documents', () => {
  test('symbols: one per configuration site with its options', () => {
    const text = `${K}const p = kafka.producer({ idempotent: true });\np.send({ topic: 't', acks: -1, messages: [] });\n`;
    const symbols = codeService.documentSymbols({ uri: CODE_URI, version: ++version, text }, s);
    assert.deepEqual(symbols.map((x) => `${x.name} (${x.detail})`), ['new Kafka({…}) (kafkajs)', 'kafka.producer({…}) (kafkajs)', 'p.send({…}) (kafkajs)']);
    assert.deepEqual(symbols[1]!.children!.map((c) => c.name), ['idempotent']);
  });
  test('suppression comments after a template literal with a substitution are read', () => {
    // Found by the code property tests: the comment scanner lost its way at the `}` of `${…}` and saw no comment after it.
    const text = `${K}const p = kafka.producer({ transactionalId: \`tx-\${1}\` });\n// kafka-lint-disable-next-line acks-zero -- metrics only\np.send({ topic: 't', acks: 0, messages: [/a\\/\\/b'/] });\n/* kafka-lint-disable-next-line compression-disabled */\np.send({ topic: 'u', messages: [] });\n`;
    const rules = findingsOf(analyzeCode(text)!).map((f) => f.rule);
    assert.ok(!rules.includes('acks-zero'), rules.join(', '));
    assert.equal(rules.filter((r) => r === 'compression-disabled').length, 1, 'the first send is still reported, the second suppressed');
    // Not comments: `//` inside strings, templates and regular expressions.
    const quoted = `${K}const p = kafka.producer();\np.send({ topic: '// kafka-lint-disable-next-line acks-zero', acks: 0, messages: [] });\n`;
    assert.ok(findingsOf(analyzeCode(quoted)!).some((f) => f.rule === 'acks-zero'));
  });
  test('suppression comments use //', () => {
    const text = `${K}const p = kafka.producer();\n// kafka-lint-disable-next-line acks-zero -- metrics only\np.send({ topic: 't', acks: 0, messages: [] });\n`;
    assert.deepEqual(findingsOf(analyzeCode(text)!).filter((f) => f.rule === 'acks-zero'), []);
    assert.equal(findingsOf(analyzeCode(text.replace('// kafka-lint', '// nothing'))!).filter((f) => f.rule === 'acks-zero').length, 1);
  });
});
