// Rule buffer-memory-too-small: buffer.memory cannot hold a batch (every send fails) or too few batches (send() blocks early).
import { numberOf } from '../effective/types';
import type { EffectiveValue } from '../effective/types';
import type { Finding, FindingFix, Rule, RuleContext } from './rule';
import { anchorSpan, valueSpan } from './rule';
import { effectiveBatchSize, relatedEntries, setFix } from './support';

const DEFAULT_BUFFER_MEMORY = 33554432;


/**
 * The smallest buffer that does not throttle one partition on one broker: a batch for each request that may be in flight on
 * the connection plus the batch being filled. Below it, send() blocks on memory before the network pipeline is even full.
 */
export function bufferFloor(batchSize: number, maxInFlight: number): number {
  return (maxInFlight + 1) * effectiveBatchSize(batchSize);
}

const spanOf = (ctx: RuleContext, v: EffectiveValue) => (v.entry ? valueSpan(v.entry) : anchorSpan(ctx.scope));

export const rule: Rule = {
  id: 'buffer-memory-too-small',
  meta: {
    description: 'buffer.memory smaller than one batch (every send fails) or than the batches one connection keeps busy (send() blocks).',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'unsafe',
    clients: ['java'],
    docs: {
      what:
        'Error: `batch.size` (at least 1, as the client uses it) is larger than `buffer.memory`. Warning: `buffer.memory` is below ' +
        '(`max.in.flight.requests.per.connection` + 1) × `batch.size` — 98304 bytes (96 KiB) with the defaults — the memory one partition ' +
        'on one broker needs to keep every allowed request in flight while the next batch fills. The finding sits on `buffer.memory` when it ' +
        'is written, otherwise on `batch.size`. A `max.request.size` above `buffer.memory` (records that can never be sent) is reported by ' +
        '`message-size-mismatch`, which owns every record-size limit.',
      why:
        'Every new batch allocates at least `batch.size` bytes from the buffer. If that is more than the whole buffer, the allocation throws ' +
        '`IllegalArgumentException` ("Attempt to allocate … bytes, but there is a hard limit of … on memory allocations") from every ' +
        '`send()`: the producer starts but can send nothing, hence an error. A buffer of only a few batches fills as soon as a few requests ' +
        'are outstanding; `send()` then blocks for up to `max.block.ms`, after which the send fails with a `BufferExhaustedException` ' +
        'under load the network could carry. The default buffer is 32 MiB (2048 default batches).',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nbuffer.memory=8192\n',
        valid: 'bootstrap.servers=localhost:9092\nbuffer.memory=33554432\n',
      },
      fix:
        'The quick fix raises `buffer.memory` to the default 32 MiB (or to the floor, if that is larger); when only `batch.size` is written, ' +
        'another fix lowers it to the largest value that fits. Offered on request only: the buffer is heap the application must have.',
      references: [
        'BufferPool.allocate throws IllegalArgumentException when size > totalMemory, BufferExhaustedException after max.block.ms (BufferPool.java:107-158 @4.3.1)',
        'RecordAccumulator.append allocates max(batch.size, record size) per new batch (RA:329 @4.3.1)',
        'KafkaProducer: batch.size used as Math.max(1, batch.size) (KP:437 @4.3.1); the IllegalArgumentException is rethrown from send() (KP:1070-1073 @4.3.1)',
        'buffer.memory default 33554432, batch.size default 16384 in every version (HISTORY.md)',
      ],
    },
  },
  check(ctx) {
    const e = ctx.effective;
    const bufferValue = e.get('buffer.memory');
    const batchValue = e.get('batch.size');
    const buffer = numberOf(bufferValue);
    const batchSize = numberOf(batchValue);
    if (buffer === undefined || batchSize === undefined) return;
    const batch = effectiveBatchSize(batchSize);
    const bufferWritten = bufferValue.source === 'explicit';
    const target = bufferValue.entry ? bufferValue : batchValue;
    const otherRelated = relatedEntries(
      target === bufferValue ? (batchValue.entry ? [{ key: 'batch.size', entry: batchValue.entry }] : []) : bufferValue.entry ? [{ key: 'buffer.memory', entry: bufferValue.entry }] : [],
      (k) => `\`${k}\` is set here`,
    );
    const base: Pick<Finding, 'span' | 'entry' | 'key' | 'related'> = {
      span: spanOf(ctx, target),
      ...(target.entry ? { entry: target.entry } : {}),
      key: target.key,
      related: otherRelated,
    };
    const bufferText = bufferWritten ? `\`buffer.memory=${buffer}\`` : `\`buffer.memory\` (${buffer}, the default)`;

    if (batch > buffer) {
      const fixes: FindingFix[] = [];
      const inFlight = numberOf(e.get('max.in.flight.requests.per.connection'));
      const floor = inFlight !== undefined ? bufferFloor(batchSize, inFlight) : batch;
      fixes.push(setFix(ctx, 'buffer.memory', Math.max(DEFAULT_BUFFER_MEMORY, floor), { preferred: target === bufferValue }));
      if (target === batchValue && inFlight !== undefined) {
        const fitting = Math.floor(buffer / (inFlight + 1));
        if (fitting >= 1) fixes.push(setFix(ctx, 'batch.size', fitting, { preferred: true }));
      }
      ctx.report({
        ...base,
        message: `\`batch.size\` (${batch}) is larger than ${bufferText}: every new batch needs at least \`batch.size\` bytes from the buffer, so every send() throws IllegalArgumentException.`,
        severity: 'error',
        fixes,
      });
      return;
    }

    const inFlight = numberOf(e.get('max.in.flight.requests.per.connection'));
    if (inFlight === undefined) return;
    const floor = bufferFloor(batchSize, inFlight);
    if (buffer >= floor) return;
    const fixes: FindingFix[] = [setFix(ctx, 'buffer.memory', Math.max(DEFAULT_BUFFER_MEMORY, floor), { preferred: target === bufferValue })];
    if (target === batchValue) {
      const fitting = Math.floor(buffer / (inFlight + 1));
      if (fitting >= 1) fixes.push(setFix(ctx, 'batch.size', fitting, { preferred: true }));
    }
    ctx.report({
      ...base,
      message:
        `${bufferText} holds only ${Math.floor(buffer / batch)} batch${Math.floor(buffer / batch) === 1 ? '' : 'es'} of ${batch} bytes, fewer than the ${inFlight + 1} ` +
        `one partition needs to keep ${inFlight} request${inFlight === 1 ? '' : 's'} in flight while the next batch fills: send() blocks (up to \`max.block.ms\`) and then the send fails with BufferExhaustedException under modest load.`,
      severity: 'warning',
      fixes,
    });
  },
};
