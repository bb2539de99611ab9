// Hover on keys and values: meaning, type, valid values, version-aware default, the effective value here.
import type { Hover } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { javaKeyStatus, resolveJavaKey, resolveJavaKeyAnyVersion } from '../catalog/javaCatalog';
import { FOREIGN_KEYS, JAVA_EQUIVALENT } from '../catalog/java/foreignKeys';
import { isPassThroughKey } from '../catalog/passThrough';
import type { ResolvedKey } from '../catalog/types';
import { checkJavaValue, formatJavaValue, javaTrim } from '../effective/javaValues';
import type { EffectiveValue } from '../effective/types';
import type { ConfigEntry } from '../model/configDocument';
import { valueAsText } from '../model/value';
import type { Analysis } from './analysis';
import { code, keyDocumentation, withUnit } from './describe';
import { findEntryAt } from './entryIndex';
import { durabilityOf, summarize } from './summary';
import { spanToRange } from './validation';
import { doCodeHover } from './codeHover';
import { javaHoverSection } from '../dialects/java/hover';
import { springHoverSection } from '../dialects/spring/hover';

function effectiveLine(v: EffectiveValue, key: ResolvedKey, entry: ConfigEntry, isLast: boolean): string {
  if (!isLast) return '**In this file:** overridden by a later line — this value is ignored.';
  if (v.source === 'unknown') return '**In this file:** not known statically (computed at run time).';
  if (v.invalid) return '**In this file:** rejected by the client (see the diagnostic).';
  const shown = v.value === undefined ? '?' : formatJavaValue(v.value);
  const normalized = key.name === 'acks' && shown === '-1' ? '`-1` (all)' : withUnit(shown, key);
  const written = valueAsText(entry.value);
  const note = v.source === 'override' && v.note ? ` — ${v.note}` : '';
  return `**Effective here:** ${normalized}${written !== undefined && javaTrim(written) !== shown && key.name !== 'acks' ? ` (written \`${javaTrim(written)}\`)` : ''}${note}`;
}

export function doHover(analysis: Analysis, offset: number): Hover | null {
  if (analysis.document.dialect === 'typescript') return doCodeHover(analysis, offset);
  const hit = findEntryAt(analysis, offset);
  if (!hit) return null;
  const { entry, scopeId, part } = hit;
  const s = analysis.scopes.get(scopeId)!;
  const version = s.effective.version;
  const range = spanToRange(analysis.document, part === 'key' ? entry.keySpan : entry.valueSpan);
  const info = resolveJavaKey(entry.key, version);
  const sections: string[] = [];
  if (!info) {
    sections.push(unknownKeyDoc(entry.key, version));
  } else if (part === 'key') {
    sections.push(keyDocumentation(info, version));
    const all = s.effective.entriesByKey.get(entry.key) ?? [];
    sections.push(effectiveLine(s.effective.get(entry.key), info, entry, all[all.length - 1] === entry));
  } else {
    sections.push(valueDoc(info, entry, version));
    const all = s.effective.entriesByKey.get(entry.key) ?? [];
    sections.push(effectiveLine(s.effective.get(entry.key), info, entry, all[all.length - 1] === entry));
  }
  // Spring Boot and Java sources: what the written property or constant stands for, before the Kafka key's own docs.
  const dialectSection =
    analysis.document.dialect === 'java'
      ? javaHoverSection(entry)
      : analysis.document.dialect === 'spring-properties' || analysis.document.dialect === 'spring-yaml'
        ? springHoverSection(analysis.document, entry, s.effective.entriesByKey.get(entry.key) ?? [], version)
        : undefined;
  if (dialectSection) sections.unshift(dialectSection);
  if (entry.key === 'acks' || entry.key === 'enable.idempotence') {
    const summary = summarize(analysis, scopeId);
    if (summary) {
      sections.push(`**Guarantees of this file:** ${summary.line.replace(/^Kafka producer: /, '')}`);
      if (!analysis.settings.cluster.minInsyncReplicas && s.effective.get('acks').value === '-1') {
        sections.push(
          "With `acks=all` a write is confirmed once every in-sync replica has it; how many that is depends on the topic's `min.insync.replicas` " +
            '(broker default 1) and replication factor. Set `kafkaProducer.cluster.minInsyncReplicas` or keep a `server.properties` / Strimzi `KafkaTopic` ' +
            'in the workspace to have it checked.',
        );
      } else if (entry.key === 'acks') sections.push(`Durability: ${durabilityOf(s.effective, analysis.settings.cluster)}.`);
    }
  }
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n') }, range };
}

function valueDoc(info: ResolvedKey, entry: ConfigEntry, version: string): string {
  const raw = valueAsText(entry.value);
  const value = raw === undefined ? undefined : javaTrim(raw);
  const lines = [`**${info.name}** = ${value === undefined ? '*(computed at run time)*' : withUnit(value, info)}`];
  const meanings = info.doc.values ?? {};
  const check = raw === undefined ? undefined : checkJavaValue(info, raw);
  let meaningKey: string | undefined;
  if (check && !check.ok) {
    // Never explain a rejected value as if it were its case-folded twin (`ALL` is not `all`).
    lines.push('', `The client rejects this value: ${check.message}.`);
  } else if (value !== undefined) {
    // Case-insensitive enums and booleans accept any case, so their documented spelling may differ.
    const loose = info.type === 'BOOLEAN' || (info.validator.kind === 'enum' && !info.validator.caseSensitive);
    meaningKey = value in meanings ? value : loose ? Object.keys(meanings).find((k) => k.toLowerCase() === value.toLowerCase()) : undefined;
    if (meaningKey) lines.push('', meanings[meaningKey]!);
    else if (info.doc.summary) lines.push('', info.doc.summary);
  }
  const others = Object.entries(meanings).filter(([v]) => v !== meaningKey);
  if (others.length > 0 && others.length <= 8) {
    lines.push('', meaningKey ? 'Other values:' : 'Values:', ...others.map(([v, m]) => `- ${code(v)}: ${m}`));
  }
  lines.push('', `Default (Kafka ${version}): ${info.required ? 'required' : info.default === null ? 'not set' : withUnit(info.default, info)}`);
  return lines.join('\n');
}

function unknownKeyDoc(key: string, version: string): string {
  const status = javaKeyStatus(key, version);
  if (status.status === 'future' || status.status === 'removed') {
    const info = resolveJavaKeyAnyVersion(key, version)!;
    const head =
      status.status === 'future'
        ? `**${key}** — not in Kafka ${version} clients; added in ${status.since}.`
        : `**${key}** — removed in Kafka ${status.removedIn}; Kafka ${version} clients ignore it.`;
    return `${head}\n\n${keyDocumentation(info, status.status === 'future' ? status.since : version, { short: true })}`;
  }
  const kinds = FOREIGN_KEYS[key];
  if (kinds) {
    const eq = JAVA_EQUIVALENT[key];
    return `**${key}** — a ${kinds.join('/')} setting, not a producer key; the producer ignores it.${eq ? ` The Java producer's equivalent is \`${eq}\`.` : ''}`;
  }
  if (isPassThroughKey(key)) {
    return `**${key}** — not read by the producer itself; it is passed to the serializers (for example Confluent Schema Registry serializers) and other plugins.`;
  }
  return `**${key}** — not a producer key of Kafka ${version}.`;
}
