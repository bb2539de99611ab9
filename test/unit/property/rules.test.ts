// Property tests of every rule and feature through the public service: arbitrary text never throws, ranges stay inside.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLanguageService, normalizeSettings } from '../../../server/src/service';
import { RULES } from '../../../server/src/service/rules/registry';
import { assertInside, assertSymbolsInside } from '../../helpers/fixChecks';
import { checkProperty, lineLengths } from '../../helpers/property';
import { anyText, settingsArb } from '../../helpers/producerArbitraries';

const logged: string[] = [];
const service = createLanguageService({ log: (m) => logged.push(m) });
let version = 0;
const docOf = (text: string, languageId = 'kafka-properties') => ({ uri: 'file:///ws/producer.properties', languageId, version: ++version, text });

describe('property: rules and features on any text', () => {
  it('every rule runs without throwing and every diagnostic range lies inside the document', () => {
    checkProperty(
      'rules never throw, ranges inside',
      fc.property(anyText, settingsArb, (text, raw) => {
        logged.length = 0;
        const settings = normalizeSettings(raw);
        const doc = docOf(text);
        const analysis = service.analyze(doc, settings);
        assert.ok(analysis, 'a kafka-properties document is always analysed');
        assert.deepEqual(analysis.ruleErrors.map((e) => `${e.ruleId}: ${String(e.error)}`), [], JSON.stringify(text));
        assert.deepEqual(logged, []);
        const lengths = lineLengths(text);
        for (const d of service.validate(doc, settings)) {
          assertInside(lengths, d.range, `diagnostic ${String(d.code)}`, text);
          for (const r of d.relatedInformation ?? []) if (r.location.uri === doc.uri) assertInside(lengths, r.location.range, `related of ${String(d.code)}`, text);
          assert.ok(d.message.length > 0);
        }
      }),
      300,
    );
  });

  it('each rule alone (all others off) reports only inside the document', () => {
    checkProperty(
      'each rule alone',
      fc.property(anyText, fc.constantFrom(...RULES.map((r) => r.id)), settingsArb, (text, id, raw) => {
        const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === id ? 'warning' : 'off']));
        const settings = normalizeSettings({ ...raw, rules });
        const doc = docOf(text);
        const analysis = service.analyze(doc, settings)!;
        assert.deepEqual(analysis.ruleErrors, []);
        const lengths = lineLengths(text);
        for (const d of service.validate(doc, settings)) assertInside(lengths, d.range, String(d.code), text);
        for (const f of analysis.findings) {
          assert.equal(f.rule.id, id);
          assert.ok(f.finding.span.start >= 0 && f.finding.span.start <= f.finding.span.end && f.finding.span.end <= text.length);
        }
      }),
      300,
    );
  });

  it('hover, completion, code actions, symbols and code lenses answer anywhere, with ranges inside the document', () => {
    checkProperty(
      'features never throw',
      fc.property(anyText, settingsArb, fc.nat(), fc.nat(), fc.constantFrom('kafka-properties', 'properties'), (text, raw, l, c, languageId) => {
        const settings = normalizeSettings(raw);
        const doc = docOf(text, languageId);
        const lengths = lineLengths(text);
        // Positions inside the document, and one past its end (editors send those during typing).
        const line = l % (lengths.length + 1);
        const character = c % ((lengths[line] ?? 0) + 2);
        const position = { line, character };
        const hover = service.hover(doc, position, settings);
        assertInside(lengths, hover?.range, 'hover', text);
        const completion = service.complete(doc, position, settings);
        for (const item of completion?.items ?? []) {
          const edit = item.textEdit;
          if (edit && 'range' in edit) assertInside(lengths, edit.range, `completion ${item.label}`, text);
          if (edit && 'insert' in edit) {
            assertInside(lengths, edit.insert, `completion ${item.label}`, text);
            assertInside(lengths, edit.replace, `completion ${item.label}`, text);
          }
        }
        const diagnostics = service.validate(doc, settings);
        const whole = { start: { line: 0, character: 0 }, end: { line: lengths.length - 1, character: lengths[lengths.length - 1]! } };
        for (const action of service.codeActions(doc, whole, { diagnostics }, settings)) {
          for (const edits of Object.values(action.edit?.changes ?? {})) for (const e of edits) assertInside(lengths, e.range, action.title, text);
        }
        assertSymbolsInside(lengths, service.documentSymbols(doc, settings), text);
        for (const lens of service.codeLenses(doc, settings)) assertInside(lengths, lens.range, 'code lens', text);
      }),
      250,
    );
  });
});
