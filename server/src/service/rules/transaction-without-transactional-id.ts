// Rule transaction-without-transactional-id: producer.transaction() on a producer configured without a transactional id.
import type { Rule } from './rule';
import { relatedEntries } from './support';

const PLACEHOLDER = 'CHANGE-ME-unique-transactional-id';

export const rule: Rule = {
  id: 'transaction-without-transactional-id',
  meta: {
    description: 'producer.transaction() on a producer without a transactional id: the call throws.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'unsafe',
    clients: ['kafkajs', 'confluent-kafkajs'],
    docs: {
      what:
        'Reports a `transaction()` call on a kafkajs or confluent KafkaJS-API producer whose configuration (resolved in full) has no ' +
        '`transactionalId` / `transactional.id`. The diagnostic sits on the `transaction()` call, with the producer configuration as related information.',
      why:
        'kafkajs throws "Must provide transactional id for transactional producer"; confluent-kafka-javascript fails to begin the transaction ' +
        'because librdkafka has no transactional producer. The code path usually only runs when the first transaction starts.',
      examples: {
        invalid:
          "import { Kafka } from 'kafkajs';\nconst producer = new Kafka({ brokers: ['b:9092'] }).producer({ idempotent: true, maxInFlightRequests: 1 });\n" +
          'export async function run() {\n  const txn = await producer.transaction();\n  await txn.commit();\n}\n',
        valid:
          "import { Kafka } from 'kafkajs';\nconst producer = new Kafka({ brokers: ['b:9092'] }).producer({ idempotent: true, maxInFlightRequests: 1, transactionalId: 'orders-tx' });\n" +
          'export async function run() {\n  const txn = await producer.transaction();\n  await txn.commit();\n}\n',
      },
      language: 'typescript',
      fix:
        'The quick fix adds a transactional id placeholder to the producer configuration. Replace it with an id that is stable across restarts ' +
        'and unique among running producer instances.',
      references: ['kafkajs src/producer/index.js:116 (transaction() without transactionalId)', 'confluent-kafka-javascript lib/kafkajs/_producer.js transaction() → librdkafka begin_transaction'],
    },
  },
  check(ctx) {
    if (ctx.scope.role !== 'transaction') return;
    if (ctx.effective.transactional !== false) return;
    const producer = (ctx.scope.linked ?? []).map((id) => ctx.scopes.get(id)?.scope).find((s) => s?.role === 'producer');
    const idem = ctx.effective.idempotence.entry;
    ctx.report({
      message:
        ctx.scope.client === 'kafkajs'
          ? '`transaction()` on a producer without `transactionalId`: kafkajs throws "Must provide transactional id for transactional producer".'
          : '`transaction()` on a producer without a transactional id: librdkafka cannot begin a transaction, so the call fails.',
      span: ctx.scope.span,
      key: 'transactional.id',
      related: [
        ...(producer ? [{ span: producer.span, message: 'the producer is configured here' }] : []),
        ...relatedEntries(idem ? [{ key: 'enable.idempotence', entry: idem }] : [], () => 'idempotence alone does not make it transactional'),
      ],
      fixes: producer
        ? [{ title: 'Add a transactional id to the producer configuration', intents: [{ kind: 'set', scopeId: producer.id, key: 'transactional.id', value: PLACEHOLDER }], preferred: true }]
        : [],
    });
  },
};
