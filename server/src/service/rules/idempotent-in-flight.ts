// Rule idempotent-in-flight: a kafkajs idempotent or transactional producer without maxInFlightRequests: 1.
import { numberOf } from '../effective/types';
import type { Rule } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { relatedEntries, setFix } from './support';

export const rule: Rule = {
  id: 'idempotent-in-flight',
  meta: {
    description: 'A kafkajs idempotent or transactional producer should allow only one in-flight request.',
    category: 'delivery',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['kafkajs'],
    docs: {
      what:
        'Reports a kafkajs producer with `idempotent: true` or a `transactionalId` whose `maxInFlightRequests` is unset (unlimited) or above 1. ' +
        'The Java client\u2019s "at most 5" does not carry over.',
      why:
        'The Java client and librdkafka keep an idempotent producer\u2019s batches in order across retries with up to 5 requests in flight by ' +
        'reassigning sequence numbers. kafkajs does not: with more than one request in flight a retried batch can arrive after a later one, the ' +
        'broker answers OutOfOrderSequenceNumber, and the producer fails. kafkajs\u2019 own transaction guide sets `maxInFlightRequests: 1`.',
      examples: {
        invalid: "import { Kafka } from 'kafkajs';\nexport const producer = new Kafka({ brokers: ['b:9092'] }).producer({ idempotent: true, maxInFlightRequests: 5 });\n",
        valid: "import { Kafka } from 'kafkajs';\nexport const producer = new Kafka({ brokers: ['b:9092'] }).producer({ idempotent: true, maxInFlightRequests: 1 });\n",
      },
      language: 'typescript',
      fix: 'The quick fix sets `maxInFlightRequests: 1` (on request only: it lowers throughput per broker connection).',
      references: [
        'kafkajs docs/Transactions.md (idempotent: true, maxInFlightRequests: 1)',
        'tulios/kafkajs PR #980 "Update maxInFlightRequests to 5" (closed: sequence reassignment not implemented); issue #598',
        'kafkajs src/index.js:72 (maxInFlightRequests default null = unlimited)',
      ],
    },
  },
  check(ctx) {
    if (ctx.scope.role !== 'producer') return;
    const e = ctx.effective;
    const idem = e.idempotence.enabled === true;
    if (!idem && e.transactional !== true) return;
    const v = e.get('max.in.flight.requests.per.connection');
    if (v.source === 'unknown' || v.invalid) return;
    const n = numberOf(v);
    if (n !== undefined && n <= 1) return;
    const why = idem ? '`idempotent: true`' : 'a `transactionalId`';
    ctx.report({
      message:
        `${n === undefined ? '`maxInFlightRequests` is unset (unlimited)' : `\`maxInFlightRequests: ${n}\``} with ${why}: kafkajs cannot keep an idempotent producer\u2019s ` +
        'batches in order across retries with more than one request in flight (the broker then rejects them as out of sequence). Use `maxInFlightRequests: 1`.',
      span: v.entry ? valueSpan(v.entry) : e.idempotence.entry ? e.idempotence.entry.keySpan : anchorSpan(ctx.scope),
      ...(v.entry ? { entry: v.entry } : {}),
      key: 'max.in.flight.requests.per.connection',
      related: relatedEntries(e.idempotence.entry && v.entry ? [{ key: 'enable.idempotence', entry: e.idempotence.entry }] : [], () => 'idempotence is turned on here'),
      fixes: [setFix(ctx, 'max.in.flight.requests.per.connection', 1, { title: 'Set maxInFlightRequests: 1', preferred: true })],
    });
  },
};
