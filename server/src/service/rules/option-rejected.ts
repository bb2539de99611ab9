// Rule option-rejected: an option the confluent KafkaJS-compatible API throws on — a KafkaJS name outside the
// `kafkaJS` block, an option the block does not support, or acks/timeout/compression on a send() call.
import { CONFLUENT_KAFKAJS_COMMON, CONFLUENT_KAFKAJS_PRODUCER, kafkajsOption } from '../catalog/kafkajsCatalog';
import { librdkafkaSpelling } from '../catalog/librdkafkaCatalog';
import type { ConfigEntry, ConfigScope } from '../model/configDocument';
import { UNKNOWN_REASON } from '../model/value';
import type { FindingFix, Rule, RuleContext } from './rule';
import { valueSpan } from './rule';
import { topLevelName } from './support';

const SEND_OPTIONS = new Set(['acks', 'timeout', 'compression']);

export const rule: Rule = {
  id: 'option-rejected',
  meta: {
    description: 'An option the client throws on: a KafkaJS name outside the kafkaJS block, an unsupported option, per-send acks in the confluent KafkaJS API.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'unsafe',
    clients: ['confluent-kafkajs'],
    docs: {
      what:
        'In the KafkaJS-compatible API of `@confluentinc/kafka-javascript`: KafkaJS option names written next to the librdkafka properties ' +
        'instead of inside `kafkaJS: {…}` (`new Kafka()` and `kafka.producer()` throw for them, except `acks`, which is also a librdkafka name); ' +
        'options the `kafkaJS` block does not support (`createPartitioner`, `socketFactory`, `reauthenticationThreshold`, `retry.factor`, ' +
        '`retry.multiplier`, `retry.restartOnFailure`, an object for `ssl`, a non-array `brokers`, or any name outside its allow-list); and ' +
        '`acks`, `timeout` or `compression` in a `send()`/`sendBatch()` record.',
      why:
        'Code migrated from kafkajs compiles (or runs in JavaScript) but fails: the constructor, `producer()`, `connect()` or every `send()` throws ' +
        'a KafkaJSError naming the property.',
      examples: {
        invalid:
          "import { KafkaJS } from '@confluentinc/kafka-javascript';\nconst kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['localhost:9092'] } });\n" +
          "export const producer = kafka.producer({ idempotent: true });\n",
        valid:
          "import { KafkaJS } from '@confluentinc/kafka-javascript';\nconst kafka = new KafkaJS.Kafka({ kafkaJS: { brokers: ['localhost:9092'] } });\n" +
          "export const producer = kafka.producer({ kafkaJS: { idempotent: true } });\n",
      },
      language: 'typescript',
      fix:
        'The quick fix renames a KafkaJS name at the top level to the librdkafka property it stands for (`idempotent` → `enable.idempotence`), ' +
        'and moves `acks`/`timeout`/`compression` from `send()` into the producer configuration. Unsupported options are removed on request.',
      references: [
        'confluent-kafka-javascript lib/kafkajs/_kafka.js:30,69 (checkIfKafkaJsKeysPresent); lib/kafkajs/_common.js:8-35,477 (allow-lists, checkAllowedKeys)',
        'lib/kafkajs/_common.js kafkaJSToRdKafkaConfig (brokers, ssl, retry, socketFactory, reauthenticationThreshold); lib/kafkajs/_producer.js:173 (createPartitioner)',
        'lib/kafkajs/_producer.js:627-635,723-731 (send/sendBatch throw on acks, timeout, compression)',
        'MIGRATION.md of confluent-kafka-javascript',
      ],
    },
  },
  check(ctx) {
    const scope = ctx.scope;
    if (scope.role === 'send' || scope.role === 'transaction-send') return checkSend(ctx);
    if (scope.role !== 'client' && scope.role !== 'producer') return;
    for (const e of scope.entries) {
      if (e.rawKey.startsWith('kafkaJS.')) checkBlock(ctx, e, e.rawKey.slice('kafkaJS.'.length));
      else checkTopLevel(ctx, scope, e);
    }
  },
};

