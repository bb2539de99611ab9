// Rule reordering-on-retry: idempotence off, retries on and more than one in-flight request — a retried batch can land after a later one.
import { numberOf } from '../effective/types';
import { enableIdempotenceFix, retryingWithoutIdempotence } from './idempotenceSupport';
import type { Rule } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { relatedEntries, setFix } from './support';
import { clientKey, setting } from './clientText';

const KEY = 'max.in.flight.requests.per.connection';

export const rule: Rule = {
  id: 'reordering-on-retry',
  meta: {
    description: 'Without idempotence, retries with more than one in-flight request can reorder records within a partition.',
    category: 'delivery',
    defaultSeverity: 'information',
    fix: 'unsafe',
    clients: ['java', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports `max.in.flight.requests.per.connection` above 1 (explicit, or the default 5) while retries are on and idempotence is off ' +
        '(for the same reasons `retries-without-idempotence` explains). The finding sits on the in-flight value when it is written, otherwise ' +
        'on the first line. Not reported with `retries=0` or `acks=0` (nothing is retried), nor when the producer would not start.',
      why:
        'The producer may have several requests to a broker outstanding. If the request with batch 1 fails with a transient error while the ' +
        'request with batch 2 of the same partition succeeds, batch 1 is retried and written after batch 2, so records of one partition ' +
        '(for example all events of one key) are stored out of order. Kafka documents this risk for in-flight values above 1 without ' +
        'idempotence; the idempotent producer keeps order with up to 5 in-flight requests because the broker checks sequence numbers.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nenable.idempotence=false\n',
        valid: 'bootstrap.servers=localhost:9092\nenable.idempotence=false\nmax.in.flight.requests.per.connection=1\n',
      },
      fix:
        'The preferred quick fix enables idempotence (with `acks=all` and at most 5 in-flight requests when needed), which keeps both ' +
        'order and throughput. The alternative sets `max.in.flight.requests.per.connection=1`, which keeps order at the cost of throughput. ' +
        'Both are offered on request only.',
      references: [
        'ProducerConfig MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION_DOC (ProducerConfig.java:271-276 @4.3.1)',
        'KafkaProducer: the Sender guarantees order only with max.in.flight.requests.per.connection=1 (KP:543 @4.3.1)',
      ],
    },
  },
  check(ctx) {
    const state = retryingWithoutIdempotence(ctx);
    if (!state) return;
    if (ctx.scope.client !== 'java' && ctx.scope.role !== 'producer') return;
    const inFlightValue = ctx.effective.get(KEY);
    const inFlight = numberOf(inFlightValue);
    if (inFlight === undefined || inFlight <= 1) return;
    const entry = inFlightValue.entry;
    const written = inFlightValue.source === 'explicit';
    ctx.report({
      message:
        `${written ? setting(ctx.scope, entry, KEY, inFlight) : `\`${ctx.scope.client === 'java' ? KEY : clientKey(ctx.scope, KEY)}\` defaults to ${inFlight}`} while retries are on and idempotence is off because ` +
        `${state.off.because}: when a request fails and is retried, a later batch of the same partition can be written first, so records land out of order.`,
      span: entry ? valueSpan(entry) : anchorSpan(ctx.scope),
      ...(entry ? { entry } : {}),
      key: KEY,
      related: relatedEntries(
        state.off.entry && state.off.entry !== entry ? [{ key: state.off.key, entry: state.off.entry }] : [],
        (k) => `\`${k}\` turns idempotence off here`,
      ),
      fixes: [
        enableIdempotenceFix(ctx, { preferred: true }),
        setFix(ctx, KEY, 1, { title: ctx.scope.client === 'java' ? `Set ${KEY}=1 (keep order, lower throughput)` : `Set ${clientKey(ctx.scope, KEY)}: 1 (keep order, lower throughput)`, safe: false }),
      ],
    });
  },
};
