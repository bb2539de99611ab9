// kafkajs' effective configuration: defaults from its source, producer retry merged over the client's, acks /
// compression / timeout per send() call, and the checks kafkajs runs (idempotence at producer() and at each send()).
import { KAFKAJS_OPTIONS, KAFKAJS_VERSION, type KafkajsOption, type KafkajsPlace } from '../catalog/kafkajsCatalog';
import type { ConfigDocument, ConfigEntry, ConfigScope } from '../model/configDocument';
import { groupEntries } from './javaEffective';
import { checkKafkajsValue } from './kafkajsValues';
import type { ConstructionConflict, EffectiveConfig, EffectiveValue, IdempotenceState } from './types';

/** `Number.MAX_SAFE_INTEGER`: what kafkajs' docs intend for an idempotent producer's retries (and no "limiting retries" warning). */
export const KAFKAJS_IDEMPOTENT_RETRIES = 9007199254740991;

const RETRY_KEYS = new Set(['retries', 'retry.backoff.ms', 'retry.backoff.max.ms', 'retry.factor', 'retry.multiplier', 'retry.restartOnFailure']);
const SEND_KEYS = new Set(['acks', 'compression.type', 'request.timeout.ms']);

/** Per place, each key's first option in catalog order (looked up for every key of every scope). */
const OPTION_FOR = new Map<KafkajsPlace, Map<string, KafkajsOption>>();

function optionFor(key: string, place: KafkajsPlace): KafkajsOption | undefined {
  let byKey = OPTION_FOR.get(place);
  if (!byKey) {
    byKey = new Map();
    for (const o of KAFKAJS_OPTIONS) if (o.places.includes(place) && !byKey.has(o.key)) byKey.set(o.key, o);
    OPTION_FOR.set(place, byKey);
  }
  return byKey.get(key);
}

/** Looks up other scopes' effective configurations of the same document (linked client, producer, transaction). */
export type LinkedEffective = (scopeId: string) => EffectiveConfig | undefined;

export function linkedOfRole(scope: ConfigScope, document: ConfigDocument, role: ConfigScope['role']): ConfigScope | undefined {
  for (const id of scope.linked ?? []) {
    const s = document.scopes.find((x) => x.id === id);
    if (s && s.role === role) return s;
  }
  return undefined;
}

