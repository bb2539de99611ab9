// Idempotence helpers shared by the rules that reason about it: why it is off, and the fix that turns it on.
import { atLeast } from '../catalog/versions';
import { numberOf, stringOf } from '../effective/types';
import type { ConfigEntry } from '../model/configDocument';
import type { FindingFix, RuleContext } from './rule';
import type { FixIntent } from '../model/fixIntent';
import { kafkajsSendsNeedingAcks } from '../profiles/codeProfiles';
import { setIntent } from './support';
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

/** Whether a construction check already fails on `acks` (then idempotence-conflict / transactional-id-without-idempotence report it). */
export function acksAlreadyFails(ctx: RuleContext): boolean {
  return ctx.effective.conflicts.some((c) => c.key === 'acks' && (c.kind === 'idempotence' || c.kind === 'transactional-id'));
}

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
