// A markdown report of a document's effective producer configuration (the "show effective config" command).
import { javaKeysFor } from '../catalog/javaCatalog';
import { formatJavaValue } from '../effective/javaValues';
import type { Analysis } from './analysis';
import { summarize } from './summary';

/** Keys always listed, set or not, because they decide delivery guarantees and throughput. */
const HEADLINE_KEYS = [
  'acks',
  'enable.idempotence',
  'retries',
  'max.in.flight.requests.per.connection',
  'delivery.timeout.ms',
  'request.timeout.ms',
  'linger.ms',
  'batch.size',
  'compression.type',
  'buffer.memory',
  'max.block.ms',
  'max.request.size',
  'transactional.id',
];

export function effectiveConfigMarkdown(analysis: Analysis): string {
  const parts: string[] = [];
  for (const { scope, effective } of analysis.scopes.values()) {
    // Code clients: producers only, and the headline settings their client has (kafkajs has no linger.ms).
    if (scope.client !== 'java' && scope.role !== 'producer') continue;
    const keys = scope.client === 'java' ? javaKeysFor(effective.version) : new Set(HEADLINE_KEYS.filter((k) => effective.supports?.(k) ?? true));
    parts.push(`# Effective producer configuration — ${scope.label}`, '');
    const summary = summarize(analysis, scope.id);
    if (summary) parts.push(`**${summary.line}**`, '');
    parts.push(`Client: ${effective.client} ${effective.version}`, '', '| key | effective value | source |', '|---|---|---|');
    const listed = new Set<string>();
    const row = (key: string) => {
      if (listed.has(key)) return;
      listed.add(key);
      const v = effective.get(key);
      const value = v.invalid ? '*(invalid — rejected)*' : v.value === undefined ? '*(unknown)*' : `\`${formatJavaValue(v.value) || '""'}\``;
      const source = v.source === 'override' ? `changed by the client: ${v.note ?? ''}` : v.source;
      parts.push(`| \`${key}\` | ${value} | ${source} |`);
    };
    for (const k of HEADLINE_KEYS) if (keys.has(k)) row(k);
    for (const k of effective.entriesByKey.keys()) row(k);
    parts.push('');
  }
  return parts.join('\n');
}
