// Rule timeout-risk: timeouts that cause needless retries or failures — request timeout below the broker's replica lag,
// max.block.ms=0, and delivery timeouts that leave no room for a retry.
import { numberOf, stringOf } from '../effective/types';
import { relatedFact } from './support';
import type { FindingFix, Rule, RuleContext } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { relatedEntries, setFix, setIntent } from './support';

const INT_MAX = 2147483647;
/** Broker `replica.lag.time.max.ms` default (ReplicationConfigs.java:55 @4.3.1). */
export const BROKER_REPLICA_LAG_DEFAULT_MS = 30000;
const DEFAULT_MAX_BLOCK_MS = 60000;

/** linger.ms as the client uses it: clamped to Integer.MAX_VALUE (KafkaProducer.lingerMs). */
const clampLinger = (ms: number) => Math.min(ms, INT_MAX);

/** request.timeout.ms below the broker's replica.lag.time.max.ms (acks=all only: only then does the leader wait for followers). */
function checkRequestTimeout(ctx: RuleContext): void {
  const e = ctx.effective;
  if (stringOf(e.get('acks')) !== '-1') return;
  const requestValue = e.get('request.timeout.ms');
  const request = numberOf(requestValue);
  if (request === undefined) return;
  const fact = ctx.options.cluster.replicaLagTimeMaxMs;
  // Without the fact only a written value is compared, against the broker default, as information.
  if (!fact && requestValue.source !== 'explicit') return;
  const lag = fact?.value ?? BROKER_REPLICA_LAG_DEFAULT_MS;
  if (request >= lag) return;
  const lagText = fact ? `the broker's \`replica.lag.time.max.ms\` (${lag}, ${fact.source})` : `the broker default \`replica.lag.time.max.ms\` (${lag}; set kafkaProducer.cluster.replicaLagTimeMaxMs if your brokers differ)`;
  const fix = raiseRequestTimeoutFix(ctx, lag);
  ctx.report({
    message:
      `\`request.timeout.ms\` (${request}${requestValue.source === 'explicit' ? '' : ', the default'}) is below ${lagText}: with acks=all the leader may wait that long for a slow follower ` +
      'before answering, so the producer gives up early and retries a write that may still succeed (duplicates without idempotence, wasted retries with it).',
    span: requestValue.entry ? valueSpan(requestValue.entry) : anchorSpan(ctx.scope),
    ...(requestValue.entry ? { entry: requestValue.entry } : {}),
    key: 'request.timeout.ms',
    ...(fact ? {} : { severity: 'information' as const }),
    related: relatedFact(fact, `replica.lag.time.max.ms=${lag} comes from here`),
    fixes: fix ? [fix] : [],
  });
}

/**
 * request.timeout.ms := lag. When the delivery timeout would then leave no room for a retry (check 3) or fall below linger + request
 * (delivery-timeout-too-small), delivery.timeout.ms is raised in the same fix.
 */
function raiseRequestTimeoutFix(ctx: RuleContext, lag: number): FindingFix | undefined {
  const e = ctx.effective;
  const intents = [setIntent(ctx, 'request.timeout.ms', lag)];
  const delivery = e.get('delivery.timeout.ms');
  const linger = numberOf(e.get('linger.ms'));
  const d = numberOf(delivery);
  if (linger === undefined || d === undefined || delivery.source === 'unknown') return undefined;
  // Only a written delivery timeout is checked against 2 × request (check 3); an unset one is raised by the client to linger + request.
  if (delivery.source === 'explicit') {
    const needed = clampLinger(linger) + 2 * lag;
    if (d < needed) {
      if (needed > INT_MAX) return undefined;
      intents.push(setIntent(ctx, 'delivery.timeout.ms', needed));
      return { title: `Set request.timeout.ms=${lag} and delivery.timeout.ms=${needed}`, intents, preferred: true };
    }
  }
  return { title: `Set request.timeout.ms=${lag}`, intents, preferred: true };
}

/** max.block.ms=0: send() fails at once whenever it would wait for metadata or buffer space. */
function checkMaxBlock(ctx: RuleContext): void {
  const v = ctx.effective.get('max.block.ms');
  if (v.source !== 'explicit' || !v.entry || numberOf(v) !== 0) return;
  ctx.report({
    message:
      '`max.block.ms=0`: send() never waits, so the send fails at once with a TimeoutException whenever the topic’s metadata is not ' +
      'cached yet (the first send to every topic, and after metadata expires) and with BufferExhaustedException whenever the buffer is full.',
    span: valueSpan(v.entry),
    entry: v.entry,
    key: 'max.block.ms',
    fixes: [setFix(ctx, 'max.block.ms', DEFAULT_MAX_BLOCK_MS, { title: `Set max.block.ms=${DEFAULT_MAX_BLOCK_MS} (the default)`, preferred: true })],
  });
}

