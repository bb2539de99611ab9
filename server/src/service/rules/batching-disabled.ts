// Rule batching-disabled: linger.ms=0 and/or a tiny batch.size — many small requests, high CPU and network overhead.
import { atLeast } from '../catalog/versions';
import { numberOf } from '../effective/types';
import { bufferFloor } from './support';
import type { FindingFix, Rule, RuleContext } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { setFix } from './support';
import { setting } from './clientText';

/** Below this `batch.size` (bytes) a batch holds at most a few typical records; the batch header alone is 61 bytes. */
export const TINY_BATCH_SIZE = 1024;
const SUGGESTED_LINGER_MS = 5;
const DEFAULT_BATCH_SIZE = 16384;

/** linger.ms=5 (or less when the latency threshold or an explicit delivery.timeout.ms leaves less room); none when nothing fits. */
function lingerFix(ctx: RuleContext): FindingFix | undefined {
  const e = ctx.effective;
  let target = Math.min(SUGGESTED_LINGER_MS, ctx.options.lingerThresholdMs);
  const delivery = e.get('delivery.timeout.ms');
  const request = numberOf(e.get('request.timeout.ms'));
  if (delivery.source === 'explicit') {
    const d = numberOf(delivery);
    if (d === undefined || request === undefined) return undefined;
    // KafkaProducer.configureDeliveryTimeout: an explicit delivery.timeout.ms must stay ≥ linger.ms + request.timeout.ms.
    target = Math.min(target, d - request);
  } else if (delivery.source === 'unknown') return undefined;
  return target >= 1 ? setFix(ctx, 'linger.ms', target, { preferred: true }) : undefined;
}

/** batch.size=16384 unless the buffer could not then hold enough batches (buffer-memory-too-small). */
function batchFix(ctx: RuleContext): FindingFix | undefined {
  const e = ctx.effective;
  const buffer = numberOf(e.get('buffer.memory'));
  const inFlight = numberOf(e.get('max.in.flight.requests.per.connection'));
  if (buffer === undefined || inFlight === undefined) return undefined;
  if (buffer < bufferFloor(DEFAULT_BATCH_SIZE, inFlight)) return undefined;
  return setFix(ctx, 'batch.size', DEFAULT_BATCH_SIZE, { preferred: true });
}

export const rule: Rule = {
  id: 'batching-disabled',
  meta: {
    description: 'linger.ms=0 or a tiny batch.size: records go out in many small requests.',
    category: 'performance',
    defaultSeverity: 'information',
    fix: 'unsafe',
    clients: ['java', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports a written `linger.ms=0` (information), and a written `batch.size` below 1024 bytes (information; `batch.size=0` turns ' +
        'batching off entirely). Before Kafka 4.0 `linger.ms` also defaults to 0: an unset `linger.ms` there is reported as a hint on the first ' +
        'line, so that it shows in the editor without filling the problems list — a default is not a choice the file made, and under load ' +
        'the producer still batches whatever accumulates while earlier requests are in flight.',
      why:
        'With `linger.ms=0` a batch is sent as soon as the sender is free, usually with one or a few records, so throughput costs one request ' +
        'per handful of records: more CPU on client and brokers, more network packets, and worse compression. Kafka 4.0 changed the default ' +
        'to 5 ms because the larger batches usually give similar or lower latency. A `batch.size` below 1 KiB caps every batch at a few ' +
        'records (each batch also carries a 61-byte header); with `batch.size=0` the client uses 1 byte, i.e. one record per batch.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nlinger.ms=0\n',
        valid: 'bootstrap.servers=localhost:9092\nlinger.ms=5\n',
      },
      fix:
        'Quick fixes set `linger.ms=5` (less if the `linger-too-high` threshold or an explicit `delivery.timeout.ms` leaves less room, so the ' +
        'fix never causes `delivery-timeout-too-small`) and `batch.size=16384` (the default; not offered when `buffer.memory` could then ' +
        'not hold enough batches). Offered on request only: `linger.ms=0` can be a deliberate latency choice.',
      references: [
        'ProducerConfig BATCH_SIZE_DOC: "a batch size of zero will disable batching entirely" (ProducerConfig.java:83-100 @4.3.1)',
        'KafkaProducer: batch.size used as Math.max(1, batch.size) (KP:437 @4.3.1)',
        'DefaultRecordBatch.RECORD_BATCH_OVERHEAD = 61 bytes (DefaultRecordBatch.java:105-131 @4.3.1)',
        'linger.ms default 0 → 5 in 4.0.0 (KIP-1030, ProducerConfig LINGER_MS_DOC)',
      ],
    },
  },
  check(ctx) {
    const e = ctx.effective;
    const linger = e.get('linger.ms');
    const lingerMs = numberOf(linger);
    if (lingerMs === 0 && (linger.source === 'explicit' || (linger.source === 'default' && !atLeast(ctx.version, '4.0')))) {
      const written = linger.source === 'explicit';
      const fix = lingerFix(ctx);
      ctx.report({
        message: written
          ? `${setting(ctx.scope, linger.entry, 'linger.ms', 0)}` + ': each batch is sent as soon as possible, usually with only a few records, so throughput costs many small requests (more CPU, network and broker load, weaker compression).'
          : `\`linger.ms\` defaults to 0 in Kafka ${ctx.version} clients: batches are sent as soon as possible and stay small unless records arrive faster than requests complete (Kafka 4.0 changed the default to 5 ms).`,
        span: linger.entry ? valueSpan(linger.entry) : anchorSpan(ctx.scope),
        ...(linger.entry ? { entry: linger.entry } : {}),
        key: 'linger.ms',
        ...(written ? {} : { severity: 'hint' as const }),
        fixes: fix ? [fix] : [],
      });
    }

    const batch = e.get('batch.size');
    const batchSize = numberOf(batch);
    if (batch.source === 'explicit' && batch.entry && batchSize !== undefined && batchSize < TINY_BATCH_SIZE) {
      const fix = batchFix(ctx);
      ctx.report({
        message:
          batchSize === 0
            ? '`batch.size=0` disables batching: the client uses a 1-byte batch size, so every record is sent in a batch of its own.'
            : `\`batch.size=${batchSize}\` is tiny: a batch is closed once it reaches ${batchSize} bytes, so each request carries only a few records.`,
        span: valueSpan(batch.entry),
        entry: batch.entry,
        key: 'batch.size',
        fixes: fix ? [fix] : [],
      });
    }
  },
};
