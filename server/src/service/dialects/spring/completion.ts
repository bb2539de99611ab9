// Completion in Spring Boot application files: spring.kafka producer properties, Kafka keys in the `properties` maps,
// and values (enums, booleans, sizes) for both.
import { CompletionItemKind, InsertTextFormat, MarkupKind, TextEdit, type CompletionItem, type CompletionList, type Range } from 'vscode-languageserver-types';
import { javaKeysFor, resolveJavaKey } from '../../catalog/javaCatalog';
import { SPRING_KAFKA_PROPERTIES, type SpringKafkaProperty } from '../../catalog/spring/springKafkaProperties';
import { SUGGESTED_VALUES } from '../../catalog/suggestions';
import type { ResolvedKey } from '../../catalog/types';
import type { ConfigDocument } from '../../model/configDocument';
import { positionOf } from '../../util/lines';
import { keyDocumentation } from '../../features/describe';
import { classifyName, splitName, uniform } from './names';
import { joinPath } from './yaml';

const PRODUCER_PROPERTIES = SPRING_KAFKA_PROPERTIES.filter((p) => p.name.startsWith('spring.kafka.producer.') && !p.name.includes('.ssl.'));
const SIZES = ['16KB', '32KB', '64KB', '128KB', '1MB', '32MB', '64MB'];

function range(doc: ConfigDocument, start: number, end: number): Range {
  return { start: positionOf(doc, start), end: positionOf(doc, end) };
}

function propertyDoc(p: SpringKafkaProperty, version: string): string {
  const key = resolveJavaKey(p.kafkaKey, version);
  const head = `Sets Kafka \`${p.kafkaKey}\`.${p.springDefault ? ` Spring's default: \`${p.springDefault}\`.` : ''}${p.note ? ` ${p.note}` : ''}`;
  return key ? `${head}\n\n${keyDocumentation(key, version, { short: true })}` : head;
}

