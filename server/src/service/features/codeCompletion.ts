// Completion in TS/JS files inside a producer config object literal: option names in the client's spelling (with
// docs) and their values in the form the client wants (`CompressionTypes.GZIP` when that enum is imported, strings for librdkafka).
import { CompletionItemKind, InsertTextFormat, MarkupKind, TextEdit, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
import { CONFLUENT_KAFKAJS_COMMON, CONFLUENT_KAFKAJS_PRODUCER, KAFKAJS_OPTIONS, type KafkajsOption } from '../catalog/kafkajsCatalog';
import { allLibrdkafkaProperties, librdkafkaCanonicalKey, librdkafkaPrimary, librdkafkaProperty } from '../catalog/librdkafkaCatalog';
import { SUGGESTED_VALUES } from '../catalog/suggestions';
import type { CodeScopeHints } from '../dialects/typescript';
import type { ConfigScope } from '../model/configDocument';
import type { Span } from '../model/span';
import type { Analysis } from './analysis';
import { codeOptionInfo, kafkajsPlaceOf } from './codeDescribe';
import { spanToRange } from './validation';

interface Literal {
  readonly scope: ConfigScope;
  readonly hints: CodeScopeHints;
  /** '' for the config object itself, `retry`, `kafkaJS` or `kafkaJS.retry` for an inline nested block. */
  readonly block: string;
  readonly open: number;
  readonly close: number;
}

type Where = { kind: 'key'; replace: Span; quoted: boolean } | { kind: 'value'; key: string; replace: Span };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const WORD = /[\w$.\-]/;

export function doCodeComplete(analysis: Analysis, offset: number): CompletionList | null {
  const lit = literalAt(analysis, offset);
  if (!lit) return null;
  const where = positionIn(analysis.document.text, lit, offset);
  if (!where) return null;
  const range = spanToRange(analysis.document, where.replace);
  const items = where.kind === 'key' ? keyItems(lit, where.quoted, range) : valueItems(lit, where.key, range);
  return { isIncomplete: false, items };
}

/** The innermost config literal (or inline nested block) around the offset. */
function literalAt(analysis: Analysis, offset: number): Literal | undefined {
  // Runs on every completion request over every scope of the file: nothing is allocated but the answer.
  let best: Literal | undefined;
  for (const { scope } of analysis.scopes.values()) {
    const hints = scope.printHints as CodeScopeHints | undefined;
    if (!hints?.target) continue;
    const { open, close } = hints.target;
    if (offset <= open || offset > close) continue; // every inline block lies inside the target literal
    if (!best || close - open < best.close - best.open) best = { scope, hints, block: '', open, close };
    for (const block in hints.blocks) {
      const info = hints.blocks[block]!;
      if (offset <= info.open || offset > info.close) continue;
      if (!best || info.close - info.open < best.close - best.open) best = { scope, hints, block, open: info.open, close: info.close };
    }
  }
  return best;
}

/** Key or value position within the literal, by scanning its text (strings, comments and nesting respected). */
function positionIn(text: string, lit: Literal, offset: number): Where | undefined {
  let depth = 0;
  let segment = lit.open + 1;
  let colon = -1;
  for (let i = lit.open + 1; i < offset; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      if (nl < 0 || nl >= offset) return undefined; // in a comment
      i = nl;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0 || end + 2 > offset) return undefined;
      i = end + 1;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < offset && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      if (j >= offset) {
        // Inside a string: a key being typed in quotes, or a string value.
        if (depth === 0) return colon < 0 ? { kind: 'key', replace: wordAround(text, i, offset, true), quoted: true } : valueWhere(text, segment, colon, i, offset);
        return undefined;
      }
      i = j;
      continue;
    }
    if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') depth--;
    else if (depth === 0 && c === ',') {
      segment = i + 1;
      colon = -1;
    } else if (depth === 0 && c === ':' && colon < 0) colon = i;
  }
  if (depth !== 0) return undefined;
  if (colon < 0) {
    let start = offset;
    while (start > segment && WORD.test(text[start - 1]!)) start--;
    return { kind: 'key', replace: wordAround(text, start, offset, false), quoted: false };
  }
  let start = offset;
  while (start > colon + 1 && WORD.test(text[start - 1]!)) start--;
  return valueWhere(text, segment, colon, start, offset);
}

