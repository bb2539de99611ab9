// Helpers for the Java and Spring dialect tests: lint a text as a named file, hover, complete, apply fixes and profiles.
import type { CodeAction, MarkupContent, Position } from 'vscode-languageserver-types';
import { createLanguageService, normalizeSettings } from '../../../server/src/service';
import type { Analysis } from '../../../server/src/service/features/analysis';
import { applyEdits } from '../../helpers/lint';

export const svc = createLanguageService();
let version = 0;

export function input(text: string, uri: string, languageId?: string) {
  return { uri, version: ++version, text, ...(languageId ? { languageId } : {}) };
}

export function analyse(text: string, uri: string, overrides: Record<string, unknown> = {}, languageId?: string): Analysis | undefined {
  return svc.analyze(input(text, uri, languageId), normalizeSettings(overrides));
}

export interface Found {
  readonly rule: string;
  readonly at: string;
  readonly severity: string;
  readonly message: string;
}

/** Rule findings and dialect problems, with the text each one underlines. */
export function findings(text: string, uri: string, overrides: Record<string, unknown> = {}): Found[] {
  const a = analyse(text, uri, overrides);
  if (!a) return [];
  return [
    ...a.document.problems.map((p) => ({ rule: p.code, at: text.slice(p.span.start, p.span.end), severity: p.severity, message: p.message })),
    ...a.findings.map((f) => ({ rule: f.rule.id, at: text.slice(f.finding.span.start, f.finding.span.end), severity: f.severity, message: f.finding.message })),
  ];
}

export function rules(text: string, uri: string, overrides: Record<string, unknown> = {}): string[] {
  return findings(text, uri, overrides).map((f) => `${f.rule}@${f.at}`);
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

export function hoverAt(textWithBar: string, uri: string): string {
  const i = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, i) + textWithBar.slice(i + 1);
  const h = svc.hover(input(text, uri), positionOf(text, i), normalizeSettings({}));
  return h ? (h.contents as MarkupContent).value : '';
}

export function completeAt(textWithBar: string, uri: string): string[] {
  const i = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, i) + textWithBar.slice(i + 1);
  const list = svc.complete(input(text, uri), positionOf(text, i), normalizeSettings({}));
  return list ? list.items.map((it) => it.label) : [];
}

export function codeActions(text: string, uri: string, only?: string[]): CodeAction[] {
  const d = input(text, uri);
  const s = normalizeSettings({});
  const diagnostics = svc.validate(d, s);
  const end = positionOf(text, text.length);
  return svc.codeActions(d, { start: { line: 0, character: 0 }, end }, { diagnostics, ...(only ? { only } : {}) }, s);
}

/** Applies the first quick fix of a rule whose title contains `title` (any when absent). */
export function applyQuickFix(text: string, uri: string, ruleId: string, title?: string): string {
  const list = codeActions(text, uri, ['quickfix']).filter((a) => a.diagnostics?.some((d) => d.code === ruleId) && !a.title.startsWith('Disable '));
  const action = title ? list.find((a) => a.title.includes(title)) : list.find((a) => a.isPreferred) ?? list[0];
  if (!action) throw new Error(`no fix for ${ruleId}; offered: ${list.map((a) => a.title).join(' | ')}`);
  return applyEdits(text, action.edit?.changes?.[uri] ?? []);
}

export function actionTitles(text: string, uri: string): string[] {
  return codeActions(text, uri).map((a) => a.title);
}

export function applyAction(text: string, uri: string, title: string): string {
  const action = codeActions(text, uri).find((a) => a.title.includes(title));
  if (!action) throw new Error(`no action ${title}; offered: ${codeActions(text, uri).map((a) => a.title).join(' | ')}`);
  return applyEdits(text, action.edit?.changes?.[uri] ?? []);
}
