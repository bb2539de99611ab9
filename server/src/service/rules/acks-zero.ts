// Rule acks-zero: acks=0 — fire-and-forget; failed writes are never reported and retries cannot happen.
import { stringOf } from '../effective/types';
import type { Rule } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { acksAloneEnablesIdempotence, acksAlreadyFails, enableIdempotenceFix } from './idempotenceSupport';
import { setFix } from './support';
import { setting } from './clientText';


export const rule: Rule = {
  id: 'acks-zero',
  meta: {
    description: 'acks=0: the producer never learns whether a record was written, so failed writes are lost silently.',
    category: 'durability',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports an effective `acks=0`. The rule stays silent when the producer would not start anyway because idempotence is enabled ' +
        'explicitly (or by a `transactional.id`) — `idempotence-conflict` and `transactional-id-without-idempotence` report that as an error.',
      why:
        'With `acks=0` the client counts a record as sent once it is in the socket buffer and never reads an answer. A write the broker ' +
        'rejects, or one lost when a leader moves, is lost without any error in the application; the returned offset is always -1. ' +
        'Because no failure is ever seen, `retries` never happens, and idempotence (which needs `acks=all`) is off. ' +
        'This is at-most-once delivery: suitable for metrics you can afford to drop, not for business events.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nacks=0\n',
        valid: 'bootstrap.servers=localhost:9092\nacks=all\n',
      },
      fix:
        'The quick fix sets `acks=all`. It is not applied by "fix all": it changes delivery behaviour (every send now waits for the in-sync ' +
        'replicas, adding latency, and fails when fewer than `min.insync.replicas` are in sync), and from Kafka 3.2 it also lets the default ' +
        'idempotence take effect. When `acks=all` alone would leave idempotence off (clients before 3.2, `enable.idempotence=false`, ' +
        '`retries=0`), a second fix also enables idempotence, so the producer does not move from losing records to duplicating them. ' +
        'Use `acks=1` instead if leader-only acknowledgement is enough (see `acks-one`).',
      references: [
        'ProducerConfig ACKS_DOC: with acks=0 "the retries configuration will not take effect" (ProducerConfig.java:127-134 @4.3.1)',
        'ProducerConfig.postProcessAndValidateIdempotenceConfigs: acks other than all disables default idempotence (PC:610-617 @4.3.1)',
      ],
    },
  },
  check(ctx) {
    const acks = ctx.effective.get('acks');
    if (stringOf(acks) !== '0' || acksAlreadyFails(ctx)) return;
    ctx.report({
      message:
        `${setting(ctx.scope, acks.entry, 'acks', 0)}: the producer does not wait` +
        ' for any acknowledgement, so a record the broker never wrote is lost without an error; ' +
        'retries cannot happen and idempotence is off (at-most-once delivery).',
      span: acks.entry ? valueSpan(acks.entry) : anchorSpan(ctx.scope),
      ...(acks.entry ? { entry: acks.entry } : {}),
      key: 'acks',
      fixes: [setFix(ctx, 'acks', 'all', { preferred: true }), ...(acksAloneEnablesIdempotence(ctx) ? [] : [enableIdempotenceFix(ctx)])],
    });
  },
};
