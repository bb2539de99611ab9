// Turns an analysis into LSP diagnostics: rule id as code with a docs link, precise ranges, related locations.
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, Location, Range } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../model/configDocument';
import type { Span } from '../model/span';
import type { Severity } from '../rules/rule';
import { positionOf } from '../util/lines';
import type { Analysis } from './analysis';

/** `source` of every diagnostic: the name users see in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'kafka-producer';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function severityName(s: DiagnosticSeverity | undefined): Severity {
  return s === DiagnosticSeverity.Error ? 'error' : s === DiagnosticSeverity.Warning ? 'warning' : s === DiagnosticSeverity.Hint ? 'hint' : 'information';
}

export function spanToRange(doc: Pick<ConfigDocument, 'lineStarts'>, span: Span): Range {
  return Range.create(positionOf(doc, span.start), positionOf(doc, span.end));
}

/** Data attached to each diagnostic so code actions can find the finding again for this document version. */
export interface DiagnosticData {
  readonly ruleId: string;
  readonly version: number;
  readonly index: number;
}

export function toDiagnostics(analysis: Analysis): Diagnostic[] {
  const { document: doc, settings } = analysis;
  const out: Diagnostic[] = [];
  if (doc.skipped) {
    out.push({
      range: Range.create(0, 0, 0, 0),
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: 'not-analysed',
      message: doc.skipped.reason,
    });
    return out;
  }
  for (const p of analysis.problems) {
    out.push({
      range: spanToRange(doc, p.span),
      severity: LSP_SEVERITY[p.severity],
      source: DIAGNOSTIC_SOURCE,
      code: p.code,
      message: p.message,
    });
  }
  analysis.findings.forEach((f, index) => {
    const { finding, rule } = f;
    const related: DiagnosticRelatedInformation[] = (finding.related ?? []).map((r) =>
      'span' in r
        ? DiagnosticRelatedInformation.create(Location.create(doc.uri, spanToRange(doc, r.span)), r.message)
        : DiagnosticRelatedInformation.create(Location.create(r.uri, r.range), r.message),
    );
    const tags = (finding.tags ?? []).map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary));
    const data: DiagnosticData = { ruleId: rule.id, version: doc.version, index };
    out.push({
      range: spanToRange(doc, finding.span),
      severity: LSP_SEVERITY[f.severity],
      source: DIAGNOSTIC_SOURCE,
      code: rule.id,
      codeDescription: { href: `${settings.docsBaseUrl}${rule.id}.md` },
      message: finding.message,
      ...(related.length ? { relatedInformation: related } : {}),
      ...(tags.length ? { tags } : {}),
      data,
    });
  });
  return out;
}

/**
 * At most `max` diagnostics for an editor (a generated or corrupted file can hold hundreds of thousands, which no
 * Problems panel can show): the most severe first, then in document order, and a notice of how many were left out.
 * The CLI reports everything.
 */
export function limitProblems(diagnostics: readonly Diagnostic[], max: number): Diagnostic[] {
  if (diagnostics.length <= max) return [...diagnostics];
  const rank = (d: Diagnostic) => d.severity ?? DiagnosticSeverity.Error;
  const kept = diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.d);
  kept.unshift({
    range: Range.create(0, 0, 0, 0),
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'problems-limited',
    message: `${diagnostics.length - max} more problems in this file are not shown (the first ${max}, most severe first; setting kafkaProducer.maxProblems). Run kafka-lint on the file for all of them.`,
  });
  return kept;
}
