// Completion in .properties producer files: keys with docs, and values (enums, booleans, suggested sizes).
import { CompletionItem, CompletionItemKind, CompletionList, InsertTextFormat, MarkupKind, TextEdit } from 'vscode-languageserver-types';
import { javaKeysFor, resolveJavaKey } from '../catalog/javaCatalog';
import { SUGGESTED_VALUES } from '../catalog/suggestions';
import type { ResolvedKey } from '../catalog/types';
import type { Span } from '../model/span';
import { containsOffset } from '../model/span';
import { lineOf } from '../util/lines';
import type { Analysis } from './analysis';
import { keyDocumentation, withUnit } from './describe';
import { spanToRange } from './validation';
import { doCodeComplete } from './codeCompletion';
import { javaComplete } from '../dialects/java/completion';
import { springPropertiesComplete, springYamlComplete } from '../dialects/spring/completion';

const IMPORTANCE_ORDER = { HIGH: '1', MEDIUM: '2', LOW: '3' } as const;

type Context = { kind: 'key'; replace: Span } | { kind: 'value'; key: string; replace: Span } | { kind: 'none' };

function contextAt(analysis: Analysis, offset: number): Context {
  const doc = analysis.document;
  const line = lineOf(doc, offset);
  if (doc.comments.some((c) => c.line === line && offset > c.span.start)) return { kind: 'none' };
  for (const { scope } of analysis.scopes.values()) {
    for (const entry of scope.entries) {
      if (containsOffset(entry.keySpan, offset)) return { kind: 'key', replace: entry.keySpan };
      const valueStart = entry.valueSpan.start;
      if (offset >= valueStart && offset <= Math.max(entry.valueSpan.end, valueStart) && offset > entry.keySpan.end) {
        return { kind: 'value', key: entry.key, replace: entry.valueSpan };
      }
    }
  }
  return { kind: 'key', replace: { start: offset, end: offset } };
}

export function doComplete(analysis: Analysis, offset: number): CompletionList | null {
  if (analysis.document.dialect === 'typescript') return doCodeComplete(analysis, offset);
  if (analysis.document.dialect === 'java' || analysis.document.dialect === 'spring-properties' || analysis.document.dialect === 'spring-yaml') {
    const version = analysis.settings.clientVersion;
    if (analysis.document.dialect === 'java') return javaComplete(analysis.document, [...analysis.scopes.values()].map((s) => s.scope), offset, version);
    if (analysis.document.dialect === 'spring-yaml') return springYamlComplete(analysis.document, offset, version);
    return springPropertiesComplete(analysis.document, offset, version);
  }
  if (analysis.document.dialect !== 'properties') return null;
  const ctx = contextAt(analysis, offset);
  if (ctx.kind === 'none') return null;
  const scope = [...analysis.scopes.values()][0];
  if (!scope) return null;
  const version = scope.effective.version;
  const range = spanToRange(analysis.document, ctx.replace);
  if (ctx.kind === 'key') {
    const present = scope.effective.entriesByKey;
    const current = analysis.document.text.slice(ctx.replace.start, ctx.replace.end);
    const items: CompletionItem[] = [];
    for (const key of javaKeysFor(version).values()) {
      if (key.internal) continue;
      if (present.has(key.name) && key.name !== current) continue;
      items.push(keyItem(key, version, range));
    }
    return { isIncomplete: false, items };
  }
  const key = resolveJavaKey(ctx.key, version);
  if (!key) return { isIncomplete: false, items: [] };
  return { isIncomplete: false, items: valueItems(key, range) };
}

// A key's detail and documentation depend on the key and the client version only (a ResolvedKey is per version): kept,
// so a completion request builds no markdown and leaves little garbage (its p99 is GC-bound).
const keyTexts = new WeakMap<ResolvedKey, { detail: string; documentation: { kind: typeof MarkupKind.Markdown; value: string } }>();

function keyItem(key: ResolvedKey, version: string, range: ReturnType<typeof spanToRange>): CompletionItem {
  let texts = keyTexts.get(key);
  if (!texts) {
    const def = key.required ? 'required' : key.default === null ? 'no default' : `default ${key.default === '' ? '""' : key.default}`;
    texts = { detail: `${key.type} · ${def}`, documentation: { kind: MarkupKind.Markdown, value: keyDocumentation(key, version, { short: true }) } };
    keyTexts.set(key, texts);
  }
  return {
    label: key.name,
    kind: CompletionItemKind.Property,
    detail: texts.detail,
    documentation: texts.documentation,
    textEdit: TextEdit.replace(range, `${key.name}=`),
    filterText: key.name,
    sortText: `${IMPORTANCE_ORDER[key.importance]}${key.name}`,
    // Go straight on to the value list.
    command: { title: 'Suggest values', command: 'editor.action.triggerSuggest' },
  };
}

function valueItems(key: ResolvedKey, range: ReturnType<typeof spanToRange>): CompletionItem[] {
  const values: string[] = [];
  if (key.validator.kind === 'enum') values.push(...key.validator.values);
  else if (key.type === 'BOOLEAN') values.push('true', 'false');
  for (const v of SUGGESTED_VALUES[key.name] ?? []) if (!values.includes(v)) values.push(v);
  if (key.default !== null && key.default !== '' && !values.includes(key.default)) values.unshift(key.default);
  const meanings = key.doc.values ?? {};
  return values.map((v, i): CompletionItem => {
    const isDefault = v === key.default;
    const doc = [meanings[v], isDefault ? 'This is the default.' : undefined].filter(Boolean).join('\n\n');
    const shown = key.unit ? withUnit(v, key).replace(/`/g, '') : undefined;
    return {
      label: v,
      kind: key.validator.kind === 'enum' || key.type === 'BOOLEAN' ? CompletionItemKind.EnumMember : CompletionItemKind.Value,
      ...(shown ? { detail: shown } : {}),
      ...(isDefault ? { labelDetails: { description: 'default' }, preselect: true } : {}),
      ...(doc ? { documentation: { kind: MarkupKind.Markdown, value: doc } } : {}),
      textEdit: TextEdit.replace(range, v),
      insertTextFormat: InsertTextFormat.PlainText,
      filterText: v,
      sortText: String(i).padStart(3, '0'),
    };
  });
}
