// A dialect-neutral list of problems for one document (what the CLI prints as text, JSON and SARIF).
import type { Analysis } from './analysis';
import type { Severity } from '../rules/rule';
import { spanToRange } from './validation';
import type { Range } from 'vscode-languageserver-types';

export interface ReportedProblem {
  /** Rule id, or a syntax problem code (`malformed-unicode-escape`, …) or `not-analysed`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly key?: string;
  /** 0-based LSP range. */
  readonly range: Range;
}

export function problemsOf(analysis: Analysis): ReportedProblem[] {
  const doc = analysis.document;
  if (doc.skipped) {
    return [{ rule: 'not-analysed', severity: 'information', message: doc.skipped.reason, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
  }
  const out: ReportedProblem[] = analysis.problems.map((p) => ({ rule: p.code, severity: p.severity, message: p.message, range: spanToRange(doc, p.span) }));
  for (const f of analysis.findings) {
    out.push({
      rule: f.rule.id,
      severity: f.severity,
      message: f.finding.message,
      ...(f.finding.key ? { key: f.finding.key } : {}),
      range: spanToRange(doc, f.finding.span),
    });
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}
