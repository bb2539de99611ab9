// Rule hot-partition-risk: a partitioner known to skew the load. Decidable in a .properties file: RoundRobinPartitioner before
// KAFKA-17632 (fixed in 3.9.2 and 4.0.0). Constant message keys in code are for the code dialects.
import { atLeast } from '../catalog/versions';
import { stringOf } from '../effective/types';
import type { FindingFix, Rule } from './rule';
import { valueSpan } from './rule';
import { setIntent, unsetIntent } from './support';
import type { RuleContext } from './rule';

const ROUND_ROBIN = 'org.apache.kafka.clients.producer.RoundRobinPartitioner';

export const rule: Rule = {
  id: 'hot-partition-risk',
  meta: {
    description: 'A partitioner that skews records onto some partitions: RoundRobinPartitioner before Kafka 3.9.2 / 4.0.',
    category: 'performance',
    defaultSeverity: 'information',
    fix: 'unsafe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs'],
    docs: {
      what:
        'Reports `partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner` on clients before 4.0 (information; as a hint ' +
        'for 3.9, whose latest patch 3.9.2 has the fix while 3.9.0 and 3.9.1 do not). This is the only skew a configuration file alone ' +
        'decides: skew from keys (a constant or low-cardinality key, too few partitions) depends on the data, and ' +
        '`partitioner.ignore.keys=true` spreads records rather than concentrating them. Constant keys in code will be checked by the ' +
        'code dialects. The examples assume the setting `kafkaProducer.clientVersion: "3.8"` (newer clients have the fix).',
      why:
        'From Kafka 2.4 (KIP-480) the producer, when a record needs a new batch, tells the partitioner about the new batch and asks it for a ' +
        'partition a second time. `RoundRobinPartitioner` counted both calls, so each record that opens a batch skips a partition. When ' +
        'most records open a batch (light load, small batches, `linger.ms=0`), records land on every second partition: with an even ' +
        'partition count half the partitions get nothing and the other half twice their share. KAFKA-17632 fixed the partitioner ' +
        '(4.0.0, backported to 3.9.2), and 4.0 also stopped making the second call (KAFKA-18295).',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\npartitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner\n',
        valid: 'bootstrap.servers=localhost:9092\npartitioner.ignore.keys=true\n',
      },
      settings: { clientVersion: '3.8' },
      fix:
        'From 3.3 the quick fix removes `partitioner.class` and sets `partitioner.ignore.keys=true`: the built-in partitioner then ignores ' +
        'keys like round-robin does and spreads records evenly batch by batch, adapting to slow brokers. Offered on request only (records ' +
        'of a partition are grouped per batch instead of alternating record by record). Before 3.3 there is no built-in replacement without ' +
        'keys; upgrade the client or use a custom partitioner.',
      references: [
        'KAFKA-17632: Fix RoundRobinPartitioner for even partition counts (apache/kafka 8563955e39 in 4.0.0; f670e9baa3 on the 3.9 branch, first in 3.9.2)',
        'KafkaProducer.doSend calls onNewBatch and partition() again on abortForNewBatch (KP:953-956 @2.8.0, KP:1073-1075 @3.8.0)',
        'The second call came with sticky partitioning in 2.4.0 (KIP-480, KAFKA-8601, 717c55be97); KAFKA-18295 removed Partitioner#onNewBatch and the second call in 4.0.0 (0a6028d348 on the 4.0 branch)',
        'ProducerConfig PARTITIONER_IGNORE_KEYS_DOC (ProducerConfig.java:121-123 @4.3.1), partitioner.ignore.keys since 3.3 (KIP-794)',
      ],
    },
  },
  check(ctx) {
    if (ctx.scope.client !== 'java') return constantKey(ctx);
    if (atLeast(ctx.version, '4.0')) return;
    const partitioner = ctx.effective.get('partitioner.class');
    if (partitioner.source !== 'explicit' || !partitioner.entry || stringOf(partitioner) !== ROUND_ROBIN) return;
    const patchOnly = atLeast(ctx.version, '3.9');
    const fixes: FindingFix[] = atLeast(ctx.version, '3.3')
      ? [
          {
            title: 'Use the built-in partitioner with partitioner.ignore.keys=true',
            intents: [unsetIntent(ctx, 'partitioner.class'), setIntent(ctx, 'partitioner.ignore.keys', true)],
            preferred: true,
          },
        ]
      : [];
    ctx.report({
      message:
        `RoundRobinPartitioner skips a partition each time a record opens a new batch (KAFKA-17632${patchOnly ? ', fixed in 3.9.2: this applies if your client is 3.9.0 or 3.9.1' : ', fixed in 3.9.2 and 4.0.0'}): ` +
        'under light load records land on every second partition, so with an even partition count half the partitions get nothing.',
      span: valueSpan(partitioner.entry),
      entry: partitioner.entry,
      key: 'partitioner.class',
      ...(patchOnly ? { severity: 'hint' as const } : {}),
      fixes,
    });
  },
};

/**
 * Code: a send call whose records all carry the same constant key (`messages: [{ key: 'orders', … }]`). The key's hash
 * picks one partition, so everything this call sends lands there, however many partitions the topic has.
 */
function constantKey(ctx: RuleContext): void {
  const keys = ctx.scope.recordKeys;
  if (!keys || keys.length === 0) return;
  const first = keys[0]!.value;
  if (first.kind !== 'string' && first.kind !== 'number') return;
  if (!keys.every((k) => k.value.kind === first.kind && k.value.value === first.value)) return;
  ctx.report({
    message:
      `Every record of this call has the constant key \`${String(first.value)}\`: the partitioner hashes it to one partition, so everything sent ` +
      'here goes to the same partition (and the same broker), whatever the partition count. Use a key that varies with the data (an id), ' +
      'or no key to spread records.',
    span: keys[0]!.span,
    key: 'key',
    related: keys.slice(1).map((k) => ({ span: k.span, message: 'the same key' })),
  });
}
