// The librdkafka and kafkajs catalogs: generated data current, aliases as one model key, Java names where the meaning
// is the same, and values parsed the way librdkafka parses them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  checkLibrdkafkaValue,
  librdkafkaCanonicalKey,
  librdkafkaNamesFor,
  librdkafkaProperty,
  librdkafkaSpelling,
  strtol,
  suggestLibrdkafkaName,
} from '../../../server/src/service/catalog/librdkafkaCatalog';
import { confluentKafkajsCanonicalKey, kafkajsCanonicalKey, KAFKAJS_OPTIONS } from '../../../server/src/service/catalog/kafkajsCatalog';
import { javaKeyRecord } from '../../../server/src/service/catalog/javaCatalog';

const ROOT = join(__dirname, '../../../..');

describe('librdkafka catalog', () => {
  test('generated from the reference, and current', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/gen-librdkafka.mjs'), '--check'], { stdio: 'pipe' });
    assert.equal(librdkafkaProperty('queue.buffering.max.ms')?.default, 5);
    assert.equal(librdkafkaProperty('enable.idempotence')?.default, false);
  });
  test('aliases are one model key, the Java name where there is one', () => {
    const pairs: Array<[string, string]> = [
      ['queue.buffering.max.ms', 'linger.ms'],
      ['linger.ms', 'linger.ms'],
      ['message.timeout.ms', 'delivery.timeout.ms'],
      ['compression.codec', 'compression.type'],
      ['request.required.acks', 'acks'],
      ['message.send.max.retries', 'retries'],
      ['max.in.flight', 'max.in.flight.requests.per.connection'],
      ['metadata.broker.list', 'bootstrap.servers'],
      ['sasl.mechanisms', 'sasl.mechanism'],
      ['batch.num.messages', 'batch.num.messages'],
      ['not.a.property', 'not.a.property'],
    ];
    for (const [name, key] of pairs) assert.equal(librdkafkaCanonicalKey(name), key, name);
    assert.deepEqual([...librdkafkaNamesFor('linger.ms')].sort(), ['linger.ms', 'queue.buffering.max.ms']);
    assert.equal(librdkafkaSpelling('delivery.timeout.ms'), 'delivery.timeout.ms');
    assert.equal(suggestLibrdkafkaName('lingr.ms'), 'linger.ms');
  });
  test('values as rd_kafka_conf_set parses them', () => {
    const acks = librdkafkaProperty('acks')!;
    assert.deepEqual(checkLibrdkafkaValue(acks, 'all', 'acks'), { ok: true, value: '-1' });
    assert.deepEqual(checkLibrdkafkaValue(acks, -1, 'acks'), { ok: true, value: '-1' });
    assert.equal(checkLibrdkafkaValue(acks, 'most', 'acks').ok, false);
    const codec = librdkafkaProperty('compression.codec')!;
    assert.deepEqual(checkLibrdkafkaValue(codec, 'LZ4', 'compression.type'), { ok: true, value: 'lz4' });
    assert.equal(checkLibrdkafkaValue(codec, 1, 'compression.type').ok, false, 'a kafkajs CompressionTypes number');
    const bool = librdkafkaProperty('enable.idempotence')!;
    assert.deepEqual(checkLibrdkafkaValue(bool, 't', 'enable.idempotence'), { ok: true, value: true });
    assert.equal(checkLibrdkafkaValue(bool, 'yes', 'enable.idempotence').ok, false);
    const batch = librdkafkaProperty('batch.num.messages')!;
    assert.equal(checkLibrdkafkaValue(batch, 0, 'batch.num.messages').ok, false);
    assert.deepEqual(checkLibrdkafkaValue(batch, '100ms', 'batch.num.messages'), { ok: true, value: 100 }, 'strtol reads the leading number');
    assert.equal(strtol('0x10'), 16);
    assert.equal(strtol('010'), 8);
    assert.equal(strtol('abc'), undefined);
  });
});

describe('kafkajs catalog', () => {
  test('model keys: Java names where kafkajs means the same, its own names otherwise', () => {
    assert.equal(kafkajsCanonicalKey('idempotent', 'producer'), 'enable.idempotence');
    assert.equal(kafkajsCanonicalKey('retry.retries', 'producer'), 'retries');
    assert.equal(kafkajsCanonicalKey('acks', 'send'), 'acks');
    assert.equal(kafkajsCanonicalKey('timeout', 'send'), 'request.timeout.ms');
    assert.equal(kafkajsCanonicalKey('acks', 'producer'), 'acks', 'an ignored option keeps its name');
    assert.equal(kafkajsCanonicalKey('allowAutoTopicCreation', 'producer'), 'allowAutoTopicCreation');
    assert.equal(confluentKafkajsCanonicalKey('maxInFlightRequests'), 'max.in.flight.requests.per.connection');
    assert.equal(confluentKafkajsCanonicalKey('createPartitioner'), 'kafkaJS.createPartitioner');
    for (const o of KAFKAJS_OPTIONS) {
      if (o.key.includes('.') && !o.key.startsWith('retry.')) assert.ok(javaKeyRecord(o.key), `${o.path} maps to the Java key ${o.key}`);
    }
  });
});