function checkTopLevel(ctx: RuleContext, scope: ConfigScope, e: ConfigEntry): void {
  const name = e.rawKey;
  const isCommon = CONFLUENT_KAFKAJS_COMMON.has(name);
  const isProducer = CONFLUENT_KAFKAJS_PRODUCER.has(name) && name !== 'acks';
  if (!isCommon && !isProducer) return;
  const thrower =
    scope.role === 'client' && isCommon
      ? '`new Kafka()` throws'
      : scope.role === 'producer' && isProducer
        ? '`kafka.producer()` throws'
        : 'librdkafka rejects it as an unknown property when the producer connects';
  const option = kafkajsOption(name);
  const target = option?.confluent?.to;
  const fixes: FindingFix[] = [];
  // Renaming keeps the value only where librdkafka reads the same value form.
  const sameForm = target && target !== 'security.protocol' && target !== 'sasl.mechanism' && name !== 'brokers' && name !== 'compression' && name !== 'logLevel' && name !== 'enforceRequestTimeout' && name !== 'connectionTimeout' && name !== 'authenticationTimeout';
  if (sameForm && librdkafkaSpelling(e.key === name ? targetKey(target) : e.key)) {
    fixes.push({ title: `Rename to \`${target}\``, intents: [{ kind: 'rename', scopeId: scope.id, entry: e, newKey: targetKey(target) }], preferred: true });
  }
  fixes.push({ title: `Remove \`${name}\``, intents: [{ kind: 'remove', scopeId: scope.id, entry: e }] });
  ctx.report({
    message: `\`${name}\` is a KafkaJS option written outside the \`kafkaJS\` block: ${thrower}. Put it inside \`kafkaJS: {…}\`${target ? ` or use the librdkafka property \`${target}\`` : ''}.`,
    span: e.keySpan,
    entry: e,
    key: e.key,
    fixes,
  });
}

/** The model key of a librdkafka property name. */
function targetKey(name: string): string {
  switch (name) {
    case 'max.in.flight':
      return 'max.in.flight.requests.per.connection';
    case 'compression.codec':
      return 'compression.type';
    default:
      return name;
  }
}

function checkBlock(ctx: RuleContext, e: ConfigEntry, path: string): void {
  const top = topLevelName(path);
  const v = e.value;
  let problem: string | undefined;
  if (!CONFLUENT_KAFKAJS_COMMON.has(top) && !CONFLUENT_KAFKAJS_PRODUCER.has(top)) {
    problem = `\`${top}\` is not a KafkaJS producer option this API supports ("The '${top}' property is not supported"), so \`producer.connect()\` throws`;
  } else {
    const option = kafkajsOption(path);
    const rejected = option?.confluent?.rejected;
    if (rejected && path !== 'retry.factor' && path !== 'retry.multiplier' && path !== 'retry.restartOnFailure') problem = `\`${path}\` ${rejected} in the KafkaJS API, so \`producer.connect()\` throws`;
    else if ((path === 'retry.factor' || path === 'retry.multiplier') && v.kind === 'number') problem = `\`${path}\` ${rejected}, so \`producer.connect()\` throws`;
    else if (path === 'retry.restartOnFailure' && !(v.kind === 'boolean' && !v.value) && v.kind !== 'null') problem = `\`${path}\` ${rejected}, so \`producer.connect()\` throws`;
    else if (path === 'ssl' && v.kind === 'unknown' && v.reason === UNKNOWN_REASON.object) problem = '`ssl` must be `true` or `false` in the KafkaJS API (TLS options go in librdkafka `ssl.*` properties), so `producer.connect()` throws';
    else if (path === 'brokers' && (v.kind === 'string' || (v.kind === 'unknown' && v.reason === UNKNOWN_REASON.function))) problem = '`brokers` must be an array in the KafkaJS API (not a string or a function), so `producer.connect()` throws';
  }
  if (!problem) return;
  ctx.report({
    message: `${problem}.`,
    span: path === 'ssl' || path === 'brokers' ? valueSpan(e) : e.keySpan,
    entry: e,
    key: e.key,
    fixes: [{ title: `Remove \`${e.rawKey}\``, intents: [{ kind: 'remove', scopeId: ctx.scope.id, entry: e }] }],
  });
}

function checkSend(ctx: RuleContext): void {
  const scope = ctx.scope;
  const producer = (scope.linked ?? []).map((id) => ctx.scopes.get(id)?.scope).find((s) => s?.role === 'producer');
  for (const e of scope.entries) {
    if (!SEND_OPTIONS.has(e.rawKey)) continue;
    const v = e.value;
    const fixes: FindingFix[] = [];
    if (producer && v.kind !== 'unknown' && v.kind !== 'null' && !producer.entries.some((x) => x.key === e.key)) {
      fixes.push({
        title: `Move \`${e.rawKey}\` to the producer configuration`,
        intents: [
          { kind: 'remove', scopeId: scope.id, entry: e },
          { kind: 'set', scopeId: producer.id, key: e.key, value: e.key === 'compression.type' && typeof v.value === 'number' ? ['none', 'gzip', 'snappy', 'lz4', 'zstd'][v.value] ?? String(v.value) : v.value },
        ],
        preferred: true,
      });
    }
    fixes.push({ title: `Remove \`${e.rawKey}\``, intents: [{ kind: 'remove', scopeId: scope.id, entry: e }] });
    ctx.report({
      message: `The KafkaJS API of confluent-kafka-javascript throws when a send record has \`${e.rawKey}\`: it is a producer setting there (\`kafkaJS: { ${e.rawKey} }\` in \`kafka.producer()\`).`,
      span: e.keySpan,
      entry: e,
      key: e.key,
      fixes,
    });
  }
}
