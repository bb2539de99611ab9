// buffer-memory-too-small: batch.size > buffer.memory (error: every send throws) or a buffer below (in-flight + 1) batches (warning).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, diagnostics, fixAll, lint, lintRule, quickFixes } from '../../helpers/lint';

const rule = 'buffer-memory-too-small';
const errors = (text: string, o: Record<string, unknown> = {}) => lint(text, o).filter((f) => f.severity === 'error');

describe(rule, () => {
  test('buffer.memory below one batch: error on buffer.memory, fix raises it to the default', () => {
    const text = 'buffer.memory=8192\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '8192');
    assert.equal(f?.severity, 'error');
    assert.match(f!.message, /every send\(\) throws IllegalArgumentException/);
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'buffer.memory=33554432\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.deepEqual(errors(fixed), []);
    assert.equal(fixAll(text), text);
  });
  test('batch.size above the default buffer: error on batch.size, preferred fix lowers it to fit', () => {
    const text = 'batch.size=67108864\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '67108864');
    assert.equal(f?.severity, 'error');
    assert.deepEqual(quickFixes(text, rule).map((a) => a.title), ['Set buffer.memory=402653184', 'Set batch.size=5592405']);
    const fixed = applyFix(text, rule);
    assert.equal(fixed, 'batch.size=5592405\n');
    assert.deepEqual(lintRule(rule, fixed), []);
    assert.deepEqual(lintRule(rule, applyFix(text, rule, 'buffer.memory')), []);
  });
  test('batch.size=0 counts as 1 byte: buffer.memory=0 still fails', () => {
    assert.equal(lintRule(rule, 'batch.size=0\nbuffer.memory=0\n')[0]?.severity, 'error');
  });
  test('a buffer of fewer than (in-flight + 1) batches: warning', () => {
    const [f] = lintRule(rule, 'buffer.memory=65536\n');
    assert.equal(f?.at, '65536');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /only 4 batches of 16384 bytes, fewer than the 6/);
    assert.deepEqual(lintRule(rule, 'buffer.memory=98304\n'), []);
    assert.deepEqual(lintRule(rule, 'buffer.memory=32768\nmax.in.flight.requests.per.connection=1\n'), []);
    assert.equal(lintRule(rule, 'buffer.memory=32767\nmax.in.flight.requests.per.connection=1\n')[0]?.severity, 'warning');
  });
  test('both written: reported on buffer.memory with batch.size related', () => {
    const d = diagnostics('batch.size=32768\nbuffer.memory=16384\n').find((x) => x.code === rule);
    assert.equal(d?.range.start.line, 1);
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 0);
  });
  test('defaults and unknown values are fine', () => {
    assert.deepEqual(lintRule(rule, 'acks=all\n'), []);
    assert.deepEqual(lintRule(rule, 'buffer.memory=small\n'), []);
    assert.deepEqual(lintRule(rule, 'batch.size=huge\nbuffer.memory=100\n'), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings: s } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(s ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(s ?? {}) }), []);
  });
});
