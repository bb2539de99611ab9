// Rule linger-too-high: linger.ms above the configured threshold adds that much latency to every lightly loaded send.
import { numberOf } from '../effective/types';
import type { Rule } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { setFix } from './support';
import { setting } from './clientText';

export const rule: Rule = {
  id: 'linger-too-high',
  meta: {
    description: 'linger.ms above the latency threshold (setting kafkaProducer.lingerThresholdMs, default 1000 ms).',
    category: 'performance',
    defaultSeverity: 'information',
    fix: 'unsafe',
    clients: ['java', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports an effective `linger.ms` above the setting `kafkaProducer.lingerThresholdMs` (default 1000). A written value is reported ' +
        'on its value; the version default (0 before 4.0, 5 from 4.0) only exceeds a threshold you lowered, and is then reported on the first line.',
      why:
        'A batch that does not fill up waits `linger.ms` before it is sent, so under light load every record is delayed by up to that long. ' +
        'Above a second this is rarely intended (a value meant in seconds, or a benchmark setting kept by accident), and it also pushes the ' +
        'minimum `delivery.timeout.ms` up (it must be at least `linger.ms` + `request.timeout.ms`).',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nlinger.ms=5000\n',
        valid: 'bootstrap.servers=localhost:9092\nlinger.ms=20\n',
      },
      fix:
        'The quick fix lowers `linger.ms` to the threshold (lowering it can never break `delivery.timeout.ms`). It is offered on request ' +
        'only: a high linger can be a deliberate throughput choice — then raise the threshold setting or disable the rule.',
      references: [
        'ProducerConfig LINGER_MS_DOC (ProducerConfig.java:148-159 @4.3.1)',
        'linger.ms default 0 → 5 in 4.0.0 (KIP-1030)',
        'KafkaProducer.configureDeliveryTimeout (KP:581-602 @4.3.1)',
      ],
    },
  },
  check(ctx) {
    const threshold = ctx.options.lingerThresholdMs;
    const linger = ctx.effective.get('linger.ms');
    const ms = numberOf(linger);
    if (ms === undefined || ms <= threshold) return;
    const written = linger.source === 'explicit';
    ctx.report({
      message: `${written ? setting(ctx.scope, linger.entry, 'linger.ms', ms) : `\`linger.ms\` defaults to ${ms} in Kafka ${ctx.version} clients, which`} is above the latency threshold of ${threshold} ms: under light load every record waits up to ${ms} ms before it is sent.`,
      span: linger.entry ? valueSpan(linger.entry) : anchorSpan(ctx.scope),
      ...(linger.entry ? { entry: linger.entry } : {}),
      key: 'linger.ms',
      fixes: [setFix(ctx, 'linger.ms', threshold, { preferred: true })],
    });
  },
};
