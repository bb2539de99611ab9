// Finds cluster facts (min.insync.replicas, replication factor, message size limits) in workspace files.
import type { Connection } from 'vscode-languageserver';
import type { ClusterFacts } from './service/cluster';

/** Reads the workspace's cluster files and reports their facts; re-reports when they change. */
export async function watchWorkspaceCluster(_connection: Connection, _onFacts: (facts: ClusterFacts) => void): Promise<void> {
  // Filled in by the cluster-facts feature.
}
