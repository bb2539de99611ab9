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
  for (const r of profile.requirements) {
    if (effective.supports && !effective.supports(r.key)) continue;
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
