// Property tests of the .properties parser and model: never throws, every span inside the text, escapes round-trip.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseProperties, reparseProperties, toConfigDocument } from '../../../server/src/service/dialects/properties/index';
import { escapeKey, escapeValue } from '../../../server/src/service/dialects/properties/printer';
import { parseDocument } from '../../../server/src/service/dialects';
import { computeLineStarts } from '../../../server/src/service/util/lines';
import { checkProperty, spanProblem } from '../../helpers/property';
import { anyText, keyArb, propertiesLine, realisticText, valueArb } from '../../helpers/producerArbitraries';

const SEPARATORS = ['=', ' = ', ':', ' : ', ' ', '\t', '= '];

/** A file long enough that a small edit re-parses only part of it (sometimes with line endings mixed by earlier edits). */
const longText = fc
  .tuple(fc.array(propertiesLine, { minLength: 30, maxLength: 120 }), fc.constantFrom('\n', '\r\n', '\r'), realisticText)
  .map(([lines, eol, tail]) => lines.join(eol) + eol + tail);

/** An edit as typed or pasted: characters that start or end continuations, comments, lines, escapes; or a whole line. */
const editArb = fc.record({
  at: fc.oneof(fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), fc.constantFrom(0, 1)),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 40 })),
  insert: fc.oneof(
    fc.constantFrom('', '\\', '\n', '\r', '\r\n', '\\\n', '#', '!', '=', ':', ' ', '\t', 'x', '\u0000', '\ufeff', '\\u00'),
    fc.string({ unit: fc.constantFrom('\\', '\n', '\r', '=', ':', '#', '!', ' ', 'a', '\t'), maxLength: 6 }),
    propertiesLine.map((l) => l + '\n'),
  ),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

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

  it('an edited file re-parsed incrementally is exactly the file parsed afresh (edit after edit)', () => {
    let kept = 0;
    let versions = 0;
    checkProperty(
      'incremental re-parse',
      fc.property(fc.oneof({ weight: 4, arbitrary: longText }, { weight: 1, arbitrary: anyText }), fc.array(editArb, { minLength: 1, maxLength: 5 }), (text, edits) => {
        let prevText = text;
        let prev = parseProperties(text);
        for (const e of edits) {
          const next = applyEdit(prevText, e);
          const file = reparseProperties(prev, prevText, next);
          assert.deepEqual(file, parseProperties(next), `edit ${JSON.stringify(e)} of ${JSON.stringify(prevText)}`);
          versions++;
          // The incremental path ran when an entry object of the previous version was kept as it is.
          if (file !== prev && file.entries.some((x) => prev.entries.includes(x))) kept++;
          prev = file;
          prevText = next;
        }
      }),
      400,
    );
    // Not a vacuous comparison: most edits of the long files re-used what came before them.
    assert.ok(kept > versions / 3, `incremental path taken in ${kept} of ${versions} versions`);
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
