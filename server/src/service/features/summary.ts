// The one-line guarantee summary of a producer config: delivery semantics, durability and the main risk.
import type { EffectiveConfig } from '../effective/types';
import { numberOf } from '../effective/types';
import type { ClusterFacts } from '../cluster';
import type { Analysis, ResolvedFinding } from './analysis';
import { SEVERITY_RANK } from '../rules/rule';

export type DeliverySemantics = 'at-most-once' | 'at-least-once' | 'idempotent' | 'transactional' | 'broken' | 'unknown';

export interface GuaranteeSummary {
  readonly semantics: DeliverySemantics;
  /** Plain words for how durable an acknowledged record is. */
  readonly durability: string;
  /** The most serious finding, or the risk implied by the semantics. */
  readonly mainRisk: string;
  /** Everything in one line, for a code lens. */
  readonly line: string;
}

const SEMANTICS_TEXT: Record<DeliverySemantics, string> = {
  'at-most-once': 'at-most-once',
  'at-least-once': 'at-least-once',
  idempotent: 'idempotent (exactly-once per partition)',
  transactional: 'transactional (exactly-once with read_committed consumers)',
  broken: 'broken: the producer fails at start-up or on every send (see the errors)',
  unknown: 'delivery semantics unknown',
};

export function semanticsOf(effective: EffectiveConfig): DeliverySemantics {
  const acks = effective.get('acks').value;
  if (acks === '0') return 'at-most-once';
  const idem = effective.idempotence.enabled;
  if (idem === true) return effective.transactional ? 'transactional' : 'idempotent';
  if (idem === undefined || acks === undefined) return 'unknown';
  const retries = numberOf(effective.get('retries'));
  if (retries === undefined) return 'unknown';
  return retries > 0 ? 'at-least-once' : 'at-most-once';
}

export function durabilityOf(effective: EffectiveConfig, cluster: ClusterFacts): string {
  const a = effective.get('acks');
  const acks = a.value;
  if (a.invalid) return 'none: the producer does not start (acks is rejected)';
  if (acks === undefined) return 'unknown (acks is computed at run time)';
  if (acks === '0') return 'none: acks=0, nothing confirms a write';
  if (acks === '1') return 'leader only: acks=1, lost if the leader fails before replicating';
  const min = cluster.minInsyncReplicas?.value;
  const rf = cluster.replicationFactor?.value;
  if (min === undefined) return "acks=all: as strong as the topic's min.insync.replicas (unknown here)";
  const effectiveMin = rf !== undefined ? Math.min(min, rf) : min;
  if (effectiveMin <= 1) return `weak: acks=all but min.insync.replicas=${min}${rf !== undefined ? `, replication factor ${rf}` : ''}`;
  return `acks=all with min.insync.replicas=${min}: survives ${effectiveMin - 1} broker failure${effectiveMin - 1 === 1 ? '' : 's'}`;
}

const SEMANTIC_RISK: Record<DeliverySemantics, string> = {
  'at-most-once': 'records can be lost silently',
  'at-least-once': 'retries can write duplicates',
  idempotent: 'none found',
  transactional: 'none found',
  broken: 'the errors below',
  unknown: 'depends on values the analysis cannot see',
};

function mostSerious(findings: readonly ResolvedFinding[], scopeId: string): ResolvedFinding | undefined {
  let best: ResolvedFinding | undefined;
  for (const f of findings) {
    if (f.scopeId !== scopeId || f.severity === 'hint') continue;
    if (!best || SEVERITY_RANK[f.severity] < SEVERITY_RANK[best.severity]) best = f;
  }
  return best;
}

export function summarize(analysis: Analysis, scopeId: string): GuaranteeSummary | undefined {
  const s = analysis.scopes.get(scopeId);
  if (!s) return undefined;
  const worst = mostSerious(analysis.findings, scopeId);
  const semantics = worst?.severity === 'error' ? 'broken' : semanticsOf(s.effective);
  const durability = durabilityOf(s.effective, analysis.settings.cluster);
  const mainRisk = worst && worst.severity !== 'information' ? `${worst.rule.id} (${worst.severity})` : SEMANTIC_RISK[semantics];
  const line = `Kafka producer: ${SEMANTICS_TEXT[semantics]} · durability: ${durability} · main risk: ${mainRisk}`;
  return { semantics, durability, mainRisk, line };
}
