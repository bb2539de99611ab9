// Code actions: per-finding quick fixes, suppression comments, "fix all" of safe fixes, and safe profiles.
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import { printFix } from '../dialects';
import type { ConfigDocument } from '../model/configDocument';
import type { FixIntent, TextChange } from '../model/fixIntent';
import type { Span } from '../model/span';
import type { FindingFix } from '../rules/rule';
import { lineOf } from '../util/lines';
import type { Analysis, ResolvedFinding } from './analysis';
import { profileActions } from './profileActions';
import { DIAGNOSTIC_SOURCE, spanToRange } from './validation';
import { workspaceEdit } from './workspaceEdit';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kafkaProducer`;

const COMMENT_PREFIX: Partial<Record<ConfigDocument['dialect'], string>> = { properties: '#', typescript: '//', java: '//' };

const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

export function isSafe(f: ResolvedFinding, fix: FindingFix): boolean {
  return fix.safe ?? f.rule.meta.fix === 'safe';
}

function matchingDiagnostic(f: ResolvedFinding, diagnostics: readonly Diagnostic[], doc: ConfigDocument): Diagnostic[] {
  const range = spanToRange(doc, f.finding.span);
  return diagnostics.filter(
    (d) =>
      d.code === f.rule.id &&
      d.range.start.line === range.start.line &&
      d.range.start.character === range.start.character &&
      d.range.end.line === range.end.line &&
      d.range.end.character === range.end.character,
  );
}

export interface CodeActionRequest {
  readonly span: Span;
  readonly diagnostics: readonly Diagnostic[];
  /** Kinds the client asked for (`only`); everything when absent. */
  readonly only?: readonly string[];
}

const wants = (only: readonly string[] | undefined, kind: string) =>
  !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export function doCodeActions(analysis: Analysis, req: CodeActionRequest): CodeAction[] {
  const doc = analysis.document;
  const actions: CodeAction[] = [];
  if (wants(req.only, CodeActionKind.QuickFix)) {
    const suppressedRules = new Set<string>();
    for (const f of analysis.findings) {
      if (!overlaps(f.finding.span, req.span)) continue;
      const diagnostics = matchingDiagnostic(f, req.diagnostics, doc);
      for (const fix of f.finding.fixes ?? []) {
        const changes = printFix(doc, fix.intents);
        if (changes.length === 0) continue;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          ...(diagnostics.length ? { diagnostics } : {}),
          ...(fix.preferred ? { isPreferred: true } : {}),
          edit: workspaceEdit(doc, changes),
        });
      }
      if (!suppressedRules.has(f.rule.id)) {
        suppressedRules.add(f.rule.id);
        actions.push(...suppressionActions(doc, f, diagnostics));
      }
    }
  }
  if (wants(req.only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(analysis);
    if (fixAll) actions.push(fixAll);
  }
  actions.push(...profileActions(analysis, req.only));
  return actions;
}

function suppressionActions(doc: ConfigDocument, f: ResolvedFinding, diagnostics: Diagnostic[]): CodeAction[] {
  const prefix = COMMENT_PREFIX[doc.dialect];
  if (!prefix) return [];
  const anchor = f.finding.entry?.span.start ?? f.finding.span.start;
  const line = lineOf(doc, anchor);
  const lineStart = doc.lineStarts[line]!;
  const indent = /^[ \t]*/.exec(doc.text.slice(lineStart, anchor))![0];
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const lineComment: TextChange = { span: { start: lineStart, end: lineStart }, newText: `${indent}${prefix} kafka-lint-disable-next-line ${f.rule.id} -- reason${eol}` };
  const fileComment: TextChange = { span: { start: 0, end: 0 }, newText: `${prefix} kafka-lint-disable-file ${f.rule.id}${eol}` };
  const base = { kind: CodeActionKind.QuickFix, ...(diagnostics.length ? { diagnostics } : {}) };
  return [
    { ...base, title: `Disable ${f.rule.id} for this line`, edit: workspaceEdit(doc, [lineComment]) },
    { ...base, title: `Disable ${f.rule.id} for this file`, edit: workspaceEdit(doc, [fileComment]) },
  ];
}

/** The intents of every finding's preferred (or only) safe fix; applied together by "fix all". */
export function safeFixIntents(analysis: Analysis): FixIntent[] {
  const intents: FixIntent[] = [];
  const seen = new Set<string>();
  for (const f of analysis.findings) {
    const fixes = f.finding.fixes ?? [];
    const fix = fixes.find((x) => x.preferred) ?? (fixes.length === 1 ? fixes[0] : undefined);
    if (!fix || !isSafe(f, fix)) continue;
    for (const intent of fix.intents) {
      const key = JSON.stringify([intent.kind, 'entry' in intent ? intent.entry.span.start : '', 'key' in intent ? intent.key : '']);
      // Two findings may want to remove the same entry; set/remove of one key keeps the first intent.
      if (seen.has(key)) continue;
      seen.add(key);
      intents.push(intent);
    }
  }
  return intents;
}

function fixAllAction(analysis: Analysis): CodeAction | undefined {
  const intents = safeFixIntents(analysis);
  if (intents.length === 0) return undefined;
  const changes = printFix(analysis.document, intents);
  if (changes.length === 0) return undefined;
  return { title: `Fix all safe ${DIAGNOSTIC_SOURCE} problems`, kind: FIX_ALL_KIND, edit: workspaceEdit(analysis.document, changes) };
}
