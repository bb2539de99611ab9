// Document symbols list every entry of a producer file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, service, settings } from '../../helpers/lint';

test('document symbols', () => {
  const symbols = service.documentSymbols(doc('# c\nacks=all\nlinger.ms=\\\n  5\n'), settings());
  assert.deepEqual(symbols.map((s) => [s.name, s.detail, s.range.start.line, s.range.end.line]), [
    ['acks', 'all', 1, 1],
    ['linger.ms', '5', 2, 3],
  ]);
});
