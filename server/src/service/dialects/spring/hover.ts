// Hover text for Spring Boot keys: which Kafka key a Spring property sets, Spring's own default, and Spring's precedence.
import { suggestJavaKey } from '../../catalog/javaCatalog';
import { SPRING_LEVEL } from '../../catalog/spring/springKafkaProperties';
import type { ConfigDocument, ConfigEntry } from '../../model/configDocument';
import { lineOf } from '../../util/lines';
import { springEntryInfo } from './scope';

const MAP_NOTE: Record<'producer' | 'global', string> = {
  producer: 'passed to the producer unchanged; it overrides the first-class `spring.kafka.producer.*` properties and `spring.kafka.properties`.',
  global: 'passed unchanged to every Kafka client Spring Boot creates (producers, consumers, admin, streams); producer-specific properties override it.',
};

/** The Spring part of a hover on an entry of a Spring application file. */
export function springHoverSection(doc: ConfigDocument, entry: ConfigEntry, all: readonly ConfigEntry[], version: string): string | undefined {
  const info = springEntryInfo(entry);
  if (!info) return undefined;
  const written = doc.text.slice(info.raw.keySpan.start, info.raw.keySpan.end);
  const lines: string[] = [];
  switch (info.name.kind) {
    case 'property': {
      const p = info.name.property;
      lines.push(`**Spring Boot** \`${p.name}\`${written !== p.name && !p.name.endsWith(written) ? ` (written \`${written}\`)` : ''} → Kafka \`${p.kafkaKey}\``);
      if (p.kind === 'dataSize' && entry.value.kind === 'number') lines.push(`A data size: Spring passes ${entry.value.value} bytes.`);
      if (p.springDefault) lines.push(`Spring's default: \`${p.springDefault}\` (used when no property sets it; Kafka itself has ${p.kafkaKey === 'bootstrap.servers' ? 'no usable default' : 'none'}).`);
      if (p.note) lines.push(p.note);
      break;
    }
    case 'pass-through':
      lines.push(`**Spring Boot** \`${info.name.map === 'producer' ? 'spring.kafka.producer.properties' : 'spring.kafka.properties'}\` entry: Kafka \`${info.name.key}\` is ${MAP_NOTE[info.name.map]}`);
      if (info.name.key === 'bootstrap.servers') lines.push('Ignored by Spring Boot 3.1+: `bootstrap.servers` always comes from `spring.kafka(.producer).bootstrap-servers` (default `localhost:9092`).');
      break;
    case 'unknown-producer': {
      const tail = info.name.tail;
      const guess = suggestJavaKey(tail.replace(/-/g, '.'), version) ?? suggestJavaKey(tail, version);
      lines.push(
        `**Spring Boot** has no property \`spring.kafka.producer.${tail}\`: Spring ignores it and the producer never sees it. ` +
          `Kafka settings without a Spring property go in \`spring.kafka.producer.properties.<kafka key>\`${guess ? `, here \`spring.kafka.producer.properties.${guess}\`` : ''}.`,
      );
      break;
    }
    default:
      return undefined;
  }
  const winner = all[all.length - 1];
  if (winner && winner !== entry && winner.origin.kind === 'inline') {
    const w = springEntryInfo(winner);
    const wName = w ? doc.text.slice(w.raw.keySpan.start, w.raw.keySpan.end) : winner.key;
    const level = info.name.kind === 'property' || info.name.kind === 'pass-through' ? info.name.level : undefined;
    const why = level !== undefined && level < SPRING_LEVEL.producerProperties ? 'Spring merges it later' : 'it comes later';
    lines.push(`Not used: \`${wName}\` (line ${lineOf(doc, winner.span.start) + 1}) sets \`${entry.key}\` too and wins (${why}).`);
  }
  return lines.join('\n\n');
}
