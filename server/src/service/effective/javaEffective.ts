// The Java producer's effective configuration, computed the way ProducerConfig and KafkaProducer compute it.
import { resolveJavaKey } from '../catalog/javaCatalog';
import { atLeast } from '../catalog/versions';
import type { ConfigEntry, ConfigScope } from '../model/configDocument';
import { valueAsText } from '../model/value';
import { checkJavaValue, formatJavaValue, javaTrim, parseJavaValue } from './javaValues';
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

/** What the checks below share: value lookups, the client's own overrides, and the failures found so far. */
interface Ctx {
  readonly version: string;
  readonly transactional: boolean | undefined;
  readonly conflicts: ConstructionConflict[];
  get(key: string): EffectiveValue;
  has(key: string): boolean;
  override(key: string, value: EffectiveValue['value'], note: string): void;
  /** `{ key, entry }` of a key, for related information. */
  ref(key: string): { key: string; entry?: ConfigEntry };
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
  const ctx: Ctx = {
    version,
    transactional: entriesByKey.has('transactional.id') ? true : scope.open ? undefined : false,
    conflicts: [],
    get,
    has: (key) => entriesByKey.has(key),
    override: (key, value, note) => values.set(key, { ...get(key), value, source: 'override', note }),
    ref: (key) => {
      const entry = get(key).entry;
      return entry ? { key, entry } : { key };
    },
  };
  const idempotence = atLeast(version, '3.2') ? idempotenceSince32(ctx) : idempotenceBefore32(ctx);
  checkDeliveryTimeout(ctx);
  checkSaslMechanism(ctx);
  if (atLeast(version, '4.1')) checkTwoPhaseCommit(ctx);
  return { client: 'java', version, scope, get, entriesByKey, idempotence, transactional: ctx.transactional, conflicts: ctx.conflicts };
}

const INFLIGHT = 'max.in.flight.requests.per.connection';
const IDEMPOTENCE_NEEDS: Record<'acks' | 'retries' | typeof INFLIGHT, { message: string; fix: string | number }> = {
  acks: { message: 'the idempotent producer needs `acks=all`', fix: 'all' },
  retries: { message: 'the idempotent producer needs retries above 0', fix: INT_MAX },
  [INFLIGHT]: {
    message: `the idempotent producer allows at most ${MAX_IN_FLIGHT_FOR_IDEMPOTENCE} in-flight requests per connection`,
    fix: MAX_IN_FLIGHT_FOR_IDEMPOTENCE,
  },
};

function idempotenceConflict(ctx: Ctx, key: keyof typeof IDEMPOTENCE_NEEDS, related: ConstructionConflict['related']): void {
  const need = IDEMPOTENCE_NEEDS[key];
  ctx.conflicts.push(conflict(ctx, 'idempotence', key, need.message, related, need.fix));
}

/** The idempotence requirement a value breaks, if any (undefined input → `undefined`). */
function breaks(ctx: Ctx, key: keyof typeof IDEMPOTENCE_NEEDS): boolean | undefined {
  if (key === 'acks') {
    const acks = stringOf(ctx.get('acks'));
    return acks === undefined ? undefined : acks !== '-1';
  }
  const n = numberOf(ctx.get(key));
  if (n === undefined) return undefined;
  return key === 'retries' ? n === 0 : n > MAX_IN_FLIGHT_FOR_IDEMPOTENCE;
}

/** 3.2+: default idempotence is effective; conflicts throw when it is explicit and silently disable it otherwise. */
function idempotenceSince32(ctx: Ctx): IdempotenceState {
  const idem = ctx.get('enable.idempotence');
  const explicit = ctx.has('enable.idempotence');
  const configured = typeof idem.value === 'boolean' ? idem.value : undefined;
  const related = explicit ? [ctx.ref('enable.idempotence')] : [];
  const disabledBy: Array<{ key: string; entry?: ConfigEntry; reason: string }> = [];
  let unknownInput = configured === undefined;

  if (configured === true) {
    for (const key of ['retries', 'acks', INFLIGHT] as const) {
      const broken = breaks(ctx, key);
      if (broken === undefined) unknownInput = true;
      if (!broken) continue;
      // From 4.0 the in-flight check throws even when idempotence is only the default (KAFKA-17927).
      const throws = explicit || (key === INFLIGHT && atLeast(ctx.version, '4.0'));
      if (throws) idempotenceConflict(ctx, key, related);
      else disabledBy.push({ ...ctx.ref(key), reason: `\`${key}=${formatJavaValue(ctx.get(key).value ?? '')}\`` });
    }
  }

  let enabled: boolean | undefined;
  if (configured === false) enabled = false;
  else if (!explicit && disabledBy.length > 0) enabled = false;
  else if (unknownInput) enabled = undefined;
  else enabled = true;
  if (!explicit && disabledBy.length > 0) {
    ctx.override('enable.idempotence', false, `turned off because ${disabledBy.map((d) => d.reason).join(' and ')}`);
  }

  if (ctx.transactional && enabled === false) {
    // The value that must change is what turned idempotence off.
    const txn = [ctx.ref('transactional.id')];
    const message = 'a transactional producer needs idempotence, and it is off here';
    if (configured === false) ctx.conflicts.push(conflict(ctx, 'transactional-id', 'enable.idempotence', message, txn, true));
    for (const d of disabledBy) {
      const fix = IDEMPOTENCE_NEEDS[d.key as keyof typeof IDEMPOTENCE_NEEDS].fix;
      ctx.conflicts.push(conflict(ctx, 'transactional-id', d.key, message, txn, fix));
    }
  }
  return { enabled, explicit, ...(idem.entry ? { entry: idem.entry } : {}), disabledBy };
}

