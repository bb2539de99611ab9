// Property tests of the .properties parser and model: never throws, every span inside the text, escapes round-trip.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseProperties, toConfigDocument } from '../../../server/src/service/dialects/properties/index';
import { escapeKey, escapeValue } from '../../../server/src/service/dialects/properties/printer';
import { parseDocument } from '../../../server/src/service/dialects';
import { computeLineStarts } from '../../../server/src/service/util/lines';
import { checkProperty, spanProblem } from '../../helpers/property';
import { anyText, keyArb, valueArb } from '../../helpers/producerArbitraries';

const SEPARATORS = ['=', ' = ', ':', ' : ', ' ', '\t', '= '];

describe('property: .properties parser', () => {
  it('never throws, and every span it reports lies inside the text', () => {
    checkProperty(
      'parser spans',
      fc.property(anyText, (text) => {
        const file = parseProperties(text);
        const n = text.length;
        for (const e of file.entries) {
          for (const s of [e.keySpan, e.valueSpan, e.span]) assert.equal(spanProblem(n, s), undefined, `entry ${JSON.stringify(e.key)}`);
          assert.ok(e.keySpan.start >= e.span.start && e.valueSpan.end <= e.span.end, 'key and value inside the entry');
          assert.ok(e.keySpan.end <= e.valueSpan.start, 'value after key');
        }
        for (const c of file.comments) assert.equal(spanProblem(n, c.span), undefined, 'comment');
        for (const p of file.problems) assert.equal(spanProblem(n, p.span), undefined, `problem ${p.code}`);
        // Entries come in document order, and so do problems.
        for (let i = 1; i < file.entries.length; i++) assert.ok(file.entries[i]!.span.start >= file.entries[i - 1]!.span.end);
        for (let i = 1; i < file.problems.length; i++) assert.ok(file.problems[i]!.span.start >= file.problems[i - 1]!.span.start);
        assert.deepEqual(file.lineStarts, computeLineStarts(text));
      }),
      400,
    );
  });

  it('the model keeps every entry with a key, in order, with the same spans', () => {
    checkProperty(
      'model from parse',
      fc.property(anyText, (text) => {
        const file = parseProperties(text);
        const doc = toConfigDocument('file:///p/producer.properties', 1, text);
        const withKey = file.entries.filter((e) => e.rawKey.length > 0);
        const entries = doc.scopes[0]!.entries;
        assert.equal(entries.length, withKey.length);
        entries.forEach((e, i) => {
          assert.equal(e.key, withKey[i]!.key);
          assert.deepEqual(e.value, { kind: 'string', value: withKey[i]!.value });
          assert.deepEqual(e.keySpan, withKey[i]!.keySpan);
        });
      }),
      300,
    );
  });

  it('parseDocument answers for any text and language: a model, a skip notice, or not ours', () => {
    checkProperty(
      'parseDocument',
      fc.property(anyText, fc.constantFrom('kafka-properties', 'properties', 'plaintext', undefined), fc.integer({ min: 1, max: 400 }), (text, languageId, maxFileBytes) => {
        const doc = parseDocument({ uri: 'file:///p/producer.properties', ...(languageId ? { languageId } : {}), version: 1, text }, { maxFileBytes });
        if (!doc) return;
        if (text.length > maxFileBytes) assert.ok(doc.skipped, 'a file over the limit is skipped with a notice');
        if (doc.skipped) assert.equal(doc.scopes.length, 0);
      }),
      300,
    );
  });

  it('a key and a value printed by the printer parse back to exactly themselves (any separator)', () => {
    checkProperty(
      'escape round trip',
      fc.property(
        fc.oneof(keyArb, fc.string({ unit: 'binary', minLength: 1, maxLength: 20 })).filter((k) => k.length > 0),
        fc.oneof(valueArb, fc.string({ unit: 'binary', maxLength: 20 })),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom('', '\n', '\r\n', '\r'),
        (key, value, sep, eol) => {
          const line = escapeKey(key) + sep + escapeValue(value, /[=:]/.test(sep)) + eol;
          const file = parseProperties(line);
          assert.equal(file.entries.length, 1, JSON.stringify(line));
          assert.equal(file.entries[0]!.key, key);
          assert.equal(file.entries[0]!.value, value);
          assert.equal(file.problems.filter((p) => p.severity === 'error').length, 0);
        },
      ),
      500,
    );
  });
});
