// Rule transaction-timeout-conflict: librdkafka timeouts a transactional producer must keep within transaction.timeout.ms.
import type { Rule } from './rule';
import { failureOf } from './clientText';
import { reportConflicts, setFix } from './support';

export const rule: Rule = {
  id: 'transaction-timeout-conflict',
  meta: {
    description: 'A transactional librdkafka producer needs socket and message timeouts within transaction.timeout.ms.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'safe',
    clients: ['librdkafka', 'confluent-kafkajs'],
    docs: {
      what:
        'Reports, for a librdkafka producer with a `transactional.id` (node-rdkafka, the confluent RdKafka API, or the confluent KafkaJS API), ' +
        'an explicit `socket.timeout.ms` above `transaction.timeout.ms` + 100, or an explicit `message.timeout.ms` (alias `delivery.timeout.ms`) ' +
        'above `transaction.timeout.ms`. When they are not set, librdkafka lowers them itself (hover shows it).',
      why: 'librdkafka refuses the configuration when the producer is created, so `connect()` fails with the error text quoted in the message.',
      examples: {
        invalid:
          "import Kafka from 'node-rdkafka';\nexport const producer = new Kafka.Producer({ 'bootstrap.servers': 'b:9092', 'transactional.id': 'tx', 'transaction.timeout.ms': 10000, 'message.timeout.ms': 60000 });\n",
        valid: "import Kafka from 'node-rdkafka';\nexport const producer = new Kafka.Producer({ 'bootstrap.servers': 'b:9092', 'transactional.id': 'tx', 'transaction.timeout.ms': 60000 });\n",
      },
      language: 'typescript',
      fix: 'The quick fix lowers the timeout to the largest value librdkafka accepts.',
      references: ['librdkafka src/rdkafka_conf.c:4600 (socket.timeout.ms), 4780 (message.timeout.ms) @4c3b017c'],
    },
  },
  check(ctx) {
    reportConflicts(ctx, 'transaction-timeout', (c) => ({
      message: `${c.message} for a transactional producer; ${failureOf(c)}.`,
      fixes: c.fixValue !== undefined ? [setFix(ctx, c.key, c.fixValue, { preferred: true })] : [],
    }));
  },
};
