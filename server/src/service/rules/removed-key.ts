// Rule removed-key: a key that Kafka removed before the configured client version.
import { javaKeyStatus } from '../catalog/javaCatalog';
import type { Rule } from './rule';

export const rule: Rule = {
  id: 'removed-key',
  meta: {
    description: 'A key that the configured client version no longer has.',
    category: 'compatibility',
    defaultSeverity: 'warning',
    fix: 'safe',
    clients: ['java'],
    docs: {
      what: 'Reports keys that existed in older Java clients but were removed by the configured version (e.g. `auto.include.jmx.reporter`, removed in 4.0).',
      why:
        'A removed key is silently ignored, so whatever it used to control is back to the new default behaviour. ' +
        'For `auto.include.jmx.reporter=false` that means JMX metrics come back unless `metric.reporters` says otherwise.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nauto.include.jmx.reporter=false\n',
        valid: 'bootstrap.servers=localhost:9092\nmetric.reporters=\n',
      },
      fix: 'The quick fix deletes the line, which changes nothing the producer does; check whether you need its replacement.',
      references: ['HISTORY of ProducerConfig.CONFIG dumps per release (test/reference/kafka-java-producer/version-history.json)'],
    },
  },
  check(ctx) {
    for (const entry of ctx.scope.entries) {
      const status = javaKeyStatus(entry.key, ctx.version);
      if (status.status !== 'removed') continue;
      const hint =
        entry.key === 'auto.include.jmx.reporter' ? ' To control JMX metrics, list the reporters in `metric.reporters` instead.' : '';
      ctx.report({
        message: `\`${entry.key}\` was removed in Kafka ${status.removedIn}; this client ignores it.${hint}`,
        span: entry.keySpan,
        entry,
        key: entry.key,
        tags: ['deprecated'],
        fixes: [{ title: `Remove \`${entry.key}\``, intents: [{ kind: 'remove', scopeId: ctx.scope.id, entry }], preferred: true }],
      });
    }
  },
};
