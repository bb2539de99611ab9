// Unit tests of the `.properties` printer: applied text, style and comment preservation, idempotence, model round trip.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { toConfigDocument } from '../../../server/src/service/dialects/properties/index';
import { printPropertiesFix, escapeKey, escapeValue } from '../../../server/src/service/dialects/properties/printer';
import { parseProperties } from '../../../server/src/service/dialects/properties/parser';
import type { ConfigDocument, ConfigEntry } from '../../../server/src/service/model/configDocument';
import type { FixIntent, PrintableValue, TextChange } from '../../../server/src/service/model/fixIntent';

const URI = 'file:///conf/producer.properties';

/** Applies changes computed against `text`, checking that they do not overlap. */
function applyChanges(text: string, changes: readonly TextChange[]): string {
  const sorted = [...changes].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i].span.start >= sorted[i - 1].span.end, 'changes overlap');
    assert.ok(
      !(sorted[i].span.start === sorted[i - 1].span.start && sorted[i].span.end === sorted[i - 1].span.end),
      'two changes at one place',
    );
  }
  let out = text;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const c = sorted[i];
    assert.ok(c.span.start >= 0 && c.span.start <= c.span.end && c.span.end <= text.length, 'change inside the text');
    out = out.slice(0, c.span.start) + c.newText + out.slice(c.span.end);
  }
  return out;
}

const docOf = (text: string): ConfigDocument => toConfigDocument(URI, 1, text);
const entriesOf = (doc: ConfigDocument): readonly ConfigEntry[] => doc.scopes[0].entries;
const entry = (doc: ConfigDocument, key: string, nth = 0): ConfigEntry => entriesOf(doc).filter((e) => e.key === key)[nth];

const set = (key: string, value: PrintableValue): FixIntent => ({ kind: 'set', scopeId: 'file', key, value });
const unset = (key: string): FixIntent => ({ kind: 'unset', scopeId: 'file', key });
const remove = (e: ConfigEntry): FixIntent => ({ kind: 'remove', scopeId: 'file', entry: e });
const rename = (e: ConfigEntry, newKey: string): FixIntent => ({ kind: 'rename', scopeId: 'file', entry: e, newKey });

/** Prints, applies, and checks that applying the same intents to the result changes nothing. */
function fix(text: string, intents: (doc: ConfigDocument) => FixIntent[]): string {
  const doc = docOf(text);
  const out = applyChanges(text, printPropertiesFix(doc, intents(doc)));
  const again = docOf(out);
  assert.deepEqual(printPropertiesFix(again, intents(doc)), [], `not idempotent on ${JSON.stringify(out)}`);
  return out;
}

/** The effective configuration Java would load: last value of each key. */
function effective(text: string): Record<string, string> {
  const m: Record<string, string> = {};
  for (const e of parseProperties(text).entries) m[e.key] = e.value;
  return m;
}

