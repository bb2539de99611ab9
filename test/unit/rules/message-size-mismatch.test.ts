// message-size-mismatch: max.request.size above the broker/topic limit (when known) or above buffer.memory.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/service/rules/registry';
import { applyFix, diagnostics, diagnosticsWith, fixAll, lintRule, quickFixes, settings } from '../../helpers/lint';

const rule = 'message-size-mismatch';
const broker = { cluster: { messageMaxBytes: 1048588 } };

describe(rule, () => {
  test('above a known broker limit: warning on the value, fix lowers it to the limit', () => {
    const text = 'max.request.size=2000000\n';
    const [f] = lintRule(rule, text, broker);
    assert.equal(f?.at, '2000000');
    assert.equal(f?.severity, 'warning');
    assert.match(f!.message, /limit of 1048588 bytes \(setting kafkaProducer\.cluster\.messageMaxBytes\)/);
    const fixed = applyFix(text, rule, undefined, broker);
    assert.equal(fixed, 'max.request.size=1048588\n');
    assert.deepEqual(lintRule(rule, fixed, broker), []);
    assert.equal(fixAll(text, broker), text);
  });
  test('the default max.request.size against a smaller topic limit: reported on the first key', () => {
    const o = { cluster: { messageMaxBytes: 500000 } };
    assert.equal(lintRule(rule, 'acks=all\n', o)[0]?.at, 'acks');
    assert.equal(applyFix('acks=all\n', rule, undefined, o), 'acks=all\nmax.request.size=500000\n');
  });
  test('without a broker fact a raised max.request.size is not guessed at', () => {
    assert.deepEqual(lintRule(rule, 'max.request.size=2000000\n'), []);
    assert.deepEqual(lintRule(rule, 'max.request.size=1048576\n', broker), []);
  });
  test('max.request.size above buffer.memory: reported on max.request.size when written', () => {
    const text = 'max.request.size=67108864\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '67108864');
    assert.match(f!.message, /real limit is 33554432 bytes/);
    assert.deepEqual(
      quickFixes(text, rule).map((a) => a.title),
      ['Lower max.request.size to buffer.memory (33554432)', 'Raise buffer.memory to 67108864'],
    );
    assert.equal(applyFix(text, rule), 'max.request.size=33554432\n');
    const raised = applyFix(text, rule, 'Raise buffer.memory');
    assert.equal(raised, 'max.request.size=67108864\nbuffer.memory=67108864\n');
    assert.deepEqual(lintRule(rule, raised), []);
  });
  test('a small written buffer.memory against the default max.request.size: reported on buffer.memory', () => {
    const text = 'buffer.memory=65536\n';
    const [f] = lintRule(rule, text);
    assert.equal(f?.at, '65536');
    assert.equal(applyFix(text, rule), 'buffer.memory=33554432\n');
  });
  test('both written: on max.request.size, with buffer.memory as related information', () => {
    const text = 'buffer.memory=1000000\nmax.request.size=2000000\n';
    const d = diagnostics(text).find((x) => x.code === rule);
    assert.equal(d?.range.start.line, 1);
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 0);
  });
  test('a broker limit from a workspace file is linked', () => {
    const s = { ...settings(), cluster: { messageMaxBytes: { value: 1000000, source: 'topic.yaml line 9', location: { uri: 'file:///w/topic.yaml', line: 8 } } } };
    const d = diagnosticsWith('max.request.size=2000000\n', s).find((x) => x.code === rule);
    assert.match(d!.message, /topic\.yaml line 9/);
    assert.equal(d?.relatedInformation?.[0]?.location.uri, 'file:///w/topic.yaml');
    assert.equal(d?.relatedInformation?.[0]?.location.range.start.line, 8);
  });
  test('unknown values stay silent', () => {
    assert.deepEqual(lintRule(rule, 'max.request.size=big\n', broker), []);
    assert.deepEqual(lintRule(rule, 'buffer.memory=lots\n'), []);
  });
  test('docs examples behave as labelled', () => {
    const { examples, settings: s } = ruleById(rule)!.meta.docs;
    assert.ok(lintRule(rule, examples.invalid, { ...(s ?? {}) }).length > 0);
    assert.deepEqual(lintRule(rule, examples.valid, { ...(s ?? {}) }), []);
  });
});