/** An explicit delivery.timeout.ms < linger.ms + 2 × request.timeout.ms: after one timed-out request there is no time for a full retry. */
function checkRetryRoom(ctx: RuleContext): void {
  const e = ctx.effective;
  if (e.conflicts.some((c) => c.kind === 'delivery-timeout')) return; // delivery-timeout-too-small reports it as an error
  const deliveryValue = e.get('delivery.timeout.ms');
  if (deliveryValue.source !== 'explicit' || !deliveryValue.entry) return;
  const retries = numberOf(e.get('retries'));
  const acks = stringOf(e.get('acks'));
  if (retries === undefined || retries === 0 || acks === undefined || acks === '0') return;
  const delivery = numberOf(deliveryValue);
  const request = numberOf(e.get('request.timeout.ms'));
  const linger = numberOf(e.get('linger.ms'));
  if (delivery === undefined || request === undefined || linger === undefined) return;
  const needed = clampLinger(linger) + 2 * request;
  if (delivery >= needed || needed > INT_MAX) return;
  const others = (['linger.ms', 'request.timeout.ms'] as const).map((k) => ({ key: k, entry: e.get(k).entry })).filter((x) => x.entry);
  ctx.report({
    message:
      `\`delivery.timeout.ms=${delivery}\` is below \`linger.ms\` + 2 × \`request.timeout.ms\` = ${clampLinger(linger)} + 2 × ${request} = ${needed}: ` +
      'once a request times out, a retry cannot get its full request timeout before the record expires, so a slow broker fails the send after a single attempt.',
    span: valueSpan(deliveryValue.entry),
    entry: deliveryValue.entry,
    key: 'delivery.timeout.ms',
    related: relatedEntries(others, (k) => `\`${k}\` is set here`),
    fixes: [setFix(ctx, 'delivery.timeout.ms', needed, { title: `Raise delivery.timeout.ms to ${needed}`, preferred: true })],
  });
}

export const rule: Rule = {
  id: 'timeout-risk',
  meta: {
    description: 'Timeouts that cause needless retries or failed sends: request timeout below replica lag, max.block.ms=0, no room for a retry.',
    category: 'delivery',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['java'],
    docs: {
      what:
        'Three checks. (1) With `acks=all`, `request.timeout.ms` below the broker’s `replica.lag.time.max.ms`: a warning when that is known ' +
        '(setting `kafkaProducer.cluster.replicaLagTimeMaxMs` or a cluster file); without it, a written `request.timeout.ms` below the broker ' +
        'default of 30000 is reported as information, since brokers rarely change it. (2) A written `max.block.ms=0`. (3) A written ' +
        '`delivery.timeout.ms` below `linger.ms` + 2 × `request.timeout.ms` (when retries are on and acks is not 0). Check 3 stays silent ' +
        'when the value is even below `linger.ms` + `request.timeout.ms`: that is the error `delivery-timeout-too-small`. An unset delivery ' +
        'timeout is not judged: the client raises it to `linger.ms` + `request.timeout.ms` when needed.',
      why:
        '(1) With acks=all the leader answers only when the in-sync followers have the batch, and a stuck follower is dropped from the ' +
        'in-sync set only after `replica.lag.time.max.ms`. A shorter request timeout makes the producer abandon requests that would still ' +
        'succeed and resend them: duplicates without idempotence, wasted retries and latency with it. Kafka’s own documentation asks for a ' +
        'request timeout above it. (2) `max.block.ms` bounds how long `send()` waits for metadata and buffer space; at 0 the first send to ' +
        'any topic fails because its metadata is not there yet, and every send fails while the buffer is full (through the returned future ' +
        'and the callback). (3) A record must be ' +
        'acknowledged within `delivery.timeout.ms` of `send()`. After waiting for its batch and one request that timed out, a retry needs ' +
        'another `request.timeout.ms`; if the delivery timeout is shorter, a slow broker fails the record after effectively one attempt.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nmax.block.ms=0\n',
        valid: 'bootstrap.servers=localhost:9092\nmax.block.ms=60000\n',
      },
      fix:
        '(1) raises `request.timeout.ms` to the replica lag (and an explicit `delivery.timeout.ms` with it, so the fix never causes ' +
        '`delivery-timeout-too-small`); (2) sets `max.block.ms` back to the default 60000 — if send() must never block, handle the ' +
        'exceptions and keep a small non-zero value instead; (3) raises `delivery.timeout.ms` to `linger.ms` + 2 × `request.timeout.ms`. ' +
        'All on request only: they change how long sends wait before failing.',
      references: [
        'ProducerConfig REQUEST_TIMEOUT_MS_DOC: "should be larger than replica.lag.time.max.ms" (ProducerConfig.java:163-165 @4.3.1)',
        'Broker replica.lag.time.max.ms default 30000 (ReplicationConfigs.java:55 @4.3.1)',
        'KafkaProducer.waitOnMetadata: TimeoutException once max.block.ms elapses (KP:1093-1150 @4.3.1); BufferPool.allocate: BufferExhaustedException after max.block.ms (BufferPool.java:134-158)',
        'KafkaProducer.doSend: ApiExceptions such as TimeoutException fail the returned future and call the callback (KP:1049-1061 @4.3.1)',
        'ProducerConfig DELIVERY_TIMEOUT_MS_DOC (ProducerConfig.java:169-176 @4.3.1); KafkaProducer.configureDeliveryTimeout (KP:581-602)',
      ],
    },
  },
  check(ctx) {
    checkRequestTimeout(ctx);
    checkMaxBlock(ctx);
    checkRetryRoom(ctx);
  },
};
