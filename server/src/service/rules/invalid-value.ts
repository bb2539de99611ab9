// Rule invalid-value: a value the producer rejects (type, enum, range, non-empty, list, retired values).
import { resolveJavaKey, valueLifecycle } from '../catalog/javaCatalog';
import type { ResolvedKey } from '../catalog/types';
import { atLeast } from '../catalog/versions';
import { checkBootstrapServers } from '../effective/bootstrapServers';
import { checkJavaValue, javaTrim } from '../effective/javaValues';
import type { ConfigEntry } from '../model/configDocument';
import { valueAsText } from '../model/value';
import { coerceNumber } from '../util/units';
import type { FindingFix, Rule, RuleContext } from './rule';
import { valueSpan } from './rule';
import { lastEntry, setFix, unsetIntent } from './support';
import { checkCodeValues } from './codeKeyChecks';

export const rule: Rule = {
  id: 'invalid-value',
  meta: {
    description: 'A value the Kafka producer rejects when it is constructed.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'safe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Checks every value the way the Java client parses it: the type (`INT`, `LONG`, `BOOLEAN`, `DOUBLE`, `LIST`, `CLASS`), ' +
        'the allowed values of enum-like keys (case-sensitive where Kafka is), numeric ranges, non-empty strings, list elements, ' +
        '`host:port` entries of `bootstrap.servers`, and values Kafka removed (such as the old partitioner classes in 4.0). ' +
        'The check follows the configured client version. Only the last occurrence of a repeated key is checked, because it is the only one the client sees. ' +
        'In TS/JS: kafkajs values as kafkajs reads them (`acks` must be -1, 0 or 1 — the string `\'all\'` is sent as 0 —, `compression` a `CompressionTypes` member), and librdkafka values as `rd_kafka_conf_set` parses them (ranges, enums, `undefined` from a missing enum member).',
      why:
        '`new KafkaProducer(props)` throws a `ConfigException` (or a `KafkaException` wrapping one) for any of these, so the application fails at start-up.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nacks=ALL\nlinger.ms=5ms\ncompression.type=brotli\n',
        valid: 'bootstrap.servers=localhost:9092\nacks=all\nlinger.ms=5\ncompression.type=lz4\n',
      },
      fix:
        'Quick fixes correct the case (`ALL` → `all`), strip units from numbers (`5ms` → `5`, `32MB` → `33554432`), offer each allowed value, and remove values Kafka no longer has.',
      references: [
        'clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java (parseType, Range, ValidString, ValidList)',
        'clients/src/main/java/org/apache/kafka/clients/ClientUtils.java (parseAndValidateAddresses)',
        'clients/src/main/java/org/apache/kafka/clients/producer/ProducerConfig.java',
      ],
    },
  },
  check(ctx) {
    if (ctx.scope.client !== 'java') return checkCodeValues(ctx);
    for (const [key] of ctx.effective.entriesByKey) {
      const info = resolveJavaKey(key, ctx.version);
      const entry = lastEntry(ctx, key);
      if (!info || !entry) continue;
      const text = valueAsText(entry.value);
      if (text === undefined || entry.maybeOverridden) continue;
      checkEntry(ctx, info, entry, text);
    }
  },
};

function checkEntry(ctx: RuleContext, info: ResolvedKey, entry: ConfigEntry, text: string): void {
  const where = info.checkedAt === 'construction' ? 'the KafkaProducer constructor rejects it' : 'the producer rejects it at start-up';
  const check = checkJavaValue(info, text);
  if (!check.ok) {
    const shown = javaTrim(text);
    ctx.report({
      message: `Invalid value \`${shown}\` for \`${info.name}\`: ${check.message} (${where}).`,
      span: valueSpan(entry),
      entry,
      key: info.name,
      fixes: valueFixes(ctx, info, shown, check.expected, check.caseFix),
    });
    return;
  }
  const trimmed = javaTrim(text);
  const lifecycle = valueLifecycle(info.record, trimmed);
  if (lifecycle?.removedIn && atLeast(ctx.version, lifecycle.removedIn)) {
    const fixes: FindingFix[] =
      info.name === 'partitioner.class'
        ? [{ title: `Remove ${info.name} (use the built-in partitioner)`, intents: [unsetIntent(ctx, info.name)], preferred: true }]
        : valueFixes(ctx, info, trimmed, info.validator.kind === 'enum' ? info.validator.values : undefined, undefined);
    ctx.report({
      message: `\`${trimmed}\` was removed in Kafka ${lifecycle.removedIn}: ${lifecycle.note}. ${capitalize(where)}.`,
      span: valueSpan(entry),
      entry,
      key: info.name,
      fixes,
    });
    return;
  }
  if (info.name === 'bootstrap.servers' && Array.isArray(check.value)) {
    const problem = checkBootstrapServers(check.value as readonly string[], ctx.version);
    if (problem) {
      ctx.report({
        message: `Invalid \`bootstrap.servers\`: ${problem} (the KafkaProducer constructor rejects it).`,
        span: valueSpan(entry),
        entry,
        key: info.name,
      });
      return;
    }
  }
  if (info.validator.kind === 'list' && Array.isArray(check.value)) {
    const list = check.value as readonly string[];
    const dupes = list.filter((v, i) => list.indexOf(v) !== i);
    if (dupes.length > 0) {
      const unique = [...new Set(list)].join(',');
      ctx.report({
        message: `\`${info.name}\` lists ${[...new Set(dupes)].map((d) => `\`${d}\``).join(', ')} more than once; the client drops the duplicates with a warning.`,
        severity: 'warning',
        span: valueSpan(entry),
        entry,
        key: info.name,
        fixes: [setFix(ctx, info.name, unique, { title: 'Remove the duplicate values', preferred: true })],
      });
    }
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Fixes for a rejected value: the case-corrected value, a unit-free number, or each allowed value. */
function valueFixes(
  ctx: RuleContext,
  info: ResolvedKey,
  shown: string,
  expected: readonly string[] | undefined,
  caseFix: string | undefined,
): FindingFix[] {
  if (caseFix) return [setFix(ctx, info.name, caseFix, { title: `Change to \`${caseFix}\``, preferred: true })];
  if (info.type === 'INT' || info.type === 'LONG' || info.type === 'SHORT') {
    const n = coerceNumber(shown, info.unit);
    if (n !== undefined && n !== Number(shown)) {
      const ok = checkJavaValue(info, String(n)).ok;
      if (ok) return [setFix(ctx, info.name, String(n), { title: `Change to \`${n}\``, preferred: true })];
    }
  }
  if (expected && expected.length > 0) {
    return expected
      .filter((v) => !(info.name === 'acks' && v === '-1'))
      .map((v) => setFix(ctx, info.name, v, { title: `Change to \`${v}\``, safe: false }));
  }
  return [];
}
