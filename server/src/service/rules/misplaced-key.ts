// Rule misplaced-key: a consumer, admin, broker, topic or other-client key in a producer configuration.
import { FOREIGN_KEYS, JAVA_EQUIVALENT } from '../catalog/java/foreignKeys';
import { resolveJavaKey } from '../catalog/javaCatalog';
import type { ForeignKind } from '../catalog/types';
import type { FindingFix, Rule } from './rule';
import { checkCodeMisplaced } from './codeKeyChecks';

const KIND_NAMES: Record<ForeignKind, string> = {
  consumer: 'a consumer setting',
  admin: 'an admin-client setting',
  broker: 'a broker setting',
  topic: 'a topic setting',
  streams: 'a Kafka Streams setting',
  connect: 'a Kafka Connect worker setting',
  librdkafka: 'a librdkafka property',
  kafkajs: 'a kafkajs option',
};

const ALSO_NAMES: Record<ForeignKind, string> = {
  consumer: 'consumers',
  admin: 'admin clients',
  broker: 'brokers',
  topic: 'topics',
  streams: 'Kafka Streams',
  connect: 'Kafka Connect',
  librdkafka: 'librdkafka',
  kafkajs: 'kafkajs',
};

// The kind named first when a key has several: what a user most likely copied it from.
const PRIORITY: readonly ForeignKind[] = ['consumer', 'topic', 'broker', 'admin', 'librdkafka', 'kafkajs', 'streams', 'connect'];

export const rule: Rule = {
  id: 'misplaced-key',
  meta: {
    description: 'A key that belongs to a consumer, admin client, broker, topic or another client library.',
    category: 'correctness',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports keys that are settings of something other than the Java producer: consumer keys (`group.id`, `auto.offset.reset`), ' +
        'admin-client keys, broker and topic keys (`min.insync.replicas`, `message.max.bytes`), Streams and Connect keys, and the names ' +
        'other clients use (`queue.buffering.max.ms` in librdkafka, `idempotent` in kafkajs). ' +
        'In TS/JS: kafkajs consumer options (`groupId`, `sessionTimeout`) in a producer config, and librdkafka consumer properties in a producer.',
      why:
        'The producer ignores them. A topic or broker setting such as `min.insync.replicas` placed in a producer file suggests a guarantee ' +
        'that is not in force; a librdkafka or kafkajs name copied over leaves the Java setting at its default.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nmin.insync.replicas=2\nqueue.buffering.max.ms=20\n',
        valid: 'bootstrap.servers=localhost:9092\nlinger.ms=20\n',
      },
      fix:
        'Where another client\'s name has a Java equivalent, the quick fix renames it (`queue.buffering.max.ms` → `linger.ms`). ' +
        'Otherwise move the setting where it belongs: the topic, the broker, or the consumer configuration.',
      references: [
        'clients/src/main/java/org/apache/kafka/clients/consumer/ConsumerConfig.java',
        'clients/src/main/java/org/apache/kafka/common/config/TopicConfig.java',
        'librdkafka CONFIGURATION.md',
      ],
    },
  },
  check(ctx) {
    if (ctx.scope.client !== 'java') return checkCodeMisplaced(ctx);
    for (const entry of ctx.scope.entries) {
      const kinds = FOREIGN_KEYS[entry.key];
      if (!kinds || kinds.length === 0) continue;
      const sorted = [...kinds].sort((a, b) => PRIORITY.indexOf(a) - PRIORITY.indexOf(b));
      const also = sorted.slice(1).map((k) => ALSO_NAMES[k]);
      const what = `${KIND_NAMES[sorted[0]!]}${also.length ? ` (also used by ${joinAnd(also)})` : ''}`;
      const equivalent = JAVA_EQUIVALENT[entry.key];
      const fixes: FindingFix[] = [];
      // The equivalent may be newer than the configured client (retry.backoff.max.ms is 3.7+).
      if (equivalent && !ctx.effective.entriesByKey.has(equivalent) && resolveJavaKey(equivalent, ctx.version)) {
        fixes.push({
          title: `Rename to \`${equivalent}\``,
          intents: [{ kind: 'rename', scopeId: ctx.scope.id, entry, newKey: equivalent }],
          preferred: true,
        });
      }
      fixes.push({ title: `Remove \`${entry.key}\``, intents: [{ kind: 'remove', scopeId: ctx.scope.id, entry }] });
      ctx.report({
        message:
          `\`${entry.key}\` is ${what}, not a producer key; the producer ignores it.` +
          (equivalent ? ` The Java producer's equivalent is \`${equivalent}\`.` : ''),
        span: entry.keySpan,
        entry,
        key: entry.key,
        fixes,
      });
    }
  },
};

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
