// Rule option-ignored: an option the client silently ignores where it is written (acks in a kafkajs producer config,
// Java or librdkafka names in kafkajs, a transaction timeout without a transactional id, confluent's dr_cb).
import { JAVA_EQUIVALENT } from '../catalog/java/foreignKeys';
import { javaKeyRecord } from '../catalog/javaCatalog';
import { KAFKAJS_CONSUMER_OPTIONS, kafkajsOption, kafkajsOptionForKey, KAFKAJS_RECORD_FIELDS, type KafkajsPlace } from '../catalog/kafkajsCatalog';
import { librdkafkaCanonicalKey, librdkafkaProperty } from '../catalog/librdkafkaCatalog';
import type { ConfigEntry, ConfigScope } from '../model/configDocument';
import type { FixIntent } from '../model/fixIntent';
import type { FindingFix, Rule, RuleContext } from './rule';
import { topLevelName } from './support';

const PLACE_TEXT: Record<KafkajsPlace, string> = {
  client: '`new Kafka({…})`',
  producer: '`kafka.producer({…})`',
  send: 'each `send()` / `sendBatch()` record',
};

export const rule: Rule = {
  id: 'option-ignored',
  meta: {
    description: 'An option the client silently ignores where it is written.',
    category: 'correctness',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports options a JavaScript client reads from a different place or not at all: in kafkajs, `acks`, `timeout` and `compression` in ' +
        '`kafka.producer({…})` (kafkajs reads them per `send()` call), client options such as `brokers` in the producer config and producer ' +
        'options in `new Kafka({…})` or in a send record, and Java or librdkafka names (`linger.ms`, `enable.idempotence`, `retries`) that kafkajs ' +
        'does not have. Everywhere: a transaction timeout without a transactional id; in the confluent KafkaJS API, `dr_cb`/`dr_msg_cb`, which it overrides. ' +
        'In Spring Boot files: `bootstrap.servers` inside a `properties` map, which Spring (3.1+) overwrites from `spring.kafka.bootstrap-servers`.',
      why:
        'None of these fails: the client just carries on without the setting. A producer written as `kafka.producer({ acks: 1, idempotent: true })` ' +
        'sends with kafkajs\u2019 default `acks: -1`, and `\'enable.idempotence\': true` in a kafkajs config leaves idempotence off. The code says one ' +
        'thing and the client does another.',
      examples: {
        invalid: "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['localhost:9092'] });\nexport const producer = kafka.producer({ acks: 1, 'linger.ms': 5 });\n",
        valid: "import { Kafka } from 'kafkajs';\nconst kafka = new Kafka({ brokers: ['localhost:9092'] });\nexport const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });\n",
      },
      language: 'typescript',
      fix:
        'Where the client has the option under another name or in another place, the quick fix moves it there (`\'enable.idempotence\'` → ' +
        '`idempotent`, `acks` from the producer to its `send()` calls); otherwise it removes the dead option. Offered on request only: moving ' +
        'a setting into effect changes what the client does.',
      references: [
        'kafkajs src/index.js:101-110 (producer() destructures only its own options); src/producer/messageProducer.js:54 (acks per send)',
        'kafkajs src/producer/eosManager/index.js (transactionTimeout only with a transactionalId)',
        'confluent-kafka-javascript lib/kafkajs/_producer.js:270 (dr_cb forced to true)',
      ],
    },
  },
  check(ctx) {
    const scope = ctx.scope;
    if (scope.client === 'kafkajs') checkKafkajs(ctx);
    if (scope.client === 'confluent-kafkajs' && scope.role !== 'send' && scope.role !== 'transaction-send') {
      for (const e of scope.entries) {
        if (e.rawKey === 'dr_cb' || e.rawKey === 'dr_msg_cb') {
          report(ctx, e, `\`${e.rawKey}\` is ignored by the KafkaJS API of confluent-kafka-javascript: it always sets \`dr_cb: true\` and reports deliveries through the promise of \`send()\`.`, [removeFix(ctx, e)], 'information');
        }
      }
    }
    if (scope.role === 'producer') checkTransactionTimeout(ctx);
  },
};

function report(ctx: RuleContext, entry: ConfigEntry, message: string, fixes: FindingFix[], severity?: 'information' | 'hint'): void {
  ctx.report({ message, span: entry.keySpan, entry, key: entry.key, fixes, tags: ['unnecessary'], ...(severity ? { severity } : {}) });
}

function removeFix(ctx: RuleContext, entry: ConfigEntry, preferred = false): FindingFix {
  return { title: `Remove \`${entry.rawKey}\``, intents: [{ kind: 'remove', scopeId: ctx.scope.id, entry }], ...(preferred ? { preferred } : {}) };
}

function placeOf(scope: ConfigScope): KafkajsPlace {
  return scope.role === 'client' ? 'client' : scope.role === 'producer' ? 'producer' : 'send';
}

function linkedScopes(ctx: RuleContext, roles: ReadonlyArray<ConfigScope['role']>): ConfigScope[] {
  return (ctx.scope.linked ?? []).map((id) => ctx.scopes.get(id)?.scope).filter((s): s is ConfigScope => !!s && roles.includes(s.role));
}

