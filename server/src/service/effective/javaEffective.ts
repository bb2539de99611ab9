// The Java producer's effective configuration, computed the way ProducerConfig and KafkaProducer compute it.
import { resolveJavaKey } from '../catalog/javaCatalog';
import { atLeast } from '../catalog/versions';
import type { ConfigEntry, ConfigScope } from '../model/configDocument';
import { valueAsText } from '../model/value';
import { checkJavaValue, javaTrim, parseJavaValue } from './javaValues';
import type { ConstructionConflict, EffectiveConfig, EffectiveValue, IdempotenceState } from './types';
import { numberOf, stringOf } from './types';

const INT_MAX = 2147483647;
const MAX_IN_FLIGHT_FOR_IDEMPOTENCE = 5;
const SASL_PROTOCOLS = new Set(['SASL_PLAINTEXT', 'SASL_SSL']);

/** Entries of a scope per key, in document order. */
export function groupEntries(scope: ConfigScope): Map<string, ConfigEntry[]> {
  const map = new Map<string, ConfigEntry[]>();
  for (const e of scope.entries) {
    const list = map.get(e.key);
    if (list) list.push(e);
    else map.set(e.key, [e]);
  }
  return map;
}

/** The value of one key before cross-key adjustments: explicit (last occurrence wins) or the default. */
function baseValue(key: string, entries: readonly ConfigEntry[] | undefined, scope: ConfigScope, version: string): EffectiveValue {
  const info = resolveJavaKey(key, version);
  const entry = entries?.[entries.length - 1];
  if (entry) {
    const text = valueAsText(entry.value);
    if (text === undefined || entry.maybeOverridden) return { key, value: undefined, source: 'unknown', entry };
    if (!info) return { key, value: javaTrim(text), source: 'explicit', entry };
    const check = checkJavaValue(info, text);
    if (!check.ok) return { key, value: undefined, source: 'explicit', entry, invalid: true };
    return { key, value: key === 'acks' ? normalizeAcks(check.value) : check.value, source: 'explicit', entry };
  }
  if (scope.open) return { key, value: undefined, source: 'unknown' };
  if (!info || info.default === null) return { key, value: info ? null : undefined, source: 'default' };
  const parsed = parseJavaValue(info.type, info.default);
  return { key, value: parsed.ok ? (key === 'acks' ? normalizeAcks(parsed.value) : parsed.value) : undefined, source: 'default' };
}

/** `ProducerConfig.parseAcks`: `all` is stored as `-1`. */
function normalizeAcks(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = javaTrim(v);
  return t.toLowerCase() === 'all' ? '-1' : t;
}

export function computeJavaEffective(scope: ConfigScope, version: string): EffectiveConfig {
  const entriesByKey = groupEntries(scope);
  const values = new Map<string, EffectiveValue>();
  const get = (key: string): EffectiveValue => {
    let v = values.get(key);
    if (!v) {
      v = baseValue(key, entriesByKey.get(key), scope, version);
      values.set(key, v);
    }
    return v;
  };
  const has = (key: string) => entriesByKey.has(key);
  const override = (key: string, value: EffectiveValue['value'], note: string) => {
    values.set(key, { ...get(key), value, source: 'override', note });
  };

  const conflicts: ConstructionConflict[] = [];
  const transactional = has('transactional.id') ? true : scope.open ? undefined : false;
  const idempotence = atLeast(version, '3.2')
    ? idempotenceSince32(get, has, version, conflicts, transactional, override)
    : idempotenceBefore32(get, has, conflicts, transactional, override);

  checkDeliveryTimeout(get, has, conflicts, override);
  checkSaslMechanism(get, has, conflicts, version);
  if (atLeast(version, '4.1')) checkTwoPhaseCommit(get, has, conflicts);

  return { client: 'java', version, scope, get, entriesByKey, idempotence, transactional, conflicts };
}

type Get = (key: string) => EffectiveValue;
type Has = (key: string) => boolean;
type Override = (key: string, value: EffectiveValue['value'], note: string) => void;

const acksOf = (get: Get) => stringOf(get('acks'));

