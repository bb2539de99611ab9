// Loads a bundled CommonJS file through V8's code cache, kept per user, so later starts skip compiling it again.
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { underStartupFlags } from './heapGrowth';

/**
 * Where cached code lives: `$KAFKA_PRODUCER_CODE_CACHE` (the extension passes its global storage; `off` disables),
 * else the user's cache folder. Never a shared temporary folder: V8 trusts what it deserialises, so only the user
 * may be able to write there.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env['KAFKA_PRODUCER_CODE_CACHE'];
  if (configured === 'off' || configured === '0') return undefined;
  if (configured) return configured;
  const base =
    process.platform === 'win32'
      ? (env['LOCALAPPDATA'] ?? join(homedir(), 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Caches')
        : (env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'));
  return join(base, 'kafka-producer-config', 'code-cache');
}

export type CodeCacheStatus = 'hit' | 'miss' | 'rejected' | 'off';

export interface LoadedWithCache<T> {
  readonly exports: T;
  readonly status: CodeCacheStatus;
  /** Writes the cache now (when it was missing or rejected); later calls do nothing. Returns whether it wrote. */
  readonly flush: () => boolean;
}

export interface CodeCacheOptions {
  readonly dir?: string | undefined;
}

/**
 * Caches still to write, shared by every copy of this module in the process (dist/server.js and the bundles it loads
 * each carry one).
 */
const PENDING = Symbol.for('kafka-producer-config.pendingCodeCaches');
function pending(): Array<() => boolean> {
  const g = globalThis as { [PENDING]?: Array<() => boolean> };
  return (g[PENDING] ??= []);
}

/** Whether a bundle was loaded without a usable cache, so writing one now would help the next start. */
export function codeCachesPending(): boolean {
  return pending().length > 0;
}

/**
 * Writes the caches of bundles loaded without one. The right moment is once the process has done its first real work
 * (the server: after its first diagnostics, when idle): the cache then holds the start-up code and the code of that
 * work, compiled. Much later, V8 has already dropped the compiled start-up code (run once, then never again) and the
 * cache would miss it. Returns how many were written.
 */
export function writePendingCodeCaches(): number {
  let written = 0;
  for (const flush of pending().splice(0)) if (flush()) written++;
  return written;
}

/**
 * `require(file)` for a bundle in dist/, with its compiled code read from and written to the code cache. Any problem
 * with the cache (unreadable, foreign, rejected by this V8, folder not writable) only costs the compile it would save.
 */
export function requireWithCodeCache<T = unknown>(file: string, options: CodeCacheOptions = {}): LoadedWithCache<T> {
  const dir = 'dir' in options ? options.dir : codeCacheDir();
  const source = readFileSync(file, 'utf8');
  const stat = statSync(file);
  // V8 checks its own version, flags and the source's length; the name adds what changes with an update of the
  // extension (size, modification time) and the runtime.
  const cacheFile = dir ? join(dir, `${basename(file, '.js')}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.version}-${process.arch}.bin`) : undefined;
  const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
  // Compiled (and the cache checked) under the start-up flags: see underStartupFlags.
  const script = underStartupFlags(() => new Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) }));
  const status: CodeCacheStatus = !cacheFile ? 'off' : !cachedData ? 'miss' : script.cachedDataRejected ? 'rejected' : 'hit';

  const mod = new Module(file, require.main ?? undefined);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  const compiled = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  compiled.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
  mod.loaded = true;

  let open = status === 'miss' || status === 'rejected';
  const flush = (): boolean => {
    if (!open || !cacheFile) return false;
    open = false;
    process.off('exit', flush);
    const written = writeAtomically(cacheFile, underStartupFlags(() => script.createCachedData()));
    if (written) removeStale(cacheFile, `${basename(file, '.js')}-`);
    return written;
  };
  if (open) {
    pending().push(flush);
    // A short-lived process (the CLI) writes at exit.
    process.on('exit', flush);
  }
  return { exports: mod.exports as T, status, flush };
}

/** The file's bytes, if it exists and belongs to this user (a cache planted by someone else is never run). */
function readOwnFile(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined;
    if (process.platform !== 'win32' && (st.mode & 0o022) !== 0) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Caches of earlier builds of the same bundle (each update leaves one behind otherwise). */
function removeStale(current: string, prefix: string): void {
  try {
    for (const name of readdirSync(dirname(current))) {
      if (name.startsWith(prefix) && name.endsWith('.bin') && join(dirname(current), name) !== current) unlinkSync(join(dirname(current), name));
    }
  } catch {
    // another process may be cleaning up too
  }
}

/** Writes to a temporary name and renames, so a reader never sees a half-written cache. */
function writeAtomically(file: string, data: Buffer): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return false;
  }
}
