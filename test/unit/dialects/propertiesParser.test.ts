// Unit tests of the `.properties` parser: Java's load semantics, exact spans, comments, problems and the model it feeds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseProperties, reparseProperties, type PropertiesFile, type PropertyEntry } from '../../../server/src/service/dialects/properties/parser';
import { createLanguageService, DEFAULT_SETTINGS } from '../../../server/src/service';
import { toConfigDocument } from '../../../server/src/service/dialects/properties/index';
import type { Span } from '../../../server/src/service/model/span';

const slice = (text: string, s: Span): string => text.slice(s.start, s.end);

/** The entry's spans as the text they cover, which keeps span assertions readable. */
function view(text: string, e: PropertyEntry) {
  return {
    key: e.key,
    value: e.value,
    keyText: slice(text, e.keySpan),
    valueText: slice(text, e.valueSpan),
    lineText: slice(text, e.span),
    separator: e.separator,
  };
}

function only(text: string): PropertyEntry {
  const f = parseProperties(text);
  assert.equal(f.entries.length, 1, `one entry in ${JSON.stringify(text)}`);
  return f.entries[0];
}

/** What Java's Properties would hold: the last value of each key. */
function asMap(f: PropertiesFile): [string, string][] {
  const m = new Map<string, string>();
  for (const e of f.entries) m.set(e.key, e.value);
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

const codes = (f: PropertiesFile): string[] => f.problems.map((p) => p.code);

describe('properties parser: key, separator and value', () => {
  it('reads key=value with exact spans', () => {
    const text = 'acks=all\n';
    const e = only(text);
    assert.deepEqual(view(text, e), {
      key: 'acks',
      value: 'all',
      keyText: 'acks',
      valueText: 'all',
      lineText: 'acks=all',
      separator: '=',
    });
    assert.deepEqual(e.keySpan, { start: 0, end: 4 });
    assert.deepEqual(e.valueSpan, { start: 5, end: 8 });
    assert.deepEqual(e.span, { start: 0, end: 8 });
    assert.equal(e.rawKey, 'acks');
    assert.equal(e.rawValue, 'all');
    assert.equal(e.line, 0);
    assert.equal(e.endLine, 0);
  });

  it('accepts every separator form Java accepts', () => {
    const cases: [string, string][] = [
      ['key value', ' '],
      ['key:value', ':'],
      ['key = value', ' = '],
      ['key\tvalue', '\t'],
      ['key\fvalue', '\f'],
      ['key  :  value', '  :  '],
      ['key\t=\tvalue', '\t=\t'],
    ];
    for (const [text, sep] of cases) {
      const e = only(text);
      assert.deepEqual(view(text, e), {
        key: 'key',
        value: 'value',
        keyText: 'key',
        valueText: 'value',
        lineText: text,
        separator: sep,
      });
    }
  });

  it('takes at most one = or : as separator; the next one belongs to the value', () => {
    assert.equal(only('k==v').value, '=v');
    assert.equal(only('k = = v').value, '= v');
    assert.equal(only('k :=v').value, '=v');
    assert.equal(only('k = :v').value, ':v');
    assert.equal(only('k:v=w').value, 'v=w');
    const text = 'k = = v';
    assert.equal(slice(text, only(text).valueSpan), '= v');
  });

  it('gives empty values an empty span right after the separator, or after the key', () => {
    const cases: [string, number][] = [
      ['key', 3],
      ['key=', 4],
      ['key = ', 6],
      ['key   ', 6],
      ['key :', 5],
    ];
    for (const [text, at] of cases) {
      const e = only(text);
      assert.equal(e.value, '', text);
      assert.deepEqual(e.valueSpan, { start: at, end: at }, text);
      assert.deepEqual(e.keySpan, { start: 0, end: 3 }, text);
    }
    assert.equal(only('key').separator, '');
    assert.equal(only('key = ').separator, ' = ');
  });

  it('keeps trailing whitespace of values (Java does)', () => {
    const text = 'client.id=p1  \t\n';
    const e = only(text);
    assert.equal(e.value, 'p1  \t');
    assert.equal(slice(text, e.valueSpan), 'p1  \t');
  });

  it('skips indentation before keys', () => {
    const text = '   \t linger.ms=5';
    const e = only(text);
    assert.deepEqual(e.keySpan, { start: 5, end: 14 });
    assert.deepEqual(e.span, { start: 5, end: 16 });
  });

  it('reads comment-looking text after a key as value', () => {
    const text = 'acks=all # fast\ncompression.type lz4 # fast\n';
    const f = parseProperties(text);
    assert.deepEqual(asMap(f), [
      ['acks', 'all # fast'],
      ['compression.type', 'lz4 # fast'],
    ]);
    assert.equal(f.comments.length, 0);
    assert.equal(slice(text, f.entries[1].valueSpan), 'lz4 # fast');
  });

  it('keeps every occurrence of a duplicated key, in order', () => {
    const f = parseProperties('acks=1\nacks=all\n');
    assert.deepEqual(
      f.entries.map((e) => [e.key, e.value, e.line]),
      [
        ['acks', '1', 0],
        ['acks', 'all', 1],
      ],
    );
  });

  it('keeps non-ASCII characters as they are', () => {
    assert.equal(only('client.id=café ☃').value, 'café ☃');
  });
});

describe('properties parser: escapes', () => {
  it('resolves \\t \\n \\r \\f and drops the backslash of any other character', () => {
    const text = 'v=\\t\\n\\r\\f\\x\\\\\\ \\#\\!\\=\\:';
    const e = only(text);
    assert.equal(e.value, '\t\n\r\fx\\ #!=:');
    assert.equal(e.rawValue, '\\t\\n\\r\\f\\x\\\\\\ \\#\\!\\=\\:');
    assert.equal(slice(text, e.valueSpan), e.rawValue);
  });

  it('does not end a key at escaped separators', () => {
    const text = 'a\\=b=c\nmy\\ key value\na\\:b:c\n\\#notcomment=1\n';
    const f = parseProperties(text);
    assert.deepEqual(
      f.entries.map((e) => [e.key, e.value, slice(text, e.keySpan), e.rawKey]),
      [
        ['a=b', 'c', 'a\\=b', 'a\\=b'],
        ['my key', 'value', 'my\\ key', 'my\\ key'],
        ['a:b', 'c', 'a\\:b', 'a\\:b'],
        ['#notcomment', '1', '\\#notcomment', '\\#notcomment'],
      ],
    );
    assert.equal(f.comments.length, 0);
  });

  it('ends a key at a separator preceded by an escaped backslash', () => {
    const e = only('a\\\\=b');
    assert.equal(e.key, 'a\\');
    assert.equal(e.value, 'b');
  });

  it('decodes \\uXXXX with either case of hex digits', () => {
    assert.equal(only('u=\\u0041\\u00e9\\u00E9x').value, 'Aééx');
    assert.equal(only('\\u0061cks=1').key, 'acks');
  });

  it('reports a malformed \\u escape with its span, as an error, and keeps going', () => {
    const text = 'a=\\u00zz\nb=\\u12\nc=ok\n';
    const f = parseProperties(text);
    assert.deepEqual(codes(f), ['malformed-unicode-escape', 'malformed-unicode-escape']);
    assert.equal(slice(text, f.problems[0].span), '\\u00zz');
    assert.equal(slice(text, f.problems[1].span), '\\u12');
    assert.equal(f.problems[0].severity, 'error');
    assert.deepEqual(asMap(f), [
      ['a', '\\u00zz'],
      ['b', '\\u12'],
      ['c', 'ok'],
    ]);
  });

  it('reports a malformed \\u escape in a key', () => {
    const text = 'k\\u00=v';
    const f = parseProperties(text);
    assert.deepEqual(codes(f), ['malformed-unicode-escape']);
    assert.equal(slice(text, f.problems[0].span), '\\u00');
    assert.equal(f.entries[0].value, 'v');
  });

  it('reads a \\u escape split by a continuation, as Java joins lines first', () => {
    const text = 'u=\\u00\\\n   41';
    const f = parseProperties(text);
    assert.deepEqual(f.problems, []);
    assert.equal(f.entries[0].value, 'A');
  });

  it('reports a malformed escape that spans a continuation with a span across the lines', () => {
    const text = 'u=\\u0\\\n   g';
    const f = parseProperties(text);
    assert.deepEqual(codes(f), ['malformed-unicode-escape']);
    assert.equal(slice(text, f.problems[0].span), '\\u0\\\n   g');
  });
});

describe('properties parser: comments and blank lines', () => {
  it('reads # and ! comments with their text and line', () => {
    const text = '# first\n  ! second\n\t#third\nk=v\n';
    const f = parseProperties(text);
    assert.deepEqual(
      f.comments.map((c) => [slice(text, c.span), c.text, c.line]),
      [
        ['# first', ' first', 0],
        ['! second', ' second', 1],
        ['#third', 'third', 2],
      ],
    );
    assert.equal(f.entries[0].line, 3);
  });

  it('does not continue a comment that ends in a backslash', () => {
    const text = '# comment \\\nk=v\n';
    const f = parseProperties(text);
    assert.equal(f.comments[0].text, ' comment \\');
    assert.deepEqual(asMap(f), [['k', 'v']]);
  });

  it('skips blank and whitespace-only lines', () => {
    const text = '\n   \n\t\f\nk=v\n\n';
    const f = parseProperties(text);
    assert.equal(f.entries.length, 1);
    assert.equal(f.entries[0].line, 3);
    assert.equal(f.comments.length, 0);
  });

  it('treats an empty file and a comment-only file as having no entries', () => {
    assert.equal(parseProperties('').entries.length, 0);
    assert.deepEqual(parseProperties('').lineStarts, [0]);
    assert.equal(parseProperties('# only\n').entries.length, 0);
  });
});

describe('properties parser: continuation lines', () => {
  it('joins a value across lines, skipping the leading blanks of continuation lines', () => {
    const text = 'bootstrap.servers=a:9092,\\\n    b:9092,\\\n\tc:9092\nnext=1\n';
    const f = parseProperties(text);
    const e = f.entries[0];
    assert.equal(e.value, 'a:9092,b:9092,c:9092');
    assert.equal(e.rawValue, 'a:9092,b:9092,c:9092');
    assert.equal(slice(text, e.valueSpan), 'a:9092,\\\n    b:9092,\\\n\tc:9092');
    assert.equal(slice(text, e.span), 'bootstrap.servers=a:9092,\\\n    b:9092,\\\n\tc:9092');
    assert.equal(e.line, 0);
    assert.equal(e.endLine, 2);
    assert.equal(f.entries[1].key, 'next');
    assert.equal(f.entries[1].line, 3);
  });

  it('joins a key across lines', () => {
    const text = 'ke\\\n  y=v';
    const e = only(text);
    assert.equal(e.key, 'key');
    assert.equal(e.rawKey, 'key');
    assert.equal(slice(text, e.keySpan), 'ke\\\n  y');
    assert.equal(slice(text, e.valueSpan), 'v');
  });

  it('joins a separator across lines', () => {
    const text = 'key \\\n  = v';
    const e = only(text);
    assert.deepEqual([e.key, e.value, e.separator], ['key', 'v', ' = ']);
    assert.equal(slice(text, e.keySpan), 'key');
    assert.equal(slice(text, e.valueSpan), 'v');
  });

  it('continues after an odd number of backslashes only', () => {
    const f = parseProperties('k=a\\\\\nb=c\nx=y\\\\\\\n  z\n');
    assert.deepEqual(asMap(f), [
      ['b', 'c'],
      ['k', 'a\\'],
      ['x', 'y\\z'],
    ]);
  });

  it('continues across CRLF and lone CR terminators', () => {
    const text = 'k=a\\\r\n   b\\\r\tc\\\r  d';
    const e = only(text);
    assert.equal(e.value, 'abcd');
    assert.equal(slice(text, e.valueSpan), 'a\\\r\n   b\\\r\tc\\\r  d');
  });

  it('ends the logical line at an empty or blank continuation line', () => {
    for (const text of ['k=a\\\n\nb=c', 'k=a\\\n   \nb=c']) {
      const f = parseProperties(text);
      assert.deepEqual(asMap(f), [
        ['b', 'c'],
        ['k', 'a'],
      ]);
      assert.equal(slice(text, f.entries[0].valueSpan), 'a');
      // The blank line belongs to the logical line, so removing the entry leaves no blank line behind.
      assert.equal(f.entries[0].span.end, text.indexOf('\nb=c'));
    }
  });

  it('reads # and ! at the start of a continuation line as value', () => {
    const text = 'k=a\\\n  # not a comment\n';
    const f = parseProperties(text);
    assert.equal(f.comments.length, 0);
    assert.equal(f.entries[0].value, 'a# not a comment');
  });

  it('treats a line holding only a backslash as nothing, so a comment may follow', () => {
    const text = '\\\n# comment\n  \\\nk=v\n';
    const f = parseProperties(text);
    assert.deepEqual(
      f.comments.map((c) => c.text),
      [' comment'],
    );
    assert.deepEqual(asMap(f), [['k', 'v']]);
    assert.equal(slice(text, f.entries[0].span), 'k=v');
  });

  it('drops a trailing backslash at the end of the file and marks the continuation as dangling', () => {
    for (const text of ['a=b\\', 'a=b\\\n', 'a=b\\\r\n']) {
      const f = parseProperties(text);
      assert.deepEqual(asMap(f), [['a', 'b']], JSON.stringify(text));
      assert.equal(slice(text, f.entries[0].valueSpan), 'b');
      assert.equal(slice(text, f.entries[0].span), 'a=b\\');
      assert.equal(f.danglingContinuation, true, JSON.stringify(text));
    }
    const blankAfter = parseProperties('a=b\\\n   ');
    assert.equal(blankAfter.danglingContinuation, false);
    assert.equal(parseProperties('a=b\n').danglingContinuation, false);
  });

  it('reads a lone backslash at the very end as an empty key, except after CRLF (as Java does)', () => {
    for (const text of ['k=v\n\\', 'k=v\n\\\n', 'k=v\n\\\r']) {
      const f = parseProperties(text);
      assert.deepEqual(asMap(f), [
        ['', ''],
        ['k', 'v'],
      ]);
      assert.deepEqual(codes(f), ['empty-key']);
    }
    assert.deepEqual(asMap(parseProperties('k=v\n\\\r\n')), [['k', 'v']]);
    assert.deepEqual(asMap(parseProperties('k=v\n\\\n  ')), [['k', 'v']]);
  });
});

describe('properties parser: lines, terminators and file shape', () => {
  it('computes line starts for LF, CRLF and lone CR', () => {
    const text = 'a=1\nb=2\r\nc=3\rd=4';
    const f = parseProperties(text);
    assert.deepEqual(f.lineStarts, [0, 4, 9, 13]);
    assert.deepEqual(
      f.entries.map((e) => [e.key, e.line, slice(text, e.span)]),
      [
        ['a', 0, 'a=1'],
        ['b', 1, 'b=2'],
        ['c', 2, 'c=3'],
        ['d', 3, 'd=4'],
      ],
    );
  });

  it('finds the dominant line ending', () => {
    assert.equal(parseProperties('a=1\r\nb=2\r\n').lineEnding, '\r\n');
    assert.equal(parseProperties('a=1\rb=2\r').lineEnding, '\r');
    assert.equal(parseProperties('a=1\nb=2\r\nc=3\n').lineEnding, '\n');
    assert.equal(parseProperties('a=1').lineEnding, '\n');
  });

  it('reads a CRLF file without leaking CR into values', () => {
    const text = 'acks=all\r\nlinger.ms=5\r\n';
    const f = parseProperties(text);
    assert.deepEqual(asMap(f), [
      ['acks', 'all'],
      ['linger.ms', '5'],
    ]);
    assert.equal(slice(text, f.entries[1].span), 'linger.ms=5');
    assert.equal(f.endsWithLineTerminator, true);
  });

  it('reads a file without a final newline', () => {
    const text = 'a=1\nb=2';
    const f = parseProperties(text);
    assert.equal(f.endsWithLineTerminator, false);
    assert.deepEqual(f.entries[1].span, { start: 4, end: 7 });
  });

  it('finds the dominant separator style, collapsing blanks', () => {
    assert.equal(parseProperties('a=1\nb = 2\nc=3\n').separatorStyle, '=');
    assert.equal(parseProperties('a = 1\nb  =  2\nc=3\n').separatorStyle, ' = ');
    assert.equal(parseProperties('a:1\nb:2\n').separatorStyle, ':');
    assert.equal(parseProperties('a 1\nb\t2\n').separatorStyle, ' ');
    assert.equal(parseProperties('a\nb\n').separatorStyle, '=');
  });
});

describe('properties parser: problems', () => {
  it('reports an empty key and still records the entry', () => {
    const text = '=value\n:also\n';
    const f = parseProperties(text);
    assert.deepEqual(codes(f), ['empty-key', 'empty-key']);
    assert.equal(f.problems[0].severity, 'warning');
    assert.equal(slice(text, f.problems[0].span), '=value');
    assert.deepEqual(asMap(f), [['', 'also']]);
    assert.deepEqual(f.entries[0].keySpan, { start: 0, end: 0 });
  });

  it('reports binary junk once per line, spanning the junk', () => {
    const text = 'a=1\u0000\u0001x\u0002\nb=2\n\u0000\u0000\n# \ufffd\n';
    const f = parseProperties(text);
    assert.deepEqual(codes(f), ['binary-content', 'binary-content', 'binary-content']);
    assert.deepEqual(
      f.problems.map((p) => slice(text, p.span)),
      ['\u0000\u0001x\u0002', '\u0000\u0000', '\ufffd'],
    );
    assert.ok(f.problems.every((p) => p.severity === 'warning'));
  });

  it('reports a byte order mark and, like Java, keeps it in the first key', () => {
    const text = '\uFEFFacks=all\n';
    const f = parseProperties(text);
    assert.deepEqual(codes(f), ['bom']);
    assert.deepEqual(f.problems[0].span, { start: 0, end: 1 });
    assert.equal(f.problems[0].severity, 'warning');
    assert.equal(f.entries[0].key, '\uFEFFacks');
    assert.deepEqual(f.entries[0].keySpan, { start: 0, end: 5 });
  });

  it('turns a first comment behind a byte order mark into an entry, like Java', () => {
    const f = parseProperties('\uFEFF# comment\nacks=all');
    assert.deepEqual(asMap(f), [
      ['acks', 'all'],
      ['\uFEFF#', 'comment'],
    ]);
    assert.equal(f.comments.length, 0);
  });

  it('reports problems in document order', () => {
    const text = '\u0000\n=x\nk=\\u1\n';
    const f = parseProperties(text);
    assert.deepEqual(codes(f), ['binary-content', 'empty-key', 'malformed-unicode-escape']);
  });
});

describe('properties parser: agrees with OpenJDK Properties.load', () => {
  // Each expectation was produced by java.util.Properties.load(Reader) on OpenJDK 17.
  const cases: [string, [string, string][]][] = [
    ['acks=all # fast', [['acks', 'all # fast']]],
    [
      'key value\nk2:v2\nk3 = v3\nk4\tv4\nk5\fv5\nk6  :  v6',
      [
        ['k2', 'v2'],
        ['k3', 'v3'],
        ['k4', 'v4'],
        ['k5', 'v5'],
        ['k6', 'v6'],
        ['key', 'value'],
      ],
    ],
    [
      'k==v\nk2 = = v\nk3 :=v\nk4 = :v',
      [
        ['k', '=v'],
        ['k2', '= v'],
        ['k3', '=v'],
        ['k4', ':v'],
      ],
    ],
    [
      'key\nkey2=\nkey3 = \nkey4   ',
      [
        ['key', ''],
        ['key2', ''],
        ['key3', ''],
        ['key4', ''],
      ],
    ],
    [
      'a\\=b=c\nmy\\ key value\na\\:b:c\n\\#notcomment=1',
      [
        ['#notcomment', '1'],
        ['a:b', 'c'],
        ['a=b', 'c'],
        ['my key', 'value'],
      ],
    ],
    ['v=\\t\\n\\r\\f\\x\\\\\\ \\#\\!\\=\\:', [['v', '\t\n\r\fx\\ #!=:']]],
    ['u=\\u0041\\u00e9\\u00E9x', [['u', 'Aééx']]],
    ['k=a\\\n   b\\\r\n\tc\\\r  d', [['k', 'abcd']]],
    [
      'k=a\\\\\nb=c',
      [
        ['b', 'c'],
        ['k', 'a\\'],
      ],
    ],
    [
      'k=a\\\n\nb=c',
      [
        ['b', 'c'],
        ['k', 'a'],
      ],
    ],
    [
      'k=a\\\n   \nb=c',
      [
        ['b', 'c'],
        ['k', 'a'],
      ],
    ],
    ['k=a\\\n  # not a comment', [['k', 'a# not a comment']]],
    ['# comment \\\nk=v', [['k', 'v']]],
    ['\\\n# comment\nk=v', [['k', 'v']]],
    ['ke\\\n  y=v', [['key', 'v']]],
    ['k=v  ', [['k', 'v  ']]],
    ['k=v\\', [['k', 'v']]],
    ['\\', [['', '']]],
    ['\\\n', [['', '']]],
    ['\\\r\n', []],
    ['=empty\n:also', [['', 'also']]],
    [
      'k=v\r\nk=w\rk2=x',
      [
        ['k', 'w'],
        ['k2', 'x'],
      ],
    ],
    ['\uFEFFacks=all', [['\uFEFFacks', 'all']]],
    [
      '\uFEFF# comment\nacks=all',
      [
        ['acks', 'all'],
        ['\uFEFF#', 'comment'],
      ],
    ],
    ['k=café ☃', [['k', 'café ☃']]],
    ['u=\\u00\\\n   41', [['u', 'A']]],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      assert.deepEqual(asMap(parseProperties(text)), expected);
    });
  }
});