/** 3.2+: default idempotence is effective; conflicts throw when it is explicit and silently disable it otherwise. */
function idempotenceSince32(
  get: Get,
  has: Has,
  version: string,
  conflicts: ConstructionConflict[],
  transactional: boolean | undefined,
  override: Override,
): IdempotenceState {
  const idem = get('enable.idempotence');
  const explicit = has('enable.idempotence');
  const configured = typeof idem.value === 'boolean' ? idem.value : undefined;
  const related = explicit ? [{ key: 'enable.idempotence', ...(idem.entry ? { entry: idem.entry } : {}) }] : [];
  const disabledBy: Array<{ key: string; entry?: ConfigEntry; reason: string }> = [];
  let unknownInput = configured === undefined;

  if (configured === true) {
    const certain = true;
    const retries = numberOf(get('retries'));
    if (retries === undefined) unknownInput = true;
    else if (retries === 0) {
      if (explicit && certain) {
        conflicts.push(conflict('idempotence', 'retries', get, 'the idempotent producer needs retries above 0', related, INT_MAX));
      } else disabledBy.push(cause(get, 'retries', '`retries=0`'));
    }
    const acks = acksOf(get);
    if (acks === undefined) unknownInput = true;
    else if (acks !== '-1') {
      if (explicit && certain) {
        conflicts.push(conflict('idempotence', 'acks', get, 'the idempotent producer needs `acks=all`', related, 'all'));
      } else disabledBy.push(cause(get, 'acks', `\`acks=${acks}\``));
    }
    const inFlight = numberOf(get('max.in.flight.requests.per.connection'));
    if (inFlight === undefined) unknownInput = true;
    else if (inFlight > MAX_IN_FLIGHT_FOR_IDEMPOTENCE) {
      // From 4.0 the check throws even when idempotence is only the default (KAFKA-17927).
      if ((explicit && certain) || (!explicit && atLeast(version, '4.0'))) {
        conflicts.push(
          conflict(
            'idempotence',
            'max.in.flight.requests.per.connection',
            get,
            `the idempotent producer allows at most ${MAX_IN_FLIGHT_FOR_IDEMPOTENCE} in-flight requests per connection`,
            related,
            MAX_IN_FLIGHT_FOR_IDEMPOTENCE,
          ),
        );
      } else if (!explicit) {
        disabledBy.push(cause(get, 'max.in.flight.requests.per.connection', `\`max.in.flight.requests.per.connection=${inFlight}\``));
      }
    }
  }

  let enabled: boolean | undefined;
  if (configured === false) enabled = false;
  else if (!explicit && disabledBy.length > 0) enabled = false;
  else if (unknownInput) enabled = undefined;
  else enabled = true;
  if (!explicit && disabledBy.length > 0) {
    override('enable.idempotence', false, `turned off because ${disabledBy.map((d) => d.reason).join(' and ')}`);
  }

  if (transactional && enabled === false) {
    // The value that must change is what turned idempotence off.
    const txn = get('transactional.id');
    const txnRelated = [{ key: 'transactional.id', ...(txn.entry ? { entry: txn.entry } : {}) }];
    const message = 'a transactional producer needs idempotence, and it is off here';
    if (configured === false) {
      conflicts.push(conflict('transactional-id', 'enable.idempotence', get, message, txnRelated, true));
    } else {
      for (const d of disabledBy) {
        const fix = d.key === 'acks' ? 'all' : d.key === 'retries' ? INT_MAX : MAX_IN_FLIGHT_FOR_IDEMPOTENCE;
        conflicts.push(conflict('transactional-id', d.key, get, message, txnRelated, fix));
      }
    }
  }
  return { enabled, explicit, ...(idem.entry ? { entry: idem.entry } : {}), disabledBy };
}

/**
 * Up to 3.1: idempotence only when `enable.idempotence=true` is written or a `transactional.id` is set;
 * then the KafkaProducer constructor requires acks=all, retries>0 and at most 5 in-flight requests.
 */
function idempotenceBefore32(
  get: Get,
  has: Has,
  conflicts: ConstructionConflict[],
  transactional: boolean | undefined,
  override: Override,
): IdempotenceState {
  const idem = get('enable.idempotence');
  const explicit = has('enable.idempotence');
  const configured = typeof idem.value === 'boolean' ? idem.value : undefined;
  const idemRelated = explicit ? [{ key: 'enable.idempotence', ...(idem.entry ? { entry: idem.entry } : {}) }] : [];
  let enabled: boolean | undefined;
  if (explicit && configured === undefined) enabled = undefined;
  else if (explicit && configured === false) {
    enabled = false;
    if (transactional) {
      const txn = get('transactional.id');
      conflicts.push(
        conflict(
          'transactional-id',
          'enable.idempotence',
          get,
          'a transactional producer needs idempotence, and it is off here',
          [{ key: 'transactional.id', ...(txn.entry ? { entry: txn.entry } : {}) }],
          true,
        ),
      );
    }
  } else if (explicit && configured === true) enabled = true;
  else enabled = transactional === undefined ? undefined : transactional;

  if (enabled === true) {
    const why = explicit ? idemRelated : [{ key: 'transactional.id', ...(get('transactional.id').entry ? { entry: get('transactional.id').entry! } : {}) }];
    if (has('acks')) {
      const acks = acksOf(get);
      if (acks !== undefined && acks !== '-1') {
        conflicts.push(conflict('idempotence', 'acks', get, 'the idempotent producer needs `acks=all`', why, 'all'));
      }
    } else override('acks', '-1', 'set to all because idempotence is on');
    const retries = numberOf(get('retries'));
    if (retries === 0) conflicts.push(conflict('idempotence', 'retries', get, 'the idempotent producer needs retries above 0', why, INT_MAX));
    const inFlight = numberOf(get('max.in.flight.requests.per.connection'));
    if (inFlight !== undefined && inFlight > MAX_IN_FLIGHT_FOR_IDEMPOTENCE) {
      conflicts.push(
        conflict(
          'idempotence',
          'max.in.flight.requests.per.connection',
          get,
          `the idempotent producer allows at most ${MAX_IN_FLIGHT_FOR_IDEMPOTENCE} in-flight requests per connection`,
          why,
          MAX_IN_FLIGHT_FOR_IDEMPOTENCE,
        ),
      );
    }
  }
  if (!explicit && enabled === false) override('enable.idempotence', false, 'only explicit `enable.idempotence=true` or a `transactional.id` turns it on before 3.2');
  return { enabled, explicit, ...(idem.entry ? { entry: idem.entry } : {}), disabledBy: [] };
}

