// librdkafka's effective configuration (node-rdkafka, confluent RdKafka API, and under the confluent KafkaJS API):
// documented defaults, aliases as one key, and the checks and adjustments rd_kafka_new applies (rdkafka_conf.c
// rd_kafka_conf_finalize / rd_kafka_topic_conf_finalize).
import { checkLibrdkafkaValue, librdkafkaDefault, librdkafkaNamesFor, librdkafkaProperty, LIBRDKAFKA_VERSION } from '../catalog/librdkafkaCatalog';
import type { ClientId, ConfigEntry, ConfigScope } from '../model/configDocument';
import { UNKNOWN_REASON, type Value } from '../model/value';
import type { JavaParsed } from './javaValues';
import { groupEntries } from './javaEffective';
import type { ConstructionConflict, EffectiveConfig, EffectiveValue, IdempotenceState } from './types';

const INT32_MAX = 2147483647;
const IDEMP_MAX_INFLIGHT = 5; // RD_KAFKA_IDEMP_MAX_INFLIGHT (rdkafka_idempotence.h)

/** One setting as librdkafka receives it, and who set it. */
export interface RdSetting {
  readonly value: Value;
  readonly entry?: ConfigEntry;
  /** Set by the confluent compatibility layer rather than written by the user (still "modified" for librdkafka). */
  readonly note?: string;
}

/** The librdkafka property a model key stands for (`linger.ms` → `queue.buffering.max.ms`). */
export function rdProperty(key: string) {
  return librdkafkaProperty(key) ?? librdkafkaProperty(librdkafkaNamesFor(key)[0] ?? '');
}

/** Parses a model value as librdkafka would; `undefined` value when unknown, `invalid` when librdkafka rejects it. */
export function parseRd(key: string, setting: RdSetting): EffectiveValue {
  const prop = rdProperty(key);
  const base = { key, ...(setting.entry ? { entry: setting.entry } : {}), ...(setting.note ? { note: setting.note } : {}) };
  const v = setting.value;
  if (setting.entry?.maybeOverridden) return { ...base, value: undefined, source: 'unknown' };
  if (v.kind === 'unknown') {
    // `undefined` reaches librdkafka as the string "undefined" (src/config.cc stringifies every value).
    if (v.reason === UNKNOWN_REASON.undefined && prop && prop.type !== 'callback' && prop.type !== 'string') return { ...base, value: undefined, source: 'explicit', invalid: true };
    return { ...base, value: undefined, source: 'unknown' };
  }
  // Values the compatibility layer sets are "modified" for librdkafka but not written by the user.
  const source = setting.entry && !setting.note ? 'explicit' : 'override';
  if (!prop) return { ...base, value: v.kind === 'null' ? null : (v.value as JavaParsed), source };
  const check = checkLibrdkafkaValue(prop, v.kind === 'null' ? null : v.value, key);
  if (!check.ok) return { ...base, value: undefined, source, invalid: true };
  return { ...base, value: check.value, source };
}

/**
 * The effective configuration of librdkafka settings: `settings` holds what reaches `rd_kafka_conf_set` (last write of
 * each key), `open` whether unseen code may set more. Used directly for node-rdkafka and the RdKafka API, and by the
 * confluent KafkaJS API after its translation.
 */
