// Prints fix intents on Spring Boot application files: first-class kebab-case properties where Spring has one, the
// producer's `properties` map otherwise, in the file's own style (separators, bracket keys, YAML indentation).
import { isScalar, type Pair, type YAMLMap } from 'yaml';
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

/** Whether a `set` of this entry's key rewrites it in place (else the printer writes a producer-level entry). */
export function springRewritesInPlace(scope: ConfigScope, entry: ConfigEntry): boolean {
  return entry.origin.kind === 'inline' && editable(entry, springEntryInfo(entry), hintsOf(scope).synthetic);
}

/**
 * Spring's precedence of an entry written from `written` once its key is `key` (see SPRING_LEVEL): its own level when the
 * key is unchanged or it stays in its `properties` map, else the level of the name the printer writes for `key`.
 */
export function springRank(written: ConfigEntry | undefined, key: string): number {
  const info = written ? springEntryInfo(written) : undefined;
  if (written && !info) return Infinity; // added by the analysis after Spring's merge
  if (info && (written!.key === key || info.name.kind === 'pass-through')) {
    return info.name.kind === 'property' || info.name.kind === 'pass-through' ? info.name.level : -1;
  }
  return producerPropertyFor(key)?.level ?? SPRING_LEVEL.producerProperties;
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
    const printed = doc.dialect === 'spring-yaml' ? printYaml(doc, scope, p) : printProperties(doc, scope, p);
    // A fix is applied whole or not offered: half of a profile is not what its title promises.
    if (!printed) return [];
    changes.push(...printed);
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

function printProperties(doc: ConfigDocument, scope: ConfigScope, p: FixPlan): TextChange[] | undefined {
  const text = doc.text;
  const out: TextChange[] = [];
  for (const [e, v] of p.values) {
    const value = textOf(v);
    if (e.value.kind !== 'unknown' && (e.value.kind === 'string' ? e.value.value : String((e.value as { value: unknown }).value)) === value) continue;
    const sep = text.slice(e.keySpan.end, e.valueSpan.start);
    // A backslash left dangling at the end of the file (`acks=\`) would join the next line written after it: it goes.
    const end = Math.max(e.valueSpan.end, e.span.end);
    if (e.valueSpan.start === e.keySpan.end) out.push({ span: { start: e.keySpan.end, end }, newText: `=${escapeValue(value, true)}` });
    else out.push({ span: { start: e.valueSpan.start, end }, newText: escapeValue(value, sep.includes('=') || sep.includes(':')) });
  }
  const removals = [...p.removed].map((e) => lineRemoval(text, e.span));
  for (const r of removals) out.push({ span: r, newText: '' });
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
    // Not inside lines that go (the last line of the file takes the line break before it).
    for (const r of removals) if (r.start < at && at < r.end) at = r.start;
    const needsBreak = at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r';
    // After a line that ends in a continuation backslash (one no value change above removes), an empty line ends it first.
    const rewritten = new Set(out.filter((c) => c.newText !== '').map((c) => c.span.end));
    const lead = (needsBreak ? eol : '') + (continuesInto(text, at) && !rewritten.has(contentEnd(text, at)) ? eol : '');
    out.push({ span: { start: at, end: at }, newText: lead + lines.join(eol) + (needsBreak && at === text.length ? '' : eol) });
  }
  return out;
}

/** Where the content of the line ending at `at` (or just before its terminator) ends. */
function contentEnd(text: string, at: number): number {
  let end = at;
  if (text[end - 1] === '\n') end--;
  if (text[end - 1] === '\r') end--;
  return end;
}

