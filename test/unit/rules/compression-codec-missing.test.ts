// compression-codec-missing: kafkajs Snappy/LZ4/ZSTD without a registered codec.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyCodeFix } from '../../helpers/code';
import { lintCode } from '../../helpers/lint';

const rule = 'compression-codec-missing';
const K = "import { Kafka, CompressionTypes, CompressionCodecs } from 'kafkajs';\nconst p = new Kafka({ brokers: ['b:9092'] }).producer();\n";
const of = (text: string) => lintCode(text).filter((f) => f.rule === rule);

describe(rule, () => {
  test('LZ4 without a codec: warning on the value; the fix switches to the built-in GZIP', () => {
    const text = `${K}export const send = () => p.send({ topic: 't', compression: CompressionTypes.LZ4, messages: [] });\n`;
    const [f] = of(text);
    assert.equal(f?.at, 'CompressionTypes.LZ4');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /LZ4 compression not implemented/);
    assert.equal(applyCodeFix(text, rule), `${K}export const send = () => p.send({ topic: 't', compression: CompressionTypes.GZIP, messages: [] });\n`);
  });
  test('the raw numbers 2, 3, 4 count too; GZIP and None are built in', () => {
    assert.equal(of(`${K}p.send({ topic: 't', compression: 4, messages: [] });\n`).length, 1);
    assert.deepEqual(of(`${K}p.send({ topic: 't', compression: CompressionTypes.GZIP, messages: [] });\n`), []);
  });
  test('a registered codec silences it; a registry handed to other code makes it unknown', () => {
    assert.deepEqual(of(`${K}CompressionCodecs[CompressionTypes.LZ4] = () => ({});\np.send({ topic: 't', compression: CompressionTypes.LZ4, messages: [] });\n`), []);
    assert.deepEqual(of(`${K}declare function register(r: unknown): void;\nregister(CompressionCodecs);\np.send({ topic: 't', compression: CompressionTypes.LZ4, messages: [] });\n`), []);
    // Registering Snappy does not register LZ4.
    assert.equal(of(`${K}CompressionCodecs[CompressionTypes.Snappy] = () => ({});\np.send({ topic: 't', compression: CompressionTypes.LZ4, messages: [] });\n`).length, 1);
  });
});
