// Hostile documents for the service, CLI and server tests: binary, undecodable, huge, one giant line, broken TypeScript.

/** A producer file of `lines` lines shaped like a real one (comments, sections re-tuning keys, a few typos). */
export function manyLines(lines: number): string {
  const out: string[] = ['# kafka-lint-disable-file duplicate-key -- generated'];
  for (let i = 0; out.length < lines; i++) {
    out.push(`# section ${i}`, `client.id=orders-${i}`, 'acks=all', `${i % 97 === 3 ? 'linger_ms' : 'linger.ms'}=${i % 50}`, 'batch.size=16384', 'compression.type=lz4', '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** One line of `bytes` characters: a key and an enormous value. */
export function giantLine(bytes: number): string {
  return 'sasl.jaas.config=' + 'x'.repeat(Math.max(0, bytes - 17));
}

/** What a PNG looks like once read as text: a NUL in the first bytes. */
export const BINARY_TEXT = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';

/** What an editor shows for bytes that are not UTF-8: replacement characters inside otherwise normal lines. */
export const UNDECODABLE_TEXT = 'bootstrap.servers=k:9092\nclient.id=caf\ufffd\ufffd\nacks=all\n';

/** Bytes that are not UTF-8 (ISO-8859-1 `é`, a lone continuation byte, an overlong sequence). */
export const INVALID_UTF8 = Buffer.concat([
  Buffer.from('bootstrap.servers=k:9092\nclient.id=caf'),
  Buffer.from([0xe9, 0x80, 0xc0, 0xaf]),
  Buffer.from('\nacks=all\nlinger_ms=5\n'),
]);

const KAFKAJS_HEADER = "import { Kafka, CompressionTypes } from 'kafkajs';\nconst kafka = new Kafka({ clientId: 'c', brokers: ['k:9092'] });\n";

/** A kafkajs producer config nested `depth` object levels deep inside the call. */
export function deeplyNestedTs(depth: number): string {
  return `${KAFKAJS_HEADER}export const producer = kafka.producer({ idempotent: true, retry: ${'{ a: '.repeat(depth)}1${' }'.repeat(depth)} });\n` +
    `export const x = ${'('.repeat(depth)}1${')'.repeat(depth)};\n` +
    `export const y = ${'['.repeat(depth)}${']'.repeat(depth)};\n`;
}

/** A kafkajs file cut off at `at` characters: what the server sees while the user types. */
export const COMPLETE_TS =
  KAFKAJS_HEADER +
  "export const producer = kafka.producer({\n  idempotent: true,\n  maxInFlightRequests: 5,\n  transactionalId: 'tx-1',\n  retry: { retries: 10 },\n});\n" +
  "export async function send(): Promise<void> {\n  await producer.send({ topic: 't', acks: -1, compression: CompressionTypes.GZIP, messages: [{ value: 'v' }] });\n}\n";

export function halfTypedTs(at: number): string {
  return COMPLETE_TS.slice(0, at);
}
