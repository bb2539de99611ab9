// Prints fix intents on Spring Boot application files: first-class kebab-case properties where Spring has one, the
// producer's `properties` map otherwise, in the file's own style (separators, bracket keys, YAML indentation).
import type { Pair, YAMLMap } from 'yaml';
import { producerPropertyFor, SPRING_LEVEL, SPRING_PASS_THROUGH } from '../../catalog/spring/springKafkaProperties';
import type { ConfigDocument, ConfigEntry, ConfigScope } from '../../model/configDocument';
import type { FixIntent, PrintableValue, TextChange } from '../../model/fixIntent';
import { planFix, type FixPlan } from '../../model/fixPlan';
import type { Span } from '../../model/span';
import { escapeKey, escapeValue } from '../properties/printer';
import { splitName, uniform } from './names';
import { springEntryInfo, type SpringEntryInfo, type SpringPrintHints } from './scope';
import { sectionStarts } from './properties';
import { yamlIndexOf, type YamlMapInfo } from './yaml';

const GLOBAL_LEVELS: ReadonlySet<number> = new Set([SPRING_LEVEL.global, SPRING_LEVEL.globalProperties, SPRING_LEVEL.connectionGlobal]);

function hintsOf(scope: ConfigScope): SpringPrintHints {
  const h = scope.printHints as Partial<SpringPrintHints> | undefined;
  return { synthetic: Array.isArray(h?.synthetic) ? h!.synthetic : [], section: typeof h?.section === 'number' ? h.section : 0 };
}

/**
 * Whether the printer may rewrite this entry's value: not one Spring adds itself, not one shared with consumers and
 * admin clients (`spring.kafka.*`), and not one Spring ignores.
 */
function editable(entry: ConfigEntry, info: SpringEntryInfo | undefined, synthetic: readonly string[]): boolean {
  if (!info || entry.maybeOverridden || (synthetic.includes(entry.key) && entry.origin.kind !== 'inline')) return false;
  if (info.name.kind === 'property' || info.name.kind === 'pass-through') return !GLOBAL_LEVELS.has(info.name.level);
  return false;
}

function plan(scope: ConfigScope, intents: readonly FixIntent[]): FixPlan {
  const { synthetic } = hintsOf(scope);
  const real = scope.entries.filter((e) => e.origin.kind === 'inline');
  // A set after the removal of a key's only occurrence rewrites it in place: a producer-level property outranks the
  // shared or ignored value and Spring's own default, so keeping its place keeps that precedence.
  return planFix(real, intents, { editable: (e) => editable(e, springEntryInfo(e), synthetic), reviveRemoved: true });
}

/** The text of a value for a Spring property: sizes and numbers as digits, everything else as its string. */
function textOf(v: PrintableValue): string {
  return typeof v === 'string' ? v : String(v);
}

/** Whether the file writes producer pass-through keys in brackets (`properties[linger.ms]`), and which style to use. */
function bracketStyle(scope: ConfigScope, fallback: boolean): boolean {
  for (const e of scope.entries) {
    const info = springEntryInfo(e);
    if (info?.name.kind === 'pass-through') return info.name.bracketed;
  }
  return fallback;
}

/** The property name a new key is written under: the producer's first-class property, else its `properties` map. */
function insertionName(key: string, bracket: boolean): { readonly mapPath: string; readonly key: string; readonly full: string } {
  const property = producerPropertyFor(key);
  if (property) {
    const els = property.name.split('.');
    return { mapPath: els.slice(0, -1).join('.'), key: els[els.length - 1]!, full: property.name };
  }
  const mapPath = SPRING_PASS_THROUGH.producer;
  return bracket ? { mapPath, key: `[${key}]`, full: `${mapPath}[${key}]` } : { mapPath, key, full: `${mapPath}.${key}` };
}

export function printSpringFix(doc: ConfigDocument, intents: readonly FixIntent[]): TextChange[] {
  const changes: TextChange[] = [];
  for (const scope of doc.scopes) {
    const own = intents.filter((i) => i.scopeId === scope.id);
    if (own.length === 0) continue;
    const p = plan(scope, own);
    changes.push(...(doc.dialect === 'spring-yaml' ? printYaml(doc, scope, p) : printProperties(doc, scope, p)));
  }
  return merge(changes);
}

