// Property tests of the .properties printer: fix intents print to owned, non-overlapping changes that do what they say, once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseProperties, toConfigDocument } from '../../../server/src/service/dialects/properties/index';
import { printPropertiesFix } from '../../../server/src/service/dialects/properties/printer';
import type { ConfigDocument } from '../../../server/src/service/model/configDocument';
import type { FixIntent, PrintableValue } from '../../../server/src/service/model/fixIntent';
import { checkProperty } from '../../helpers/property';
import { ambiguousReplay, applyTextChanges, ownershipProblem } from '../../helpers/ownership';
import { anyText, keyArb, realisticText, valueArb } from '../../helpers/producerArbitraries';

const URI = 'file:///p/producer.properties';
const docOf = (text: string): ConfigDocument => toConfigDocument(URI, 1, text);

/** An intent description, made concrete against a document (entries are picked by index). */
type IntentSpec =
  | { kind: 'set'; key: string; value: PrintableValue }
  | { kind: 'unset'; key: string }
  | { kind: 'remove'; pick: number }
  | { kind: 'rename'; pick: number; newKey: string };

const printable: fc.Arbitrary<PrintableValue> = fc.oneof(valueArb, fc.integer({ min: -5, max: 2_147_483_647 }), fc.boolean());
const intentSpec: fc.Arbitrary<IntentSpec> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), key: keyArb, value: printable }),
  fc.record({ kind: fc.constant('unset' as const), key: keyArb }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), newKey: keyArb }),
);

/**
 * Concrete intents on a document. Like the fixes rules and profiles produce, no two intents name the same key or
 * entry: a list such as "unset k, then rename e to k" has no idempotent meaning (the rename is tied to an entry that is
 * gone once applied), so later conflicting specs are dropped.
 */
function concrete(doc: ConfigDocument, specs: readonly IntentSpec[]): FixIntent[] {
  const entries = doc.scopes[0]!.entries;
  const out: FixIntent[] = [];
  const keys = new Set<string>();
  const claim = (...ks: string[]) => {
    if (ks.some((k) => keys.has(k))) return false;
    for (const k of ks) keys.add(k);
    return true;
  };
  for (const s of specs) {
    if (s.kind === 'set' || s.kind === 'unset') {
      if (claim(s.key)) out.push(s.kind === 'set' ? { kind: 'set', scopeId: 'file', key: s.key, value: s.value } : { kind: 'unset', scopeId: 'file', key: s.key });
    } else if (entries.length > 0) {
      const entry = entries[s.pick % entries.length]!;
      if (s.kind === 'remove' && claim(entry.key)) out.push({ kind: 'remove', scopeId: 'file', entry });
      if (s.kind === 'rename' && claim(entry.key, s.newKey)) out.push({ kind: 'rename', scopeId: 'file', entry, newKey: s.newKey });
    }
  }
  return out;
}

/** Java's view of a text: every (key, value) pair in order, each as a JSON string. */
const pair = (key: string, value: string): string => JSON.stringify([key, value]);
const pairs = (text: string): string[] => parseProperties(text).entries.filter((e) => e.rawKey.length > 0).map((e) => pair(e.key, e.value));
const lastValue = (text: string, key: string): string | undefined => {
  const es = parseProperties(text).entries.filter((e) => e.key === key && e.rawKey.length > 0);
  return es.length ? es[es.length - 1]!.value : undefined;
};
const errorCount = (text: string): number => parseProperties(text).problems.filter((p) => p.severity === 'error').length;
const sorted = (xs: string[]): string[] => [...xs].sort();

describe('property: .properties printer', () => {
  it('any intents print to non-overlapping changes inside owned lines, and printing them again changes nothing', () => {
    checkProperty(
      'printer ownership and idempotence',
      fc.property(anyText, fc.array(intentSpec, { maxLength: 5 }), (text, specs) => {
        const doc = docOf(text);
        const intents = concrete(doc, specs);
        const changes = printPropertiesFix(doc, intents);
        assert.equal(ownershipProblem(doc, intents, changes), undefined);
        const out = applyTextChanges(text, changes);
        const fixed = docOf(out);
        if (!ambiguousReplay(fixed, intents)) assert.deepEqual(printPropertiesFix(fixed, intents), [], `not idempotent: ${JSON.stringify(text)} → ${JSON.stringify(out)}`);
        assert.ok(errorCount(out) <= errorCount(text), `new syntax error in ${JSON.stringify(out)}`);
      }),
      400,
    );
  });

  it('set: the key then has exactly that value as Java reads it, and no other pair changes', () => {
    checkProperty(
      'printer set',
      fc.property(anyText, keyArb.filter((k) => k !== ''), printable, (text, key, value) => {
        const doc = docOf(text);
        const out = applyTextChanges(text, printPropertiesFix(doc, [{ kind: 'set', scopeId: 'file', key, value }]));
        assert.equal(lastValue(out, key), String(value), `${JSON.stringify(text)} → ${JSON.stringify(out)}`);
        const others = (t: string) => sorted(pairs(t).filter((p) => (JSON.parse(p) as string[])[0] !== key));
        assert.deepEqual(others(out), others(text));
      }),
      400,
    );
  });

  it('unset, remove and rename change exactly the pairs they name', () => {
    checkProperty(
      'printer unset/remove/rename',
      fc.property(realisticText, keyArb, fc.nat(), keyArb.filter((k) => k !== ''), (text, key, pick, newKey) => {
        const doc = docOf(text);
        const before = pairs(text);
        // unset: no pair of the key is left, the others stay
        const unset = applyTextChanges(text, printPropertiesFix(doc, [{ kind: 'unset', scopeId: 'file', key }]));
        assert.equal(lastValue(unset, key), undefined);
        assert.deepEqual(sorted(pairs(unset)), sorted(before.filter((p) => (JSON.parse(p) as string[])[0] !== key)));
        const entries = doc.scopes[0]!.entries;
        if (entries.length === 0) return;
        const entry = entries[pick % entries.length]!;
        const value = entry.value.kind === 'string' ? entry.value.value : '';
        // remove: that one pair goes
        const removed = applyTextChanges(text, printPropertiesFix(doc, [{ kind: 'remove', scopeId: 'file', entry }]));
        const expected = [...before];
        expected.splice(expected.indexOf(pair(entry.key, value)), 1);
        assert.deepEqual(sorted(pairs(removed)), sorted(expected), `${JSON.stringify(text)} → ${JSON.stringify(removed)}`);
        // rename: that pair gets the new key, its value unchanged
        const renamed = applyTextChanges(text, printPropertiesFix(doc, [{ kind: 'rename', scopeId: 'file', entry, newKey }]));
        assert.deepEqual(sorted(pairs(renamed)), sorted([...expected, pair(newKey, value)]), `${JSON.stringify(text)} → ${JSON.stringify(renamed)}`);
      }),
      400,
    );
  });
});
