// Merges the cluster facts of several files (or resources) into one set, keeping the riskiest value of each fact.
import type { ClusterFact, ClusterFacts } from '../cluster';
import { CLUSTER_FACT_KEYS, type ClusterFactKey, type MutableFacts } from './common';

/**
 * Which value wins when files disagree. A workspace may describe several topics (or brokers, or environments) and we
 * cannot know which one a producer writes to, so each fact takes the value that makes its rules most likely to warn:
 * the rules then speak about the riskiest topic, and the message names it.
 *
 * - `min.insync.replicas`, replication factor: the **lowest** (the weakest durability guarantee);
 * - message size limit (`message.max.bytes` / topic `max.message.bytes`): the **smallest** (the first to reject a batch);
 * - `replica.lag.time.max.ms`: the **longest** (a producer request must outlast it, so the longest is the hardest to meet).
 *
 * Each fact is chosen on its own, so the set can mix topics. That cannot invent a contradiction: if every topic has
 * min ISR ≤ replication factor, the lowest min ISR is ≤ the lowest replication factor too.
 * Ties keep the first candidate, so callers pass files in a stable (sorted) order.
 */
const POLICY: Readonly<Record<ClusterFactKey, { readonly prefer: 'lowest' | 'highest'; readonly word: string }>> = {
  minInsyncReplicas: { prefer: 'lowest', word: 'lowest' },
  replicationFactor: { prefer: 'lowest', word: 'lowest' },
  messageMaxBytes: { prefer: 'lowest', word: 'smallest' },
  replicaLagTimeMaxMs: { prefer: 'highest', word: 'longest' },
};

/**
 * One set of facts from many. When candidates disagree, the chosen fact's source says so, e.g.
 * `KafkaTopic orders (k8s/topics.yaml line 7); lowest of 3 values, 4 files checked`.
 * @param filesChecked how many files were read, for that note; omitted when the candidates come from one file.
 */
export function combineClusterFacts(found: readonly ClusterFacts[], filesChecked?: number): ClusterFacts {
  const out: MutableFacts = {};
  for (const key of CLUSTER_FACT_KEYS) {
    const candidates = found.map((f) => f[key]).filter((f): f is ClusterFact<number> => f !== undefined);
    if (candidates.length === 0) continue;
    const { prefer, word } = POLICY[key];
    let best = candidates[0];
    for (const c of candidates) if (prefer === 'lowest' ? c.value < best.value : c.value > best.value) best = c;
    const disagree = candidates.some((c) => c.value !== best.value);
    if (!disagree) {
      out[key] = best;
      continue;
    }
    const files = filesChecked === undefined ? '' : `, ${filesChecked} ${filesChecked === 1 ? 'file' : 'files'} checked`;
    out[key] = { ...best, source: `${best.source}; ${word} of ${candidates.length} values${files}` };
  }
  return out;
}
