// Expands the CLI's paths: files as given, directories walked for files a dialect may claim.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Folders that never hold hand-written configuration.
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', 'target', '.gradle', '.idea', '.vscode-test', 'coverage']);
const CANDIDATE = /\.(?:properties|ts|tsx|mts|cts|js|jsx|mjs|cjs|java|ya?ml)$/i;

export interface WalkResult {
  /** Files to consider, with whether the user named them explicitly. */
  readonly files: Array<{ path: string; explicit: boolean }>;
  readonly errors: string[];
}

export function expandPaths(paths: readonly string[]): WalkResult {
  const files: Array<{ path: string; explicit: boolean }> = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, explicit });
  };
  const walk = (dir: string, depth: number) => {
    if (depth > 40) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      errors.push(`cannot read directory ${dir}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      let st;
      try {
        // A symbolic link inside a walked folder may lead out of it (or into a loop): only named paths are followed.
        st = lstatSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(p, depth + 1);
      } else if (st.isFile() && CANDIDATE.test(name) && !/\.d\.[cm]?ts$/i.test(name)) add(p, false);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      errors.push(code === 'ENOENT' ? `no such file or directory: ${p}` : `cannot read ${p}: ${code ?? String(e)}`);
      continue;
    }
    if (st.isDirectory()) walk(p, 0);
    else if (st.isFile()) add(p, true);
    else errors.push(`not a file or directory: ${p}`);
  }
  return { files, errors };
}
