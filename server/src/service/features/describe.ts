// Markdown building blocks for hover and completion docs: defaults per version, valid values, human units.
import { defaultHistory } from '../catalog/javaCatalog';
import type { ResolvedKey, Validator } from '../catalog/types';
import { humanize } from '../util/units';

export function code(s: string): string {
  if (s === '') return '`""` (empty)';
  const fence = s.includes('`') ? '``' : '`';
  return `${fence}${s}${fence}`;
}

/** `120000` → "`120000` (2 min)" for keys with a unit. */
export function withUnit(value: string, key: ResolvedKey): string {
  const n = Number(value);
  if (key.unit && value.trim() !== '' && Number.isFinite(n)) {
    const h = humanize(n, key.unit);
    if (h && h !== `${n} ${key.unit}` && h !== `${n} bytes`) return `${code(value)} (${h})`;
    return `${code(value)} ${key.unit === 'bytes' ? 'bytes' : key.unit}`;
  }
  return code(value);
}

export function describeValidator(v: Validator): string | undefined {
  switch (v.kind) {
    case 'enum':
      return `one of ${v.values.map(code).join(', ')}${v.caseSensitive ? ' (case-sensitive)' : ' (any case)'}`;
    case 'range':
      if (v.min !== undefined && v.max !== undefined) return `${v.min} to ${v.max}`;
      if (v.min !== undefined) return `at least ${v.min}`;
      if (v.max !== undefined) return `at most ${v.max}`;
      return undefined;
    case 'rangeOrValue':
      return `${v.min} to ${v.max}, or ${v.values.join(' or ')}`;
    case 'nonEmptyString':
      return 'a non-empty string';
    case 'list':
      return `a comma-separated list without empty elements${v.allowEmptyList ? '' : ' (at least one)'}`;
    case 'none':
      return undefined;
  }
}

export function describeDefault(key: ResolvedKey): string {
  if (key.required) return 'none — **required**';
  if (key.default === null) return 'not set';
  return withUnit(key.default, key);
}

/** "since 3.0 (was `1` before)" for keys whose default changed over time. */
export function describeDefaultHistory(key: ResolvedKey): string | undefined {
  const h = defaultHistory(key.record);
  if (h.length < 2) return undefined;
  return h
    .map((d, i) => {
      const v = d.required ? 'required' : d.default === null ? 'not set' : code(d.default);
      return i === 0 ? `${v} in ${d.from}` : `${v} from ${d.from}`;
    })
    .join(' → ');
}

/** The markdown documentation block of a key (hover and completion). */
export function keyDocumentation(key: ResolvedKey, version: string, opts: { short?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`**${key.name}** · \`${key.type}\` · importance ${key.importance.toLowerCase()}`);
  lines.push('');
  if (key.doc.summary) lines.push(key.doc.summary, '');
  const facts: string[] = [];
  facts.push(`Default (Kafka ${version}): ${describeDefault(key)}`);
  const history = describeDefaultHistory(key);
  if (history) facts.push(`Default history: ${history}`);
  const valid = describeValidator(key.validator);
  if (valid) facts.push(`Valid: ${valid}`);
  if (key.since !== '2.0') facts.push(`Since: Kafka ${key.since}`);
  if (key.deprecated) facts.push(`Deprecated${key.removedIn ? `; removed in ${key.removedIn}` : ''}`);
  lines.push(...facts.map((f) => `- ${f}`));
  if (!opts.short) {
    if (key.doc.whenToChange) lines.push('', `**When to change:** ${key.doc.whenToChange}`);
    if (key.doc.tradeoff) lines.push('', `**Trade-off:** ${key.doc.tradeoff}`);
  }
  return lines.join('\n');
}
