// Shared pieces of the cluster-file readers: fact names, plain-number parsing, display names and fact construction.
import type { ClusterFact, ClusterFacts } from '../cluster';

export type ClusterFactKey = keyof ClusterFacts;

export const CLUSTER_FACT_KEYS: readonly ClusterFactKey[] = ['minInsyncReplicas', 'replicationFactor', 'messageMaxBytes', 'replicaLagTimeMaxMs'];

/** Broker config keys (server.properties, Strimzi `spec.kafka.config`) and the fact each one gives. */
export const BROKER_KEYS: Readonly<Record<string, ClusterFactKey>> = {
  'min.insync.replicas': 'minInsyncReplicas',
  'default.replication.factor': 'replicationFactor',
  'message.max.bytes': 'messageMaxBytes',
  'replica.lag.time.max.ms': 'replicaLagTimeMaxMs',
};

/** Topic-level config keys (Strimzi KafkaTopic `spec.config`); the topic's limit is `max.message.bytes`, not the broker's name. */
export const TOPIC_KEYS: Readonly<Record<string, ClusterFactKey>> = {
  'min.insync.replicas': 'minInsyncReplicas',
  'max.message.bytes': 'messageMaxBytes',
};

/**
 * A positive integer written as plain digits, else undefined. Kafka parses these configs with Integer/Long.parseLong
 * after trimming, so `2.0`, `0x10`, `${MIN_ISR}` or `2 # two` are not numbers the broker would take as written: unknown.
 */
export function plainPositiveInt(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,15}$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 ? n : undefined;
}

/** The last path segment of a URI, decoded: what a message shows when the caller gives no workspace-relative name. */
export function displayNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || uri;
  } catch {
    return last || uri;
  }
}

export function fact(value: number, source: string, uri: string, line: number): ClusterFact<number> {
  return { value, source, location: { uri, line } };
}

/** Facts as a mutable bag while a reader fills them in. */
export type MutableFacts = { -readonly [K in ClusterFactKey]?: ClusterFact<number> };

export const hasFacts = (f: ClusterFacts): boolean => CLUSTER_FACT_KEYS.some((k) => f[k] !== undefined);
