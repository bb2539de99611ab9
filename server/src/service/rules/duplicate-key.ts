// Rule duplicate-key: a key set more than once; only the last occurrence takes effect.
import type { Rule } from './rule';
import { lineOf } from '../util/lines';
import { codeDuplicates } from './codeKeyChecks';

export const rule: Rule = {
  id: 'duplicate-key',
  meta: {
    description: 'A key set twice; every occurrence but the last is ignored.',
    category: 'correctness',
    defaultSeverity: 'warning',
    fix: 'safe',
    clients: ['java', 'kafkajs', 'confluent-kafkajs', 'librdkafka'],
    docs: {
      what: 'Reports each occurrence of a key that is set again later in the same configuration. ' +
        'In TS/JS: a key written twice in one object literal, two librdkafka aliases of one property (`linger.ms` and `queue.buffering.max.ms`), and a confluent `kafkaJS` option next to the librdkafka property that overrides it. A value overriding one spread in (`{ ...defaults, acks: -1 }`) is not a duplicate.',
      why:
        '`java.util.Properties` keeps only the last value, so an earlier line is dead text. Reviewers read the first one and believe it; ' +
        'when the two differ (`acks=all` at the top, `acks=1` at the bottom), the file says one thing and the producer does another.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\nacks=all\nlinger.ms=10\nacks=1\n',
        valid: 'bootstrap.servers=localhost:9092\nlinger.ms=10\nacks=1\n',
      },
      fix: 'The quick fix deletes the ignored occurrence, which changes nothing the producer does.',
      references: ['java.util.Properties#load: a repeated key replaces the earlier value'],
    },
  },
  check(ctx) {
    if (ctx.scope.client !== 'java') {
      // In code the winner is the write the client reads: the last in a literal, or a confluent top-level property over its kafkaJS block option.
      for (const { entry, winner } of codeDuplicates(ctx)) {
        const same = entry.rawKey === winner.rawKey;
        ctx.report({
          message: `\`${entry.rawKey}\` is ${same ? 'set again' : `overridden by \`${winner.rawKey}\``} on line ${lineOf(ctx.document, winner.span.start) + 1}; this value is ignored.`,
          span: entry.keySpan,
          entry,
          key: entry.key,
          tags: ['unnecessary'],
          related: [{ span: winner.span, message: 'the value that takes effect' }],
          fixes: [{ title: `Remove this ignored \`${entry.rawKey}\``, intents: [{ kind: 'remove', scopeId: ctx.scope.id, entry }], preferred: true }],
        });
      }
      return;
    }
    for (const [key, entries] of ctx.effective.entriesByKey) {
      if (entries.length < 2) continue;
      const winner = entries[entries.length - 1]!;
      const winnerLine = lineOf(ctx.document, winner.span.start) + 1;
      for (const entry of entries.slice(0, -1)) {
        ctx.report({
          message: `\`${key}\` is set again on line ${winnerLine}; this earlier value is ignored.`,
          span: entry.keySpan,
          entry,
          key,
          tags: ['unnecessary'],
          related: [{ span: winner.span, message: 'the value that takes effect' }],
          fixes: [{ title: `Remove this ignored \`${key}\``, intents: [{ kind: 'remove', scopeId: ctx.scope.id, entry }], preferred: true }],
        });
      }
    }
  },
};