export function finalizeLibrdkafka(
  client: ClientId,
  version: string,
  scope: ConfigScope,
  settings: ReadonlyMap<string, RdSetting>,
  open: boolean,
  failure: string,
): EffectiveConfig {
  const entriesByKey = groupEntries(scope);
  const values = new Map<string, EffectiveValue>();
  const base = (key: string): EffectiveValue => {
    const s = settings.get(key);
    if (s) return parseRd(key, s);
    if (open) return { key, value: undefined, source: 'unknown' };
    const prop = rdProperty(key);
    if (!prop) return { key, value: undefined, source: 'default' };
    // rd_kafka_conf_finalize: allow.auto.create.topics defaults to true for producers (rdkafka_conf.c:4689).
    if (key === 'allow.auto.create.topics') return { key, value: true, source: 'default' };
    return { key, value: librdkafkaDefault(prop, key) as JavaParsed, source: 'default' };
  };
  const get = (key: string): EffectiveValue => {
    let v = values.get(key);
    if (!v) {
      v = base(key);
      values.set(key, v);
    }
    return v;
  };
  const explicit = (key: string) => settings.has(key);
  const override = (key: string, value: JavaParsed, note: string) => values.set(key, { ...get(key), value, source: 'override', note });
  const conflicts: ConstructionConflict[] = [];
  const conflict = (kind: ConstructionConflict['kind'], key: string, message: string, related: string[], fixValue?: string | number | boolean) => {
    const e = get(key).entry;
    conflicts.push({
      kind,
      key,
      ...(e ? { entry: e } : {}),
      related: related.map((k) => ({ key: k, ...(get(k).entry ? { entry: get(k).entry! } : {}) })).filter((r) => r.entry),
      message,
      ...(fixValue !== undefined ? { fixValue } : {}),
      failure,
    });
  };

  const txnId = get('transactional.id');
  const transactional = txnId.source === 'unknown' ? undefined : typeof txnId.value === 'string' && txnId.value !== '';
  const idem = get('enable.idempotence');
  let enabled: boolean | undefined = idem.source === 'unknown' || idem.invalid ? undefined : idem.value === true;

  // rdkafka_conf.c:4579-4600 — a transactional.id implies idempotence, which may not be turned off.
  if (transactional === true) {
    if (explicit('enable.idempotence') && idem.value === false) {
      conflict('transactional-id', 'enable.idempotence', '`transactional.id` requires `enable.idempotence=true`', ['transactional.id'], true);
    } else if (!explicit('enable.idempotence')) {
      enabled = true;
      override('enable.idempotence', true, 'turned on because `transactional.id` is set');
    }
    const txnTimeout = get('transaction.timeout.ms').value;
    const socket = get('socket.timeout.ms');
    if (typeof txnTimeout === 'number' && typeof socket.value === 'number') {
      if (explicit('socket.timeout.ms') && socket.value > txnTimeout + 100) {
        conflict('transaction-timeout', 'socket.timeout.ms', `\`socket.timeout.ms\` (${socket.value}) must be at most \`transaction.timeout.ms\` + 100 = ${txnTimeout + 100}`, ['transaction.timeout.ms'], txnTimeout + 100);
      } else if (!explicit('socket.timeout.ms')) {
        override('socket.timeout.ms', Math.max(txnTimeout - 100, 900), 'lowered to transaction.timeout.ms - 100 because a transactional.id is set');
      }
    }
  } else if (transactional === undefined && enabled === false && !explicit('enable.idempotence')) enabled = undefined;

  const idemRelated = explicit('enable.idempotence') ? ['enable.idempotence'] : transactional ? ['transactional.id'] : [];
  if (enabled === true) {
    const inFlight = get('max.in.flight.requests.per.connection');
    if (typeof inFlight.value === 'number') {
      if (explicit('max.in.flight.requests.per.connection') && inFlight.value > IDEMP_MAX_INFLIGHT) {
        conflict('idempotence', 'max.in.flight.requests.per.connection', '`max.in.flight` must be at most 5 when idempotence is on', idemRelated, IDEMP_MAX_INFLIGHT);
      } else if (!explicit('max.in.flight.requests.per.connection')) {
        override('max.in.flight.requests.per.connection', Math.min(inFlight.value, IDEMP_MAX_INFLIGHT), 'lowered to 5 because idempotence is on');
      }
    }
    const retries = get('retries');
    if (typeof retries.value === 'number') {
      if (explicit('retries') && retries.value < 1) conflict('idempotence', 'retries', '`retries` must be at least 1 when idempotence is on', idemRelated, INT32_MAX);
      else if (!explicit('retries')) override('retries', INT32_MAX, 'raised to the maximum because idempotence is on');
    }
    const backpressure = get('queue.buffering.backpressure.threshold');
    if (explicit('queue.buffering.backpressure.threshold') && typeof backpressure.value === 'number' && backpressure.value > 1) {
      conflict('idempotence', 'queue.buffering.backpressure.threshold', '`queue.buffering.backpressure.threshold` must be 1 when idempotence is on', idemRelated, 1);
    }
    const acks = get('acks');
    if (typeof acks.value === 'string') {
      if (explicit('acks') && acks.value !== '-1') conflict('idempotence', 'acks', '`acks` must be `all` (-1) when idempotence is on', idemRelated, -1);
      else if (!explicit('acks')) override('acks', '-1', 'set to all because idempotence is on');
    }
    const strategy = get('queuing.strategy');
    if (explicit('queuing.strategy') && typeof strategy.value === 'string' && strategy.value !== 'fifo') {
      conflict('idempotence', 'queuing.strategy', '`queuing.strategy` must be `fifo` when idempotence is on', idemRelated, 'fifo');
    }
    // rdkafka_conf.c:4780 — a transaction must not outlive its messages.
    if (transactional) {
      const txnTimeout = get('transaction.timeout.ms').value;
      const message = get('delivery.timeout.ms');
      if (typeof txnTimeout === 'number' && typeof message.value === 'number') {
        if (explicit('delivery.timeout.ms') && message.value > txnTimeout) {
          conflict('transaction-timeout', 'delivery.timeout.ms', `\`message.timeout.ms\` (${message.value}) must be at most \`transaction.timeout.ms\` (${txnTimeout})`, ['transaction.timeout.ms'], txnTimeout);
        } else if (!explicit('delivery.timeout.ms')) {
          override('delivery.timeout.ms', txnTimeout, 'lowered to transaction.timeout.ms because the producer is transactional');
        }
      }
    }
  } else if (enabled === false) {
    const gapless = get('enable.gapless.guarantee');
    if (explicit('enable.gapless.guarantee') && gapless.value === true) {
      conflict('idempotence', 'enable.gapless.guarantee', '`enable.gapless.guarantee` requires `enable.idempotence=true`', [], false);
    }
  }

  // rdkafka_conf.c:4788 — the message timeout must leave room for lingering.
  const linger = get('linger.ms');
  const messageTimeout = get('delivery.timeout.ms');
  if (typeof linger.value === 'number' && typeof messageTimeout.value === 'number' && messageTimeout.value !== 0 && messageTimeout.value <= linger.value) {
    if (explicit('linger.ms')) {
      const onTimeout = explicit('delivery.timeout.ms');
      conflict(
        'delivery-timeout',
        onTimeout ? 'delivery.timeout.ms' : 'linger.ms',
        `\`message.timeout.ms\` (${messageTimeout.value}) must be greater than \`linger.ms\` (${linger.value})`,
        [onTimeout ? 'linger.ms' : 'delivery.timeout.ms'],
        onTimeout ? Math.floor(linger.value) + 1 : Math.max(0, messageTimeout.value - 1),
      );
    } else {
      override('linger.ms', messageTimeout.value - 0.1, 'lowered below message.timeout.ms');
    }
  }

  const idempotence: IdempotenceState = { enabled, explicit: explicit('enable.idempotence'), ...(idem.entry ? { entry: idem.entry } : {}), disabledBy: [] };
  const supports = (key: string) => rdProperty(key) !== undefined;
  return { client, version, scope, get, entriesByKey, idempotence, transactional, conflicts, supports };
}

/** The settings of a scope's own entries, the last write of each key winning (as in a JS object). */
export function settingsOf(entries: readonly ConfigEntry[]): Map<string, RdSetting> {
  const m = new Map<string, RdSetting>();
  for (const e of entries) {
    m.delete(e.key);
    m.set(e.key, { value: e.value, entry: e });
  }
  return m;
}

export function computeLibrdkafkaEffective(scope: ConfigScope): EffectiveConfig {
  return finalizeLibrdkafka('librdkafka', LIBRDKAFKA_VERSION, scope, settingsOf(scope.entries), scope.open, '`connect()` fails (librdkafka refuses to create the producer)');
}
