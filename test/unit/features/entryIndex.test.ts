// The hover lookup's span index agrees, at every offset of real documents of every dialect, with a scan of the model.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containsOffset } from '../../../server/src/service/model/span';
import { findEntryAt } from '../../../server/src/service/features/entryIndex';
import type { Analysis } from '../../../server/src/service/features/analysis';
import { service, settings } from '../../helpers/lint';

const ROOT = join(__dirname, '../../../..');

/** The lookup as it was written before the index: scopes and entries in model order, key before value. */
function scan(analysis: Analysis, offset: number) {
  for (const { scope } of analysis.scopes.values()) {
    if (!containsOffset(scope.span, offset)) continue;
    for (const entry of scope.entries) {
      if (containsOffset(entry.keySpan, offset)) return { entry, scopeId: scope.id, part: 'key' };
      if (containsOffset(entry.valueSpan, offset)) return { entry, scopeId: scope.id, part: 'value' };
    }
  }
  return undefined;
}

const FILES: Array<[string, string]> = [
  ['examples/producer.properties', 'kafka-properties'],
  ['examples/orders-producer.properties', 'kafka-properties'],
  ['examples/node/orders-producer.ts', 'typescript'],
  ['test/fixtures/typescript/confluent/kafkajs-api.ts', 'typescript'],
  ['test/fixtures/typescript/confluent/librdkafka-keys.js', 'javascript'],
  ['test/fixtures/typescript/rdkafka/producer.ts', 'typescript'],
  ['test/fixtures/typescript/nestjs/main.ts', 'typescript'],
  ['examples/spring-boot/src/main/resources/application.yml', 'yaml'],
  ['examples/spring-boot/src/main/resources/application.properties', 'properties'],
  ['examples/spring-boot/src/main/java/com/example/orders/KafkaProducerConfig.java', 'java'],
];

describe('entry index', () => {
  for (const [file, languageId] of FILES) {
    test(file, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const analysis = service.analyze({ uri: `file:///work/${file}`, languageId, version: 1, text }, settings());
      assert.ok(analysis, `${file} is analysed`);
      let hits = 0;
      for (let offset = 0; offset <= text.length; offset++) {
        const expected = scan(analysis, offset);
        assert.deepEqual(findEntryAt(analysis, offset), expected, `${file} at ${offset}`);
        if (expected) hits++;
      }
      assert.ok(hits > 0, 'some offsets are on entries');
    });
  }
});
