// Hover in TS/JS files: on an option name or value inside a producer config, in the client's own spelling, with the
// Java name, the client's default, the effective value here and where the value came from.
import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import type { ConfigEntry, ConfigScope } from '../model/configDocument';
import type { Span } from '../model/span';
import { UNKNOWN_REASON } from '../model/value';
import type { Analysis } from './analysis';
import { CLIENT_NAME } from '../rules/clientText';
import { codeOptionInfo, formatCodeValue } from './codeDescribe';
import { summarize } from './summary';
import { spanToRange } from './validation';

const inside = (s: Span, offset: number) => offset >= s.start && offset <= s.end;

function entryAt(analysis: Analysis, offset: number): { entry: ConfigEntry; scope: ConfigScope; part: 'key' | 'value' } | undefined {
  // Runs on every hover request over every entry of the file: nothing is allocated but the answer.
  let best: { entry: ConfigEntry; scope: ConfigScope; part: 'key' | 'value'; size: number } | undefined;
  for (const { scope } of analysis.scopes.values()) {
    for (const entry of scope.entries) {
      // Imported entries point at the identifier that brings them in: hovering it shows every imported value.
      const key = entry.keySpan;
      if (inside(key, offset) && (!best || key.end - key.start < best.size)) {
        best = { entry, scope, part: entry.origin.kind === 'import' ? 'value' : 'key', size: key.end - key.start };
      }
      const value = entry.valueSpan;
      if (inside(value, offset) && (!best || value.end - value.start < best.size)) best = { entry, scope, part: 'value', size: value.end - value.start };
    }
  }
  return best;
}

export function doCodeHover(analysis: Analysis, offset: number): Hover | null {
  const hit = entryAt(analysis, offset);
  if (!hit) return null;
  const { entry, scope, part } = hit;
  const s = analysis.scopes.get(scope.id)!;
  const client = CLIENT_NAME[scope.client];
  const info = codeOptionInfo(scope, entry.rawKey, entry.key);
  const sections: string[] = [];
  const range = spanToRange(analysis.document, part === 'key' ? entry.keySpan : entry.valueSpan);

  if (entry.origin.kind === 'import') {
    const same = scope.entries.filter((e) => e.origin.kind === 'import' && e.keySpan.start === entry.keySpan.start);
    const lines = same.map((e) => `- \`${e.rawKey}\`: ${describeValue(e)}`);
    sections.push(`**Imported configuration** (${client}) — resolved from \`${basename(entry.origin.uri)}\`:`, lines.join('\n'));
    return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n') }, range };
  }

  if (!info) {
    sections.push(`**${entry.rawKey}** — not an option ${client} reads here (see the diagnostic).`);
    return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n') }, range };
  }
  const head = `**${info.name}** · ${client} · \`${info.type}\``;
  sections.push(head);
  if (part === 'value' && info.values) {
    const written = describeValue(entry);
    const meaning = meaningOf(entry, info.values);
    sections.push(`Value here: ${written}${meaning ? ` — ${meaning}` : ''}`);
    const others = Object.entries(info.values).filter(([, m]) => m !== meaning);
    if (others.length > 0) sections.push(['Other values:', ...others.map(([v, m]) => `- \`${v}\`: ${m}`)].join('\n'));
  } else {
    sections.push(info.summary);
  }
  const facts: string[] = [];
  if (info.javaName) facts.push(`Java producer: \`${info.javaName}\``);
  if (info.defaultText !== undefined) facts.push(`Default (${client}): \`${info.defaultText}\``);
  const v = s.effective.get(entry.key);
  const all = s.effective.entriesByKey.get(entry.key) ?? [];
  const read = v.entry === entry || (v.entry === undefined && all[all.length - 1] === entry);
  if (v.source === 'unknown') facts.push('Effective here: not known statically (computed at run time)');
  else if (v.invalid) facts.push('Effective here: rejected by the client (see the diagnostic)');
  else if (!read && v.entry) facts.push(`Effective here: ${formatCodeValue(scope.client, entry.key, v.value, info.unit)} — this write is overridden by \`${v.entry.rawKey}\``);
  else facts.push(`Effective here: ${formatCodeValue(scope.client, entry.key, v.value, info.unit)}${v.source === 'override' && v.note ? ` — ${v.note}` : ''}`);
  if (entry.origin.kind === 'spread') facts.push('Arrives through a spread');
  if (entry.maybeOverridden) facts.push('Something written later that cannot be resolved may replace it');
  sections.push(facts.map((f) => `- ${f}`).join('\n'));
  if (info.note) sections.push(info.note);
  if (entry.key === 'acks' || entry.key === 'enable.idempotence') {
    const producer = scope.role === 'producer' ? scope.id : (scope.linked ?? []).find((id) => analysis.scopes.get(id)?.scope.role === 'producer');
    const summary = producer ? summarize(analysis, producer) : undefined;
    if (summary) sections.push(`**Guarantees of this producer:** ${summary.line.replace(/^Kafka producer: /, '')}`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n') }, range };
}

function describeValue(e: ConfigEntry): string {
  const v = e.value;
  switch (v.kind) {
    case 'string':
      return `\`'${v.value}'\``;
    case 'number':
    case 'boolean':
      return `\`${v.value}\``;
    case 'null':
      return '`null`';
    default:
      return v.reason === UNKNOWN_REASON.object || v.reason === UNKNOWN_REASON.array || v.reason === UNKNOWN_REASON.function ? v.reason : `*unknown* (${v.reason})`;
  }
}

function meaningOf(e: ConfigEntry, values: Readonly<Record<string, string>>): string | undefined {
  const v = e.value;
  if (v.kind === 'number') {
    if (e.key === 'compression.type') return values[['none', 'gzip', 'snappy', 'lz4', 'zstd'][v.value] ?? ''];
    return values[String(v.value)];
  }
  if (v.kind === 'string') return values[v.value.toLowerCase() === 'all' ? '-1' : v.value.toLowerCase()];
  return undefined;
}

function basename(uri: string): string {
  const p = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(p.slice(p.lastIndexOf('/') + 1));
}
