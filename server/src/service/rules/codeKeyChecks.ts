// Key and value checks of the shared rules (invalid-value, unknown-key, misplaced-key, deprecated-key) for scopes of
// the code clients: kafkajs options, librdkafka properties, and the confluent KafkaJS API's two vocabularies.
import { JAVA_EQUIVALENT } from '../catalog/java/foreignKeys';
import { javaKeyRecord } from '../catalog/javaCatalog';
import {
  CONFLUENT_KAFKAJS_COMMON,
  CONFLUENT_KAFKAJS_PRODUCER,
  KAFKAJS_CONSUMER_OPTIONS,
  KAFKAJS_COMPRESSION_NAMES,
  kafkajsOption,
  KAFKAJS_RECORD_FIELDS,
  suggestKafkajsOption,
  type KafkajsPlace,
} from '../catalog/kafkajsCatalog';
import {
  checkLibrdkafkaValue,
  isLibrdkafkaConsumerOnly,
  librdkafkaCanonicalKey,
  librdkafkaPrimary,
  librdkafkaProperty,
  librdkafkaSpelling,
  suggestLibrdkafkaName,
} from '../catalog/librdkafkaCatalog';
import { checkKafkajsValue } from '../effective/kafkajsValues';
import type { ConfigEntry, ConfigScope } from '../model/configDocument';
import { UNKNOWN_REASON } from '../model/value';
import type { FindingFix, RuleContext } from './rule';
import { valueSpan } from './rule';
import { setFix, topLevelName } from './support';

/** Where a kafkajs scope's options are read. */
export function kafkajsPlace(scope: ConfigScope): KafkajsPlace {
  return scope.role === 'client' ? 'client' : scope.role === 'producer' ? 'producer' : 'send';
}

const inBlock = (e: ConfigEntry) => e.rawKey.startsWith('kafkaJS.');

/** The entries a client actually reads, last occurrence of each key (with the confluent top level beating its block). */
function readEntries(ctx: RuleContext): ConfigEntry[] {
  const out: ConfigEntry[] = [];
  for (const [key, list] of ctx.effective.entriesByKey) {
    const winner = ctx.effective.get(key).entry;
    const entry = winner && list.includes(winner) ? winner : list[list.length - 1];
    if (entry && !entry.maybeOverridden) out.push(entry);
  }
  return out;
}

// ---- invalid-value

export function checkCodeValues(ctx: RuleContext): void {
  const scope = ctx.scope;
  for (const entry of readEntries(ctx)) {
    if (scope.client === 'kafkajs') kafkajsValue(ctx, entry);
    else librdkafkaValue(ctx, entry);
  }
}

function kafkajsValue(ctx: RuleContext, entry: ConfigEntry): void {
  const option = kafkajsOption(entry.rawKey);
  if (!option || !option.places.includes(kafkajsPlace(ctx.scope))) return;
  if (entry.value.kind === 'unknown') return;
  const check = checkKafkajsValue(option, entry.value);
  if (check.ok) return;
  const fixes: FindingFix[] = [];
  if (option.key === 'acks') fixes.push(setFix(ctx, 'acks', -1, { title: 'Change to -1 (all in-sync replicas)', preferred: check.expected?.[0] === '-1' }));
  else if (option.key === 'compression.type' && entry.value.kind === 'string') {
    const name = entry.value.value.toLowerCase();
    if (KAFKAJS_COMPRESSION_NAMES.includes(name)) fixes.push(setFix(ctx, 'compression.type', name, { preferred: true }));
  } else if (option.type === 'boolean' && entry.value.kind === 'string' && /^(true|false)$/i.test(entry.value.value)) {
    fixes.push(setFix(ctx, option.key, entry.value.value.toLowerCase() === 'true', { preferred: true }));
  } else if (option.type === 'number' && entry.value.kind === 'string' && /^\s*-?\d+\s*$/.test(entry.value.value)) {
    fixes.push(setFix(ctx, option.key, Number(entry.value.value), { preferred: true }));
  }
  ctx.report({
    message: `Invalid value for \`${entry.rawKey}\`: ${check.message}.`,
    span: valueSpan(entry),
    entry,
    key: entry.key,
    severity: check.severity,
    fixes,
  });
}

