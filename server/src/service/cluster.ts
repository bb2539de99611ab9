// Facts about the cluster a producer writes to, from settings or workspace files; rules treat absent facts as unknown.

export interface ClusterFact<T> {
  readonly value: T;
  /** Where the fact comes from, for messages: a setting name or a workspace file and line. */
  readonly source: string;
  /** A workspace location to link to, when the fact comes from a file. */
  readonly location?: { readonly uri: string; readonly line: number };
}

export interface ClusterFacts {
  readonly minInsyncReplicas?: ClusterFact<number>;
  readonly replicationFactor?: ClusterFact<number>;
  /** Broker `message.max.bytes` or topic `max.message.bytes`. */
  readonly messageMaxBytes?: ClusterFact<number>;
  /** Broker `replica.lag.time.max.ms`. */
  readonly replicaLagTimeMaxMs?: ClusterFact<number>;
}

export const NO_CLUSTER_FACTS: ClusterFacts = {};
