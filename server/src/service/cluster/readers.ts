// Entry point of the cluster-file readers: which files hold cluster facts, and reading any of them (pure, no I/O).
import type { ClusterFacts } from '../cluster';
import { composeFromYaml } from './compose';
import { displayNameOf, hasFacts } from './common';
import { readServerProperties } from './properties';
import { strimziFromYaml } from './strimzi';
import { parseYaml } from './yamlNodes';

export { readServerProperties } from './properties';
export { readStrimzi, strimziObservations } from './strimzi';
export { readDockerCompose, composeObservations } from './compose';
export { combineClusterFacts } from './combine';

export type ClusterFileKind = 'broker-properties' | 'compose' | 'yaml';

/**
 * What a file may be, from its name alone: broker properties (`server.properties`, `*server*.properties`,
 * `broker*.properties`), a compose file (`docker-compose*.yml`, `compose*.yaml`, …) or any other YAML, which holds
 * facts only if it is a Strimzi resource (see `mayHoldStrimzi`).
 */
export function clusterFileKind(fileName: string): ClusterFileKind | undefined {
  const n = fileName.toLowerCase();
  if (n.endsWith('.properties')) return n.includes('server') || n.startsWith('broker') ? 'broker-properties' : undefined;
  if (!n.endsWith('.yaml') && !n.endsWith('.yml')) return undefined;
  return n.startsWith('docker-compose') || n.startsWith('compose') ? 'compose' : 'yaml';
}

/** Globs of the same files, for the client's file watcher. */
export const CLUSTER_FILE_GLOBS: readonly string[] = ['**/*server*.properties', '**/broker*.properties', '**/*.{yaml,yml}'];

/** A cheap test before parsing a YAML file: Strimzi resources say `kind: Kafka` or `kind: KafkaTopic` on a line of their own. */
export function mayHoldStrimzi(text: string): boolean {
  return /^[ \t]*kind[ \t]*:[ \t]*(["']?)Kafka(?:Topic)?\1[ \t]*(?:#.*)?$/m.test(text);
}

/** A cheap test before parsing a compose file: only Kafka variables give facts. */
export const mayHoldKafkaEnv = (text: string): boolean => text.includes('KAFKA_');

/**
 * The facts of one file, one set per broker config, resource or service (combine them with `combineClusterFacts`).
 * `name` is how messages refer to the file, e.g. its workspace-relative path. Never throws.
 */
export function readClusterFile(uri: string, text: string, name: string = displayNameOf(uri), kind = clusterFileKind(name)): ClusterFacts[] {
  try {
    if (kind === 'broker-properties') {
      const f = readServerProperties(uri, text, name);
      return hasFacts(f) ? [f] : [];
    }
    if (kind === undefined) return [];
    const strimzi = mayHoldStrimzi(text);
    const compose = kind === 'compose' && mayHoldKafkaEnv(text);
    if (!strimzi && !compose) return [];
    const yaml = parseYaml(text);
    return [...(strimzi ? strimziFromYaml(yaml, uri, name) : []), ...(compose ? composeFromYaml(yaml, uri, name) : [])];
  } catch {
    return [];
  }
}