function librdkafkaValue(ctx: RuleContext, entry: ConfigEntry): void {
  const scope = ctx.scope;
  if (scope.role === 'send' || scope.role === 'transaction-send') return; // option-rejected: nothing in a confluent send record is read
  const block = inBlock(entry);
  if (block && !['acks', 'compression', 'timeout', 'idempotent', 'maxInFlightRequests', 'transactionTimeout', 'metadataMaxAge', 'retry.retries', 'retry.initialRetryTime', 'retry.maxRetryTime', 'requestTimeout'].includes(entry.rawKey.slice(8))) return;
  const prop = block ? librdkafkaProperty(librdkafkaSpelling(entry.key) ?? '') : librdkafkaProperty(entry.rawKey);
  if (!prop) return;
  const v = entry.value;
  const where = scope.client === 'librdkafka' ? 'the producer constructor throws' : '`producer.connect()` fails';
  const name = block ? `\`${entry.rawKey}\` (librdkafka \`${prop.name}\`)` : `\`${entry.rawKey}\``;
  if (v.kind === 'unknown') {
    if (v.reason !== UNKNOWN_REASON.undefined || prop.type === 'string' || prop.type === 'callback') return;
    const snappy = entry.key === 'compression.type' && scope.client === 'confluent-kafkajs' ? ' (`KafkaJS.CompressionTypes.Snappy` is in the typings, but the object at run time has `SNAPPY`)' : '';
    ctx.report({
      message: `${name} is \`undefined\` at run time${snappy}: librdkafka receives the string "undefined" and ${where}.`,
      span: valueSpan(entry),
      entry,
      key: entry.key,
      fixes: entry.key === 'compression.type' ? [setFix(ctx, 'compression.type', 'snappy', { preferred: true })] : [],
    });
    return;
  }
  if ((librdkafkaPrimary(prop.name) ?? prop).type === 'callback') return;
  const check = checkLibrdkafkaValue(prop, v.kind === 'null' ? null : v.value, entry.key);
  if (check.ok) return;
  const fixes: FindingFix[] = [];
  if (entry.key === 'compression.type' && v.kind === 'number' && KAFKAJS_COMPRESSION_NAMES[v.value]) {
    fixes.push(setFix(ctx, 'compression.type', KAFKAJS_COMPRESSION_NAMES[v.value]!, { preferred: true }));
  } else if (check.expected) {
    for (const x of check.expected.slice(0, 8)) fixes.push(setFix(ctx, entry.key, x, { safe: false }));
  }
  const kafkajsEnum = entry.key === 'compression.type' && v.kind === 'number' ? ' (a kafkajs `CompressionTypes` number; this API takes the codec name)' : '';
  ctx.report({
    message: `Invalid value for ${name}: ${check.message}${kafkajsEnum}; ${where}.`,
    span: valueSpan(entry),
    entry,
    key: entry.key,
    fixes,
  });
}

// ---- unknown-key

/** Keys node-rdkafka and confluent's RdKafka API handle themselves rather than passing to librdkafka. */
const BINDING_KEYS = new Set(['dr_cb', 'dr_msg_cb', 'event_cb', 'rebalance_cb', 'offset_commit_cb', 'stats_cb']);

export function checkCodeUnknownKeys(ctx: RuleContext): void {
  const scope = ctx.scope;
  for (const entry of scope.entries) {
    const path = entry.rawKey;
    if (scope.client === 'kafkajs') {
      const place = kafkajsPlace(scope);
      const top = topLevelName(path);
      if (scope.role === 'transaction' || (place === 'send' && KAFKAJS_RECORD_FIELDS.has(top))) continue;
      if (kafkajsOption(path) || path === 'retry' || KAFKAJS_CONSUMER_OPTIONS.has(path)) continue; // read, or option-ignored / misplaced-key
      if (javaKeyRecord(path) || librdkafkaProperty(path) || JAVA_EQUIVALENT[path]) continue; // option-ignored
      const suggestion = suggestKafkajsOption(path, place);
      ctx.report({
        message: suggestion ? `Unknown kafkajs option \`${path}\`; kafkajs ignores it. Did you mean \`${suggestion}\`?` : `Unknown kafkajs option \`${path}\`; kafkajs ignores it.`,
        span: entry.keySpan,
        entry,
        key: entry.key,
        fixes: suggestion ? [{ title: `Rename to \`${suggestion}\``, intents: [{ kind: 'rename', scopeId: scope.id, entry, newKey: kafkajsOption(suggestion)!.key }], preferred: true }] : [],
      });
      continue;
    }
    if (scope.role !== 'client' && scope.role !== 'producer') continue;
    if (inBlock(entry) || path === 'kafkaJS') continue; // option-rejected checks the block
    if (librdkafkaProperty(path) || isLibrdkafkaConsumerOnly(path) || BINDING_KEYS.has(path) || /_cb$/.test(path)) continue;
    if (scope.client === 'confluent-kafkajs' && (CONFLUENT_KAFKAJS_COMMON.has(path) || CONFLUENT_KAFKAJS_PRODUCER.has(path))) continue; // option-rejected
    const kafkajsName = kafkajsOption(path);
    const target = kafkajsName ? librdkafkaSpelling(kafkajsName.key) : undefined;
    const suggestion = target ?? suggestLibrdkafkaName(path);
    const what = kafkajsName ? 'a kafkajs option' : javaKeyRecord(path) ? 'a Java client property' : 'not a librdkafka property';
    const fixes: FindingFix[] =
      suggestion && librdkafkaProperty(suggestion) && !scope.entries.some((x) => x.rawKey === suggestion) && !(kafkajsName && kafkajsName.type !== 'boolean' && kafkajsName.type !== 'number' && kafkajsName.type !== 'string')
        ? [{ title: `Rename to \`${suggestion}\``, intents: [{ kind: 'rename', scopeId: scope.id, entry, newKey: librdkafkaCanonicalKey(suggestion) }], preferred: true }]
        : [];
    ctx.report({
      message:
        `\`${path}\` is ${what}: librdkafka rejects it ("No such configuration property") and ${scope.client === 'librdkafka' ? 'the producer constructor throws' : '`producer.connect()` fails'}.` +
        (suggestion ? ` Did you mean \`${suggestion}\`?` : ''),
      span: entry.keySpan,
      entry,
      key: entry.key,
      severity: 'error',
      fixes,
    });
  }
}

