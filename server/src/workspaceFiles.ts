// Reads workspace files for the analysis of imported consts: open documents first, then the file system, but only
// below the workspace folders (symlinks resolved) and only files small enough to be configuration.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files larger than this are never read for an import (generated bundles, data). */
export const MAX_IMPORTED_FILE_BYTES = 1024 * 1024;

export class WorkspaceFiles {
  private roots: string[] = [];

  constructor(private readonly openText: (uri: string) => string | undefined) {}

  /** The workspace folders (file: uris); reading stops at their boundaries. */
  setFolders(uris: readonly string[]): void {
    const roots: string[] = [];
    for (const uri of uris) {
      try {
        roots.push(realpathSync(fileURLToPath(uri)));
      } catch {
        // A folder that is not on this disk (virtual workspace) gives no file access.
      }
    }
    this.roots = roots;
  }

  read(uri: string): string | undefined {
    const open = this.openText(uri);
    if (open !== undefined) return open;
    if (!uri.startsWith('file:')) return undefined;
    return readInside(uri, this.roots);
  }
}

/** The text of a file: uri when it resolves (symlinks included) inside one of `roots` and is small enough. */
export function readInside(uri: string, roots: readonly string[]): string | undefined {
  let path: string;
  try {
    path = realpathSync(fileURLToPath(uri));
  } catch {
    return undefined;
  }
  if (!roots.some((r) => path === r || path.startsWith(r.endsWith(sep) ? r : r + sep))) return undefined;
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > MAX_IMPORTED_FILE_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
