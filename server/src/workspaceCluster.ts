// Finds cluster facts (min.insync.replicas, replication factor, message size limits) in workspace files.
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, type Connection, type FileEvent, type WorkspaceFolder } from 'vscode-languageserver';
import type { ClusterFacts } from './service/cluster';
import { CLUSTER_FILE_GLOBS, combineClusterFacts, readClusterFile } from './service/cluster/readers';
import { DEFAULT_SCAN_LIMITS, findClusterFiles, isClusterFilePath, type ScanLimits } from './workspaceScan';

export interface WorkspaceClusterOptions {
  /** The client registers file watchers on request (`workspace.didChangeWatchedFiles.dynamicRegistration`). */
  readonly dynamicWatch: boolean;
  /** Quiet time after a file event before the files are read again: a `git checkout` sends many events at once. */
  readonly debounceMs?: number;
  readonly limits?: ScanLimits;
  /** Subscribes to workspace folder changes (added or removed folders are read again), when the client sends them. */
  readonly onFoldersChanged?: (listener: () => void) => void;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Reads the workspace's cluster files and reports their combined facts; re-reads them when they change if the client
 * can watch files for us, else reads once. Only `file:` workspace folders are read (a virtual workspace has no files
 * we could walk). Never rejects: a failure is logged and reported as no facts.
 */
export async function watchWorkspaceCluster(
  connection: Connection,
  onFacts: (facts: ClusterFacts) => void,
  options: WorkspaceClusterOptions = { dynamicWatch: false },
): Promise<void> {
  const limits = options.limits ?? DEFAULT_SCAN_LIMITS;
  let folders: WorkspaceFolder[] = [];
  let reported: string | undefined;

  const readAll = async (): Promise<ClusterFacts> => {
    try {
      folders = ((await connection.workspace.getWorkspaceFolders()) ?? []).filter((f) => f.uri.startsWith('file:'));
    } catch (e) {
      connection.console.error(`cluster facts: cannot list the workspace folders: ${errorText(e)}`);
      folders = [];
    }
    const found: ClusterFacts[] = [];
    let filesChecked = 0;
    for (const folder of folders) {
      try {
        const scan = await findClusterFiles(fileURLToPath(folder.uri), limits);
        if (scan.truncated) connection.console.info(`cluster facts: stopped reading ${folder.name} at ${limits.maxEntries} entries or ${limits.maxFiles} files`);
        for (const file of scan.files) {
          // The client's own spelling of the folder URI, so links in messages match the documents it has open.
          const uri = `${folder.uri.replace(/\/+$/, '')}/${file.relativePath.split('/').map(encodeURIComponent).join('/')}`;
          const name = folders.length > 1 ? `${folder.name}/${file.relativePath}` : file.relativePath;
          found.push(...readClusterFile(uri, file.text, name, file.kind));
          filesChecked++;
          // Parsing is synchronous: let requests waiting on the server run between files.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      } catch (e) {
        connection.console.error(`cluster facts: cannot read ${folder.uri}: ${errorText(e)}`);
      }
    }
    return combineClusterFacts(found, filesChecked);
  };

  // One read at a time; events during a read ask for one more read after it.
  let running = false;
  let again = false;
  const read = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const facts = await readAll();
        const key = JSON.stringify(facts);
        // An unchanged result does not report again: every report refreshes the diagnostics of all open documents.
        if (key !== reported) {
          reported = key;
          try {
            onFacts(facts);
          } catch (e) {
            connection.console.error(`cluster facts: reporting failed: ${errorText(e)}`);
          }
        }
      } while (again);
    } catch (e) {
      connection.console.error(`cluster facts: ${errorText(e)}`);
    } finally {
      running = false;
    }
  };

  options.onFoldersChanged?.(() => void read());
  if (options.dynamicWatch) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Before the first read knows the folders, any event counts.
    const relevant = (change: FileEvent): boolean =>
      folders.length === 0 ||
      folders.some((f) => {
        const base = f.uri.replace(/\/+$/, '') + '/';
        if (!change.uri.startsWith(base)) return false;
        try {
          return isClusterFilePath(decodeURIComponent(change.uri.slice(base.length)));
        } catch {
          return false;
        }
      });
    connection.onDidChangeWatchedFiles((params) => {
      if (!params.changes.some(relevant)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void read(), options.debounceMs ?? 300);
    });
    try {
      await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CLUSTER_FILE_GLOBS.map((globPattern) => ({ globPattern })) });
    } catch (e) {
      connection.console.error(`cluster facts: cannot watch files, reading them once: ${errorText(e)}`);
    }
  }
  await read();
}