describe('properties parser: robustness', () => {
  it('never throws and keeps its spans consistent on random input', () => {
    const alphabet = ['a', 'k', ' ', '\t', '\f', '=', ':', '#', '!', '\\', '\\', '\n', '\r', '\r\n', 'u', '0', '4', 'é', '\u0000', '\uFEFF', '\uD83D'];
    let seed = 20240601;
    const random = (): number => {
      seed = (Math.imul(seed ^ (seed >>> 15), 2246822519) + 0x6d2b79f5) >>> 0;
      seed ^= seed >>> 13;
      return seed / 4294967296;
    };
    for (let n = 0; n < 3000; n++) {
      const len = Math.floor(random() * 50);
      let text = '';
      for (let j = 0; j < len; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      const f = parseProperties(text);
      let last = -1;
      for (const e of f.entries) {
        assert.ok(e.span.start > last, JSON.stringify(text));
        assert.ok(e.span.start === e.keySpan.start && e.keySpan.end <= e.valueSpan.start, JSON.stringify(text));
        assert.ok(e.valueSpan.start <= e.valueSpan.end && e.valueSpan.end <= e.span.end, JSON.stringify(text));
        assert.ok(e.span.end <= text.length, JSON.stringify(text));
        last = e.span.end;
      }
      for (const p of f.problems) assert.ok(p.span.start <= p.span.end && p.span.end <= text.length);
      for (const c of f.comments) assert.equal(text.slice(c.span.start + 1, c.span.end), c.text);
    }
  });
});

describe('properties dialect: ConfigDocument', () => {
  it('makes one Java producer scope for the file', () => {
    const text = '# producer\nacks = all\n=orphan\nlinger.ms=5';
    const doc = toConfigDocument('file:///work/conf/my%20producer.properties', 3, text);
    assert.equal(doc.uri, 'file:///work/conf/my%20producer.properties');
    assert.equal(doc.version, 3);
    assert.equal(doc.dialect, 'properties');
    assert.equal(doc.text, text);
    assert.equal(doc.scopes.length, 1);
    const scope = doc.scopes[0];
    assert.equal(scope.id, 'file');
    assert.equal(scope.client, 'java');
    assert.equal(scope.role, 'producer');
    assert.equal(scope.label, 'my producer.properties');
    assert.equal(scope.open, false);
    assert.deepEqual(scope.span, { start: 0, end: text.length });
    assert.equal(scope.insertOffset, text.length);
    assert.deepEqual(scope.printHints, {
      separator: '=',
      lineEnding: '\n',
      endsWithLineTerminator: false,
      danglingContinuation: false,
    });
    // The empty key is a syntax problem, not an entry.
    assert.deepEqual(
      scope.entries.map((e) => [e.key, e.rawKey, e.value, slice(text, e.keySpan), slice(text, e.valueSpan), e.origin]),
      [
        ['acks', 'acks', { kind: 'string', value: 'all' }, 'acks', 'all', { kind: 'inline' }],
        ['linger.ms', 'linger.ms', { kind: 'string', value: '5' }, 'linger.ms', '5', { kind: 'inline' }],
      ],
    );
    assert.deepEqual(
      doc.problems.map((p) => p.code),
      ['empty-key'],
    );
    assert.deepEqual(
      doc.comments.map((c) => c.text),
      [' producer'],
    );
    assert.deepEqual(doc.lineStarts, [0, 11, 22, 30]);
  });

  it('uses decoded keys for key and rawKey', () => {
    const doc = toConfigDocument('untitled:Untitled-1', 1, 'my\\ key=\\u0041');
    const e = doc.scopes[0].entries[0];
    assert.equal(e.key, 'my key');
    assert.equal(e.rawKey, 'my key');
    assert.deepEqual(e.value, { kind: 'string', value: 'A' });
    assert.equal(doc.scopes[0].label, 'untitled:Untitled-1');
  });
});

describe('incremental re-parse (reparseProperties)', () => {
  /** 40 numbered entries: long enough that an edit in one line re-parses a few lines only. */
  const base = Array.from({ length: 40 }, (_, i) => `key.${i}=value ${i}`).join('\n') + '\n';
  const at = (text: string, line: number): number => text.split('\n').slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
  const edit = (text: string, offset: number, remove: number, insert: string) => text.slice(0, offset) + insert + text.slice(offset + remove);

  /** Re-parses `before` → `after` and checks the result is exactly a fresh parse of `after`. */
  function same(before: string, after: string, prev = parseProperties(before)): PropertiesFile {
    const file = reparseProperties(prev, before, after);
    assert.deepEqual(file, parseProperties(after), JSON.stringify(after));
    return file;
  }

  it('keeps the entries before the edit as they are and moves the ones after it', () => {
    const prev = parseProperties(base);
    const after = edit(base, at(base, 20) + 'key.20=value 2'.length, 0, '0');
    const file = same(base, after, prev);
    assert.equal(file.entries[5], prev.entries[5], 'an entry well before the edit is the same object');
    assert.notEqual(file.entries[30], prev.entries[30]);
    assert.equal(slice(after, file.entries[30].keySpan), 'key.30');
    assert.equal(file.entries[20].value, 'value 200');
  });

  it('an edit that starts or ends a continuation re-joins the lines Java joins', () => {
    const line10End = at(base, 11) - 1;
    const joined = same(base, edit(base, line10End, 0, '\\'));
    assert.equal(joined.entries.length, 39);
    assert.equal(joined.entries[10].value, 'value 10key.11=value 11');
    // And the backslash taken away again splits them.
    same(edit(base, line10End, 0, '\\'), base);
    // A second backslash makes the run even: no continuation.
    const twice = edit(base, line10End, 0, '\\');
    assert.equal(same(twice, edit(twice, line10End, 0, '\\')).entries.length, 40);
  });

  it('comments, escapes and empty keys typed into one line', () => {
    for (const insert of ['#', '!', '\\u00', '=', ' ', '\n\n', '\u0000', 'x\\\n#c']) {
      same(base, edit(base, at(base, 15), 0, insert));
    }
  });

  it('the first and last lines: a byte order mark, a dangling continuation at the end of the file', () => {
    same(base, '\ufeff' + base);
    same('\ufeff' + base, base);
    const noFinalEol = base.slice(0, -1);
    same(noFinalEol, noFinalEol + '\\');
    same(noFinalEol + '\\', noFinalEol);
    same(base, base + 'tail=1\\');
  });

  it('line endings: a CRLF split or joined by an edit', () => {
    const crlf = base.replace(/\n/g, '\r\n');
    const cr = crlf.indexOf('\r\n', crlf.length >> 1);
    same(crlf, edit(crlf, cr + 1, 0, 'x'));
    same(edit(crlf, cr + 1, 0, 'x'), crlf);
    same(crlf, edit(crlf, cr, 1, ''));
  });

  it('the language service re-parses documents incrementally with the same findings as a fresh service', () => {
    const uri = 'file:///ws/producer.properties';
    const incremental = createLanguageService();
    let text = 'acks=0\nretries=3\nenable.idempotence=true\nlinger.ms=5\ncompression.type=none\n'.repeat(10);
    const edits: Array<[number, number, string]> = [[10, 0, 'x'], [40, 1, ''], [text.length - 3, 0, '\\'], [0, 0, '# c\n'], [90, 0, 'acks=all\n']];
    edits.forEach(([offset, remove, insert], i) => {
      text = edit(text, offset, remove, insert);
      const doc = { uri, languageId: 'kafka-properties', version: i + 1, text };
      assert.deepEqual(incremental.validate(doc, DEFAULT_SETTINGS), createLanguageService().validate(doc, DEFAULT_SETTINGS));
    });
  });
});
