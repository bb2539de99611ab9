// Test helpers for the TS/JS dialect: a service that reads imported files from disk, fixtures, and quick fixes on code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Position } from 'vscode-languageserver-types';
import { createLanguageService, normalizeSettings, type LanguageService } from '../../server/src/service';
import type { Analysis } from '../../server/src/service/features/analysis';
import type { ConfigDocument, ConfigEntry, ConfigScope } from '../../server/src/service/model/configDocument';
import { applyEdits, CODE_URI } from './lint';

export const ROOT = join(__dirname, '../../..');
export const FIXTURES = join(ROOT, 'test/fixtures/typescript');

/** A service whose imports resolve against the real file system (as the CLI does under its roots). */
export const codeService: LanguageService = createLanguageService({
  readFile: (uri) => {
    try {
      return readFileSync(new URL(uri), 'utf8');
    } catch {
      return undefined;
    }
  },
});

let version = 0;

export function fixture(rel: string): { uri: string; text: string } {
  const path = join(FIXTURES, rel);
  return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
}

export function analyzeCode(text: string, uri = CODE_URI, overrides: Record<string, unknown> = {}): Analysis | undefined {
  return codeService.analyze({ uri, version: ++version, text }, normalizeSettings(overrides));
}

export function analyzeFixture(rel: string, overrides: Record<string, unknown> = {}): Analysis {
  const f = fixture(rel);
  const a = analyzeCode(f.text, f.uri, overrides);
  if (!a) throw new Error(`${rel} was not analysed`);
  return a;
}

export function parseCode(text: string, uri = CODE_URI): ConfigDocument | undefined {
  return codeService.parse({ uri, version: ++version, text }, normalizeSettings({}));
}

/** `key=value` of each entry (values as written in the model; unknown as `?reason`). */
export function entriesOf(scope: ConfigScope): string[] {
  return scope.entries.map((e) => `${e.key}=${show(e)}`);
}

export function show(e: ConfigEntry): string {
  const v = e.value;
  return v.kind === 'unknown' ? `?${v.reason}` : v.kind === 'null' ? 'null' : String(v.value);
}

/** Findings as `rule@text` with their severity, the way tests read them. */
export function findingsOf(a: Analysis): Array<{ rule: string; at: string; severity: string; message: string }> {
  return a.findings.map((f) => ({ rule: f.rule.id, at: a.document.text.slice(f.finding.span.start, f.finding.span.end), severity: f.severity, message: f.finding.message }));
}

export function rulesAt(a: Analysis): string[] {
  return findingsOf(a).map((f) => `${f.rule}@${f.at}`);
}

/** Code actions over the whole document. */
export function codeActions(text: string, uri = CODE_URI, only?: string[], overrides: Record<string, unknown> = {}): CodeAction[] {
  const doc = { uri, version: ++version, text };
  const s = normalizeSettings(overrides);
  const diagnostics = codeService.validate(doc, s);
  return codeService.codeActions(doc, { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }, { diagnostics, ...(only ? { only } : {}) }, s);
}

/** Applies the quick fix of `ruleId` whose title includes `title` (default: the preferred one). */
export function applyCodeFix(text: string, ruleId: string, title?: string, uri = CODE_URI): string {
  const list = codeActions(text, uri, ['quickfix']).filter((a) => a.diagnostics?.some((d) => d.code === ruleId) && !a.title.startsWith('Disable '));
  const action = title ? list.find((a) => a.title.includes(title)) : list.find((a) => a.isPreferred) ?? list[0];
  if (!action) throw new Error(`no fix for ${ruleId}${title ? ` titled ${title}` : ''}; offered: ${list.map((a) => a.title).join(' | ')}`);
  return applyEdits(text, action.edit?.changes?.[uri] ?? []);
}

export function fixTitles(text: string, ruleId: string, uri = CODE_URI): string[] {
  return codeActions(text, uri, ['quickfix'])
    .filter((a) => a.diagnostics?.some((d) => d.code === ruleId) && !a.title.startsWith('Disable '))
    .map((a) => a.title);
}

/** Position of the `|` marker and the text without it. */
export function at(textWithBar: string): { text: string; position: Position } {
  const i = textWithBar.indexOf('|');
  const text = textWithBar.slice(0, i) + textWithBar.slice(i + 1);
  const before = text.slice(0, i).split('\n');
  return { text, position: { line: before.length - 1, character: before[before.length - 1]!.length } };
}

export { CODE_URI };
