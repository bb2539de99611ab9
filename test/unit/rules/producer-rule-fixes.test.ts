// Quick fixes of the producer-behaviour rules, over generated configurations: each fix resolves a finding of its rule,
// adds no error, and applying it again changes nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyAction, lint, quickFixes } from '../../helpers/lint';

const RULES = [
  'acks-zero', 'acks-one', 'retries-without-idempotence', 'reordering-on-retry', 'min-insync-replicas-too-low', 'linger-too-high',
  'batching-disabled', 'compression-disabled', 'message-size-mismatch', 'timeout-risk', 'buffer-memory-too-small',
  'retry-backoff-inverted', 'hot-partition-risk',
];
const PIECES = [
  'acks=0', 'acks=1', 'acks=all', 'enable.idempotence=false', 'enable.idempotence=true', 'retries=0', 'retries=3',
  'max.in.flight.requests.per.connection=6', 'max.in.flight.requests.per.connection=2', 'linger.ms=0', 'linger.ms=5000', 'batch.size=0',
  'batch.size=100', 'batch.size=67108864', 'buffer.memory=8192', 'buffer.memory=65536', 'max.request.size=67108864',
  'max.request.size=2000000', 'request.timeout.ms=10000', 'delivery.timeout.ms=40000', 'delivery.timeout.ms=30002', 'max.block.ms=0',
  'retry.backoff.ms=2000', 'retry.backoff.max.ms=50', 'reconnect.backoff.ms=5000', 'reconnect.backoff.max.ms=1000',
  'compression.type=none', 'partitioner.class=org.apache.kafka.clients.producer.RoundRobinPartitioner', 'transactional.id=tx',
];
const SETTINGS: Record<string, unknown>[] = [
  {},
  { clientVersion: '2.8' },
  { clientVersion: '3.1' },
  { clientVersion: '3.8' },
  { clientVersion: '3.9' },
  { cluster: { minInsyncReplicas: 1, replicationFactor: 2, messageMaxBytes: 1000000, replicaLagTimeMaxMs: 45000 } },
];

const errorsOf = (text: string, o: Record<string, unknown>) =>
  lint(text, o)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}@${f.at}`);

describe('producer-behaviour rule fixes settle', () => {
  test('on 300 generated configurations', () => {
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let fixes = 0;
    for (let i = 0; i < 300; i++) {
      const lines = Array.from({ length: 1 + next(4) }, () => PIECES[next(PIECES.length)]!);
      const text = `${lines.join('\n')}\n`;
      const o = SETTINGS[next(SETTINGS.length)]!;
      const before = errorsOf(text, o);
      for (const rule of RULES) {
        const count = lint(text, o).filter((f) => f.rule === rule).length;
        for (const action of quickFixes(text, rule, o)) {
          fixes++;
          const once = applyAction(text, action);
          const where = `${rule} / ${action.title} on ${JSON.stringify(text)} ${JSON.stringify(o)}`;
          assert.deepEqual(errorsOf(once, o).filter((e) => !before.includes(e)), [], `new error after ${where}`);
          assert.ok(lint(once, o).filter((f) => f.rule === rule).length < count, `no finding resolved by ${where}`);
          const again = quickFixes(once, rule, o).find((a) => a.title === action.title);
          assert.equal(again ? applyAction(once, again) : once, once, `not idempotent: ${where}`);
        }
      }
    }
    assert.ok(fixes > 500, `only ${fixes} fixes exercised`);
  });
});