describe('properties printer: set', () => {
  it('replaces the value of an existing key in place', () => {
    assert.equal(fix('# p\nacks=1\nlinger.ms=5\n', () => [set('acks', 'all')]), '# p\nacks=all\nlinger.ms=5\n');
  });

  it('keeps the separator the line was written with', () => {
    assert.equal(fix('acks = 1\n', () => [set('acks', 'all')]), 'acks = all\n');
    assert.equal(fix('acks:1\n', () => [set('acks', 'all')]), 'acks:all\n');
    assert.equal(fix('acks    1\n', () => [set('acks', 'all')]), 'acks    all\n');
  });

  it('rewrites the last occurrence of a duplicated key (the one Java keeps)', () => {
    assert.equal(fix('acks=0\nacks=1\n', () => [set('acks', 'all')]), 'acks=0\nacks=all\n');
  });

  it('changes nothing when the value is already the same once decoded', () => {
    const doc = docOf('acks=al\\l\nlinger.ms=\\u0035\n');
    assert.deepEqual(printPropertiesFix(doc, [set('acks', 'all'), set('linger.ms', 5)]), []);
  });

  it('prints numbers and booleans as Java reads them', () => {
    assert.equal(fix('linger.ms=0\nenable.idempotence=false\n', () => [set('linger.ms', 20), set('enable.idempotence', true)]), 'linger.ms=20\nenable.idempotence=true\n');
  });

  it('writes a value for a key that has none, with or without separator', () => {
    assert.equal(fix('acks\n', () => [set('acks', 'all')]), 'acks=all\n');
    assert.equal(fix('acks=\n', () => [set('acks', 'all')]), 'acks=all\n');
    assert.equal(fix('acks = \n', () => [set('acks', 'all')]), 'acks = all\n');
    assert.equal(fix('acks \n', () => [set('acks', 'all')]), 'acks all\n');
    assert.equal(fix('a = 1\nacks\n', () => [set('acks', 'all')]), 'a = 1\nacks = all\n');
  });

  it('replaces a value written over continuation lines as a whole', () => {
    assert.equal(
      fix('bootstrap.servers=a:9092,\\\n    b:9092\nacks=all\n', () => [set('bootstrap.servers', 'c:9092')]),
      'bootstrap.servers=c:9092\nacks=all\n',
    );
  });

  it('appends an absent key at the end in the file\'s dominant style', () => {
    assert.equal(fix('a=1\nb=2\n', () => [set('acks', 'all')]), 'a=1\nb=2\nacks=all\n');
    assert.equal(fix('a = 1\nb = 2\nc=3\n', () => [set('acks', 'all')]), 'a = 1\nb = 2\nc=3\nacks = all\n');
    assert.equal(fix('a:1\n', () => [set('acks', 'all')]), 'a:1\nacks:all\n');
    assert.equal(fix('a 1\n', () => [set('acks', 'all')]), 'a 1\nacks all\n');
  });

  it('adds a line terminator before the new line when the file has no final one, and none after', () => {
    assert.equal(fix('a=1', () => [set('acks', 'all')]), 'a=1\nacks=all');
    assert.equal(fix('a=1\r\nb=2', () => [set('acks', 'all')]), 'a=1\r\nb=2\r\nacks=all');
  });

  it('uses CRLF in CRLF files and lone CR in CR files', () => {
    assert.equal(fix('a=1\r\nb=2\r\n', () => [set('acks', 'all'), set('linger.ms', 5)]), 'a=1\r\nb=2\r\nacks=all\r\nlinger.ms=5\r\n');
    assert.equal(fix('a=1\rb=2\r', () => [set('acks', 'all')]), 'a=1\rb=2\racks=all\r');
  });

  it('writes into an empty file', () => {
    assert.equal(fix('', () => [set('acks', 'all')]), 'acks=all\n');
    assert.equal(fix('# only a comment', () => [set('acks', 'all')]), '# only a comment\nacks=all');
  });

  it('keeps a dangling continuation at the end of the file from swallowing the new line', () => {
    const out1 = fix('a=b\\', () => [set('acks', 'all')]);
    assert.equal(out1, 'a=b\\\n\nacks=all');
    assert.deepEqual(effective(out1), { a: 'b', acks: 'all' });
    const out2 = fix('a=b\\\n', () => [set('acks', 'all')]);
    assert.equal(out2, 'a=b\\\n\nacks=all\n');
    assert.deepEqual(effective(out2), { a: 'b', acks: 'all' });
    const out3 = fix('x=1\na=b\\\r', () => [set('acks', 'all')]);
    assert.deepEqual(effective(out3), { x: '1', a: 'b', acks: 'all' });
  });

  it('writes consecutive new lines in intent order; for one key the last intent wins', () => {
    assert.equal(
      fix('a=1\n', () => [set('linger.ms', 5), set('acks', '1'), set('batch.size', 65536), set('acks', 'all')]),
      'a=1\nlinger.ms=5\nacks=all\nbatch.size=65536\n',
    );
    assert.equal(fix('acks=0\n', () => [set('acks', '1'), set('acks', 'all')]), 'acks=all\n');
  });

  it('never touches comments or other lines', () => {
    const text = '# header\nacks=1  # trailing words are value\n! note\n\nlinger.ms=5\n';
    const out = fix(text, () => [set('acks', 'all'), set('compression.type', 'lz4')]);
    assert.equal(out, '# header\nacks=all\n! note\n\nlinger.ms=5\ncompression.type=lz4\n');
  });
});

