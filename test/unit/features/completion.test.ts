// Completion of keys (with docs, version-aware) and values (enums, booleans, suggested sizes).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { applyEdits, cursor, doc, service, settings } from '../../helpers/lint';

function complete(textWithBar: string, overrides: Record<string, unknown> = {}) {
  const { text, position } = cursor(textWithBar);
  const list = service.complete(doc(text), position, settings(overrides));
  return { text, items: list?.items ?? [] };
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);
function accept(text: string, item: CompletionItem): string {
  return applyEdits(text, [item.textEdit as TextEdit]);
}

describe('completion', () => {
  test('keys on an empty line, with docs; already-set keys are left out', () => {
    const { items } = complete('acks=all\n|');
    const names = labels(items);
    assert.ok(names.includes('linger.ms'));
    assert.ok(names.includes('enable.idempotence'));
    assert.ok(!names.includes('acks'));
    const linger = items.find((i) => i.label === 'linger.ms')!;
    assert.match(linger.detail!, /LONG · default 5/);
    assert.match((linger.documentation as { value: string }).value, /linger\.ms/);
  });
  test('accepting a key replaces the typed prefix and adds the separator', () => {
    const { text, items } = complete('acks=all\nling|');
    const linger = items.find((i) => i.label === 'linger.ms')!;
    assert.equal(accept(text, linger), 'acks=all\nlinger.ms=');
  });
  test('keys follow the configured version', () => {
    assert.ok(!labels(complete('|', { clientVersion: '3.7' }).items).includes('compression.zstd.level'));
    assert.ok(labels(complete('|', { clientVersion: '3.8' }).items).includes('compression.zstd.level'));
  });
  test('enum values with the default marked', () => {
    const { text, items } = complete('acks=|');
    assert.deepEqual(labels(items).sort(), ['-1', '0', '1', 'all']);
    const all = items.find((i) => i.label === 'all')!;
    assert.equal(all.preselect, true);
    assert.equal(accept(text, items.find((i) => i.label === '1')!), 'acks=1');
  });
  test('replacing an existing value', () => {
    const { text, items } = complete('compression.type=gz|ip\n');
    assert.equal(accept(text, items.find((i) => i.label === 'zstd')!), 'compression.type=zstd\n');
  });
  test('booleans and suggested sizes with units', () => {
    assert.deepEqual(labels(complete('enable.idempotence=|').items), ['true', 'false']);
    const batch = complete('batch.size=|').items;
    assert.ok(labels(batch).includes('131072'));
    assert.match(batch.find((i) => i.label === '131072')!.detail!, /128 KiB/);
  });
  test('nothing inside comments', () => {
    assert.deepEqual(complete('# acks=|').items, []);
  });
});