/**
 * Up to 3.1: idempotence only when `enable.idempotence=true` is written or a `transactional.id` is set;
 * then the KafkaProducer constructor requires acks=all, retries>0 and at most 5 in-flight requests.
 */
function idempotenceBefore32(ctx: Ctx): IdempotenceState {
  const idem = ctx.get('enable.idempotence');
  const explicit = ctx.has('enable.idempotence');
  const configured = typeof idem.value === 'boolean' ? idem.value : undefined;
  let enabled: boolean | undefined;
  if (explicit && configured === undefined) enabled = undefined;
  else if (explicit && configured === false) {
    enabled = false;
    if (ctx.transactional) {
      const message = 'a transactional producer needs idempotence, and it is off here';
      ctx.conflicts.push(conflict(ctx, 'transactional-id', 'enable.idempotence', message, [ctx.ref('transactional.id')], true));
    }
  } else if (explicit && configured === true) enabled = true;
  else enabled = ctx.transactional;

  if (enabled === true) {
    const why = [ctx.ref(explicit ? 'enable.idempotence' : 'transactional.id')];
    // An unset acks is raised to all (INFO "Overriding the default acks to all"); only a written one can conflict.
    if (!ctx.has('acks')) ctx.override('acks', '-1', 'set to all because idempotence is on');
    for (const key of ['acks', 'retries', INFLIGHT] as const) {
      if ((key !== 'acks' || ctx.has('acks')) && breaks(ctx, key)) idempotenceConflict(ctx, key, why);
    }
  }
  if (!explicit && enabled === false) {
    ctx.override('enable.idempotence', false, 'only explicit `enable.idempotence=true` or a `transactional.id` turns it on before 3.2');
  }
  return { enabled, explicit, ...(idem.entry ? { entry: idem.entry } : {}), disabledBy: [] };
}

/** KafkaProducer.configureDeliveryTimeout (2.1+): the timeout must cover linger.ms + request.timeout.ms. */
function checkDeliveryTimeout(ctx: Ctx): void {
  const linger = numberOf(ctx.get('linger.ms'));
  const request = numberOf(ctx.get('request.timeout.ms'));
  const configured = numberOf(ctx.get('delivery.timeout.ms'));
  if (linger === undefined || request === undefined || configured === undefined) return;
  const minimum = Math.min(Math.min(linger, INT_MAX) + request, INT_MAX);
  if (configured >= minimum) return;
  if (!ctx.has('delivery.timeout.ms')) {
    ctx.override('delivery.timeout.ms', minimum, `raised to linger.ms + request.timeout.ms (${minimum}) because it was not set and the default is smaller`);
    return;
  }
  const related = (['linger.ms', 'request.timeout.ms'] as const).filter((k) => ctx.has(k)).map((k) => ctx.ref(k));
  const message = `\`delivery.timeout.ms\` (${configured}) must be at least \`linger.ms\` + \`request.timeout.ms\` = ${linger} + ${request} = ${minimum}`;
  ctx.conflicts.push(conflict(ctx, 'delivery-timeout', 'delivery.timeout.ms', message, related, minimum));
}

/**
 * CommonClientConfigs.postValidateSaslMechanismConfig (3.3+): a SASL protocol needs a mechanism. Before 3.3
 * nothing checks it at construction (it fails when connecting), so the conflict is marked as not thrown.
 */
function checkSaslMechanism(ctx: Ctx): void {
  const protocol = stringOf(ctx.get('security.protocol'));
  if (!protocol || !SASL_PROTOCOLS.has(protocol.toUpperCase())) return;
  const mechanism = ctx.get('sasl.mechanism');
  if (mechanism.source === 'unknown' || mechanism.invalid) return;
  if (mechanism.value !== '' && mechanism.value !== null) return;
  const onMechanism = ctx.has('sasl.mechanism');
  const c = conflict(
    ctx,
    'sasl-mechanism',
    onMechanism ? 'sasl.mechanism' : 'security.protocol',
    `\`security.protocol=${protocol}\` needs a SASL mechanism, but \`sasl.mechanism\` is empty`,
    onMechanism && ctx.has('security.protocol') ? [ctx.ref('security.protocol')] : [],
    'SCRAM-SHA-512',
  );
  ctx.conflicts.push(atLeast(ctx.version, '3.3') ? c : { ...c, throws: false });
}

/** 4.1+: with two-phase commit, transactions never time out, so `transaction.timeout.ms` may not be set. */
function checkTwoPhaseCommit(ctx: Ctx): void {
  if (ctx.get('transaction.two.phase.commit.enable').value !== true || !ctx.has('transaction.timeout.ms')) return;
  const related = ctx.has('transaction.two.phase.commit.enable') ? [ctx.ref('transaction.two.phase.commit.enable')] : [];
  const message = '`transaction.timeout.ms` cannot be set when `transaction.two.phase.commit.enable=true`: two-phase-commit transactions do not expire';
  ctx.conflicts.push(conflict(ctx, 'two-phase-commit', 'transaction.timeout.ms', message, related));
}

function conflict(
  ctx: Ctx,
  kind: ConstructionConflict['kind'],
  key: string,
  message: string,
  related: ConstructionConflict['related'],
  fixValue?: string | number | boolean,
): ConstructionConflict {
  return { kind, ...ctx.ref(key), message, related: related ?? [], ...(fixValue !== undefined ? { fixValue } : {}) };
}
