// Completion in Java producer maps: the allowed values of a key inside the string literal being written.
import { CompletionItemKind, InsertTextFormat, MarkupKind, TextEdit, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
import { resolveJavaKey } from '../../catalog/javaCatalog';
import { SUGGESTED_VALUES } from '../../catalog/suggestions';
import type { ConfigDocument, ConfigScope } from '../../model/configDocument';
import { positionOf } from '../../util/lines';
import { javaEntryInfo } from './index';

export function javaComplete(doc: ConfigDocument, scopes: readonly ConfigScope[], offset: number, version: string): CompletionList | null {
  for (const scope of scopes) {
    for (const entry of scope.entries) {
      const info = javaEntryInfo(entry);
      const lit = info?.valueExpr;
      if (!info || lit?.k !== 'lit' || lit.type !== 'String') continue;
      // Inside the quotes of the value literal.
      if (offset <= lit.span.start || offset >= lit.span.end) continue;
      const key = resolveJavaKey(entry.key, version);
      if (!key) return null;
      const values: string[] = [];
      if (key.validator.kind === 'enum') values.push(...key.validator.values);
      else if (key.type === 'BOOLEAN') values.push('true', 'false');
      for (const v of SUGGESTED_VALUES[key.name] ?? []) if (!values.includes(v)) values.push(v);
      const range = { start: positionOf(doc, lit.span.start + 1), end: positionOf(doc, lit.span.end - 1) };
      const meanings = key.doc.values ?? {};
      const items: CompletionItem[] = values.map((v, i) => ({
        label: v,
        kind: CompletionItemKind.Value,
        ...(meanings[v] ? { documentation: { kind: MarkupKind.Markdown, value: meanings[v]! } } : {}),
        textEdit: TextEdit.replace(range, v),
        insertTextFormat: InsertTextFormat.PlainText,
        sortText: String(i).padStart(3, '0'),
      }));
      return { isIncomplete: false, items };
    }
  }
  return null;
}
