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
import { isSoundFix } from './fixSoundness';
import { addedErrors, applyTextChanges, errorCounts, errorsAddedBy } from './fixVerification';
import { reanalyse } from '../profiles/planProfile';
import { DIAGNOSTIC_SOURCE, spanToRange } from './validation';
import { workspaceEdit } from './workspaceEdit';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.kafkaProducer`;

const COMMENT_PREFIX: Partial<Record<ConfigDocument['dialect'], string>> = { properties: '#', typescript: '//', java: '//', 'spring-properties': '#', 'spring-yaml': '#' };

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
        if (!isSoundFix(analysis, f.scopeId, fix)) continue;
        const changes = printFix(doc, fix.intents);
        if (changes.length === 0 || errorsAddedBy(analysis, fix, fix.intents).length > 0) continue;
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
  actions.push(...profileActions(analysis, req.only, req.span));
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
  const fileAction: CodeAction = { ...base, title: `Disable ${f.rule.id} for this file`, edit: workspaceEdit(doc, [fileComment]) };
  // A finding about a file without entries sits on no line a directive could name: only the file-wide one works there.
  if (!f.finding.entry && f.finding.span.end === f.finding.span.start) return [fileAction];
  return [{ ...base, title: `Disable ${f.rule.id} for this line`, edit: workspaceEdit(doc, [lineComment]) }, fileAction];
}

/** The intents of every finding's preferred (or only) safe fix that `accept`s; applied together by "fix all". */
export function safeFixIntents(analysis: Analysis, accept: (fix: FindingFix) => boolean = () => true): FixIntent[] {
  const intents: FixIntent[] = [];
  const seen = new Set<string>();
  for (const f of analysis.findings) {
    const fixes = f.finding.fixes ?? [];
    const fix = fixes.find((x) => x.preferred) ?? (fixes.length === 1 ? fixes[0] : undefined);
    if (!fix || !isSafe(f, fix) || !isSoundFix(analysis, f.scopeId, fix) || !accept(fix)) continue;
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

/**
 * Applies safe fixes until none is left (at most 10 passes, as ESLint does): one fix can make another
 * decidable, e.g. `linger.ms=5ms` → `5` lets the delivery-timeout check run. The result is one edit
 * covering only the region that changed.
 */
export function fixAllText(analysis: Analysis): string {
  const errorsBefore = errorCounts(analysis);
  const clean = (a: Analysis | undefined) => !a || addedErrors(errorsBefore, a).length === 0;
  const all = fixPasses(analysis, () => true);
  if (clean(all.analysis)) return all.text;
  // Together the fixes end in an error (the user raised a rule to error, or two fixes clash): apply only the fixes that
  // add no error of their own, and nothing when even that ends in one.
  const some = fixPasses(analysis, (from, fix) => errorsAddedBy(from, fix, fix.intents).length === 0);
  return clean(some.analysis) ? some.text : analysis.document.text;
}

function fixPasses(analysis: Analysis, accept: (from: Analysis, fix: FindingFix) => boolean): { text: string; analysis: Analysis | undefined } {
  let current: Analysis | undefined = analysis;
  let text = analysis.document.text;
  for (let pass = 0; pass < 10 && current; pass++) {
    const from: Analysis = current;
    const intents = safeFixIntents(from, (fix) => accept(from, fix));
    if (intents.length === 0) break;
    const changes = printFix(from.document, intents);
    if (changes.length === 0) break;
    text = applyTextChanges(text, changes);
    current = reanalyse(from, text);
  }
  return { text, analysis: current };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** One change replacing only what differs between two texts (common prefix and suffix kept). */
export function minimalChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Never cut a CRLF or a surrogate pair in two: an LSP position cannot point between them.
  const inside = (t: string, i: number) =>
    i > 0 && i < t.length && ((t.charCodeAt(i - 1) === 13 && t.charCodeAt(i) === 10) || (isHigh(t.charCodeAt(i - 1)) && isLow(t.charCodeAt(i))));
  while (start > 0 && (inside(before, start) || inside(after, start))) start--;
  while (endB < before.length && (inside(before, endB) || inside(after, endA))) {
    endB++;
    endA++;
  }
  return { span: { start, end: endB }, newText: after.slice(start, endA) };
}

// "Fix all" re-analyses the file once per pass: editors ask for code actions on every cursor move, so the answer is
// kept for the analysis (one document version).
const fixAllByAnalysis = new WeakMap<Analysis, CodeAction | null>();

function fixAllAction(analysis: Analysis): CodeAction | undefined {
  let action = fixAllByAnalysis.get(analysis);
  if (action === undefined) {
    const change = minimalChange(analysis.document.text, fixAllText(analysis));
    action = change ? { title: `Fix all safe ${DIAGNOSTIC_SOURCE} problems`, kind: FIX_ALL_KIND, edit: workspaceEdit(analysis.document, [change]) } : null;
    fixAllByAnalysis.set(analysis, action);
  }
  return action ?? undefined;
}
