// Finds and reads the cluster files (broker properties, Strimzi YAML, compose files) under one folder, within limits.
import { constants, promises as fs, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { clusterFileKind, mayHoldKafkaEnv, mayHoldStrimzi, type ClusterFileKind } from './service/cluster/readers';

export interface ScanLimits {
  /** Folder levels below the root that are still entered (the root's own files are level 0). */
  readonly maxDepth: number;
  /** Directory entries looked at in all, files and folders; the walk stops there. */
  readonly maxEntries: number;
  /** Larger files are not read: cluster files are small, and a 1 MiB YAML is a generated bundle. */
  readonly maxFileBytes: number;
  /** Cluster files returned at most. */
  readonly maxFiles: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxDepth: 8, maxEntries: 2000, maxFileBytes: 1024 * 1024, maxFiles: 200 };

/** Folders that hold dependencies, VCS data or build output, never the project's own cluster files. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'target', 'build', '.gradle', '.venv', 'venv', '__pycache__']);

export interface ClusterFile {
  readonly path: string;
  /** Path relative to the scanned root, with `/` separators. */
  readonly relativePath: string;
  readonly kind: ClusterFileKind;
  readonly text: string;
}

export interface ScanResult {
  readonly files: ClusterFile[];
  /** Whether a limit stopped the walk before it saw everything. */
  readonly truncated: boolean;
}

/** Whether a path below the root could be a cluster file, judged by name and folders only (for watcher events). */
export function isClusterFilePath(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/);
  const name = parts.pop() ?? '';
  return !parts.some((p) => SKIPPED_DIRS.has(p) || p === '..') && clusterFileKind(name) !== undefined;
}

/**
 * Walks `root` breadth-first (shallow files first, so limits cut the deep ones), in sorted order, never following a
 * symbolic link (one could lead out of the workspace or into a loop), and reads the files that hold cluster facts:
 * broker properties by name; compose files that mention `KAFKA_`; other YAML only with `kind: Kafka`/`KafkaTopic`.
 * Unreadable entries are skipped; the promise never rejects.
 */
export async function findClusterFiles(root: string, limits: ScanLimits = DEFAULT_SCAN_LIMITS): Promise<ScanResult> {
  const files: ClusterFile[] = [];
  let seen = 0;
  let truncated = false;
  let level: string[] = [root];
  for (let depth = 0; level.length > 0 && !truncated; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let items: Dirent[];
      try {
        items = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const item of items) {
        if (++seen > limits.maxEntries || files.length >= limits.maxFiles) {
          truncated = true;
          break;
        }
        const path = join(dir, item.name);
        if (item.isDirectory()) {
          if (depth < limits.maxDepth && !SKIPPED_DIRS.has(item.name)) next.push(path);
          continue;
        }
        if (!item.isFile()) continue; // symbolic links, sockets, devices
        const kind = clusterFileKind(item.name);
        if (!kind) continue;
        const text = await readSmallFile(path, limits.maxFileBytes);
        if (text === undefined) continue;
        if (kind === 'yaml' && !mayHoldStrimzi(text)) continue;
        if (kind === 'compose' && !mayHoldKafkaEnv(text) && !mayHoldStrimzi(text)) continue;
        files.push({ path, relativePath: relative(root, path).split(sep).join('/'), kind, text });
      }
      if (truncated) break;
    }
    level = next;
  }
  return { files, truncated };
}

/** O_NOFOLLOW where the platform has it: the entry may have become a symbolic link since it was listed. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/** The file's text when it is a regular file within the size limit, else undefined. */
async function readSmallFile(path: string, maxBytes: number): Promise<string | undefined> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(path, OPEN_FLAGS);
    const st = await handle.stat();
    if (!st.isFile() || st.size > maxBytes) return undefined;
    // One byte more than stat said: a file that grew since is being written, and its next change event re-reads it.
    const buf = Buffer.alloc(st.size + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length < buf.length; length += n) n = (await handle.read(buf, length, buf.length - length, length)).bytesRead;
    return length > st.size ? undefined : buf.toString('utf8', 0, length);
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
