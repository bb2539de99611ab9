// The safe profiles for code clients: only settings the client has, with the values it needs (kafkajs: one request in
// flight for idempotence, GZIP as its only built-in codec), and kafkajs' per-send acks checked on the producer's sends.
import type { EffectiveConfig } from '../effective/types';
import type { ConfigScope } from '../model/configDocument';
import type { Profile, ProfileRequirement } from './profiles';

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** Whether profiles apply to this scope: every Java file; in code, producers only (not clients, sends, transactions). */
export function profilesApplyTo(scope: ConfigScope): boolean {
  return scope.client === 'java' || scope.role === 'producer';
}

/** A profile's requirements as this client can meet them (Java: unchanged). */
export function requirementsFor(effective: EffectiveConfig, profile: Profile): readonly ProfileRequirement[] {
  if (effective.client === 'java') return profile.requirements;
  const out: ProfileRequirement[] = [];
  // librdkafka lowers a transactional producer's message.timeout.ms to transaction.timeout.ms (rdkafka_conf.c:4780):
  // a delivery timeout the profile wants needs a transaction timeout at least as long.
  const rdkafka = effective.client === 'librdkafka' || effective.client === 'confluent-kafkajs';
  const transactional = effective.transactional === true || profile.requirements.some((r) => r.key === 'transactional.id');
  for (const r of profile.requirements) {
    if (effective.supports && !effective.supports(r.key)) continue;
    if (rdkafka && transactional && r.key === 'delivery.timeout.ms' && typeof r.value === 'number' && (!effective.supports || effective.supports('transaction.timeout.ms'))) {
      const min = r.value;
      out.push({ key: 'transaction.timeout.ms', value: min, satisfied: (v) => (num(v) ?? -Infinity) >= min, why: 'librdkafka caps the delivery timeout of a transactional producer at transaction.timeout.ms' });
    }
    if (effective.client === 'kafkajs' && r.key === 'max.in.flight.requests.per.connection') {
      out.push({ key: r.key, value: 1, satisfied: (v) => (num(v) ?? Infinity) <= 1, why: 'kafkajs keeps an idempotent producer in order only with one request in flight' });
      continue;
    }
    if (effective.client === 'kafkajs' && r.key === 'compression.type') {
      out.push({ key: r.key, value: 'gzip', satisfied: r.satisfied, why: 'GZIP is the only codec kafkajs has built in' });
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * kafkajs reads acks per send: the send() calls of a producer that ask for less than all in-sync replicas (their ids).
 * A producer meets "acks=all" only when there are none; fixes write `acks: -1` into exactly these calls.
 */
export function kafkajsSendsNeedingAcks(scope: ConfigScope, scopes: ReadonlyMap<string, { readonly scope: ConfigScope; readonly effective: EffectiveConfig }>): string[] {
  if (scope.client !== 'kafkajs' || scope.role !== 'producer') return [];
  return (scope.linked ?? []).filter((id) => {
    const s = scopes.get(id);
    if (!s || (s.scope.role !== 'send' && s.scope.role !== 'transaction-send')) return false;
    const acks = s.effective.get('acks');
    return acks.source === 'explicit' && !acks.invalid && acks.value !== '-1';
  });
}

/**
 * Whether a kafkajs producer has no send() call in the file to write a per-send setting (acks, compression, timeout)
 * to: kafkajs reads them per call, so a profile has nothing to change for it there.
 */
export function kafkajsPerSendWithoutSends(scope: ConfigScope, key: string, scopes: ReadonlyMap<string, { readonly scope: ConfigScope }>): boolean {
  if (scope.client !== 'kafkajs' || scope.role !== 'producer' || !['acks', 'compression.type', 'request.timeout.ms'].includes(key)) return false;
  return !(scope.linked ?? []).some((id) => {
    const role = scopes.get(id)?.scope.role;
    return role === 'send' || role === 'transaction-send';
  });
}
