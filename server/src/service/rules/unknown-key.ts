// Rule unknown-key: a key no Java producer of the configured version knows (with the closest key as a suggestion).
import { javaKeyStatus, suggestJavaKey } from '../catalog/javaCatalog';
import { FOREIGN_KEYS } from '../catalog/java/foreignKeys';
import { isPassThroughKey, hasPluginClasses } from '../catalog/passThrough';
import type { Rule } from './rule';
import { checkCodeUnknownKeys } from './codeKeyChecks';

export const rule: Rule = {
  id: 'unknown-key',
  meta: {
    description: 'A key the producer does not know; it is ignored (often a typo).',
    category: 'correctness',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports keys that are not producer settings of the configured client version, suggesting the closest real key ' +
        '(`linger_ms` → `linger.ms`, `ack` → `acks`). Keys a newer client version added are reported with the version that added them. ' +
        'Settings read by Confluent Schema Registry serializers (`schema.registry.url`, …) and `config.providers.*` parameters are not reported; ' +
        'when the file configures a plugin class of its own (serializer, interceptor, partitioner), unknown keys are only information, because the plugin may read them. ' +
        'In TS/JS: a kafkajs option name kafkajs does not know (it ignores it), and a property librdkafka does not know — node-rdkafka and confluent-kafka-javascript then throw, so it is an error there.',
      why:
        'The producer only logs an INFO line ("supplied but are not used") for an unknown key and carries on with the default. ' +
        'A misspelt `enable.idempotence` or `linger.ms` therefore silently changes delivery guarantees or throughput.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nlinger_ms=20\n',
        valid: 'bootstrap.servers=localhost:9092\nlinger.ms=20\n',
      },
      fix: 'The quick fix renames the key to the suggested one. It is not applied by "fix all": only you know what was meant.',
      references: ['clients/src/main/java/org/apache/kafka/common/config/AbstractConfig.java (logUnused)'],
    },
  },
  check(ctx) {
    if (ctx.scope.client !== 'java') return checkCodeUnknownKeys(ctx);
    const plugins = hasPluginClasses(ctx.effective);
    for (const entry of ctx.scope.entries) {
      const key = entry.key;
      if (FOREIGN_KEYS[key] || isPassThroughKey(key)) continue; // misplaced-key, or read by a serializer
      const status = javaKeyStatus(key, ctx.version);
      if (status.status === 'known' || status.status === 'removed') continue;
      if (status.status === 'future') {
        ctx.report({
          message: `\`${key}\` is not known to Kafka ${ctx.version} clients: it was added in ${status.since}. This client ignores it.`,
          span: entry.keySpan,
          entry,
          key,
        });
        continue;
      }
      const suggestion = suggestJavaKey(key, ctx.version);
      ctx.report({
        message: suggestion
          ? `Unknown producer key \`${key}\`. Did you mean \`${suggestion}\`?`
          : `Unknown producer key \`${key}\`; the producer ignores it.`,
        span: entry.keySpan,
        entry,
        key,
        ...(plugins ? { severity: 'information' as const } : {}),
        fixes: suggestion
          ? [{ title: `Rename to \`${suggestion}\``, intents: [{ kind: 'rename', scopeId: ctx.scope.id, entry, newKey: suggestion }], preferred: true }]
          : [],
      });
    }
  },
};