describe('properties printer: escaping', () => {
  it('leaves plain keys and values alone', () => {
    assert.equal(escapeKey('max.in.flight.requests.per.connection'), 'max.in.flight.requests.per.connection');
    assert.equal(escapeValue('kafka-1:9092,kafka-2:9092', true), 'kafka-1:9092,kafka-2:9092');
    assert.equal(escapeValue('org.apache.kafka.common.serialization.StringSerializer', true), 'org.apache.kafka.common.serialization.StringSerializer');
    assert.equal(escapeValue('a=b:c # d ! e', true), 'a=b:c # d ! e');
    assert.equal(escapeValue('café', true), 'café');
  });

  it('escapes what Properties.load would otherwise misread in values', () => {
    assert.equal(escapeValue(' lead', true), '\\ lead');
    assert.equal(escapeValue('trail ', true), 'trail ');
    assert.equal(escapeValue('a\\b', true), 'a\\\\b');
    assert.equal(escapeValue('end\\', true), 'end\\\\');
    assert.equal(escapeValue('l1\nl2\r\tx\f', true), 'l1\\nl2\\r\\tx\\f');
    assert.equal(escapeValue('\u0001', true), '\\u0001');
    assert.equal(escapeValue('=x', true), '=x');
    assert.equal(escapeValue('=x', false), '\\=x');
    assert.equal(escapeValue(':x', false), '\\:x');
    assert.equal(escapeValue('#x', false), '#x');
  });

  it('escapes separators, blanks and a leading comment marker in keys', () => {
    assert.equal(escapeKey('my key'), 'my\\ key');
    assert.equal(escapeKey('a=b:c'), 'a\\=b\\:c');
    assert.equal(escapeKey('#k'), '\\#k');
    assert.equal(escapeKey('!k'), '\\!k');
    assert.equal(escapeKey('k#'), 'k#');
    assert.equal(escapeKey('tab\tkey'), 'tab\\tkey');
    assert.equal(escapeKey('back\\slash'), 'back\\\\slash');
  });

  it('round-trips awkward values through the file', () => {
    const values = [' lead', 'trail  ', '=eq', ':col', '#hash', '!bang', 'a\\b', 'line\nbreak', '\ttab', 'é', 'x=y:z', '\u0001', 'end\\'];
    for (const sep of ['=', ' ', ' = ']) {
      for (const v of values) {
        const out = fix(`a${sep}1\nk${sep}old\n`, () => [set('k', v), set('new', v)]);
        assert.deepEqual(effective(out), { a: '1', k: v, new: v }, `${JSON.stringify(sep)} ${JSON.stringify(v)} → ${JSON.stringify(out)}`);
      }
    }
  });
});

describe('properties printer: remove and unset', () => {
  it('removes a whole line with its terminator, leaving no blank line', () => {
    assert.equal(fix('a=1\nacks=1\nb=2\n', (d) => [remove(entry(d, 'acks'))]), 'a=1\nb=2\n');
    assert.equal(fix('acks=1\nb=2\n', (d) => [remove(entry(d, 'acks'))]), 'b=2\n');
    assert.equal(fix('a=1\nacks=1\n', (d) => [remove(entry(d, 'acks'))]), 'a=1\n');
  });

  it('removes the indentation of the line too', () => {
    assert.equal(fix('a=1\n   acks=1\nb=2\n', (d) => [remove(entry(d, 'acks'))]), 'a=1\nb=2\n');
  });

  it('takes the terminator before the last line of a file without final terminator', () => {
    assert.equal(fix('a=1\nacks=1', (d) => [remove(entry(d, 'acks'))]), 'a=1');
    assert.equal(fix('a=1\r\nacks=1', (d) => [remove(entry(d, 'acks'))]), 'a=1');
    assert.equal(fix('acks=1', (d) => [remove(entry(d, 'acks'))]), '');
  });

  it('keeps CRLF and the neighbouring comments intact', () => {
    const text = '# about acks\r\nacks=1\r\n# about linger\r\nlinger.ms=5\r\n';
    assert.equal(fix(text, (d) => [remove(entry(d, 'acks'))]), '# about acks\r\n# about linger\r\nlinger.ms=5\r\n');
  });

  it('removes all natural lines of a continued entry', () => {
    const text = 'a=1\nbootstrap.servers=x:9092,\\\n   y:9092\nb=2\n';
    assert.equal(fix(text, (d) => [remove(entry(d, 'bootstrap.servers'))]), 'a=1\nb=2\n');
  });

  it('removes a line holding only a backslash that Java joins to the entry', () => {
    const text = 'a=1\n\\\nacks=1\n';
    assert.equal(fix(text, (d) => [remove(entry(d, 'acks'))]), 'a=1\n');
    const atEnd = 'a=1\n\\\nacks=1';
    const out = fix(atEnd, (d) => [remove(entry(d, 'acks'))]);
    assert.equal(out, 'a=1');
  });

  it('unsets every occurrence of a key', () => {
    assert.equal(fix('acks=0\na=1\nacks=1\n', () => [unset('acks')]), 'a=1\n');
    assert.equal(fix('a=1\n', () => [unset('acks')]), 'a=1\n');
  });

  it('merges removals of adjacent lines at the end of a file', () => {
    const doc = docOf('x=0\na=1\nb=2');
    const changes = printPropertiesFix(doc, [remove(entry(doc, 'a')), remove(entry(doc, 'b'))]);
    assert.equal(changes.length, 1);
    assert.equal(applyChanges(doc.text, changes), 'x=0');
  });

  it('ignores a stale removal: the entry is gone', () => {
    const doc = docOf('acks=1\nb=2\n');
    const intents = [remove(entry(doc, 'acks'))];
    const out = applyChanges(doc.text, printPropertiesFix(doc, intents));
    assert.equal(out, 'b=2\n');
    assert.deepEqual(printPropertiesFix(docOf(out), intents), []);
  });
});