function valueItems(key: ResolvedKey | undefined, p: SpringKafkaProperty | undefined, r: Range, yaml: boolean): CompletionItem[] {
  const values: string[] = [];
  if (p?.kind === 'dataSize') values.push(...SIZES);
  if (key?.validator.kind === 'enum') values.push(...key.validator.values);
  else if (key?.type === 'BOOLEAN') values.push('true', 'false');
  if (p?.springDefault) values.push(p.springDefault);
  if (p?.kind !== 'dataSize') for (const v of key ? SUGGESTED_VALUES[key.name] ?? [] : []) if (!values.includes(v)) values.push(v);
  const meanings = key?.doc.values ?? {};
  return [...new Set(values)].map((v, i) => ({
    label: v,
    kind: CompletionItemKind.Value,
    ...(meanings[v] ? { documentation: { kind: MarkupKind.Markdown, value: meanings[v]! } } : {}),
    textEdit: TextEdit.replace(r, yaml && /[:#]/.test(v) ? `'${v}'` : v),
    insertTextFormat: InsertTextFormat.PlainText,
    sortText: String(i).padStart(3, '0'),
  }));
}

/** Items for a key being typed at `[start, end)`, given the names already present. */
function keyItems(doc: ConfigDocument, typed: string, r: Range, version: string, sep: string): CompletionItem[] {
  const items: CompletionItem[] = [];
  const t = typed.toLowerCase();
  if (!('spring.kafka'.startsWith(t) || t.startsWith('spring.kafka'))) return items;
  for (const p of PRODUCER_PROPERTIES) {
    items.push({
      label: p.name,
      kind: CompletionItemKind.Property,
      detail: `→ ${p.kafkaKey}`,
      documentation: { kind: MarkupKind.Markdown, value: propertyDoc(p, version) },
      textEdit: TextEdit.replace(r, `${p.name}${sep}`),
      sortText: `1${p.name}`,
    });
  }
  const bracket = /properties\[/.test(doc.text);
  for (const key of javaKeysFor(version).values()) {
    if (key.internal) continue;
    const name = bracket ? `spring.kafka.producer.properties[${key.name}]` : `spring.kafka.producer.properties.${key.name}`;
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      detail: `Kafka ${key.name}`,
      documentation: { kind: MarkupKind.Markdown, value: keyDocumentation(key, version, { short: true }) },
      textEdit: TextEdit.replace(r, `${name}${sep}`),
      sortText: `2${key.name}`,
    });
  }
  return items;
}

export function springPropertiesComplete(doc: ConfigDocument, offset: number, version: string): CompletionList | null {
  const text = doc.text;
  let ls = offset;
  while (ls > 0 && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
  const before = text.slice(ls, offset);
  if (/^\s*[#!]/.test(before)) return null;
  const sep = /^\s*([^=:\s]+)(\s*[=:]\s*|\s+)(.*)$/.exec(before);
  if (!sep) {
    const start = ls + (/^\s*/.exec(before)![0].length);
    let end = offset;
    while (end < text.length && /[^\s=:]/.test(text[end]!)) end++;
    return { isIncomplete: false, items: keyItems(doc, text.slice(start, offset), range(doc, start, end), version, '=') };
  }
  const name = sep[1]!;
  const valueStart = offset - sep[3]!.length;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { isIncomplete: false, items: valuesFor(name, range(doc, valueStart, end), version, false) };
}

function valuesFor(name: string, r: Range, version: string, yaml: boolean): CompletionItem[] {
  const c = classifyName(name);
  if (c.kind === 'property') return valueItems(resolveJavaKey(c.property.kafkaKey, version), c.property, r, yaml);
  if (c.kind === 'pass-through') return valueItems(resolveJavaKey(c.key, version), undefined, r, yaml);
  return [];
}

/** The flattened path of the mapping a YAML line at `indent` belongs to, read from the lines above it. */
function yamlParentPath(lines: readonly string[], lineIndex: number, indent: number): string {
  const keys: string[] = [];
  let limit = indent;
  for (let i = lineIndex - 1; i >= 0 && limit > 0; i--) {
    const m = /^(\s*)(?:"([^"]*)"|'([^']*)'|([^\s#:][^:#]*?))\s*:(\s|$)/.exec(lines[i]!);
    if (!m) continue;
    const ind = m[1]!.length;
    if (ind < limit) {
      keys.unshift(m[2] ?? m[3] ?? m[4]!);
      limit = ind;
    }
  }
  return keys.reduce((p, k) => joinPath(p, k), '');
}

export function springYamlComplete(doc: ConfigDocument, offset: number, version: string): CompletionList | null {
  const text = doc.text;
  let ls = offset;
  while (ls > 0 && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
  const before = text.slice(ls, offset);
  if (/^\s*#/.test(before)) return null;
  const lines = text.slice(0, ls).split(/\r\n|\r|\n/);
  const lineIndex = lines.length - 1;
  const indent = /^\s*/.exec(before)![0].length;
  const parent = uniformPath(yamlParentPath(lines, lineIndex, indent));
  const kv = /^(\s*)(?:"([^"]*)"|'([^']*)'|([^\s#:][^:#]*?))\s*:\s+(.*)$/.exec(before);
  if (kv) {
    const key = kv[2] ?? kv[3] ?? kv[4]!;
    const valueStart = offset - kv[5]!.length;
    let end = offset;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    return { isIncomplete: false, items: valuesFor(joinPath(yamlParentPath(lines, lineIndex, indent), key), range(doc, valueStart, end), version, true) };
  }
  const start = ls + indent;
  let end = offset;
  while (end < text.length && /[^\s:]/.test(text[end]!)) end++;
  const r = range(doc, start, end);
  const items: CompletionItem[] = [];
  if (parent === 'spring.kafka.producer') {
    for (const p of PRODUCER_PROPERTIES) {
      const tail = p.name.slice('spring.kafka.producer.'.length);
      items.push({
        label: tail,
        kind: CompletionItemKind.Property,
        detail: `→ ${p.kafkaKey}`,
        documentation: { kind: MarkupKind.Markdown, value: propertyDoc(p, version) },
        textEdit: TextEdit.replace(r, `${tail}: `),
        sortText: `1${tail}`,
      });
    }
    items.push({ label: 'properties', kind: CompletionItemKind.Module, detail: 'Kafka producer keys without a Spring property', textEdit: TextEdit.replace(r, 'properties:'), sortText: '0properties' });
  } else if (parent === 'spring.kafka.producer.properties' || parent === 'spring.kafka.properties') {
    for (const key of javaKeysFor(version).values()) {
      if (key.internal) continue;
      items.push({
        label: key.name,
        kind: CompletionItemKind.Property,
        documentation: { kind: MarkupKind.Markdown, value: keyDocumentation(key, version, { short: true }) },
        textEdit: TextEdit.replace(r, `${key.name}: `),
        sortText: key.name,
      });
    }
  } else return null;
  return { isIncomplete: false, items };
}

function uniformPath(path: string): string {
  return splitName(path)
    .map((e) => (e.bracketed ? `[${e.text}]` : uniform(e.text)))
    .join('.');
}
