// Rule message-size-mismatch: max.request.size allows records that the broker/topic limit or buffer.memory then rejects.
import { numberOf } from '../effective/types';
import { relatedFact } from './support';
import type { FindingFix, Rule } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { relatedEntries, setFix } from './support';

const DEFAULT_BUFFER_MEMORY = 33554432;

export const rule: Rule = {
  id: 'message-size-mismatch',
  meta: {
    description: 'max.request.size allows records that the broker/topic limit or buffer.memory rejects (RecordTooLargeException).',
    category: 'correctness',
    defaultSeverity: 'warning',
    fix: 'unsafe',
    clients: ['java'],
    docs: {
      what:
        'This rule owns the record-size limits. It reports (1) an effective `max.request.size` above the broker `message.max.bytes` / topic ' +
        '`max.message.bytes`, when that limit is known from the setting `kafkaProducer.cluster.messageMaxBytes` or a cluster file in the ' +
        'workspace (without it the rule does not guess: brokers are often configured above their 1048588-byte default, which is exactly ' +
        'why `max.request.size` gets raised); and (2) an effective `max.request.size` above `buffer.memory`, which needs no cluster facts. ' +
        'The finding sits on `max.request.size` when it is written, otherwise on `buffer.memory`. (Batches that do not fit the buffer are ' +
        '`buffer-memory-too-small`.)',
      why:
        'The producer checks each serialized record (batch header included, before compression) against `max.request.size` and against ' +
        '`buffer.memory`; the broker checks each batch against its limit. (1) A record between the broker limit and `max.request.size` passes ' +
        'the client, travels to the broker and comes back as `RecordTooLargeException` — only for the large records, so it shows up late in ' +
        'production. (2) A record larger than `buffer.memory` can never be sent: the send fails at once with `RecordTooLargeException`, so the ' +
        'effective limit is the smaller value and the larger one only misleads.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nmax.request.size=67108864\n',
        valid: 'bootstrap.servers=localhost:9092\nmax.request.size=2097152\n',
      },
      fix:
        'Quick fixes lower `max.request.size` to the limit that really applies (the broker/topic limit, or `buffer.memory`), or raise ' +
        '`buffer.memory` (to the 32 MiB default, or to `max.request.size` if larger). They are offered on request only: which side is wrong ' +
        'depends on the records you send — if you need large records, raise the topic’s `max.message.bytes` instead (or store the payload ' +
        'elsewhere and send a reference).',
      references: [
        'KafkaProducer.ensureValidRecordSize: record size vs max.request.size and buffer.memory (KP:1162-1171 @4.3.1); the size is estimateSizeInBytesUpperBound, header included (KP:1022-1024)',
        'Broker message.max.bytes default 1048588, topic max.message.bytes (ServerLogConfigs.java:177, LogConfig.java:204 @4.3.1)',
        'max.request.size default 1048576 in every version (producer-configs.json)',
      ],
    },
  },
  check(ctx) {
    const e = ctx.effective;
    const requestValue = e.get('max.request.size');
    const maxRequest = numberOf(requestValue);
    if (maxRequest === undefined) return;
    const requestText = requestValue.source === 'explicit' ? `\`max.request.size=${maxRequest}\`` : `\`max.request.size\` (${maxRequest}, the default)`;

    const limit = ctx.options.cluster.messageMaxBytes;
    if (limit && maxRequest > limit.value) {
      ctx.report({
        message:
          `${requestText} is above the broker/topic limit of ${limit.value} bytes (${limit.source}): records between the two pass the client ` +
          'and are rejected by the broker with RecordTooLargeException.',
        span: requestValue.entry ? valueSpan(requestValue.entry) : anchorSpan(ctx.scope),
        ...(requestValue.entry ? { entry: requestValue.entry } : {}),
        key: 'max.request.size',
        related: relatedFact(limit, `the limit of ${limit.value} bytes comes from here`),
        fixes: [setFix(ctx, 'max.request.size', limit.value, { title: `Lower max.request.size to the broker limit (${limit.value})`, preferred: true })],
      });
    }

    const bufferValue = e.get('buffer.memory');
    const buffer = numberOf(bufferValue);
    if (buffer === undefined || maxRequest <= buffer) return;
    const onRequest = requestValue.entry !== undefined || bufferValue.entry === undefined;
    const target = onRequest ? requestValue : bufferValue;
    const bufferText = bufferValue.source === 'explicit' ? `\`buffer.memory=${buffer}\`` : `\`buffer.memory\` (${buffer}, the default)`;
    const raised = Math.max(DEFAULT_BUFFER_MEMORY, maxRequest);
    const fixes: FindingFix[] = [
      setFix(ctx, 'max.request.size', buffer, { title: `Lower max.request.size to buffer.memory (${buffer})`, preferred: onRequest }),
      setFix(ctx, 'buffer.memory', raised, { title: `Raise buffer.memory to ${raised}`, preferred: !onRequest }),
    ];
    ctx.report({
      message:
        `${requestText} is above ${bufferText}: a record larger than the buffer can never be sent (the send fails at once with RecordTooLargeException), ` +
        `so the real limit is ${buffer} bytes.`,
      span: target.entry ? valueSpan(target.entry) : anchorSpan(ctx.scope),
      ...(target.entry ? { entry: target.entry } : {}),
      key: target.key,
      related: relatedEntries(
        onRequest ? (bufferValue.entry ? [{ key: 'buffer.memory', entry: bufferValue.entry }] : []) : requestValue.entry ? [{ key: 'max.request.size', entry: requestValue.entry }] : [],
        (k) => `\`${k}\` is set here`,
      ),
      fixes,
    });
  },
};
