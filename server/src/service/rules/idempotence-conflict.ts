// Rule idempotence-conflict: idempotence is on and acks, retries or max in-flight requests contradict it.
import { atLeast } from '../catalog/versions';
import type { Rule, RuleContext } from './rule';
import { reportConflicts, setFix } from './support';
import { clientKey, failureOf } from './clientText';

export const rule: Rule = {
  id: 'idempotence-conflict',
  meta: {
    description: 'The idempotent producer requires acks=all, retries > 0 and at most 5 in-flight requests.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'safe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports `acks`, `retries` or `max.in.flight.requests.per.connection` values that the idempotent producer refuses, when idempotence is ' +
        'explicitly enabled (or implied by a `transactional.id` before 3.2). From Kafka 4.0 more than 5 in-flight requests is refused even when ' +
        'idempotence is only the default. ' +
        'In TS/JS: kafkajs sends with `acks` other than -1 on an idempotent producer or in a transaction (each such send throws), kafkajs retries below 1 (`kafka.producer()` throws), and librdkafka\'s idempotence checks at connect (`acks`, `max.in.flight` ≤ 5, `retries`, backpressure threshold, `queuing.strategy`, `enable.gapless.guarantee`).',
      why:
        'Idempotence relies on the broker de-duplicating retried batches by sequence number. That only works with acknowledgement from all ' +
        'in-sync replicas, with retries, and with at most 5 unacknowledged requests per connection, so the client throws a `ConfigException` at start-up.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nenable.idempotence=true\nacks=1\n',
        valid: 'bootstrap.servers=localhost:9092\nenable.idempotence=true\nacks=all\n',
      },
      fix:
        'The quick fix sets the conflicting value to what idempotence needs (`acks=all`, `retries=2147483647`, `max.in.flight.requests.per.connection=5`). ' +
        'If you really want the weaker setting, set `enable.idempotence=false` instead — then read `retries-without-idempotence`.',
      references: [
        'ProducerConfig.postProcessAndValidateIdempotenceConfigs (3.2+)',
        'KafkaProducer constructor checks (2.x–3.1)',
        'KAFKA-17927 (4.0: max.in.flight > 5 with default idempotence throws)',
      ],
    },
  },
  check(ctx) {
    reportConflicts(ctx, 'idempotence', (c) => ({
      message:
        ctx.scope.client === 'java'
          ? `${capitalize(c.message)}; \`new KafkaProducer\` throws here (${whyJava(ctx)}).`
          : `${capitalize(c.message)}; ${failureOf(c)}.`,
      fixes: [
        ...(c.fixValue !== undefined ? [setFix(ctx, c.key, c.fixValue, { preferred: true })] : []),
        // Giving up idempotence resolves conflicts with an idempotent producer, not librdkafka's need for it (gapless).
        ...(ctx.effective.idempotence.enabled === false
          ? []
          : [
              setFix(ctx, 'enable.idempotence', false, {
                title: ctx.scope.client === 'java' ? 'Set enable.idempotence=false (give up idempotence)' : `Set ${clientKey(ctx.scope, 'enable.idempotence')}: false (give up idempotence)`,
                safe: false,
              }),
            ]),
      ],
    }));
  },
};

/** Why a Java producer is idempotent: written, added by Spring's producer factory, or the version's default. */
function whyJava(ctx: RuleContext): string {
  const synthetic = (ctx.scope.printHints?.synthetic as readonly string[] | undefined) ?? [];
  if (synthetic.includes('enable.idempotence')) return "Spring's producer factory turns idempotence on for a transactional producer";
  return ctx.effective.idempotence.explicit ? '`enable.idempotence=true` is set' : idempotenceWhy(ctx.version);
}

function idempotenceWhy(version: string): string {
  return atLeast(version, '3.2') ? `idempotence is on by default in Kafka ${version}` : 'a `transactional.id` turns idempotence on';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
