// Shared helpers of the editor suite: activation, fixtures, and waiting on diagnostics events (never on a timer).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'kafka-producer-tools.kafka-producer-config';
/** `source` of every diagnostic the server publishes. */
export const SOURCE = 'kafka-producer';
export const LANGUAGE_ID = 'kafka-properties';
/** How long a single wait for the server may take before the test fails with what it saw instead. */
export const WAIT_MS = 20_000;

/** Activates the extension and waits until its language client is running. */
export async function activateExtension(): Promise<ExtensionApi> {
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded (extensionDevelopmentPath?)`);
  const api = await ext.activate();
  assert.ok(api && typeof api.ready?.then === 'function', 'activate() returns { ready: Promise<void> }');
  await api.ready;
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test window has the fixture workspace open');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/**
 * Opens a fixture in its own, non-preview tab. The language client pulls diagnostics only for documents
 * shown in a tab, and a preview tab would be replaced by the next file a test opens.
 */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
  return doc;
}

export interface WaitOptions {
  readonly timeoutMs?: number;
  /**
   * Also accept the diagnostics as they are right now (default true). Use false for "after this action":
   * then only a diagnostics event for the uri can satisfy the wait, so an old state never passes for a new one.
   */
  readonly now?: boolean;
  readonly what?: string;
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` holds for them, checked on every
 * `onDidChangeDiagnostics` event for that uri. Arm it before the action that should cause the change.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  options: WaitOptions = {},
): Promise<vscode.Diagnostic[]> {
  const { timeoutMs = WAIT_MS, now = true, what = 'the expected diagnostics' } = options;
  const key = uri.toString();
  return new Promise((resolve, reject) => {
    let events = 0;
    const done = (fn: () => void) => {
      clearTimeout(timer);
      sub.dispose();
      fn();
    };
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (predicate(diagnostics)) done(() => resolve(diagnostics));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      events++;
      check();
    });
    const timer = setTimeout(
      () =>
        done(() =>
          reject(
            new Error(
              `timed out after ${timeoutMs} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)} ` +
                `(${events} diagnostics event(s) for it; now: ${listDiagnostics(vscode.languages.getDiagnostics(uri))})`,
            ),
          ),
        ),
      timeoutMs,
    );
    if (now) check();
  });
}

/** The rule id of a diagnostic (VS Code turns an LSP code with codeDescription into `{ value, target }`). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function hasCode(code: string): (ds: vscode.Diagnostic[]) => boolean {
  return (ds) => ds.some((d) => codeOf(d) === code);
}

export function lacksCode(code: string): (ds: vscode.Diagnostic[]) => boolean {
  return (ds) => !ds.some((d) => codeOf(d) === code);
}

/** Errors and warnings only: information and hints are advice that new rules may add to any fixture. */
export function problems(ds: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning);
}

const SEVERITY_NAME = ['error', 'warning', 'information', 'hint'] as const;

export function severityName(s: vscode.DiagnosticSeverity): string {
  return SEVERITY_NAME[s] ?? String(s);
}

export function rangeText(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** `code severity line:col-line:col` per diagnostic: a compact form to compare and to show in failures. */
export function listDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  return ds.length === 0 ? '(none)' : ds.map((d) => `${codeOf(d)} ${severityName(d.severity)} ${rangeText(d.range)}`).join('; ');
}

/** The position of `needle` (its first occurrence at or after `from`) plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, from = 0): vscode.Position {
  const at = doc.getText().indexOf(needle, from);
  assert.ok(at >= 0, `${JSON.stringify(needle)} is in ${vscode.workspace.asRelativePath(doc.uri)}`);
  return doc.positionAt(at + delta);
}

/** All hover contents as one markdown string. */
export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n\n---\n\n');
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Applies a code action's edit and checks that the editor accepted it. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `code action "${action.title}" carries an edit`);
  assert.equal(await vscode.workspace.applyEdit(action.edit), true, `workspace.applyEdit("${action.title}")`);
}

export function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
}
