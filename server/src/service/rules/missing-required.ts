// Rule missing-required: a key the producer cannot start without is absent (the file may be completed by code).
import { atLeast } from '../catalog/versions';
import type { Rule } from './rule';
import { anchorSpan } from './rule';
import { setIntent } from './support';

const PLACEHOLDERS: Record<string, string> = {
  'bootstrap.servers': 'localhost:9092',
  'key.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
  'value.serializer': 'org.apache.kafka.common.serialization.StringSerializer',
};

export const rule: Rule = {
  id: 'missing-required',
  meta: {
    description: 'A key the producer cannot start without is not set.',
    category: 'correctness',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['java'],
    docs: {
      what:
        'Reports a missing `bootstrap.servers`, `key.serializer` or `value.serializer`. It is a warning, not an error, because application code ' +
        'often adds these before creating the producer (serializer instances can also be passed to the constructor).',
      why:
        'Without them `new KafkaProducer(props)` fails: the serializers are required in every version; a missing `bootstrap.servers` fails with ' +
        '"No resolvable bootstrap urls" before 4.2 and as a missing required configuration from 4.2.',
      examples: {
        invalid: 'acks=all\n',
        valid:
          'bootstrap.servers=localhost:9092\nkey.serializer=org.apache.kafka.common.serialization.StringSerializer\nvalue.serializer=org.apache.kafka.common.serialization.StringSerializer\nacks=all\n',
      },
      fix: 'The quick fix adds the key with a placeholder value (`localhost:9092`, `StringSerializer`) for you to adjust.',
      references: ['ProducerConfig.java (NO_DEFAULT_VALUE keys; bootstrap.servers since 4.2, KIP-1161)', 'ClientUtils.parseAndValidateAddresses'],
    },
  },
  check(ctx) {
    if (ctx.scope.open) return;
    const missing = Object.keys(PLACEHOLDERS).filter((k) => !ctx.effective.entriesByKey.has(k));
    if (missing.length === 0) return;
    const why = (k: string) =>
      k === 'bootstrap.servers' && !atLeast(ctx.version, '4.2') ? 'the producer finds no broker to connect to' : 'it has no default';
    for (const key of missing) {
      ctx.report({
        message: `\`${key}\` is not set and ${why(key)}; the producer cannot start unless code supplies it.`,
        span: anchorSpan(ctx.scope),
        key,
        fixes: [
          {
            title: `Add ${key}=${PLACEHOLDERS[key]}`,
            intents: [setIntent(ctx, key, PLACEHOLDERS[key]!)],
            preferred: missing.length === 1,
          },
          ...(missing.length > 1
            ? [{ title: 'Add all missing required keys', intents: missing.map((k) => setIntent(ctx, k, PLACEHOLDERS[k]!)) }]
            : []),
        ],
      });
    }
  },
};
