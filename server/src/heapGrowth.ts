// How far the server's young generation may grow: held small until code files are analysed, then room for theirs.
import type * as V8 from 'node:v8';

/**
 * V8's default `--semi-space-growth-factor` (flag-definitions.h; 2 in every V8 release whose source we read). V8
 * raises a smaller value given on the command line to 2, which is why the young generation is held at run time.
 */
const V8_GROWTH_FACTOR = 2;

/**
 * The young generation's growth factor over a session, given the Node options the server was started with.
 *
 * Started with `--min-semi-space-size=N --max-semi-space-size=M` (the extension's options), the young generation is
 * held at N MB (growth factor 1) until TypeScript is loaded, then may grow to M MB in one step. V8 fixes the maximum
 * when it creates the heap, and grows the young generation (by the factor, read each time) whenever more than its
 * size has survived collections since the last growth. A `.properties` session allowed 16 MB grows to it and passes
 * its memory budget (10,000 lines: 104 MB instead of 79). A 5,000-line code file's analysis allocates ~12 MB: in 4 MB
 * that took three or four collections, each copying the part of the new syntax tree allocated so far (10–14 ms of a
 * 40 ms open); in 16 MB, emptied in idle time before (server.ts, `collectYoungWhenIdle`), it takes none.
 *
 * Without both options (another client, a user's own) the young generation is left to V8.
 */
export interface YoungGenerationPlan {
  /** The factor in force at start: set back around code-cache work (see underStartupFlags). */
  readonly startup: number;
  /** The factor once TypeScript is loaded: one growth reaches the maximum. */
  readonly forCode: number;
}

export function youngGenerationPlan(execArgv: readonly string[]): YoungGenerationPlan | undefined {
  const min = lastOption(execArgv, 'min-semi-space-size');
  const max = lastOption(execArgv, 'max-semi-space-size');
  if (min === undefined || max === undefined || min <= 0 || max <= min) return undefined;
  return {
    startup: Math.max(V8_GROWTH_FACTOR, lastOption(execArgv, 'semi-space-growth-factor') ?? V8_GROWTH_FACTOR),
    forCode: Math.max(V8_GROWTH_FACTOR, Math.ceil(max / min)),
  };
}

/** The last value of a numeric V8 option (dashes or underscores). */
function lastOption(execArgv: readonly string[], name: string): number | undefined {
  const pattern = new RegExp(`^--${name.replace(/-/g, '[-_]')}=(\\d+)$`);
  let value: number | undefined;
  for (const arg of execArgv) {
    const m = pattern.exec(arg);
    if (m) value = Number(m[1]);
  }
  return value;
}

/** `node:v8` is required on first use: before Node's streams are loaded it costs 5–10 ms of start-up, after them ~1 ms. */
function setV8Flags(flags: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('node:v8') as typeof V8).setFlagsFromString(flags);
}

/** What the process changed, shared by every bundle's copy of this module (dist/server.js and dist/server-main.js). */
interface Changed {
  readonly plan: YoungGenerationPlan;
  readonly setFlags: (flags: string) => void;
  /** The factor set at run time: 1 while held, `plan.forCode` once grown. */
  current: number;
}
const CHANGED = Symbol.for('kafka-producer-config.heapGrowth');
const state = globalThis as { [CHANGED]?: Changed };

function setFactor(c: Changed, factor: number): void {
  c.setFlags(`--semi-space-growth-factor=${factor}`);
}

/**
 * Holds the young generation at its start size. Called once the server's transport is up (Node's streams loaded, so
 * `node:v8` is cheap) and before any document is analysed: start-up alone leaves far less than the young generation's
 * size alive, so V8 has not grown it yet.
 */
export function holdYoungGeneration(execArgv: readonly string[] = process.execArgv, setFlags: (flags: string) => void = setV8Flags): void {
  if (state[CHANGED]) return;
  const plan = youngGenerationPlan(execArgv);
  if (!plan) return;
  const c: Changed = { plan, setFlags, current: 1 };
  setFactor(c, c.current);
  state[CHANGED] = c;
}

/** Lets the held young generation grow to its maximum, once (the server calls it when it loads TypeScript). */
export function growYoungGenerationForCode(): void {
  const c = state[CHANGED];
  if (!c || c.current === c.plan.forCode) return;
  c.current = c.plan.forCode;
  setFactor(c, c.current);
}

/**
 * Runs `fn` under the V8 flags the process started with. V8 stamps a code cache with a hash of all its flags and
 * rejects one whose stamp differs from its own: caches are read and written under the start-up flags, so that one cache
 * serves every start, whatever the server had changed by then.
 */
export function underStartupFlags<T>(fn: () => T): T {
  const c = state[CHANGED];
  if (!c) return fn();
  setFactor(c, c.plan.startup);
  try {
    return fn();
  } finally {
    setFactor(c, c.current);
  }
}