describe('properties printer: rename', () => {
  it('replaces only the key', () => {
    assert.equal(fix('# c\nqueue.buffering.max.ms = 5 # x\n', (d) => [rename(entry(d, 'queue.buffering.max.ms'), 'linger.ms')]), '# c\nlinger.ms = 5 # x\n');
  });

  it('escapes the new key', () => {
    const out = fix('a=1\n', (d) => [rename(entry(d, 'a'), 'my key=x')]);
    assert.equal(out, 'my\\ key\\=x=1\n');
    assert.deepEqual(effective(out), { 'my key=x': '1' });
  });

  it('replaces a key written over continuation lines', () => {
    assert.equal(fix('lin\\\n  ger=5\n', (d) => [rename(entry(d, 'linger'), 'linger.ms')]), 'linger.ms=5\n');
  });

  it('renames and sets one entry at once', () => {
    assert.equal(fix('retries\n', (d) => [rename(entry(d, 'retries'), 'acks'), set('acks', 'all')]), 'acks=all\n');
    assert.equal(fix('a = 1\n', (d) => [rename(entry(d, 'a'), 'acks'), set('acks', 'all')]), 'acks = all\n');
  });
});

describe('properties printer: several intents', () => {
  it('computes everything against the original text', () => {
    const text = '# producer\nacks=1\nlinger.ms=0\nretries=3\nbatch.size=16384\n';
    const out = fix(text, (d) => [
      set('acks', 'all'),
      remove(entry(d, 'retries')),
      rename(entry(d, 'batch.size'), 'batch.size'),
      set('enable.idempotence', true),
      set('linger.ms', 5),
    ]);
    assert.equal(out, '# producer\nacks=all\nlinger.ms=5\nbatch.size=16384\nenable.idempotence=true\n');
  });

  it('brings back the last occurrence when a key is unset and then set, keeping its place', () => {
    const text = 'acks=0\na=1\nacks=1\nb=2\n';
    assert.equal(fix(text, () => [unset('acks'), set('acks', 'all')]), 'a=1\nacks=all\nb=2\n');
  });

  it('removes a key that is set and then unset', () => {
    assert.equal(fix('acks=1\n', () => [set('acks', 'all'), unset('acks')]), '');
    assert.equal(fix('a=1\n', () => [set('acks', 'all'), unset('acks')]), 'a=1\n');
  });

  it('removes the last line and appends in one print', () => {
    assert.equal(fix('a=1\nb=2', (d) => [remove(entry(d, 'b')), set('c', '3')]), 'a=1\nc=3');
    assert.equal(fix('a=1\nb=2\n', (d) => [remove(entry(d, 'b')), set('c', '3')]), 'a=1\nc=3\n');
  });

  it('ignores intents for other scopes and empty keys', () => {
    const doc = docOf('a=1\n');
    assert.deepEqual(printPropertiesFix(doc, [{ kind: 'set', scopeId: 'other', key: 'acks', value: 'all' }, set('', 'x')]), []);
  });

  it('shows exactly the intended change when the result is parsed again', () => {
    const text = 'acks=1\r\nlinger.ms = 0\r\n# keep\r\nretries=3\r\nacks=0\r\n';
    const doc = docOf(text);
    const out = applyChanges(
      text,
      printPropertiesFix(doc, [set('acks', 'all'), unset('retries'), set('compression.type', 'zstd'), rename(entry(doc, 'linger.ms'), 'linger.ms')]),
    );
    assert.deepEqual(effective(out), { acks: 'all', 'linger.ms': '0', 'compression.type': 'zstd' });
    assert.equal(out, 'acks=1\r\nlinger.ms = 0\r\n# keep\r\nacks=all\r\ncompression.type=zstd\r\n');
    assert.deepEqual(parseProperties(out).comments.map((c) => c.text), [' keep']);
  });
});
