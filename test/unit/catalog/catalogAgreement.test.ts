// The catalog agrees key by key with the verified reference dumps (test/reference/kafka-java-producer).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { allJavaKeyRecords, javaKeysFor, resolveJavaKey, defaultHistory } from '../../../server/src/service/catalog/javaCatalog';
import { JAVA_PRODUCER_DOCS } from '../../../server/src/service/catalog/java/producerDocs';
import { exportCatalog } from '../../../server/src/service/catalog/catalogExport';
import { FOREIGN_KEYS } from '../../../server/src/service/catalog/java/foreignKeys';
import { JAVA_CLIENT_VERSIONS } from '../../../server/src/service/catalog/versions';

const ROOT = join(__dirname, '../../../..');
const ref = JSON.parse(readFileSync(join(ROOT, 'test/reference/kafka-java-producer/producer-configs.json'), 'utf8')) as {
  configs: Array<{ name: string; type: string; default: string | null; required: boolean; importance: string; in_4_3_1: boolean; since: string; validator: { kind: string; min?: number | null; max?: number | null; values?: unknown[]; case_sensitive?: boolean } }>;
  removed_keys: Array<{ name: string; removed_in: string }>;
};

describe('catalog vs reference (Kafka 4.3.1 ConfigDef dump)', () => {
  test('4.3 has exactly the 113 keys of 4.3.1', () => {
    const expected = ref.configs.filter((c) => c.in_4_3_1).map((c) => c.name).sort();
    assert.equal(expected.length, 113);
    assert.deepEqual([...javaKeysFor('4.3').keys()].sort(), expected);
  });
  for (const c of ref.configs.filter((x) => x.in_4_3_1)) {
    test(`${c.name}: type, default, importance, validator`, () => {
      const k = resolveJavaKey(c.name, '4.3')!;
      assert.equal(k.type, c.type);
      assert.equal(k.required, c.required);
      assert.equal(k.default, c.required ? null : c.default);
      assert.equal(k.importance, c.importance);
      const v = c.validator;
      switch (v.kind) {
        case 'range':
          assert.deepEqual(k.validator, { kind: 'range', ...(v.min != null ? { min: v.min } : {}), ...(v.max != null ? { max: v.max } : {}) });
          break;
        case 'valid_string':
          assert.deepEqual(k.validator, { kind: 'enum', values: v.values, caseSensitive: v.case_sensitive });
          break;
        case 'none':
          assert.equal(k.validator.kind, 'none');
          break;
        case 'non_empty_string':
          assert.equal(k.validator.kind, 'nonEmptyString');
          break;
        case 'list_no_duplicates':
          assert.equal(k.validator.kind, 'list');
          break;
        case 'range_or_value':
          assert.equal(k.validator.kind, 'rangeOrValue');
          break;
        default:
          assert.fail(`unexpected validator ${v.kind}`);
      }
      const since = c.since.replace('<=', '').split('.').slice(0, 2).join('.');
      assert.equal(k.since, since);
    });
  }
  test('removed keys are unknown to the versions that removed them', () => {
    for (const r of ref.removed_keys) {
      const v = r.removed_in.split('.').slice(0, 2).join('.');
      assert.equal(resolveJavaKey(r.name, v), undefined, r.name);
    }
    assert.ok(resolveJavaKey('auto.include.jmx.reporter', '3.9'));
  });
  test('headline default changes per version', () => {
    const d = (k: string, v: string) => resolveJavaKey(k, v)!.default;
    assert.equal(d('acks', '2.8'), '1');
    assert.equal(d('acks', '3.0'), 'all');
    assert.equal(d('enable.idempotence', '2.8'), 'false');
    assert.equal(d('enable.idempotence', '3.0'), 'true');
    assert.equal(d('linger.ms', '3.9'), '0');
    assert.equal(d('linger.ms', '4.0'), '5');
    assert.equal(d('metric.reporters', '4.0'), 'org.apache.kafka.common.metrics.JmxReporter');
    assert.equal(resolveJavaKey('bootstrap.servers', '4.1')!.required, false);
    assert.equal(resolveJavaKey('bootstrap.servers', '4.2')!.required, true);
    assert.equal(d('partitioner.class', '3.2'), 'org.apache.kafka.clients.producer.internals.DefaultPartitioner');
    assert.equal(d('partitioner.class', '3.3'), null);
    assert.deepEqual(defaultHistory(resolveJavaKey('acks', '4.3')!.record).map((h) => [h.from, h.default]), [['2.0', '1'], ['3.0', 'all']]);
  });
  test('keys are added in the version the dumps show', () => {
    assert.equal(resolveJavaKey('compression.zstd.level', '3.7'), undefined);
    assert.ok(resolveJavaKey('compression.zstd.level', '3.8'));
    assert.equal(resolveJavaKey('transaction.two.phase.commit.enable', '4.0'), undefined);
    assert.ok(resolveJavaKey('transaction.two.phase.commit.enable', '4.1'));
    assert.equal(resolveJavaKey('client.rack', '4.3'), undefined, '4.4-branch keys are not in 4.3');
  });
  test('every key has documentation in our words, and a docs entry exists for no other name', () => {
    const names = new Set(allJavaKeyRecords().map((r) => r.name));
    for (const r of allJavaKeyRecords()) {
      const d = JAVA_PRODUCER_DOCS[r.name];
      assert.ok(d && d.summary.length > 20 && d.whenToChange.length > 10 && d.tradeoff.length > 10, r.name);
    }
    for (const name of Object.keys(JAVA_PRODUCER_DOCS)) assert.ok(names.has(name), name);
  });
  test('no producer key is listed as foreign', () => {
    for (const r of allJavaKeyRecords()) assert.equal(FOREIGN_KEYS[r.name], undefined, r.name);
  });
  test('the generated catalog is up to date with its generator', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/gen-catalog.mjs'), '--check'], { stdio: 'pipe' });
  });
  test('catalog export shape (kafka-lint catalog --format json)', () => {
    for (const v of JAVA_CLIENT_VERSIONS) {
      const rows = exportCatalog(v);
      assert.ok(rows.length >= 70, v);
      for (const r of rows) {
        assert.equal(r.client, 'java');
        assert.match(r.type, /^(BOOLEAN|STRING|INT|SHORT|LONG|DOUBLE|LIST|CLASS|PASSWORD)$/);
        assert.ok(r.default === null || typeof r.default === 'string');
        assert.equal(typeof r.docs, 'string');
      }
    }
    const acks = exportCatalog('2.8').find((r) => r.name === 'acks')!;
    assert.equal(acks.default, '1');
    assert.deepEqual(acks.validValues, ['all', '-1', '0', '1']);
    const lz4 = exportCatalog('4.3').find((r) => r.name === 'compression.lz4.level')!;
    assert.deepEqual(lz4.range, { min: 1, max: 17 });
    assert.equal(lz4.since, '3.8');
  });
});
