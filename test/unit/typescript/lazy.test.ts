// TypeScript is loaded lazily: only when a file that imports a Kafka client is analysed, once per service.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, normalizeSettings } from '../../../server/src/service';
import type { TypeScriptApi } from '../../../server/src/service/dialects/typescript';
import { importsKafkaClient } from '../../../server/src/service/dialects/typescript';

describe('lazy TypeScript loading', () => {
  test('files without a Kafka client import cost no compiler and produce no document', () => {
    let loads = 0;
    const svc = createLanguageService({
      loadTypeScript: () => {
        loads++;
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require('typescript') as TypeScriptApi;
      },
    });
    const s = normalizeSettings({});
    assert.equal(svc.parse({ uri: 'file:///a.ts', version: 1, text: "import express from 'express';\nconst retries = 0;\n" }, s), undefined);
    assert.equal(svc.parse({ uri: 'file:///b.js', languageId: 'javascript', version: 1, text: 'module.exports = { acks: 0 };\n' }, s), undefined);
    assert.equal(loads, 0);
    assert.equal(svc.typeScriptLoaded, false);
    assert.ok(svc.parse({ uri: 'file:///c.ts', version: 1, text: "import { Kafka } from 'kafkajs';\nnew Kafka({ brokers: [] }).producer();\n" }, s));
    assert.ok(svc.parse({ uri: 'file:///d.ts', version: 1, text: "import { Kafka } from 'kafkajs';\nnew Kafka({ brokers: [] }).producer({ acks: 1 });\n" }, s));
    assert.equal(loads, 1);
    assert.equal(svc.typeScriptLoaded, true);
  });
  test('the textual pre-filter: imports, requires, dynamic imports and subpaths of the four packages only', () => {
    assert.ok(importsKafkaClient("import { Kafka } from 'kafkajs'"));
    assert.ok(importsKafkaClient('const Kafka = require("node-rdkafka")'));
    assert.ok(importsKafkaClient("const { KafkaJS } = await import('@confluentinc/kafka-javascript')"));
    assert.ok(importsKafkaClient("import { CompressionTypes } from '@nestjs/microservices/external/kafka.interface'"));
    assert.ok(!importsKafkaClient("import kafka from 'kafka-node'"));
    assert.ok(!importsKafkaClient("import { Producer } from '@platformatic/kafka'"));
    assert.ok(!importsKafkaClient('// we used to use kafkajs here'));
  });
  test('.d.ts files, and files over the size limit, are not analysed', () => {
    const svc = createLanguageService();
    const text = "import { Kafka } from 'kafkajs';\nnew Kafka({ brokers: [] }).producer({ acks: 1 });\n";
    assert.equal(svc.parse({ uri: 'file:///types.d.ts', version: 1, text }, normalizeSettings({})), undefined);
    assert.equal(svc.parse({ uri: 'file:///big.ts', version: 1, text }, normalizeSettings({ maxFileSize: 10 })), undefined);
  });
  test('a new version is parsed incrementally and gives the same model as a fresh parse', () => {
    const svc = createLanguageService();
    const fresh = createLanguageService();
    const s = normalizeSettings({});
    const v1 = "import { Kafka } from 'kafkajs';\nconst p = new Kafka({ brokers: [] }).producer({ idempotent: true });\n";
    const v2 = v1.replace('idempotent: true', 'idempotent: true, maxInFlightRequests: 1');
    svc.parse({ uri: 'file:///inc.ts', version: 1, text: v1 }, s);
    const incremental = svc.parse({ uri: 'file:///inc.ts', version: 2, text: v2 }, s)!;
    const full = fresh.parse({ uri: 'file:///inc.ts', version: 2, text: v2 }, s)!;
    assert.deepEqual(JSON.parse(JSON.stringify(incremental.scopes)), JSON.parse(JSON.stringify(full.scopes)));
  });

  test('the idle-time analysis warm-up analyses a slice with the file\'s imports and leaves no trace', () => {
    const reads: string[] = [];
    const files: Record<string, string> = { 'file:///ws/src/kafka.config.ts': "export const retries = 3;\n" };
    const svc = createLanguageService({
      readFile: (uri) => {
        reads.push(uri);
        return files[uri];
      },
    });
    const s = normalizeSettings({});
    const body = Array.from({ length: 40 }, (_, i) => `export const p${i} = new Kafka({ brokers: [] }).producer({ acks: ${i % 2}, retry: { retries } });\n`).join('');
    const doc = { uri: 'file:///ws/src/producers.ts', languageId: 'typescript', version: 1, text: `import { Kafka } from 'kafkajs';\nimport { retries } from './kafka.config';\n${body}` };
    // Nothing to warm before the document was analysed (the compiler is not even loaded).
    svc.warmUpAnalysis(doc, 0, doc.text.length, s);
    assert.equal(svc.typeScriptLoaded, false);
    const before = svc.validate(doc, s);
    assert.ok(before.length > 0);
    reads.length = 0;
    const half = doc.text.indexOf('\n', doc.text.length >> 1) + 1;
    svc.warmUpAnalysis(doc, half, doc.text.length, s);
    // It analysed: the slice's producers read the imported const through the header's import.
    assert.deepEqual([...new Set(reads)], ['file:///ws/src/kafka.config.ts']);
    // And left nothing behind: no dependent besides the document, the document's findings unchanged.
    assert.deepEqual(svc.dependents('file:///ws/src/kafka.config.ts'), ['file:///ws/src/producers.ts']);
    assert.deepEqual(svc.validate(doc, s), before);
  });
});