export function computeKafkajsEffective(scope: ConfigScope, document: ConfigDocument, linked: LinkedEffective): EffectiveConfig {
  const entriesByKey = groupEntries(scope);
  const place: KafkajsPlace = scope.role === 'client' ? 'client' : scope.role === 'producer' ? 'producer' : 'send';
  const clientScope = scope.role === 'client' ? undefined : linkedOfRole(scope, document, 'client');
  const producerScope = scope.role === 'send' || scope.role === 'transaction-send' || scope.role === 'transaction' ? linkedOfRole(scope, document, 'producer') : undefined;
  const client = clientScope ? linked(clientScope.id) : undefined;
  const producer = producerScope ? linked(producerScope.id) : undefined;
  const values = new Map<string, EffectiveValue>();

  /** The value of a key written in this scope (or its default here), before delegation to linked scopes. */
  const own = (key: string, option: KafkajsOption): EffectiveValue => {
    // Only the option's own spelling counts: `'enable.idempotence': true` in a kafkajs config is ignored by kafkajs.
    const list = entriesByKey.get(key)?.filter((e) => e.rawKey === option.path);
    const entry = list?.[list.length - 1];
    if (entry) {
      if (entry.value.kind === 'unknown' || entry.maybeOverridden) {
        const check = checkKafkajsValue(option, entry.value);
        return { key, value: entry.value.kind === 'unknown' ? undefined : check.ok ? check.value : undefined, source: entry.value.kind === 'unknown' ? 'unknown' : 'explicit', entry };
      }
      const check = checkKafkajsValue(option, entry.value);
      return check.ok ? { key, value: check.value, source: 'explicit', entry } : { key, value: undefined, source: 'explicit', entry, invalid: true };
    }
    // A `retry` object that cannot be resolved may set any retry option.
    if (RETRY_KEYS.has(key) && entriesByKey.has('retry')) return { key, value: undefined, source: 'unknown' };
    if (scope.open) return { key, value: undefined, source: 'unknown' };
    return { key, value: option.default === undefined ? null : option.default, source: 'default' };
  };

  const get = (key: string): EffectiveValue => {
    const hit = values.get(key);
    if (hit) return hit;
    let v: EffectiveValue;
    if (scope.role === 'transaction') {
      v = producer ? producer.get(key) : { key, value: undefined, source: 'unknown' };
    } else if (place === 'send') {
      const option = SEND_KEYS.has(key) ? optionFor(key, 'send') : undefined;
      if (option) v = own(key, option);
      else v = producer ? producer.get(key) : { key, value: undefined, source: 'unknown' };
    } else {
      const option = optionFor(key, place);
      if (option && place === 'producer' && RETRY_KEYS.has(key)) {
        // src/index.js: retry: { ...clientRetry, ...producerRetry }
        const mine = own(key, option);
        if (mine.source === 'default' && client) {
          const theirs = client.get(key);
          v = theirs.source === 'explicit' || theirs.source === 'unknown' ? theirs : mine;
        } else v = mine;
      } else if (option) v = own(key, option);
      else if (place === 'producer' && SEND_KEYS.has(key)) {
        // Read per send() call: the producer itself has only kafkajs' default for sends that leave it out.
        const o = optionFor(key, 'send')!;
        v = { key, value: o.default === undefined ? null : o.default, source: 'default', note: 'kafkajs reads it per send() call; this is the default for calls that leave it out' };
      } else if (place === 'producer' && optionFor(key, 'client')) {
        v = client ? client.get(key) : { key, value: undefined, source: 'unknown' };
      } else v = { key, value: undefined, source: 'default' };
    }
    values.set(key, v);
    return v;
  };

  const supports = (key: string) => {
    if (place === 'send' || scope.role === 'transaction') return SEND_KEYS.has(key) || (producer?.supports?.(key) ?? optionFor(key, 'producer') !== undefined);
    return optionFor(key, place) !== undefined || (place === 'producer' && (SEND_KEYS.has(key) || optionFor(key, 'client') !== undefined));
  };

  const conflicts: ConstructionConflict[] = [];
  let idempotence: IdempotenceState;
  let transactional: boolean | undefined;
  if (scope.role === 'producer') {
    idempotence = producerIdempotence(get, entriesByKey);
    const txn = get('transactional.id');
    transactional = txn.source === 'unknown' ? undefined : typeof txn.value === 'string' && txn.value !== '';
    if (idempotence.enabled === true) {
      const retries = get('retries');
      if (typeof retries.value === 'number' && retries.value < 1) {
        conflicts.push({
          kind: 'idempotence',
          key: 'retries',
          ...(retries.entry ? { entry: retries.entry } : {}),
          related: idempotence.entry ? [{ key: 'enable.idempotence', entry: idempotence.entry }] : [],
          message: 'the idempotent producer needs retries of at least 1',
          fixValue: KAFKAJS_IDEMPOTENT_RETRIES,
          failure: '`kafka.producer()` throws "Idempotent producer must allow retries to protect against transient errors"',
        });
      }
    }
  } else if (scope.role === 'send' || scope.role === 'transaction-send' || scope.role === 'transaction') {
    const inTransaction = scope.role === 'transaction-send';
    const p = producer?.idempotence;
    idempotence = inTransaction
      ? { enabled: true, explicit: p?.explicit ?? false, ...(p?.entry ? { entry: p.entry } : {}), disabledBy: [] }
      : p ?? { enabled: undefined, explicit: false, disabledBy: [] };
    transactional = inTransaction ? true : producer?.transactional;
    if (scope.role !== 'transaction') {
      const acks = get('acks');
      if (idempotence.enabled === true && acks.source === 'explicit' && !acks.invalid && typeof acks.value === 'string' && acks.value !== '-1') {
        const why = inTransaction
          ? relatedTransaction(scope, document)
          : idempotence.entry
            ? [{ key: 'enable.idempotence', entry: idempotence.entry }]
            : [];
        conflicts.push({
          kind: 'idempotence',
          key: 'acks',
          ...(acks.entry ? { entry: acks.entry } : {}),
          related: why,
          message: inTransaction ? 'a transaction sends idempotently, which needs `acks: -1`' : 'the idempotent producer needs `acks: -1` on every send',
          fixValue: -1,
          failure: 'each send with it throws "Not requiring ack for all messages invalidates the idempotent producer\'s EoS guarantees" before sending anything',
        });
      }
    }
  } else {
    idempotence = { enabled: undefined, explicit: false, disabledBy: [] };
    transactional = undefined;
  }

  return { client: 'kafkajs', version: KAFKAJS_VERSION, scope, get, entriesByKey, idempotence, transactional, conflicts, supports };
}

function producerIdempotence(get: (k: string) => EffectiveValue, entriesByKey: ReadonlyMap<string, readonly ConfigEntry[]>): IdempotenceState {
  const v = get('enable.idempotence');
  const explicit = (entriesByKey.get('enable.idempotence') ?? []).some((e) => e.rawKey === 'idempotent');
  const enabled = v.source === 'unknown' || v.invalid ? undefined : v.value === true;
  return { enabled, explicit, ...(v.entry ? { entry: v.entry } : {}), disabledBy: [] };
}

/** The `transaction()` call a transaction's send belongs to, as related information. */
function relatedTransaction(scope: ConfigScope, document: ConfigDocument): Array<{ key: string; entry?: ConfigEntry }> {
  const txn = linkedOfRole(scope, document, 'transaction');
  if (!txn) return [];
  // A pseudo-entry so the related location points at the transaction() call.
  const entry: ConfigEntry = {
    key: 'transaction',
    rawKey: 'transaction()',
    value: { kind: 'unknown', reason: 'a call' },
    keySpan: txn.span,
    valueSpan: txn.span,
    span: txn.span,
    origin: { kind: 'inline' },
  };
  return [{ key: 'transaction()', entry }];
}
