// Text changes on the model → LSP text edits and workspace edits.
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../model/configDocument';
import type { TextChange } from '../model/fixIntent';
import { spanToRange } from './validation';

export function changesToEdits(doc: ConfigDocument, changes: readonly TextChange[]): TextEdit[] {
  return changes.map((c) => ({ range: spanToRange(doc, c.span), newText: c.newText }));
}

export function workspaceEdit(doc: ConfigDocument, changes: readonly TextChange[]): WorkspaceEdit {
  return { changes: { [doc.uri]: changesToEdits(doc, changes) } };
}
