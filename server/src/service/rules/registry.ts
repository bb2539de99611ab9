// The ordered list of every rule: the single source for ids, severities, settings and docs pages.
import type { Rule } from './rule';
import { rule as invalidValue } from './invalid-value';
import { rule as unknownKey } from './unknown-key';
import { rule as misplacedKey } from './misplaced-key';
import { rule as duplicateKey } from './duplicate-key';
import { rule as removedKey } from './removed-key';
import { rule as deprecatedKey } from './deprecated-key';
import { rule as missingRequired } from './missing-required';
import { rule as idempotenceConflict } from './idempotence-conflict';
import { rule as transactionalIdWithoutIdempotence } from './transactional-id-without-idempotence';
import { rule as deliveryTimeoutTooSmall } from './delivery-timeout-too-small';
import { rule as saslMechanismMissing } from './sasl-mechanism-missing';
import { rule as twoPhaseCommitTimeout } from './two-phase-commit-timeout';
import { rule as acksZero } from './acks-zero';
import { rule as acksOne } from './acks-one';
import { rule as retriesWithoutIdempotence } from './retries-without-idempotence';
import { rule as reorderingOnRetry } from './reordering-on-retry';
import { rule as minInsyncReplicasTooLow } from './min-insync-replicas-too-low';
import { rule as lingerTooHigh } from './linger-too-high';
import { rule as batchingDisabled } from './batching-disabled';
import { rule as compressionDisabled } from './compression-disabled';
import { rule as messageSizeMismatch } from './message-size-mismatch';
import { rule as timeoutRisk } from './timeout-risk';
import { rule as bufferMemoryTooSmall } from './buffer-memory-too-small';
import { rule as retryBackoffInverted } from './retry-backoff-inverted';
import { rule as hotPartitionRisk } from './hot-partition-risk';
import { rule as optionIgnored } from './option-ignored';
import { rule as optionRejected } from './option-rejected';
import { rule as compressionCodecMissing } from './compression-codec-missing';
import { rule as transactionWithoutTransactionalId } from './transaction-without-transactional-id';
import { rule as idempotentInFlight } from './idempotent-in-flight';
import { rule as transactionTimeoutConflict } from './transaction-timeout-conflict';

export const RULES: readonly Rule[] = [
  invalidValue,
  unknownKey,
  misplacedKey,
  duplicateKey,
  removedKey,
  deprecatedKey,
  missingRequired,
  idempotenceConflict,
  transactionalIdWithoutIdempotence,
  deliveryTimeoutTooSmall,
  saslMechanismMissing,
  twoPhaseCommitTimeout,
  acksZero,
  acksOne,
  retriesWithoutIdempotence,
  reorderingOnRetry,
  minInsyncReplicasTooLow,
  lingerTooHigh,
  batchingDisabled,
  compressionDisabled,
  messageSizeMismatch,
  timeoutRisk,
  bufferMemoryTooSmall,
  retryBackoffInverted,
  hotPartitionRisk,
  optionIgnored,
  optionRejected,
  compressionCodecMissing,
  transactionWithoutTransactionalId,
  idempotentInFlight,
  transactionTimeoutConflict,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
