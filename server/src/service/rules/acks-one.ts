// Rule acks-one: acks=1 — an acknowledged record is lost if the leader fails before a follower copies it.
import { stringOf } from '../effective/types';
import { acksAlreadyFails } from './idempotenceSupport';
import { acksAloneEnablesIdempotence, enableIdempotenceFix } from './idempotenceSupport';
import type { Rule } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { setFix } from './support';
import { setting } from './clientText';

export const rule: Rule = {
  id: 'acks-one',
  meta: {
    description: 'acks=1: records acknowledged by the leader alone are lost if it fails before followers copy them.',
    category: 'durability',
    defaultSeverity: 'information',
    fix: 'unsafe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports an effective `acks=1`: written explicitly, or the default of Kafka 2.x clients (then on the first line of the file). ' +
        'It stays silent when a construction check already fails on `acks` (explicit idempotence or a `transactional.id`).',
      why:
        'With `acks=1` the leader answers as soon as the record is in its own log, before any follower has it. If the leader then fails, ' +
        'a follower without the record becomes leader and the acknowledged record is gone. From Kafka 3.2, `acks=1` also silently turns the ' +
        'default idempotence off (see `retries-without-idempotence`). It is a legitimate latency trade-off, hence information.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nacks=1\n',
        valid: 'bootstrap.servers=localhost:9092\nacks=all\n',
      },
      fix:
        'The quick fix sets `acks=all` (on request only: every send then waits for all in-sync replicas, and from 3.2 the default idempotence ' +
        'takes effect). When `acks=all` alone would leave idempotence off (clients before 3.2, `enable.idempotence=false`), a second fix ' +
        'also enables idempotence. Pair it with `min.insync.replicas` of at least 2 on the topic (see `min-insync-replicas-too-low`).',
      references: [
        'ProducerConfig ACKS_DOC (ProducerConfig.java:135-137 @4.3.1)',
        'acks default 1 until 2.8, all from 3.0 (KIP-679)',
        'ProducerConfig.postProcessAndValidateIdempotenceConfigs (PC:610-617 @4.3.1)',
      ],
    },
  },
  check(ctx) {
    const acks = ctx.effective.get('acks');
    if (stringOf(acks) !== '1' || acksAlreadyFails(ctx)) return;
    const written = acks.source === 'explicit';
    ctx.report({
      message: `${written ? setting(ctx.scope, acks.entry, 'acks', 1) : `\`acks\` defaults to 1 in Kafka ${ctx.version} clients`}: the leader acknowledges a record before any follower has copied it, so an acknowledged record is lost if the leader fails first.`,
      span: acks.entry ? valueSpan(acks.entry) : anchorSpan(ctx.scope),
      ...(acks.entry ? { entry: acks.entry } : {}),
      key: 'acks',
      fixes: [setFix(ctx, 'acks', 'all', { preferred: true }), ...(acksAloneEnablesIdempotence(ctx) ? [] : [enableIdempotenceFix(ctx)])],
    });
  },
};
