// Hover text for Java producer maps: the key a config constant holds, and what Spring's factory adds.
import { JAVA_CONFIG_CONSTANTS, JAVA_CONFIG_CONSTANTS_COMMIT } from '../../catalog/java/constants.generated';
import type { ConfigEntry } from '../../model/configDocument';
import { javaEntryInfo } from './index';

/** The Java part of a hover on an entry of a Java producer map. */
export function javaHoverSection(entry: ConfigEntry): string | undefined {
  const info = javaEntryInfo(entry);
  if (!info) return undefined;
  const lines: string[] = [];
  if (info.keyStyle.kind === 'constant') {
    const c = JAVA_CONFIG_CONSTANTS[info.keyStyle.cls]?.[info.keyStyle.name];
    if (c) lines.push(`\`${info.keyStyle.cls}.${info.keyStyle.name}\` = \`"${c.key}"\` (${c.source.replace(/^.*\//, '')}, Kafka ${JAVA_CONFIG_CONSTANTS_COMMIT.slice(0, 8)} = 4.3.1)`);
  }
  if (info.via === 'factory') {
    lines.push(
      '`DefaultKafkaProducerFactory.setTransactionIdPrefix` makes the factory transactional: each producer it creates gets `transactional.id` = this prefix + a suffix, ' +
        'and Spring adds `enable.idempotence=true` unless the config map sets it.',
    );
  }
  if (info.conditional) lines.push('Set inside a condition, loop, lambda or catch block: whether it applies is decided at run time, so the analysis treats it as unknown.');
  else if (info.maybeOverridden) lines.push('Something the analysis cannot see (a `putAll`, a method that receives the map) may replace it, so its effect is treated as unknown.');
  return lines.length > 0 ? lines.join('\n\n') : undefined;
}
