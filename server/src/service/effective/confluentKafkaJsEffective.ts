// The confluent KafkaJS-compatible API's effective configuration: the `kafkaJS` blocks of client and producer are
// translated to librdkafka properties (with kafkajs-like defaults when a block is present), top-level librdkafka
// properties override them, and librdkafka's own checks run on the result (lib/kafkajs/_kafka.js, _producer.js, _common.js).
import { CONFLUENT_KAFKAJS_VERSION } from '../catalog/kafkajsCatalog';
import type { ConfigDocument, ConfigEntry, ConfigScope } from '../model/configDocument';
import type { Value } from '../model/value';
import { linkedOfRole, type LinkedEffective } from './kafkajsEffective';
import { finalizeLibrdkafka, type RdSetting } from './librdkafkaEffective';
import type { EffectiveConfig } from './types';

const FAILURE = '`producer.connect()` fails (librdkafka refuses the configuration)';
const COMPAT = 'set by the KafkaJS compatibility mode because a `kafkaJS` block is present';

const inBlock = (e: ConfigEntry) => e.rawKey.startsWith('kafkaJS.') || e.rawKey === 'kafkaJS';

/** The librdkafka settings a confluent KafkaJS-API producer ends up with, and whether unseen code may add more. */
export function confluentSettings(scopes: readonly ConfigScope[]): { settings: Map<string, RdSetting>; open: boolean } {
  const block = scopes.flatMap((s) => s.entries.filter(inBlock));
  const top = scopes.flatMap((s) => s.entries.filter((e) => !inBlock(e)));
  const settings = new Map<string, RdSetting>();
  const put = (key: string, s: RdSetting) => {
    settings.delete(key);
    settings.set(key, s);
  };
  const lastOf = (raw: string) => [...block].reverse().find((e) => e.rawKey === `kafkaJS.${raw}`);
  if (block.length > 0) {
    // _common.js kafkaJSToRdKafkaConfig and _producer.js #kafkaJSToProducerConfig: kafkajs defaults, set explicitly.
    put('socket.timeout.ms', { value: { kind: 'number', value: 30000 }, note: COMPAT });
    put('retry.backoff.max.ms', { value: { kind: 'number', value: 30000 }, note: COMPAT });
    put('retry.backoff.ms', { value: { kind: 'number', value: 300 }, note: COMPAT });
    put('log_level', { value: { kind: 'number', value: 6 }, note: COMPAT });
    put('partitioner', { value: { kind: 'string', value: 'murmur2_random' }, note: COMPAT });
    put('transaction.timeout.ms', { value: { kind: 'number', value: 60000 }, note: COMPAT });
    put('retries', { value: { kind: 'number', value: 5 }, note: COMPAT });
    const conn = lastOf('connectionTimeout')?.value ?? ({ kind: 'number', value: 1000 } as Value);
    const auth = lastOf('authenticationTimeout')?.value ?? ({ kind: 'number', value: 10000 } as Value);
    put('socket.connection.setup.timeout.ms', {
      value: conn.kind === 'number' && auth.kind === 'number' ? { kind: 'number', value: Math.max(conn.value + auth.value, 1000) } : { kind: 'unknown', reason: 'computed from timeouts that cannot be resolved' },
      note: 'connectionTimeout + authenticationTimeout (KafkaJS compatibility mode)',
    });
    for (const e of block) {
      if (e.key.startsWith('kafkaJS.') || e.rawKey === 'kafkaJS') continue; // not translated (or rejected): option-rejected reports it
      put(e.key, { value: e.value, entry: e });
    }
    const enforce = lastOf('enforceRequestTimeout');
    if (enforce && enforce.value.kind === 'boolean' && !enforce.value.value) put('socket.timeout.ms', { value: { kind: 'number', value: 300000 }, entry: enforce, note: 'enforceRequestTimeout: false' });
    const ssl = lastOf('ssl');
    const sasl = lastOf('sasl');
    const sslOn = ssl && ssl.value.kind === 'boolean' ? ssl.value.value : false;
    if (sasl) put('security.protocol', { value: { kind: 'string', value: sslOn ? 'sasl_ssl' : 'sasl_plaintext' }, entry: sasl });
    else if (sslOn && ssl) put('security.protocol', { value: { kind: 'string', value: 'ssl' }, entry: ssl });
    // `socket.timeout.ms` is capped at transaction.timeout.ms + 100 (_producer.js:188).
    const st = settings.get('socket.timeout.ms')!;
    const tt = settings.get('transaction.timeout.ms')!;
    if (st.value.kind === 'number' && tt.value.kind === 'number' && st.value.value > tt.value.value + 100) {
      put('socket.timeout.ms', { ...st, value: { kind: 'number', value: tt.value.value + 100 } });
    }
  }
  // Top-level librdkafka properties override what the block produced (Object.assign(translated, userConfig)).
  for (const e of top) put(e.key, { value: e.value, entry: e });
  const open = scopes.some((s) => s.open);
  return { settings, open };
}

export function computeConfluentKafkaJsEffective(scope: ConfigScope, document: ConfigDocument, linked: LinkedEffective): EffectiveConfig {
  if (scope.role === 'send' || scope.role === 'transaction-send' || scope.role === 'transaction') {
    const producer = linkedOfRole(scope, document, 'producer');
    const p = producer ? linked(producer.id) : undefined;
    const base = finalizeLibrdkafka('confluent-kafkajs', CONFLUENT_KAFKAJS_VERSION, scope, new Map(), true, FAILURE);
    if (!p) return base;
    // Sends carry no settings of their own in this API: everything is the producer's.
    return { ...p, scope, entriesByKey: base.entriesByKey, conflicts: [] };
  }
  const parts = scope.role === 'producer' ? [linkedOfRole(scope, document, 'client'), scope].filter((s): s is ConfigScope => !!s) : [scope];
  const { settings, open } = confluentSettings(parts);
  const effective = finalizeLibrdkafka('confluent-kafkajs', CONFLUENT_KAFKAJS_VERSION, scope, settings, open, FAILURE);
  // A client object configures no producer by itself: its checks run on each producer that merges it.
  return scope.role === 'client' ? { ...effective, conflicts: [] } : effective;
}
