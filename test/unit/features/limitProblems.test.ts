// limitProblems: the editor's cap on diagnostics per file keeps the most severe, in document order, and says how many it left out.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity, Range, type Diagnostic } from 'vscode-languageserver-types';
import { limitProblems } from '../../../server/src/service/features/validation';

const d = (line: number, severity: DiagnosticSeverity): Diagnostic => ({ range: Range.create(line, 0, line, 1), severity, message: `line ${line}` });

describe('limitProblems', () => {
  test('under the limit: everything, unchanged', () => {
    const all = [d(0, DiagnosticSeverity.Warning), d(1, DiagnosticSeverity.Error)];
    assert.deepEqual(limitProblems(all, 2), all);
  });

  test('over the limit: errors before warnings before information, then document order, plus one notice', () => {
    const all = [d(0, DiagnosticSeverity.Information), d(1, DiagnosticSeverity.Warning), d(2, DiagnosticSeverity.Warning), d(3, DiagnosticSeverity.Error), d(4, DiagnosticSeverity.Hint)];
    const kept = limitProblems(all, 2);
    assert.equal(kept[0]!.code, 'problems-limited');
    assert.match(kept[0]!.message, /^3 more problems/);
    assert.deepEqual(kept.slice(1).map((x) => x.range.start.line), [1, 3]);
  });
});
