// Rule transactional-id-without-idempotence: a transactional.id while idempotence is off (explicitly or silently).
import type { Rule } from './rule';
import { reportConflicts, setFix } from './support';
import { failureOf } from './clientText';

export const rule: Rule = {
  id: 'transactional-id-without-idempotence',
  meta: {
    description: 'A transactional producer needs idempotence, but the configuration turns it off.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'safe',
    clients: ['java', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports a `transactional.id` combined with `enable.idempotence=false`, or (3.2+) with a setting that silently turns default idempotence off ' +
        '(`acks=0`/`acks=1`, `retries=0`). The diagnostic sits on the setting that turns idempotence off. ' +
        'In TS/JS (librdkafka and the confluent KafkaJS API): a transactional id with idempotence explicitly off, which makes `connect()` fail.',
      why: 'Transactions are built on the idempotent producer, so the client refuses to start: "Cannot set a transactional.id without also enabling idempotence."',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\ntransactional.id=orders-tx\nacks=1\n',
        valid: 'bootstrap.servers=localhost:9092\ntransactional.id=orders-tx\nacks=all\n',
      },
      fix: 'The quick fix restores what idempotence needs (`enable.idempotence=true`, `acks=all`, or retries).',
      references: ['ProducerConfig.postProcessAndValidateIdempotenceConfigs (PC:632-636 @4.3.1)'],
    },
  },
  check(ctx) {
    reportConflicts(ctx, 'transactional-id', (c) => ({
      message:
        ctx.scope.client === 'java'
          ? `\`transactional.id\` is set, but ${c.key === 'enable.idempotence' ? '`enable.idempotence=false` turns idempotence off' : `\`${c.key}\` silently turns idempotence off`}; a transactional producer needs idempotence, so \`new KafkaProducer\` throws.`
          : `A transactional id is set, but \`${c.entry?.rawKey ?? c.key}\` turns idempotence off; a transactional producer needs idempotence, so ${failureOf(c)}.`,
      fixes: c.fixValue !== undefined ? [setFix(ctx, c.key, c.fixValue, { preferred: true })] : [],
    }));
  },
};
