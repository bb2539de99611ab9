// Rule deprecated-key: a key or value deprecated in the configured client version (it breaks on upgrade).
import { resolveJavaKey, valueLifecycle } from '../catalog/javaCatalog';
import { atLeast } from '../catalog/versions';
import { javaTrim } from '../effective/javaValues';
import { valueAsText } from '../model/value';
import type { FindingFix, Rule } from './rule';
import { valueSpan } from './rule';
import { lastEntry, setFix, unsetIntent } from './support';
import { checkCodeDeprecated } from './codeKeyChecks';

export const rule: Rule = {
  id: 'deprecated-key',
  meta: {
    description: 'A deprecated key or value that a later client version removes.',
    category: 'compatibility',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['java', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports keys the configured version deprecates (`auto.include.jmx.reporter` in 3.4–3.9) and deprecated values: ' +
        '`partitioner.class` set to `DefaultPartitioner` or `UniformStickyPartitioner` (3.3–3.9), `client.dns.lookup=default` (2.6–2.8). ' +
        'In TS/JS (librdkafka): properties librdkafka marks deprecated or experimental (it logs a configuration warning for them).',
      why:
        'Deprecated settings still work but are removed in a later release: the partitioner classes no longer exist in 4.0, so the same file makes ' +
        'the upgraded producer fail at start-up.',
      examples: {
        invalid:
          'bootstrap.servers=localhost:9092\npartitioner.class=org.apache.kafka.clients.producer.internals.DefaultPartitioner\n',
        valid: 'bootstrap.servers=localhost:9092\n',
      },
      fix: 'Quick fixes remove the deprecated partitioner (the built-in one replaces it) or switch to the supported value.',
      references: ['KIP-794 (partitioner), KIP-830 (auto.include.jmx.reporter), KIP-602 (client.dns.lookup)'],
      settings: { clientVersion: '3.9' },
    },
  },
  check(ctx) {
    if (ctx.scope.client !== 'java') return checkCodeDeprecated(ctx);
    for (const [key] of ctx.effective.entriesByKey) {
      const info = resolveJavaKey(key, ctx.version);
      const entry = lastEntry(ctx, key);
      if (!info || !entry) continue;
      if (info.deprecated) {
        ctx.report({
          message: `\`${key}\` is deprecated in Kafka ${ctx.version} and removed in ${info.removedIn ?? 'a later release'}.`,
          span: entry.keySpan,
          entry,
          key,
          tags: ['deprecated'],
        });
      }
      const text = valueAsText(entry.value);
      if (text === undefined) continue;
      const value = javaTrim(text);
      const life = valueLifecycle(info.record, value);
      if (!life?.deprecatedIn || !atLeast(ctx.version, life.deprecatedIn)) continue;
      if (life.removedIn && atLeast(ctx.version, life.removedIn)) continue; // invalid-value reports it
      const fixes: FindingFix[] =
        key === 'partitioner.class'
          ? [{ title: 'Remove partitioner.class (use the built-in partitioner)', intents: [unsetIntent(ctx, key)], preferred: true }]
          : key === 'client.dns.lookup'
            ? [setFix(ctx, key, 'use_all_dns_ips', { preferred: true })]
            : [];
      ctx.report({
        message: `\`${value}\` is deprecated since Kafka ${life.deprecatedIn}${life.removedIn ? ` and removed in ${life.removedIn}` : ''}: ${life.note}.`,
        span: valueSpan(entry),
        entry,
        key,
        tags: ['deprecated'],
        fixes,
      });
    }
  },
};
