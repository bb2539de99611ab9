// Rule retries-without-idempotence: retries are on while idempotence is off (explicitly or silently) — retries can duplicate records.
import type { RelatedLocation, Rule } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { relatedEntries, setFix } from './support';
import { clientKey } from './clientText';
import { enableIdempotenceFix, retryingWithoutIdempotence } from './idempotenceSupport';

export const rule: Rule = {
  id: 'retries-without-idempotence',
  meta: {
    description: 'Retries are on while idempotence is off, so a retried batch can be written twice.',
    category: 'delivery',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports a producer that retries (`retries` above 0, which is the default since 2.1) while idempotence is off: explicitly ' +
        '(`enable.idempotence=false`), silently (from 3.2, `acks=1`, or more than 5 in-flight requests in 3.2–3.9, turn the default ' +
        'idempotence off without an error), or by the version’s defaults (2.x: off by default; 3.0 and 3.1: only on when ' +
        '`enable.idempotence=true` is written). The message says which. The finding sits on the setting that turns idempotence off, or on the ' +
        'first line when no written setting does. Not reported with `retries=0` (no retries), with `acks=0` (`acks-zero` covers it), or ' +
        'when the producer would not start because of an idempotence conflict (an error rule reports that).',
      why:
        'When a produce request times out or the connection drops after the broker has written the batch, the producer cannot tell and ' +
        'sends it again. Without idempotence the broker has no producer id and sequence numbers to recognise the copy, so the records are ' +
        'written twice: at-least-once delivery with duplicates downstream.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nenable.idempotence=false\n',
        valid: 'bootstrap.servers=localhost:9092\nenable.idempotence=true\nacks=all\n',
      },
      fix:
        'The preferred quick fix enables idempotence: it writes `enable.idempotence=true` together with what the idempotent producer ' +
        'requires (`acks=all`, at most 5 in-flight requests), so it never produces an `idempotence-conflict`. The other fix sets `retries=0` ' +
        '(at-most-once: transient errors reach the application instead). Neither is applied by "fix all": both change delivery ' +
        'behaviour (`acks=all` waits for the in-sync replicas; `retries=0` surfaces every transient error), so pick one deliberately.',
      references: [
        'ProducerConfig.postProcessAndValidateIdempotenceConfigs (PC:591-651 @4.3.1): implicit idempotence is disabled by acks≠all / retries=0',
        'ProducerConfig.idempotenceEnabled() in 3.0.0/3.1.0 requires the key to be written (fixed in 3.2.0 by KAFKA-13598, KAFKA-13673)',
        'enable.idempotence default false until 2.8, true from 3.0 (KIP-679)',
        'ProducerConfig RETRIES_DOC (ProducerConfig.java:280-288 @4.3.1)',
      ],
    },
  },
  check(ctx) {
    const state = retryingWithoutIdempotence(ctx);
    if (!state) return;
    // Code clients: once per producer; kafkajs calls idempotence experimental, so only a written `idempotent: false` counts there.
    if (ctx.scope.client !== 'java' && ctx.scope.role !== 'producer') return;
    if (ctx.scope.client === 'kafkajs' && !ctx.effective.idempotence.explicit) return;
    const { off, retries } = state;
    const retriesValue = ctx.effective.get('retries');
    const retriesText =
      retriesValue.source === 'explicit'
        ? ctx.scope.client === 'java' ? `\`retries=${retries}\`` : `\`${retriesValue.entry?.rawKey ?? 'retries'}: ${retries}\``
        : `\`${clientKey(ctx.scope, 'retries')}\` defaults to ${retries}`;
    const related: RelatedLocation[] = relatedEntries(
      retriesValue.entry && retriesValue.entry !== off.entry ? [{ key: 'retries', entry: retriesValue.entry }] : [],
      () => 'retries are set here',
    );
    ctx.report({
      message: `Retries are on (${retriesText}) but idempotence is off because ${off.because}.${off.detail ? ` ${off.detail}` : ''} A retried batch that the broker had already written is written again (duplicates).`,
      span: off.entry ? valueSpan(off.entry) : anchorSpan(ctx.scope),
      ...(off.entry ? { entry: off.entry } : {}),
      key: off.key,
      related,
      // librdkafka's default (idempotence off) is a recommendation, not a mistake someone wrote.
      ...(ctx.scope.client !== 'java' && !ctx.effective.idempotence.explicit ? { severity: 'information' as const } : {}),
      fixes: [enableIdempotenceFix(ctx, { preferred: true }), setFix(ctx, 'retries', 0, { title: ctx.scope.client === 'java' ? 'Set retries=0 (give up retries: at-most-once)' : 'Turn retries off (give up retries: at-most-once)', safe: false })],
    });
  },
};