// ---------------------------------------------------------------- .properties

function lineEndingOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** The logical line of an entry with its terminator (or the one before it at the end of the file). */
function lineRemoval(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = span.end;
  if (text[end] === '\r' && text[end + 1] === '\n') end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  else if (start > 0) {
    // Last line without a terminator: take the one before it instead.
    start -= text[start - 2] === '\r' && text[start - 1] === '\n' ? 2 : 1;
  }
  return { start, end };
}

function printProperties(doc: ConfigDocument, scope: ConfigScope, p: FixPlan): TextChange[] {
  const text = doc.text;
  const out: TextChange[] = [];
  for (const [e, v] of p.values) {
    const value = textOf(v);
    if (e.value.kind !== 'unknown' && (e.value.kind === 'string' ? e.value.value : String((e.value as { value: unknown }).value)) === value) continue;
    const sep = text.slice(e.keySpan.end, e.valueSpan.start);
    if (e.valueSpan.start === e.keySpan.end) out.push({ span: { start: e.keySpan.end, end: e.keySpan.end }, newText: `=${escapeValue(value, true)}` });
    else out.push({ span: e.valueSpan, newText: escapeValue(value, sep.includes('=') || sep.includes(':')) });
  }
  for (const e of p.removed) out.push({ span: lineRemoval(text, e.span), newText: '' });
  const bracket = bracketStyle(scope, true);
  for (const [e, newKey] of p.renames) {
    const info = springEntryInfo(e);
    let name: string;
    if (info?.name.kind === 'pass-through') {
      // Keep the map prefix exactly as written; only the Kafka key changes.
      const written = text.slice(e.keySpan.start, e.keySpan.end);
      const prefixEnd = info.name.bracketed ? written.lastIndexOf('[') : written.length - writtenKeyLength(written, info.name.key);
      const prefix = written.slice(0, Math.max(0, prefixEnd));
      name = info.name.bracketed ? `${prefix}[${newKey}]` : `${prefix.replace(/\.?$/, '.')}${newKey}`;
    } else name = insertionName(newKey, bracket).full;
    out.push({ span: e.keySpan, newText: escapeKey(name) });
  }
  if (p.inserts.size > 0) {
    const eol = lineEndingOf(text);
    const anchor = [...scope.entries]
      .filter((e) => e.origin.kind === 'inline' && !p.removed.has(e))
      .sort((a, b) => a.span.end - b.span.end)
      .filter((e) => /^spring\.kafka\.producer/i.test(text.slice(e.keySpan.start, e.keySpan.end)))
      .pop();
    const sep = anchor ? text.slice(anchor.keySpan.end, anchor.valueSpan.start) || '=' : '=';
    const lines = [...p.inserts].map(([k, v]) => {
      const name = insertionName(k, bracket).full;
      const mark = sep.includes('=') || sep.includes(':');
      return `${escapeKey(name)}${mark ? sep : '='}${escapeValue(textOf(v), true)}`;
    });
    let at: number;
    if (anchor) {
      const r = lineRemoval(text, anchor.span);
      at = r.end > anchor.span.end ? r.end : text.length;
    } else {
      const starts = sectionStarts(text);
      const section = hintsOf(scope).section;
      at = section + 1 < starts.length ? starts[section + 1]! : text.length;
    }
    const needsBreak = at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r';
    out.push({ span: { start: at, end: at }, newText: (needsBreak ? eol : '') + lines.join(eol) + (needsBreak && at === text.length ? '' : eol) });
  }
  return out;
}

/** How many characters of a dotted pass-through name are the Kafka key (the key may have lost characters). */
function writtenKeyLength(written: string, key: string): number {
  const marker = /properties\./i.exec(written);
  return marker ? written.length - (marker.index + marker[0].length) : key.length;
}

// ---------------------------------------------------------------- YAML

const YAML_11_SPECIAL = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N)$/;

