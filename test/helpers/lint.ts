// Test helpers over the public language service: lint a text, read findings, apply a quick fix or a profile.
import type { CodeAction, Diagnostic, Position, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, normalizeSettings, type ServiceSettings } from '../../server/src/service';
import type { Analysis } from '../../server/src/service/features/analysis';
import { computeLineStarts, lineOf } from '../../server/src/service/util/lines';
import { applyTextChanges } from './ownership';

export const service = createLanguageService();
export const URI = 'file:///work/producer.properties';
let version = 0;

export function settings(overrides: Record<string, unknown> = {}): ServiceSettings {
  return normalizeSettings(overrides);
}

export function doc(text: string, uri = URI, languageId = 'kafka-properties') {
  return { uri, languageId, version: ++version, text };
}

export interface LintedFinding {
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  /** The document text under the finding's range. */
  readonly at: string;
  readonly line: number;
}

export function analyze(text: string, overrides: Record<string, unknown> = {}): Analysis {
  const a = service.analyze(doc(text), settings(overrides));
  if (!a) throw new Error('not analysed');
  return a;
}

/** Findings as `{rule, severity, at}` — `at` is the text the diagnostic underlines. */
export function lint(text: string, overrides: Record<string, unknown> = {}): LintedFinding[] {
  const a = analyze(text, overrides);
  return a.findings.map((f) => ({
    rule: f.rule.id,
    severity: f.severity,
    message: f.finding.message,
    at: text.slice(f.finding.span.start, f.finding.span.end),
    line: lineAt(text, f.finding.span.start),
  }));
}

/** Only the findings of one rule. */
export function lintRule(ruleId: string, text: string, overrides: Record<string, unknown> = {}): LintedFinding[] {
  return lint(text, overrides).filter((f) => f.rule === ruleId);
}

export function diagnostics(text: string, overrides: Record<string, unknown> = {}): Diagnostic[] {
  return service.validate(doc(text), settings(overrides));
}

function lineAt(text: string, offset: number): number {
  return lineOf({ lineStarts: computeLineStarts(text) }, offset);
}

/** Applies LSP text edits as editors do: all against the original text, edits at the same position in array order. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = computeLineStarts(text);
  const off = (p: Position) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  return applyTextChanges(text, edits.map((e) => ({ span: { start: off(e.range.start), end: off(e.range.end) }, newText: e.newText })));
}

export function applyAction(text: string, action: CodeAction, uri = URI): string {
  const edits = action.edit?.changes?.[uri] ?? [];
  return applyEdits(text, edits);
}

/** All code actions offered over the whole document. */
export function actions(text: string, overrides: Record<string, unknown> = {}, only?: string[]): CodeAction[] {
  const d = doc(text);
  const s = settings(overrides);
  const diags = service.validate(d, s);
  const end = { line: text.split(/\r\n|\r|\n/).length, character: 0 };
  return service.codeActions(d, { start: { line: 0, character: 0 }, end }, { diagnostics: diags, ...(only ? { only } : {}) }, s);
}

/** Applies the quick fix of `ruleId` whose title contains `title` (default: the preferred one). */
export function applyFix(text: string, ruleId: string, title?: string, overrides: Record<string, unknown> = {}): string {
  const list = actions(text, overrides, ['quickfix']).filter((a) => a.diagnostics?.some((d) => d.code === ruleId));
  const action = title ? list.find((a) => a.title.includes(title)) : list.find((a) => a.isPreferred) ?? list[0];
  if (!action) throw new Error(`no fix for ${ruleId}${title ? ` titled ${title}` : ''}; offered: ${list.map((a) => a.title).join(' | ')}`);
  return applyAction(text, action);
}

/** Position of the `|` marker in a text, and the text without it. */
export function cursor(textWithBar: string): { text: string; position: Position } {
  const i = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, i) + textWithBar.slice(i + 1);
  const before = text.slice(0, i).split(/\r\n|\r|\n/);
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

/** The quick fixes a rule offers over the whole document (suppression comments left out). */
export function quickFixes(text: string, ruleId: string, overrides: Record<string, unknown> = {}): CodeAction[] {
  return actions(text, overrides, ['quickfix']).filter((a) => a.diagnostics?.some((d) => d.code === ruleId) && !a.title.startsWith('Disable '));
}

/** The text after "fix all" (`source.fixAll.kafkaProducer`), or the text unchanged when nothing is offered. */
export function fixAll(text: string, overrides: Record<string, unknown> = {}): string {
  const action = actions(text, overrides, ['source.fixAll.kafkaProducer']).find((a) => a.kind === 'source.fixAll.kafkaProducer');
  return action ? applyAction(text, action) : text;
}

/** Diagnostics under fully built settings (e.g. cluster facts that carry a workspace file location). */
export function diagnosticsWith(text: string, s: ServiceSettings): Diagnostic[] {
  return service.validate(doc(text), s);
}

/** A code file's uri for tests (the extension decides TS vs JS). */
export const CODE_URI = 'file:///work/src/producer.ts';

/** Findings of a TS/JS text (the language follows the uri's extension), as `lint` gives them. */
export function lintCode(text: string, overrides: Record<string, unknown> = {}, uri = CODE_URI): LintedFinding[] {
  const a = service.analyze({ uri, version: ++version, text }, settings(overrides));
  if (!a) return [];
  return a.findings.map((f) => ({
    rule: f.rule.id,
    severity: f.severity,
    message: f.finding.message,
    at: text.slice(f.finding.span.start, f.finding.span.end),
    line: lineAt(text, f.finding.span.start),
  }));
}