/** Whether the line ending at `at` (or just before its terminator) continues onto the next one (`acks=\`). */
function continuesInto(text: string, at: number): boolean {
  const end = contentEnd(text, at);
  const line = text.slice(lineStartOf(text, end), end);
  if (/^[ \t\f]*[#!]/.test(line)) return false;
  return (/\\*$/.exec(line)![0].length & 1) === 1;
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

function printYaml(doc: ConfigDocument, scope: ConfigScope, p: FixPlan): TextChange[] | undefined {
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
    // A pair of a flow mapping (`{acks: 1, retries: 3}`) shares its line: it goes with one comma, the others stay.
    const flow = index.maps.some((m) => m.node.flow && m.node.items.includes(pair));
    out.push({ span: flow ? flowItemRemoval(text, s) : { start: lineStartOf(text, s.start), end: afterLine(text, s.end) }, newText: '' });
  }

  for (const [e, newKey] of p.renames) {
    const hit = index.pairs.get(e.keySpan.start);
    const info = springEntryInfo(e);
    if (!hit) continue;
    const written = keyString(hit.pair) ?? '';
    let name: string;
    if (info?.name.kind === 'pass-through') {
      // Keep the map's path as written in the key (`properties.linger_ms`, a flat `spring.kafka…` key): only the Kafka key changes.
      const mapLength = info.name.map === 'producer' ? 4 : 3;
      const own = mapLength - (hit.owner.path === '' ? 0 : splitName(hit.owner.path).length);
      if (info.name.bracketed) name = `${written.slice(0, Math.max(0, written.lastIndexOf('[')))}[${newKey}]`;
      else name = own > 0 ? [...written.split('.').slice(0, own), newKey].join('.') : newKey;
    } else {
      const target = insertionName(newKey, false);
      const owner = pathElements(hit.owner.path);
      const full = pathElements(target.full.replace(/\[.*$/, ''));
      // The new name must lie below the mapping the key is written in.
      if (!owner.every((x, i) => full[i] === x)) return undefined;
      name = target.full.split('.').slice(owner.length).join('.');
    }
    // YAML refuses a key twice in one mapping.
    if (hit.owner.node.items.some((i) => i !== hit.pair && !removedPairs.has(i as Pair) && keyString(i as Pair) === name)) return undefined;
    out.push({ span: e.keySpan, newText: yamlKey(name) });
  }

  if (p.inserts.size > 0) {
    // In a document the YAML parser could not read whole, new lines could land inside something broken.
    if (index.broken.has(section)) return undefined;
    const bracket = bracketStyle(scope, false);
    const maps = index.maps.filter((m) => m.section === section);
    // New keys are gathered per place they go, as one tree: keys of several missing mappings that share a level
    // (`producer:` for `acks` and for `properties.linger.ms`) get that level once, never as a duplicate key.
    const byPlace = new Map<string, { target: YamlTarget; tree: InsertTree }>();
    for (const [k, v] of p.inserts) {
      const n = insertionName(k, bracket);
      const place = insertionTarget(text, maps, n.mapPath, removedPairs);
      if (!place || (place.missing.length === 0 && place.taken.has(n.key))) return undefined;
      const id = `${place.target.at}:${place.target.indent}`;
      let entry = byPlace.get(id);
      if (!entry) byPlace.set(id, (entry = { target: place.target, tree: newTree() }));
      let node = entry.tree;
      for (const el of place.missing) {
        let next = node.children.get(el);
        if (!next) node.children.set(el, (next = newTree()));
        node = next;
      }
      node.items.push({ key: n.key, value: v });
    }
    // One change per offset: what goes under an empty key (deeper) before the siblings of the mapping that ends there.
    const eol = lineEndingOf(text);
    const places = [...byPlace.values()].sort((a, b) => a.target.at - b.target.at || b.target.indent - a.target.indent);
    for (let i = 0; i < places.length; ) {
      const at = places[i]!.target.at;
      const lines: string[] = [];
      for (; i < places.length && places[i]!.target.at === at; i++) renderTree(places[i]!.tree, places[i]!.target.indent, places[i]!.target.unit, lines);
      const needsBreak = at === text.length && text.length > 0 && !text.endsWith('\n') && !text.endsWith('\r');
      out.push({ span: { start: at, end: at }, newText: (needsBreak ? eol : '') + lines.join(eol) + eol });
    }
  }
  return out;
}

/** Where new keys go in a YAML document: the offset of the new lines, the column of their first level, the indentation step. */
interface YamlTarget {
  readonly at: number;
  readonly indent: number;
  readonly unit: number;
}

/** New keys by the mappings still to be written: values at this level, then the missing mappings below it. */
interface InsertTree {
  readonly items: Array<{ key: string; value: PrintableValue }>;
  readonly children: Map<string, InsertTree>;
}

const newTree = (): InsertTree => ({ items: [], children: new Map() });

function renderTree(tree: InsertTree, indent: number, unit: number, lines: string[]): void {
  for (const it of tree.items) lines.push(`${' '.repeat(indent)}${yamlKey(it.key)}: ${yamlScalar(it.value)}`);
  for (const [el, child] of tree.children) {
    lines.push(`${' '.repeat(indent)}${el}:`);
    renderTree(child, indent + unit, unit, lines);
  }
}

/** A pair's key as the text Spring reads (`undefined` for a key that is not a scalar). */
function keyString(pair: Pair): string | undefined {
  const k = pair.key as { value?: unknown; source?: unknown } | null;
  if (!k || k.value === undefined || (typeof k.value === 'object' && k.value !== null)) return undefined;
  return typeof k.value === 'string' ? k.value : typeof k.source === 'string' ? k.source : String(k.value);
}

/** A pair written with nothing after its colon (`producer:` being typed): a mapping can still go under it. */
function emptyValue(pair: Pair): boolean {
  const v = pair.value as { value?: unknown; range?: readonly number[]; tag?: string; anchor?: string } | null;
  if (v === null || v === undefined) return true;
  return isScalar(v) && v.value === null && !v.tag && !v.anchor && !!v.range && v.range[0] === v.range[1];
}

/**
 * Where the keys of the mapping `mapPath` go: under the deepest existing block mapping on the way to it (the document
 * root at least), with the levels still missing (`undefined` when nothing can be added there: a flow mapping, or a
 * key on the way that holds a value). A key on the way written with nothing after its colon gets the levels below it.
 */
function insertionTarget(
  text: string,
  maps: readonly YamlMapInfo[],
  mapPath: string,
  removedPairs: ReadonlySet<Pair>,
): { target: YamlTarget; missing: string[]; taken: ReadonlySet<string> } | undefined {
  const want = pathElements(mapPath);
  // Names as the user wrote them are not known for the missing levels: Spring's canonical kebab-case is used.
  const canonical = mapPath.split('.');
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
  const step = 2;
  // No mapping at all (an empty document): the whole path is written.
  if (!best) return { target: { at: text.length, indent: 0, unit: step }, missing: canonical, taken: new Set() };
  if (best.node.flow) return undefined;
  const live = best.node.items.filter((i) => !removedPairs.has(i as Pair)) as Pair[];
  const indent = indentOf(text, best.node) ?? 0;
  const parentIndent = best.parent ? lineIndent(text, pairSpan(best.parent).start) : 0;
  const unit = best.parent && indent > parentIndent ? indent - parentIndent : step;
  const rest = want.slice(depth);
  for (const pair of live) {
    const key = keyString(pair);
    if (key === undefined) continue;
    const els = pathElements(key);
    if (els.length === 0 || els.length > rest.length || !els.every((x, i) => rest[i] === x)) continue;
    // The next level is there already, but not as a mapping: a second one would be a duplicate key.
    if (!emptyValue(pair)) return undefined;
    const keyStart = pairSpan(pair).start;
    return { target: { at: afterLine(text, pairSpan(pair).end), indent: keyStart - lineStartOf(text, keyStart) + unit, unit }, missing: canonical.slice(depth + els.length), taken: new Set() };
  }
  const last = live[live.length - 1] ?? (best.node.items[best.node.items.length - 1] as Pair | undefined);
  const at = last ? afterLine(text, pairSpan(last).end) : afterLine(text, best.parent ? pairSpan(best.parent).end : text.length);
  const taken = new Set(live.map(keyString).filter((k): k is string => k !== undefined));
  return { target: { at, indent, unit }, missing: canonical.slice(depth), taken };
}

function lineIndent(text: string, at: number): number {
  const s = lineStartOf(text, at);
  let i = s;
  while (text[i] === ' ') i++;
  return i - s;
}

/** An item of a flow collection with the comma (and blanks) that separate it from its neighbour. */
function flowItemRemoval(text: string, pair: Span): Span {
  const span = { start: Math.min(pair.start, text.length), end: Math.min(pair.end, text.length) };
  let i = span.end;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] === ',') {
    i++;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    return { start: span.start, end: i };
  }
  let j = span.start - 1;
  while (j >= 0 && /\s/.test(text[j]!)) j--;
  return { start: text[j] === ',' ? j : span.start, end: span.end };
}

function merge(changes: readonly TextChange[]): TextChange[] {
  const sorted = changes.slice().sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: TextChange[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.span.start < prev.span.end) {
      // A change inside text that is deleted anyway (the value of a removed line) has nothing left to change.
      if (prev.newText === '' && c.span.end <= prev.span.end) continue;
      if (c.newText === '' && c.span.start === prev.span.start) {
        out[out.length - 1] = c;
        continue;
      }
      out[out.length - 1] = { span: { start: prev.span.start, end: Math.max(prev.span.end, c.span.end) }, newText: prev.newText + c.newText };
    } else out.push(c);
  }
  return out;
}