/** KafkaProducer.configureDeliveryTimeout (2.1+): the timeout must cover linger.ms + request.timeout.ms. */
function checkDeliveryTimeout(get: Get, has: Has, conflicts: ConstructionConflict[], override: Override): void {
  const linger = numberOf(get('linger.ms'));
  const request = numberOf(get('request.timeout.ms'));
  const delivery = get('delivery.timeout.ms');
  const configured = numberOf(delivery);
  if (linger === undefined || request === undefined || configured === undefined) return;
  const minimum = Math.min(Math.min(linger, INT_MAX) + request, INT_MAX);
  if (configured >= minimum) return;
  if (has('delivery.timeout.ms')) {
    const related = (['linger.ms', 'request.timeout.ms'] as const)
      .filter((k) => has(k))
      .map((k) => ({ key: k, ...(get(k).entry ? { entry: get(k).entry! } : {}) }));
    conflicts.push({
      kind: 'delivery-timeout',
      key: 'delivery.timeout.ms',
      ...(delivery.entry ? { entry: delivery.entry } : {}),
      related,
      message: `\`delivery.timeout.ms\` (${configured}) must be at least \`linger.ms\` + \`request.timeout.ms\` = ${linger} + ${request} = ${minimum}`,
      fixValue: minimum,
    });
  } else {
    override('delivery.timeout.ms', minimum, `raised to linger.ms + request.timeout.ms (${minimum}) because it was not set and the default is smaller`);
  }
}

/**
 * CommonClientConfigs.postValidateSaslMechanismConfig (3.3+): a SASL protocol needs a mechanism. Before 3.3
 * nothing checks it at construction (it fails when connecting), so the conflict is marked as not thrown.
 */
function checkSaslMechanism(get: Get, has: Has, conflicts: ConstructionConflict[], version: string): void {
  const protocol = stringOf(get('security.protocol'));
  if (!protocol || !SASL_PROTOCOLS.has(protocol.toUpperCase())) return;
  const mechanism = get('sasl.mechanism');
  if (mechanism.source === 'unknown' || mechanism.invalid) return;
  if (mechanism.value !== '' && mechanism.value !== null) return;
  const proto = get('security.protocol');
  conflicts.push({
    kind: 'sasl-mechanism',
    key: has('sasl.mechanism') ? 'sasl.mechanism' : 'security.protocol',
    ...(mechanism.entry ? { entry: mechanism.entry } : proto.entry ? { entry: proto.entry } : {}),
    related: proto.entry && mechanism.entry ? [{ key: 'security.protocol', entry: proto.entry }] : [],
    message: `\`security.protocol=${protocol}\` needs a SASL mechanism, but \`sasl.mechanism\` is empty`,
    fixValue: 'SCRAM-SHA-512',
    ...(atLeast(version, '3.3') ? {} : { throws: false }),
  });
}

/** 4.1+: with two-phase commit, transactions never time out, so `transaction.timeout.ms` may not be set. */
function checkTwoPhaseCommit(get: Get, has: Has, conflicts: ConstructionConflict[]): void {
  if (get('transaction.two.phase.commit.enable').value !== true || !has('transaction.timeout.ms')) return;
  const timeout = get('transaction.timeout.ms');
  const twoPc = get('transaction.two.phase.commit.enable');
  conflicts.push({
    kind: 'two-phase-commit',
    key: 'transaction.timeout.ms',
    ...(timeout.entry ? { entry: timeout.entry } : {}),
    related: twoPc.entry ? [{ key: 'transaction.two.phase.commit.enable', entry: twoPc.entry }] : [],
    message: '`transaction.timeout.ms` cannot be set when `transaction.two.phase.commit.enable=true`: two-phase-commit transactions do not expire',
  });
}

function conflict(
  kind: ConstructionConflict['kind'],
  key: string,
  get: Get,
  message: string,
  related: ConstructionConflict['related'],
  fixValue?: string | number | boolean,
): ConstructionConflict {
  const entry = get(key).entry;
  return { kind, key, ...(entry ? { entry } : {}), message, related: related ?? [], ...(fixValue !== undefined ? { fixValue } : {}) };
}

function cause(get: Get, key: string, reason: string): { key: string; entry?: ConfigEntry; reason: string } {
  const entry = get(key).entry;
  return { key, ...(entry ? { entry } : {}), reason };
}
