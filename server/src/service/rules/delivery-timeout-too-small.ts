// Rule delivery-timeout-too-small: an explicit delivery.timeout.ms below linger.ms + request.timeout.ms.
import type { Rule } from './rule';
import { reportConflicts, setFix } from './support';
import { failureOf } from './clientText';

export const rule: Rule = {
  id: 'delivery-timeout-too-small',
  meta: {
    description: 'delivery.timeout.ms must be at least linger.ms + request.timeout.ms.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'safe',
    clients: ['java', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports an explicit `delivery.timeout.ms` smaller than `linger.ms` + `request.timeout.ms` (with their defaults for the configured version when unset). ' +
        'Since 4.0 `linger.ms` defaults to 5, so `delivery.timeout.ms=30000` — accepted by 3.x — fails with the default request timeout. ' +
        'In TS/JS (librdkafka): `message.timeout.ms` (alias `delivery.timeout.ms`) not greater than an explicit `linger.ms`, which makes `connect()` fail.',
      why:
        'A record must be allowed to wait for its batch and then for one request, so the client throws a `ConfigException` at start-up. ' +
        'When `delivery.timeout.ms` is not set, the client silently raises it to the sum instead (hover shows that).',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\ndelivery.timeout.ms=30000\n',
        valid: 'bootstrap.servers=localhost:9092\ndelivery.timeout.ms=120000\n',
      },
      fix: 'The quick fix raises `delivery.timeout.ms` to the smallest accepted value; consider a comfortable margin above it (see `timeout-risk`).',
      references: ['KafkaProducer.configureDeliveryTimeout (KP:581-602 @4.3.1)', 'KIP-91', 'KIP-1030 (linger.ms default 5 in 4.0)'],
    },
  },
  check(ctx) {
    reportConflicts(ctx, 'delivery-timeout', (c) => ({
      message: `${c.message}; ${failureOf(c)}.`,
      // librdkafka's check may fix either side (the message timeout, or an explicit linger.ms when the timeout is the default).
      fixes:
        c.fixValue !== undefined
          ? [setFix(ctx, c.key, c.fixValue, ctx.scope.client === 'java' ? { title: `Raise delivery.timeout.ms to ${c.fixValue}`, preferred: true } : { preferred: true })]
          : [],
    }));
  },
};
