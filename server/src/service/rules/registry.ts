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
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
