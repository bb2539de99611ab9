// Rule two-phase-commit-timeout: transaction.timeout.ms set while two-phase commit is enabled.
import type { Rule } from './rule';
import { reportConflicts, unsetIntent } from './support';

export const rule: Rule = {
  id: 'two-phase-commit-timeout',
  meta: {
    description: 'transaction.timeout.ms cannot be set when transaction.two.phase.commit.enable=true.',
    category: 'correctness',
    defaultSeverity: 'error',
    fix: 'safe',
    clients: ['java'],
    docs: {
      what: 'Reports `transaction.timeout.ms` (any value, even the default 60000) in a configuration with `transaction.two.phase.commit.enable=true` (Kafka 4.1+).',
      why:
        'With two-phase commit (KIP-939) an external coordinator decides when a transaction ends, so transactions never time out; the client ' +
        'refuses a timeout setting with a `ConfigException`.',
      examples: {
        invalid: 'bootstrap.servers=localhost:9092\ntransactional.id=tx-1\ntransaction.two.phase.commit.enable=true\ntransaction.timeout.ms=60000\n',
        valid: 'bootstrap.servers=localhost:9092\ntransactional.id=tx-1\ntransaction.two.phase.commit.enable=true\n',
      },
      fix: 'The quick fix removes `transaction.timeout.ms` (every line of it, when it is written more than once).',
      references: ['ProducerConfig.postProcessAndValidateIdempotenceConfigs (PC:638-650 @4.3.1)', 'KIP-939'],
    },
  },
  check(ctx) {
    reportConflicts(ctx, 'two-phase-commit', (c) => ({
      message: `${c.message}.`,
      // Every entry of the key (found by the property tests' soak: removing only the reported one left another).
      fixes: c.entry ? [{ title: 'Remove transaction.timeout.ms', intents: [unsetIntent(ctx, 'transaction.timeout.ms')], preferred: true }] : [],
    }));
  },
};
