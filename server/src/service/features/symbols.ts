// Document symbols: one symbol per producer configuration, with its entries as children.
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { valueAsText } from '../model/value';
import type { Analysis } from './analysis';
import { spanToRange } from './validation';

export function doDocumentSymbols(analysis: Analysis): DocumentSymbol[] {
  const doc = analysis.document;
  const out: DocumentSymbol[] = [];
  for (const { scope } of analysis.scopes.values()) {
    const children: DocumentSymbol[] = scope.entries
      .filter((e) => e.origin.kind !== 'import')
      .map((e) => {
        const value = valueAsText(e.value);
        return {
          name: e.rawKey || e.key,
          detail: value === undefined ? '(computed)' : value.length > 60 ? `${value.slice(0, 57)}…` : value,
          kind: SymbolKind.Property,
          range: spanToRange(doc, e.span),
          selectionRange: spanToRange(doc, e.keySpan),
        };
      });
    if (doc.dialect === 'properties') {
      out.push(...children);
      continue;
    }
    out.push({
      name: scope.label,
      detail: scope.client,
      kind: SymbolKind.Object,
      range: spanToRange(doc, scope.span),
      selectionRange: spanToRange(doc, { start: scope.span.start, end: scope.span.start }),
      children,
    });
  }
  return out;
}