/** A YAML scalar that Spring reads back as the same text. */
export function yamlScalar(v: PrintableValue): string {
  if (typeof v !== 'string') return String(v);
  if (v === '') return "''";
  const plainSafe = /^[A-Za-z0-9_./@%+-][A-Za-z0-9_./,@%+:=-]*$/.test(v) && !/: /.test(v) && !YAML_11_SPECIAL.test(v);
  const numeric = /^[-+]?[0-9][0-9_.]*$/.test(v) || /^[-+]?0x/i.test(v);
  if (plainSafe && (!numeric || String(Number(v)) === v)) return v;
  return `'${v.replace(/'/g, "''")}'`;
}

function yamlKey(k: string): string {
  return k.startsWith('[') ? `"${k}"` : /^[A-Za-z0-9_.-]+$/.test(k) ? k : `'${k.replace(/'/g, "''")}'`;
}

function lineStartOf(text: string, at: number): number {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  return s;
}

/** The offset just after the line holding `at - 1` (after its terminator), or the end of the text. */
function afterLine(text: string, at: number): number {
  let end = at;
  while (end > 0 && /[ \t\r\n]/.test(text[end - 1]!)) end--;
  const nl = text.indexOf('\n', end);
  return nl < 0 ? text.length : nl + 1;
}

function pairSpan(pair: Pair): Span {
  const k = (pair.key as { range?: [number, number, number] } | null)?.range;
  const v = (pair.value as { range?: [number, number, number] } | null)?.range;
  return { start: k?.[0] ?? 0, end: Math.max(k?.[1] ?? 0, v?.[1] ?? 0) };
}

function pathElements(path: string): string[] {
  return splitName(path).map((e) => (e.bracketed ? `[${e.text}]` : uniform(e.text)));
}

function indentOf(text: string, map: YAMLMap): number | undefined {
  const first = map.items[0] as Pair | undefined;
  const r = (first?.key as { range?: number[] } | null)?.range;
  if (!r) return undefined;
  return r[0]! - lineStartOf(text, r[0]!);
}

function printYaml(doc: ConfigDocument, scope: ConfigScope, p: FixPlan): TextChange[] {
  const text = doc.text;
  const index = yamlIndexOf(doc);
  const section = hintsOf(scope).section;
  const out: TextChange[] = [];
  for (const [e, v] of p.values) {
    const value = yamlScalar(v);
    if (e.value.kind === 'string' && e.value.value === textOf(v)) continue;
    if (e.value.kind === 'number' && String(e.value.value) === textOf(v)) continue;
    if (e.valueSpan.start === e.valueSpan.end) out.push({ span: e.valueSpan, newText: ` ${value}` });
    else out.push({ span: e.valueSpan, newText: value });
  }

  // Removals take whole lines; a mapping left empty goes with its own key, so no `properties:` with nothing under it remains.
  const removedPairs = new Set<Pair>();
  for (const e of p.removed) {
    const hit = index.pairs.get(e.keySpan.start);
    if (hit) removedPairs.add(hit.pair);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const m of index.maps) {
      if (!m.parent || removedPairs.has(m.parent) || m.node.items.length === 0) continue;
      if (m.node.items.every((i) => removedPairs.has(i as Pair))) {
        removedPairs.add(m.parent);
        grew = true;
      }
    }
  }
  const topRemoved = [...removedPairs].filter((pair) => !index.maps.some((m) => m.parent && removedPairs.has(m.parent) && m.node.items.includes(pair)));
  for (const pair of topRemoved) {
    const s = pairSpan(pair);
    out.push({ span: { start: lineStartOf(text, s.start), end: afterLine(text, s.end) }, newText: '' });
  }

  for (const [e, newKey] of p.renames) {
    const hit = index.pairs.get(e.keySpan.start);
    const info = springEntryInfo(e);
    if (!hit) continue;
    if (info?.name.kind === 'pass-through') {
      out.push({ span: e.keySpan, newText: yamlKey(info.name.bracketed ? `[${newKey}]` : newKey) });
      continue;
    }
    const target = insertionName(newKey, false);
    const owner = pathElements(hit.owner.path);
    const full = pathElements(target.full.replace(/\[.*$/, ''));
    const relative = owner.every((x, i) => full[i] === x) ? target.full.split('.').slice(owner.length).join('.') : target.full;
    out.push({ span: e.keySpan, newText: yamlKey(relative) });
  }

  if (p.inserts.size > 0) {
    const bracket = bracketStyle(scope, false);
    const maps = index.maps.filter((m) => m.section === section);
    // Group the new keys by the mapping they belong in.
    const groups = new Map<string, Array<{ key: string; value: PrintableValue }>>();
    for (const [k, v] of p.inserts) {
      const n = insertionName(k, bracket);
      const list = groups.get(n.mapPath) ?? [];
      list.push({ key: n.key, value: v });
      groups.set(n.mapPath, list);
    }
    for (const [mapPath, items] of groups) {
      const change = yamlInsertion(text, maps, mapPath, items, removedPairs);
      if (change) out.push(change);
    }
  }
  return out;
}

