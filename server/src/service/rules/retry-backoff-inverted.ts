// Rule retry-backoff-inverted: a backoff larger than its maximum — the client silently uses a constant backoff instead.
import { atLeast } from '../catalog/versions';
import type { EffectiveValue } from '../effective/types';
import { numberOf } from '../effective/types';
import type { Rule, RuleContext } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { relatedEntries, setFix, setIntent } from './support';
import { clientKey } from './clientText';

interface Pair {
  readonly base: string;
  readonly max: string;
  /** What the client does instead, in this version. */
  readonly effect: (base: number, max: number) => string;
}

const RETRY: Pair = {
  base: 'retry.backoff.ms',
  max: 'retry.backoff.max.ms',
  effect: (_base, max) => `the client logs a warning and retries after a constant ${max} ms instead of backing off exponentially`,
};

/** kafkajs src/retry/index.js: the first pause is about initialRetryTime, every later one min(…, maxRetryTime). */
const KAFKAJS_RETRY: Pair = {
  base: 'retry.backoff.ms',
  max: 'retry.backoff.max.ms',
  effect: (base, max) => `kafkajs waits about ${base} ms before the first retry and caps every later pause at ${max} ms (\`maxRetryTime\` is milliseconds, not a number of retries)`,
};

/** librdkafka rd_kafka_conf_finalize: a warning, then a constant backoff of the maximum. */
const LIBRDKAFKA_RETRY: Pair = {
  base: 'retry.backoff.ms',
  max: 'retry.backoff.max.ms',
  effect: (_base, max) => `librdkafka logs a configuration warning and retries after a constant ${max} ms instead of backing off exponentially`,
};

const reconnect = (version: string): Pair => ({
  base: 'reconnect.backoff.ms',
  max: 'reconnect.backoff.max.ms',
  effect: (base, max) =>
    atLeast(version, '3.7')
      ? `reconnects wait a constant ${max} ms (the smaller value) instead of backing off exponentially`
      : `reconnects wait a constant ${base} ms and \`reconnect.backoff.max.ms\` is ignored (no exponential backoff)`,
});

function checkPair(ctx: RuleContext, pair: Pair, baseValue: EffectiveValue, maxValue: EffectiveValue): void {
  const base = numberOf(baseValue);
  const max = numberOf(maxValue);
  if (base === undefined || max === undefined || base <= max) return;
  const target = baseValue.entry ? baseValue : maxValue;
  const other = target === baseValue ? maxValue : baseValue;
  const name = (v: EffectiveValue) => (ctx.scope.client === 'java' ? v.key : v.entry?.rawKey ?? clientKey(ctx.scope, v.key));
  const text = (v: EffectiveValue, n: number) =>
    v.source === 'explicit' ? (ctx.scope.client === 'java' ? `\`${v.key}=${n}\`` : `\`${name(v)}: ${n}\``) : `\`${name(v)}\` (${n}, the default)`;
  ctx.report({
    message: `${text(baseValue, base)} is greater than ${text(maxValue, max)}: ${pair.effect(base, max)}.`,
    span: target.entry ? valueSpan(target.entry) : anchorSpan(ctx.scope),
    ...(target.entry ? { entry: target.entry } : {}),
    key: target.key,
    related: relatedEntries(other.entry ? [{ key: other.key, entry: other.entry }] : [], (k) => `\`${k}\` is set here`),
    fixes: [
      setFix(ctx, pair.max, base, { title: `Raise ${name(maxValue)} to ${base}`, preferred: true }),
      { title: ctx.scope.client === 'java' ? `Swap the values (${pair.base}=${max}, ${pair.max}=${base})` : `Swap the values (${name(baseValue)}: ${max}, ${name(maxValue)}: ${base})`, intents: [setIntent(ctx, pair.base, max), setIntent(ctx, pair.max, base)] },
    ],
  });
}

export const rule: Rule = {
  id: 'retry-backoff-inverted',
  meta: {
    description: 'A backoff is larger than its maximum, so the client silently uses a constant backoff.',
    category: 'correctness',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports `retry.backoff.ms` greater than `retry.backoff.max.ms` (Kafka 3.7 and later, where the maximum exists; its default is 1000, ' +
        'so a lone `retry.backoff.ms=2000` is reported), and `reconnect.backoff.ms` greater than a written `reconnect.backoff.max.ms`. ' +
        'When only `reconnect.backoff.ms` is written the client sets the maximum to it, so that is not reported. The finding sits on the ' +
        'base value when it is written, otherwise on the maximum.',
      why:
        'From 3.7 retries back off exponentially from `retry.backoff.ms` up to `retry.backoff.max.ms`. When the base is larger, the client ' +
        'only logs a warning and uses a constant backoff of the maximum: a `retry.backoff.ms=2000` carried over from an older client ' +
        'quietly becomes 1000 ms. The reconnect pair behaves the same way from 3.7; before 3.7 an inverted pair gave a constant ' +
        '`reconnect.backoff.ms` and ignored the maximum. Either way one of the two settings does not do what it says.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nretry.backoff.ms=2000\n',
        valid: 'bootstrap.servers=localhost:9092\nretry.backoff.ms=2000\nretry.backoff.max.ms=10000\n',
      },
      fix:
        'The preferred quick fix raises the maximum to the base value (the backoff is then the constant you wrote); the other swaps the ' +
        'two values (exponential backoff between them). On request only, since both change the timing of retries or reconnects.',
      references: [
        'CommonClientConfigs.warnDisablingExponentialBackoff (CCC:277-285 @4.3.1), called from ProducerConfig.postProcessParsedConfig (PC:572)',
        'CommonClientConfigs.postProcessReconnectBackoffConfigs: max := base when only the base is set (CCC:259-270 @4.3.1)',
        'ExponentialBackoff: initialInterval = min(maxInterval, initialInterval) since 3.7.0 (KIP-580, b49013b73ef); before: constant initialInterval when max ≤ initial',
        'retry.backoff.max.ms added in 3.7.0 (KIP-580), default 1000',
      ],
    },
  },
  check(ctx) {
    const e = ctx.effective;
    if (ctx.scope.client !== 'java') {
      // Code clients: on the scope that writes the pair (a kafkajs producer reads its client's retry too).
      if (ctx.scope.role === 'send' || ctx.scope.role === 'transaction-send' || ctx.scope.role === 'transaction') return;
      const own = (k: string) => (e.entriesByKey.get(k) ?? []).length > 0;
      if (!own('retry.backoff.ms') && !own('retry.backoff.max.ms')) return;
      checkPair(ctx, ctx.scope.client === 'kafkajs' ? KAFKAJS_RETRY : LIBRDKAFKA_RETRY, e.get('retry.backoff.ms'), e.get('retry.backoff.max.ms'));
      return;
    }
    if (atLeast(ctx.version, '3.7')) checkPair(ctx, RETRY, e.get('retry.backoff.ms'), e.get('retry.backoff.max.ms'));
    const reconnectMax = e.get('reconnect.backoff.max.ms');
    if (reconnectMax.source === 'explicit') checkPair(ctx, reconnect(ctx.version), e.get('reconnect.backoff.ms'), reconnectMax);
  },
};