function checkKafkajs(ctx: RuleContext): void {
  const scope = ctx.scope;
  if (scope.role === 'transaction') return;
  const place = placeOf(scope);
  for (const e of scope.entries) {
    const path = e.rawKey;
    const top = topLevelName(path);
    if (place === 'send' && KAFKAJS_RECORD_FIELDS.has(top)) continue;
    const option = kafkajsOption(path);
    if (option?.places.includes(place)) continue; // read here
    if (path === 'retry' && place !== 'send') continue; // an unresolved retry object: read here
    if (KAFKAJS_CONSUMER_OPTIONS.has(path)) continue; // misplaced-key: a consumer option
    const value = e.value.kind === 'unknown' || e.value.kind === 'null' ? undefined : e.value.value;
    if (option) {
      // A kafkajs option of another place.
      const where = option.places.map((p) => PLACE_TEXT[p]).join(' and ');
      const fixes: FindingFix[] = [];
      if (place === 'producer' && option.places.includes('send') && value !== undefined) {
        const sends = linkedScopes(ctx, ['send', 'transaction-send']).filter((s) => !s.entries.some((x) => x.rawKey === path));
        if (sends.length > 0) {
          const intents: FixIntent[] = [{ kind: 'remove', scopeId: scope.id, entry: e }, ...sends.map((s) => ({ kind: 'set' as const, scopeId: s.id, key: option.key, value }))];
          fixes.push({ title: `Move \`${path}\` to the send() call${sends.length > 1 ? 's' : ''}`, intents, preferred: true });
        }
      } else if (place === 'producer' && option.places.includes('client') && value !== undefined) {
        const client = linkedScopes(ctx, ['client'])[0];
        if (client && !client.entries.some((x) => x.rawKey === path)) {
          fixes.push({ title: `Move \`${path}\` to new Kafka({…})`, intents: [{ kind: 'remove', scopeId: scope.id, entry: e }, { kind: 'set', scopeId: client.id, key: option.key, value }], preferred: true });
        }
      } else if ((place === 'client' || place === 'send') && option.places.includes('producer') && value !== undefined) {
        const producers = place === 'send' ? linkedScopes(ctx, ['producer']) : linkedScopes(ctx, ['producer']);
        // A transaction timeout moved to a producer without a transactional id would be ignored there too.
        const ignoredThere = option.key === 'transaction.timeout.ms' && producers.length === 1 && ctx.scopes.get(producers[0]!.id)?.effective.transactional === false;
        if (producers.length === 1 && !ignoredThere && !producers[0]!.entries.some((x) => x.rawKey === path)) {
          fixes.push({ title: `Move \`${path}\` to kafka.producer({…})`, intents: [{ kind: 'remove', scopeId: scope.id, entry: e }, { kind: 'set', scopeId: producers[0]!.id, key: option.key, value }], preferred: true });
        }
      }
      fixes.push(removeFix(ctx, e));
      const why =
        place === 'producer' && option.places.includes('send')
          ? `\`${path}\` is read per \`send()\` call in kafkajs, so in \`kafka.producer()\` it is ignored and every send uses ${describeDefault(option.default)}`
          : `\`${path}\` is read in ${where} in kafkajs, so here it is ignored`;
      report(ctx, e, `${why}.`, fixes);
      continue;
    }
    // Not a kafkajs option anywhere: a Java or librdkafka name, or a typo (unknown-key reports typos).
    const foreign = javaKeyRecord(path) !== undefined || librdkafkaProperty(path) !== undefined || JAVA_EQUIVALENT[path] !== undefined;
    if (!foreign) continue;
    const javaKey = javaKeyRecord(path) ? path : librdkafkaProperty(path) ? librdkafkaCanonicalKey(path) : JAVA_EQUIVALENT[path]!;
    const equivalent = kafkajsOptionForKey(javaKey, place === 'send' ? 'send' : place);
    const elsewhere = equivalent ? undefined : kafkajsOptionForKey(javaKey, place === 'producer' ? 'send' : 'producer');
    const fixes: FindingFix[] = [];
    if (equivalent && !scope.entries.some((x) => x.rawKey === equivalent.path)) {
      fixes.push({ title: `Rename to \`${equivalent.path}\``, intents: [{ kind: 'rename', scopeId: scope.id, entry: e, newKey: equivalent.key }], preferred: true });
    }
    fixes.push(removeFix(ctx, e));
    const hint = equivalent
      ? ` kafkajs calls it \`${equivalent.path}\`.`
      : elsewhere
        ? ` kafkajs sets it as \`${elsewhere.path}\` in ${PLACE_TEXT[elsewhere.places[0]!]}.`
        : ' kafkajs has no such setting.';
    report(ctx, e, `\`${path}\` is a ${javaKeyRecord(path) ? 'Java client' : 'librdkafka'} property; kafkajs ignores it here.${hint}`, fixes);
  }
}

function describeDefault(d: unknown): string {
  if (d === '-1') return 'kafkajs\u2019 default (`-1`, all in-sync replicas)';
  if (d === 'none') return 'kafkajs\u2019 default (no compression)';
  if (typeof d === 'number') return `kafkajs\u2019 default (\`${d}\`)`;
  return 'kafkajs\u2019 default';
}

/** transactionTimeout / transaction.timeout.ms is only read by transactional producers. */
function checkTransactionTimeout(ctx: RuleContext): void {
  const e = ctx.effective;
  if (e.transactional !== false) return;
  const list = e.entriesByKey.get('transaction.timeout.ms') ?? [];
  for (const entry of list) {
    if (ctx.scope.client === 'kafkajs' && entry.rawKey !== 'transactionTimeout') continue;
    ctx.report({
      message: `\`${entry.rawKey}\` only matters for a transactional producer, and this one has no transactional id: the setting has no effect.`,
      span: entry.keySpan,
      entry,
      key: entry.key,
      severity: 'information',
      tags: ['unnecessary'],
      fixes: [removeFix(ctx, entry, true)],
    });
  }
}