// ---- misplaced-key

export function checkCodeMisplaced(ctx: RuleContext): void {
  const scope = ctx.scope;
  // The fix is built only for an entry that is reported (this runs over every entry of every scope).
  const remove = (entry: ConfigEntry): FindingFix => ({ title: `Remove \`${entry.rawKey}\``, intents: [{ kind: 'remove', scopeId: scope.id, entry }], preferred: true });
  for (const entry of scope.entries) {
    if (scope.client === 'kafkajs' && KAFKAJS_CONSUMER_OPTIONS.has(entry.rawKey)) {
      ctx.report({
        message: `\`${entry.rawKey}\` is a kafkajs consumer option (\`kafka.consumer({…})\`); a producer ignores it.`,
        span: entry.keySpan,
        entry,
        key: entry.key,
        fixes: [remove(entry)],
      });
    } else if (scope.client !== 'kafkajs' && !inBlock(entry) && isLibrdkafkaConsumerOnly(entry.rawKey)) {
      ctx.report({
        message: `\`${entry.rawKey}\` is a librdkafka consumer property; a producer ignores it (librdkafka logs "is a consumer property and will be ignored by this producer instance").`,
        span: entry.keySpan,
        entry,
        key: entry.key,
        fixes: [remove(entry)],
      });
    }
  }
}

// ---- deprecated-key

export function checkCodeDeprecated(ctx: RuleContext): void {
  if (ctx.scope.client === 'kafkajs') return;
  for (const entry of ctx.scope.entries) {
    if (inBlock(entry)) continue;
    const prop = librdkafkaProperty(entry.rawKey);
    if (!prop || (!prop.deprecated && !prop.experimental)) continue;
    ctx.report({
      message: prop.deprecated
        ? `\`${entry.rawKey}\` is deprecated in librdkafka (it logs a configuration warning and a later release may drop it).`
        : `\`${entry.rawKey}\` is experimental in librdkafka (it logs a configuration warning; its behaviour may change).`,
      span: entry.keySpan,
      entry,
      key: entry.key,
      ...(prop.deprecated ? { tags: ['deprecated' as const] } : { severity: 'information' as const }),
    });
  }
}

// ---- duplicate-key

/**
 * The entries of a code scope that are overridden by another write the client reads, with the one that wins: an earlier
 * property of the same key in a literal (JS keeps the last), an alias (`linger.ms` after `queue.buffering.max.ms`), or
 * a `kafkaJS` block option next to its librdkafka property (the top level wins). Values that arrive through a spread or
 * an import and are overridden on purpose (`{ ...defaults, acks: 1 }`) are not duplicates.
 */
export function codeDuplicates(ctx: RuleContext): Array<{ entry: ConfigEntry; winner: ConfigEntry }> {
  const out: Array<{ entry: ConfigEntry; winner: ConfigEntry }> = [];
  for (const [key, list] of ctx.effective.entriesByKey) {
    // Most keys are written once: no copy to make.
    if (list.length < 2) continue;
    const read = list.filter((e) => isRead(ctx.scope, e));
    if (read.length < 2) continue;
    const w = ctx.effective.get(key).entry;
    const winner = w && read.includes(w) ? w : read[read.length - 1]!;
    // A later write the analysis cannot see through (in an `if`, or of an unknown value) may not replace the earlier one.
    if (winner.value.kind === 'unknown' || winner.maybeOverridden) continue;
    for (const e of read) if (e !== winner && e.origin.kind === 'inline') out.push({ entry: e, winner });
  }
  return out;
}

/** Whether the client reads this entry at all (kafkajs ignores Java spellings; confluent rejects KafkaJS names at the top). */
function isRead(scope: ConfigScope, e: ConfigEntry): boolean {
  if (scope.client === 'kafkajs') return kafkajsOption(e.rawKey)?.places.includes(kafkajsPlace(scope)) ?? false;
  if (scope.role === 'send' || scope.role === 'transaction-send') return false;
  if (inBlock(e)) return !e.key.startsWith('kafkaJS.');
  return librdkafkaProperty(e.rawKey) !== undefined;
}
