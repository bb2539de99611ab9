// Rule compression-disabled: compression.type=none (written: information; left at the default: hint).
import { stringOf } from '../effective/types';
import type { Rule } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { setFix } from './support';
import { clientKey, setting } from './clientText';

export const rule: Rule = {
  id: 'compression-disabled',
  meta: {
    description: 'Records are sent uncompressed (compression.type=none).',
    category: 'performance',
    defaultSeverity: 'information',
    fix: 'unsafe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what:
        'Reports `compression.type=none`: as information when it is written, and as a hint on the first line when the key is absent ' +
        '(`none` is the default in every Java client version).',
      why:
        'Uncompressed batches cost more network bandwidth, broker disk and page cache, and replication traffic. Text formats such as JSON ' +
        'typically compress several times over, and `lz4` or `zstd` cost little CPU compared with the bytes saved. Compression works on ' +
        'whole batches, so it pays off most together with batching (`linger.ms` above 0).',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\ncompression.type=none\n',
        valid: 'bootstrap.servers=localhost:9092\ncompression.type=lz4\n',
      },
      fix:
        'The quick fix sets `compression.type=lz4`, a fast codec with a good ratio (`zstd` compresses better for more CPU). It is not ' +
        'applied by "fix all": it changes CPU use on producers and consumers and the format of the stored batches, and already compressed ' +
        'payloads (images, encrypted data) gain nothing — measure first.',
      references: [
        'compression.type default none in every version 2.0–4.3 (producer-configs.json)',
        'KafkaProducer reads the codec level only for the matching compression.type (KP:554-575 @4.3.1)',
      ],
    },
  },
  check(ctx) {
    const compression = ctx.effective.get('compression.type');
    if (stringOf(compression) !== 'none') return;
    const written = compression.source === 'explicit';
    // Code clients: once per producer, plus kafkajs sends that write `compression` themselves (kafkajs compresses per send()).
    if (ctx.scope.client !== 'java' && ctx.scope.role !== 'producer' && !(ctx.scope.client === 'kafkajs' && written)) return;
    // A kafkajs producer whose send() calls choose their own compression is not uncompressed as a whole.
    if (ctx.scope.client === 'kafkajs' && ctx.scope.role === 'producer' && (ctx.scope.linked ?? []).some((id) => ctx.scopes.get(id)?.scope.entries.some((e) => e.rawKey === 'compression'))) return;
    // kafkajs has only GZIP built in; the others need a codec package (compression-codec-missing).
    const codec = ctx.scope.client === 'kafkajs' ? 'gzip' : 'lz4';
    if (ctx.scope.client !== 'java') {
      ctx.report({
        message: written
          ? `${setting(ctx.scope, compression.entry, 'compression.type', compression.entry?.value.kind === 'number' ? 'None' : 'none')}: batches are sent and stored uncompressed, costing network, disk and replication bandwidth.`
          : `\`${clientKey(ctx.scope, 'compression.type')}\` is not set, so records are sent uncompressed (the default is none${ctx.scope.client === 'kafkajs' ? ' on every send()' : ''}).`,
        span: compression.entry ? valueSpan(compression.entry) : anchorSpan(ctx.scope),
        ...(compression.entry ? { entry: compression.entry } : {}),
        key: 'compression.type',
        ...(written ? {} : { severity: 'hint' as const }),
        fixes: [setFix(ctx, 'compression.type', codec, { preferred: true })],
      });
      return;
    }
    ctx.report({
      message: written
        ? '`compression.type=none`: batches are sent and stored uncompressed, costing network, disk and replication bandwidth.'
        : '`compression.type` is not set, so records are sent uncompressed (the default is `none`).',
      span: compression.entry ? valueSpan(compression.entry) : anchorSpan(ctx.scope),
      ...(compression.entry ? { entry: compression.entry } : {}),
      key: 'compression.type',
      ...(written ? {} : { severity: 'hint' as const }),
      fixes: [setFix(ctx, 'compression.type', 'lz4', { preferred: true })],
    });
  },
};
