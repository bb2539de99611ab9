// Checks the property tests share: ranges inside the document, symbols inside, error counts before/after an edit, finding identity.
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import type { Analysis } from '../../server/src/service/features/analysis';
import { rangeProblem } from './property';

/** Asserts that `r` (when there is one) lies inside a document with these line lengths. */
export function assertInside(lengths: readonly number[], r: Range | undefined, what: string, text: string): void {
  if (!r) return;
  const problem = rangeProblem(lengths, r);
  assert.equal(problem, undefined, `${what}: ${problem} in ${JSON.stringify(text)}`);
}

/** Asserts that every symbol, nested ones included, and its selection range lie inside the document. */
export function assertSymbolsInside(lengths: readonly number[], symbols: readonly DocumentSymbol[], text: string): void {
  for (const s of symbols) {
    assertInside(lengths, s.range, `symbol ${s.name}`, text);
    assertInside(lengths, s.selectionRange, `symbol ${s.name}`, text);
    assertSymbolsInside(lengths, s.children ?? [], text);
  }
}

/** Error-severity diagnostics (rules and syntax problems) per code. */
export function errorCountsByCode(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === DiagnosticSeverity.Error) m.set(String(d.code), (m.get(String(d.code)) ?? 0) + 1);
  return m;
}

/** Codes with more errors after an edit than before, as `code (before → after)`. */
export function newErrorCounts(before: readonly Diagnostic[], after: readonly Diagnostic[]): string[] {
  const b = errorCountsByCode(before);
  return [...errorCountsByCode(after)].filter(([code, n]) => n > (b.get(code) ?? 0)).map(([code, n]) => `${code} (${b.get(code) ?? 0} → ${n})`);
}

/** A finding's identity across edits: its rule, its key, and its message with the numbers (lines, values) taken out. */
export const findingIdentity = (f: Analysis['findings'][number]): string =>
  JSON.stringify([f.rule.id, f.finding.key ?? f.finding.entry?.key, f.finding.message.replace(/\d+/g, '#')]);

/** How many findings of `analysis` have this identity (0 without an analysis). */
export const findingsLike = (analysis: Analysis | undefined, id: string): number =>
  analysis ? analysis.findings.filter((f) => findingIdentity(f) === id).length : 0;
