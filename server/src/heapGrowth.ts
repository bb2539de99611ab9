// How far the server's old generation may grow between full collections, once code files are analysed.
import type * as V8 from 'node:v8';

/**
 * Old-generation growth (percent over what survived the last full collection) once TypeScript is loaded. The server
 * starts with a tight one (`--heap-growing-percent=10`, shared/serverExecArgv.json) to keep `.properties` sessions
 * under their 80 MB budget. With a 10% margin, every analysis of a large code file (a 5,000-line file leaves ~6 MB of
 * syntax tree and model behind) crosses the limit and starts a full collection whose incremental marking runs during
 * that same analysis. On the benchmark's 5,000-line file, the open of a second file took 41–50 ms with 10% and 33–41 ms
 * with 100% (medians of 7 processes, interleaved rounds), for a peak RSS of ~105 MB instead of ~93 MB (the budget with
 * TypeScript loaded is 130 MB). bench/README.md has the runs.
 */
export const CODE_HEAP_GROWING_PERCENT = 100;

/**
 * The growth to switch to once TypeScript is loaded, given the Node options the server was started with: only when
 * they set a smaller one (the extension's, or a client that copied them). Without the option V8 sizes the growth
 * itself, and that choice is left alone; so is a larger one the user asked for.
 */
export function codeHeapGrowingPercent(execArgv: readonly string[]): number | undefined {
  const current = startupPercent(execArgv);
  return current > 0 && current < CODE_HEAP_GROWING_PERCENT ? CODE_HEAP_GROWING_PERCENT : undefined;
}

/** `node:v8` is required only here, when the growth is widened: loading it costs 5–10 ms, too much for every start. */
function setV8Flags(flags: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:v8') as typeof V8).setFlagsFromString(flags);
}

/** The growth in force since the process widened it, and the start-up one, shared by every bundle's copy of this module. */
interface Widened {
  readonly startup: number;
  readonly code: number;
  readonly setFlags: (flags: string) => void;
}
const WIDENED = Symbol.for('kafka-producer-config.heapGrowth');
const state = globalThis as { [WIDENED]?: Widened };

/** The last `--heap-growing-percent` among the Node options (0, V8's own sizing, without one). */
function startupPercent(execArgv: readonly string[]): number {
  let current = 0;
  for (const arg of execArgv) {
    const m = /^--heap[-_]growing[-_]percent=(\d+)$/.exec(arg);
    if (m) current = Number(m[1]);
  }
  return current;
}

/**
 * Applies `codeHeapGrowingPercent` to this process, once. V8 reads the flag each time it sets the next limit (after
 * every full collection), so changing it at run time takes effect from the next one. Node and Electron (the VS Code
 * extension host runs the server with Electron's Node) both start V8 with flags left unfrozen, which is what allows it.
 */
export function widenHeapGrowthForCode(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setV8Flags): void {
  const code = codeHeapGrowingPercent(execArgv);
  if (code === undefined || state[WIDENED]) return;
  setFlags(`--heap-growing-percent=${code}`);
  state[WIDENED] = { startup: startupPercent(execArgv), code, setFlags };
}

/**
 * Runs `fn` under the V8 flags the process started with. V8 stamps a code cache with a hash of all its flags and
 * rejects one whose stamp differs from its own: caches are read and written under the start-up flags, so that one cache
 * serves every start, whether TypeScript was loaded before a bundle (or its cache written) or not.
 */
export function underStartupFlags<T>(fn: () => T): T {
  const widened = state[WIDENED];
  if (!widened) return fn();
  widened.setFlags(`--heap-growing-percent=${widened.startup}`);
  try {
    return fn();
  } finally {
    widened.setFlags(`--heap-growing-percent=${widened.code}`);
  }
}
