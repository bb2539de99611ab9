// Rule retries-without-idempotence: retries are on while idempotence is off (explicitly or silently) — retries can duplicate records.
import { atLeast } from '../catalog/versions';
import { numberOf, stringOf } from '../effective/types';
import type { ConfigEntry } from '../model/configDocument';
import type { FindingFix, RelatedLocation, Rule, RuleContext } from './rule';
import type { FixIntent } from '../model/fixIntent';
import { kafkajsSendsNeedingAcks } from '../profiles/codeProfiles';
import { anchorSpan, valueSpan } from './rule';
import { relatedEntries, setFix, setIntent } from './support';
import { CLIENT_NAME, clientKey } from './clientText';

const MAX_IN_FLIGHT_FOR_IDEMPOTENCE = 5;
const INT_MAX = 2147483647;

/**
 * Whether setting `acks=all` alone turns idempotence on: 3.2+, idempotence not written, and nothing but `acks` turned it off.
 */
export function acksAloneEnablesIdempotence(ctx: RuleContext): boolean {
  const idem = ctx.effective.idempotence;
  return atLeast(ctx.version, '3.2') && !idem.explicit && idem.disabledBy.every((d) => d.key === 'acks');
}

/** Why idempotence is off in this scope, and the entry responsible (if one is written). */
export interface IdempotenceOff {
  /** Completes "idempotence is off because …" (no trailing punctuation, no parentheses). */
  readonly because: string;
  /** A further explanation, as a sentence of its own. */
  readonly detail?: string;
  /** The entry that turns it off, where the finding belongs; absent when nothing written does (old defaults). */
  readonly entry?: ConfigEntry;
  readonly key: string;
}

export function idempotenceOff(ctx: RuleContext): IdempotenceOff | undefined {
  const idem = ctx.effective.idempotence;
  if (idem.enabled !== false) return undefined;
  if (idem.explicit) {
    const written = ctx.scope.client === 'java' ? '`enable.idempotence=false`' : `\`${idem.entry?.rawKey ?? 'enable.idempotence'}: false\``;
    return { because: `${written} turns it off`, key: 'enable.idempotence', ...(idem.entry ? { entry: idem.entry } : {}) };
  }
  // Code clients have one default each, not a Java version's.
  if (ctx.scope.client !== 'java') {
    return { because: `${CLIENT_NAME[ctx.scope.client]} leaves it off unless \`${clientKey(ctx.scope, 'enable.idempotence')}\` is turned on`, key: 'enable.idempotence' };
  }
  const first = idem.disabledBy[0];
  if (first) {
    const reasons = idem.disabledBy.map((d) => d.reason).join(' and ');
    return {
      because: `${reasons} silently ${idem.disabledBy.length > 1 ? 'turn' : 'turns'} it off`,
      detail: 'Idempotence is only the default here, so the client drops it instead of failing.',
      key: first.key,
      ...(first.entry ? { entry: first.entry } : {}),
    };
  }
  if (!atLeast(ctx.version, '3.0')) {
    return { because: `\`enable.idempotence\` defaults to false in Kafka ${ctx.version} clients`, key: 'enable.idempotence' };
  }
  if (!atLeast(ctx.version, '3.2')) {
    return {
      because: `Kafka ${ctx.version} clients only enable it when \`enable.idempotence=true\` is written`,
      detail: 'The default `true` only takes effect from Kafka 3.2.',
      key: 'enable.idempotence',
    };
  }
  return { because: 'the client turns it off here', key: 'enable.idempotence' };
}

/**
 * The inputs every idempotence-off rule needs, or `undefined` when the rule must stay silent: idempotence known to be
 * off, retries known and above 0, acks known and not 0 (acks-zero covers that), and no construction failure about
 * idempotence (the producer would not start; the error rules report it).
 */
export function retryingWithoutIdempotence(ctx: RuleContext): { off: IdempotenceOff; retries: number; acks: string } | undefined {
  const e = ctx.effective;
  if (e.conflicts.some((c) => c.kind === 'idempotence' || c.kind === 'transactional-id')) return undefined;
  const off = idempotenceOff(ctx);
  if (!off) return undefined;
  const retries = numberOf(e.get('retries'));
  const acks = stringOf(e.get('acks'));
  if (retries === undefined || retries <= 0 || acks === undefined || acks === '0') return undefined;
  return { off, retries, acks };
}