function yamlInsertion(
  text: string,
  maps: readonly YamlMapInfo[],
  mapPath: string,
  items: ReadonlyArray<{ key: string; value: PrintableValue }>,
  removedPairs: ReadonlySet<Pair>,
): TextChange | undefined {
  const want = pathElements(mapPath);
  // The deepest existing block mapping on the way to the target (the document root at least).
  let best: YamlMapInfo | undefined;
  let depth = -1;
  for (const m of maps) {
    if (m.parent && removedPairs.has(m.parent)) continue;
    const els = m.path === '' ? [] : pathElements(m.path);
    if (els.length > want.length || !els.every((x, i) => want[i] === x)) continue;
    if (els.length > depth) {
      best = m;
      depth = els.length;
    }
  }
  const eol = lineEndingOf(text);
  const lines: string[] = [];
  const step = 2;
  if (!best) {
    // No mapping at all (an empty document): write the whole path.
    want.forEach((el, i) => lines.push(`${' '.repeat(i * step)}${el}:`));
    for (const it of items) lines.push(`${' '.repeat(want.length * step)}${yamlKey(it.key)}: ${yamlScalar(it.value)}`);
    const needsBreak = text.length > 0 && !text.endsWith('\n');
    return { span: { start: text.length, end: text.length }, newText: (needsBreak ? eol : '') + lines.join(eol) + eol };
  }
  if (best.node.flow) return undefined;
  const live = best.node.items.filter((i) => !removedPairs.has(i as Pair)) as Pair[];
  const indent = indentOf(text, best.node) ?? 0;
  const parentIndent = best.parent ? lineIndent(text, pairSpan(best.parent).start) : 0;
  const unit = best.parent && indent > parentIndent ? indent - parentIndent : step;
  const rest = want.slice(depth);
  // Names as the user wrote them are not known for the missing levels: Spring's canonical kebab-case is used.
  const canonical = mapPath.split('.').slice(depth);
  rest.forEach((_el, i) => lines.push(`${' '.repeat(indent + i * unit)}${canonical[i]}:`));
  for (const it of items) lines.push(`${' '.repeat(indent + rest.length * unit)}${yamlKey(it.key)}: ${yamlScalar(it.value)}`);
  const last = live[live.length - 1] ?? (best.node.items[best.node.items.length - 1] as Pair | undefined);
  let at: number;
  if (last) at = afterLine(text, pairSpan(last).end);
  else at = afterLine(text, best.parent ? pairSpan(best.parent).end : text.length);
  const needsBreak = at === text.length && text.length > 0 && !text.endsWith('\n');
  return { span: { start: at, end: at }, newText: (needsBreak ? eol : '') + lines.join(eol) + eol };
}

function lineIndent(text: string, at: number): number {
  const s = lineStartOf(text, at);
  let i = s;
  while (text[i] === ' ') i++;
  return i - s;
}

function merge(changes: readonly TextChange[]): TextChange[] {
  const sorted = changes.slice().sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: TextChange[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.span.start < prev.span.end) {
      out[out.length - 1] = { span: { start: prev.span.start, end: Math.max(prev.span.end, c.span.end) }, newText: prev.newText + c.newText };
    } else out.push(c);
  }
  return out;
}