function valueWhere(text: string, segment: number, colon: number, start: number, offset: number): Where {
  const key = text.slice(segment, colon).trim().replace(/^['"`]|['"`]$/g, '');
  let end = offset;
  while (end < text.length && WORD.test(text[end]!)) end++;
  if (text[start] === "'" || text[start] === '"') {
    const q = text[start]!;
    const close = text.indexOf(q, offset);
    if (close >= 0 && !text.slice(offset, close).includes('\n')) end = close + 1;
  }
  return { kind: 'value', key, replace: { start, end } };
}

/** The word being typed, with an opening quote and the quote an editor closed automatically. */
function wordAround(text: string, start: number, offset: number, quoted: boolean): Span {
  let end = offset;
  while (end < text.length && WORD.test(text[end]!)) end++;
  if (quoted && (text[end] === "'" || text[end] === '"')) end++;
  return { start, end };
}

function quote(s: string, hints: CodeScopeHints): string {
  return IDENTIFIER.test(s) ? s : `${hints.quote}${s}${hints.quote}`;
}

function keyItems(lit: Literal, quoted: boolean, range: ReturnType<typeof spanToRange>): CompletionItem[] {
  const { scope, hints, block } = lit;
  const present = new Set(scope.entries.map((e) => e.rawKey));
  const prefix = block ? `${block}.` : '';
  const items: CompletionItem[] = [];
  const add = (name: string, key: string, detail: string, sort: string, snippet?: string) => {
    if (present.has(prefix + name)) return;
    const info = codeOptionInfo(scope, prefix + name, key);
    const label = name;
    const written = quoted ? `${hints.quote}${name}${hints.quote}` : quote(name, hints);
    items.push({
      label,
      kind: CompletionItemKind.Property,
      detail,
      ...(info ? { documentation: { kind: MarkupKind.Markdown, value: [info.summary, info.javaName ? `Java producer: \`${info.javaName}\`` : '', info.defaultText ? `Default: \`${info.defaultText}\`` : '', info.note ?? ''].filter(Boolean).join('\n\n') } } : {}),
      textEdit: TextEdit.replace(range, snippet ?? `${written}: `),
      ...(snippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
      filterText: quoted ? `${hints.quote}${name}` : name,
      sortText: sort + name,
      ...(snippet ? {} : { command: { title: 'Suggest values', command: 'editor.action.triggerSuggest' } }),
    });
  };
  const kafkajsOptions = (options: readonly KafkajsOption[], nested: string) => {
    for (const o of options) {
      if (!o.path.startsWith(nested) || o.path === 'retry.restartOnFailure') continue; // a consumer-only callback
      const name = o.path.slice(nested.length);
      if (name.includes('.')) continue;
      if (o.type === 'object' && name === 'retry') add(name, o.key, 'retry options', '1', `retry: { \${1:retries}: \${2:5} },`);
      else add(name, o.key, `${o.type}${o.default !== undefined && o.default !== null ? ` · default ${o.default}` : ''}`, o.path === 'idempotent' || o.key === 'acks' ? '0' : '1');
    }
  };
  if (scope.client === 'kafkajs') {
    const place = kafkajsPlaceOf(scope);
    kafkajsOptions(KAFKAJS_OPTIONS.filter((o) => o.places.includes(place)), block === 'retry' ? 'retry.' : '');
  } else if (scope.client === 'confluent-kafkajs' && (block === 'kafkaJS' || block === 'kafkaJS.retry')) {
    const allowed = KAFKAJS_OPTIONS.filter((o) => {
      const top = o.path.split('.')[0]!;
      if (!CONFLUENT_KAFKAJS_COMMON.has(top) && !CONFLUENT_KAFKAJS_PRODUCER.has(top)) return false;
      if (o.confluent?.rejected) return false;
      return scope.role === 'producer' || CONFLUENT_KAFKAJS_COMMON.has(top);
    });
    kafkajsOptions(allowed, block === 'kafkaJS.retry' ? 'retry.' : '');
  } else if (scope.role === 'client' || scope.role === 'producer') {
    if (scope.client === 'confluent-kafkajs' && !present.has('kafkaJS')) add('kafkaJS', 'kafkaJS', 'KafkaJS-style options', '0', 'kafkaJS: { $0 },');
    for (const p of allLibrdkafkaProperties()) {
      if (p.deprecated || p.type === 'callback' && !['dr_cb', 'dr_msg_cb'].includes(p.name)) continue;
      const primary = librdkafkaPrimary(p.name) ?? p;
      const sort = primary.importance === 'high' ? '1' : primary.importance === 'medium' ? '2' : '3';
      add(p.name, librdkafkaCanonicalKey(p.name), `${primary.type}${primary.default !== null && primary.default !== '' ? ` · default ${primary.default}` : ''}${p.aliasOf ? ` · alias of ${p.aliasOf}` : ''}`, sort);
    }
  }
  return items;
}

function valueItems(lit: Literal, written: string, range: ReturnType<typeof spanToRange>): CompletionItem[] {
  const { scope, hints, block } = lit;
  const path = block ? `${block}.${written}` : written;
  const entry = scope.entries.find((e) => e.rawKey === path);
  const key = entry?.key ?? (scope.client === 'librdkafka' || (scope.client === 'confluent-kafkajs' && !block) ? librdkafkaCanonicalKey(written) : KAFKAJS_OPTIONS.find((o) => o.path === path.replace(/^kafkaJS\./, ''))?.key ?? path);
  const info = codeOptionInfo(scope, path, key);
  const values: Array<{ text: string; label?: string; doc?: string }> = [];
  const kafkajsStyle = scope.client === 'kafkajs' || path.startsWith('kafkaJS.');
  if (key === 'acks') {
    for (const v of ['-1', '1', '0']) values.push({ text: v, doc: info?.values?.[v] });
  } else if (key === 'compression.type') {
    for (const [name, member, n] of [['none', 'None', 0], ['gzip', 'GZIP', 1], ['snappy', scope.client === 'kafkajs' ? 'Snappy' : 'SNAPPY', 2], ['lz4', 'LZ4', 3], ['zstd', 'ZSTD', 4]] as const) {
      const doc = info?.values?.[name];
      if (scope.client === 'kafkajs') values.push(hints.compressionEnum ? { text: `${hints.compressionEnum}.${member}`, doc } : { text: String(n), label: `${n} (${name})`, doc });
      else if (kafkajsStyle && hints.compressionEnum && name !== 'snappy') values.push({ text: `${hints.compressionEnum}.${member}`, doc });
      else values.push({ text: `${hints.quote}${name}${hints.quote}`, label: name, doc });
    }
  } else {
    const prop = kafkajsStyle ? undefined : librdkafkaProperty(written);
    const primary = prop ? librdkafkaPrimary(prop.name) ?? prop : undefined;
    const option = kafkajsStyle ? KAFKAJS_OPTIONS.find((o) => o.path === path.replace(/^kafkaJS\./, '')) : undefined;
    if (primary?.type === 'boolean' || option?.type === 'boolean' || option?.type === 'ssl') values.push({ text: 'true' }, { text: 'false' });
    else if (primary?.values) for (const v of primary.values) values.push({ text: `${hints.quote}${v}${hints.quote}`, label: v, doc: info?.values?.[v] });
    else {
      const suggested = key === 'max.in.flight.requests.per.connection' && scope.client === 'kafkajs' ? ['1'] : SUGGESTED_VALUES[key] ?? [];
      const numeric = primary?.type === 'integer' || primary?.type === 'float' || option?.type === 'number';
      for (const v of suggested) if (!numeric || /^-?\d+$/.test(v)) values.push({ text: numeric ? v : `${hints.quote}${v}${hints.quote}`, label: v });
      if (info?.defaultText && numeric && /^-?\d+(\.\d+)?$/.test(info.defaultText) && !values.some((x) => x.text === info.defaultText)) values.unshift({ text: info.defaultText });
    }
  }
  return values.map((v, i): CompletionItem => {
    const isDefault = info?.defaultText !== undefined && (v.text === info.defaultText || v.label === info.defaultText || v.text.endsWith(`.${info.defaultText.split('.').pop()}`));
    return {
      label: v.label ?? v.text,
      kind: CompletionItemKind.EnumMember,
      ...(isDefault ? { labelDetails: { description: 'default' } } : {}),
      ...(v.doc ? { documentation: { kind: MarkupKind.Markdown, value: v.doc } } : {}),
      textEdit: TextEdit.replace(range, v.text),
      filterText: v.text,
      sortText: String(i).padStart(3, '0'),
    };
  });
}