/**
 * "Enable idempotence": `enable.idempotence=true` plus what the idempotent producer requires (acks=all, retries above 0, at most
 * 5 in-flight requests), so the fix never creates an idempotence-conflict.
 */
export function enableIdempotenceFix(ctx: RuleContext, extra: Partial<FindingFix> = {}): FindingFix {
  if (ctx.scope.client !== 'java') return enableCodeIdempotenceFix(ctx, extra);
  const e = ctx.effective;
  const intents = [setIntent(ctx, 'enable.idempotence', true)];
  const parts = ['enable.idempotence=true'];
  if (stringOf(e.get('acks')) !== '-1') {
    intents.push(setIntent(ctx, 'acks', 'all'));
    parts.push('acks=all');
  }
  if (numberOf(e.get('retries')) === 0) {
    intents.push(setIntent(ctx, 'retries', INT_MAX));
    parts.push(`retries=${INT_MAX}`);
  }
  const inFlight = numberOf(e.get('max.in.flight.requests.per.connection'));
  if (inFlight !== undefined && inFlight > MAX_IN_FLIGHT_FOR_IDEMPOTENCE) {
    intents.push(setIntent(ctx, 'max.in.flight.requests.per.connection', MAX_IN_FLIGHT_FOR_IDEMPOTENCE));
    parts.push(`max.in.flight.requests.per.connection=${MAX_IN_FLIGHT_FOR_IDEMPOTENCE}`);
  }
  return { title: `Enable idempotence (${parts.join(', ')})`, intents, safe: false, ...extra };
}

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

/**
 * "Enable idempotence" for code clients: the producer gets idempotence (a kafkajs send's producer, not the send), sends get
 * acks -1, and the in-flight limit is what the client needs (kafkajs 1, librdkafka at most 5).
 */
function enableCodeIdempotenceFix(ctx: RuleContext, extra: Partial<FindingFix>): FindingFix {
  const e = ctx.effective;
  const producerId =
    ctx.scope.role === 'producer' ? ctx.scope.id : (ctx.scope.linked ?? []).find((id) => ctx.scopes.get(id)?.scope.role === 'producer');
  const producer = producerId ? ctx.scopes.get(producerId) : undefined;
  if (!producer) return { title: 'Enable idempotence', intents: [], safe: false, ...extra };
  const on = (key: string, value: string | number | boolean) => ({ kind: 'set' as const, scopeId: producer.scope.id, key, value });
  const intents: FixIntent[] = [on('enable.idempotence', true)];
  const parts = [`${clientKey(producer.scope, 'enable.idempotence')}: true`];
  // kafkajs reads acks per send(): the calls that ask for less get `acks: -1`, not the producer.
  const sends = ctx.scope.client === 'kafkajs' && ctx.scope.role === 'producer' ? kafkajsSendsNeedingAcks(ctx.scope, ctx.scopes) : [];
  if (sends.length > 0) {
    for (const id of sends) intents.push({ kind: 'set', scopeId: id, key: 'acks', value: 'all' });
    parts.push('acks: -1');
  } else if (stringOf(e.get('acks')) !== '-1') {
    intents.push(ctx.scope.role === 'producer' ? on('acks', 'all') : setIntent(ctx, 'acks', 'all'));
    parts.push('acks: -1');
  }
  if (numberOf(producer.effective.get('retries')) === 0) {
    intents.push(on('retries', ctx.scope.client === 'kafkajs' ? 9007199254740991 : INT_MAX));
    parts.push('retries');
  }
  const cap = ctx.scope.client === 'kafkajs' ? 1 : MAX_IN_FLIGHT_FOR_IDEMPOTENCE;
  const inFlight = producer.effective.get('max.in.flight.requests.per.connection');
  if (inFlight.source !== 'unknown' && ((numberOf(inFlight) ?? Infinity) > cap) && (ctx.scope.client === 'kafkajs' || inFlight.source === 'explicit')) {
    intents.push(on('max.in.flight.requests.per.connection', cap));
    parts.push(`${clientKey(producer.scope, 'max.in.flight.requests.per.connection')}: ${cap}`);
  }
  return { title: `Enable idempotence (${parts.join(', ')})`, intents, safe: false, ...extra };
}
