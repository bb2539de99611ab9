// Completion in Java producer maps: producer keys inside a string-literal key, allowed values inside a string-literal value.
import { CompletionItemKind, InsertTextFormat, MarkupKind, TextEdit, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
import { javaKeysFor, resolveJavaKey } from '../../catalog/javaCatalog';
import { keyDocumentation } from '../../features/describe';
import { SUGGESTED_VALUES } from '../../catalog/suggestions';
import type { ConfigDocument, ConfigScope } from '../../model/configDocument';
import { positionOf } from '../../util/lines';
import { javaEntryInfo } from './index';

export function javaComplete(doc: ConfigDocument, scopes: readonly ConfigScope[], offset: number, version: string): CompletionList | null {
  for (const scope of scopes) {
    for (const entry of scope.entries) {
      const info = javaEntryInfo(entry);
      // Inside the quotes of a key written as a string ("linger.ms"): every producer key of the version.
      if (info?.keyStyle.kind === 'string' && offset > info.keySpan.start && offset < info.keySpan.end) {
        const range = { start: positionOf(doc, info.keySpan.start + 1), end: positionOf(doc, info.keySpan.end - 1) };
        const items: CompletionItem[] = [...javaKeysFor(version).values()]
          .filter((k) => !k.internal)
          .map((k) => ({
            label: k.name,
            kind: CompletionItemKind.Property,
            detail: k.type,
            documentation: { kind: MarkupKind.Markdown, value: keyDocumentation(k, version, { short: true }) },
            textEdit: TextEdit.replace(range, k.name),
            insertTextFormat: InsertTextFormat.PlainText,
          }));
        return { isIncomplete: false, items };
      }
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
