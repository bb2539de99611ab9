// Property-test plumbing: seeded, bounded fast-check runs (short in `npm test`, long under `npm run fuzz`) and shared checks.
import fc from 'fast-check';
import { appendFileSync } from 'node:fs';
import type { Range } from 'vscode-languageserver-types';
import type { Span } from '../../server/src/service/model/span';

/** The fixed seed of `npm test`; `npm run fuzz` sets FUZZ_SEED to a fresh one and prints it. */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261130;
/** Soak mode: every property runs for this many milliseconds instead of a fixed number of cases. */
const SOAK_MS = Number(process.env.FUZZ_MS_PER_PROPERTY ?? 0);
/** Where the soak runner collects per-property counts (one JSON line per property). */
const REPORT = process.env.FUZZ_REPORT;
/** Upper bound per property in `npm test`, so a slow machine stays bounded (the seed still fixes every case run). */
const TEST_CAP_MS = 4000;

/**
 * Runs a property with the fixed seed and `numRuns` cases (or for FUZZ_MS_PER_PROPERTY ms in soak mode). A failure
 * throws fast-check's report: the seed, the replay path and the shrunk counterexample.
 */
export function checkProperty<Ts extends [unknown, ...unknown[]]>(name: string, property: fc.IProperty<Ts>, numRuns: number): void {
  const soak = SOAK_MS > 0;
  const started = Date.now();
  const record = (runs: number, failed: boolean): void => {
    if (REPORT) appendFileSync(REPORT, JSON.stringify({ name, numRuns: runs, ms: Date.now() - started, failed, seed: SEED }) + '\n');
  };
  let details: fc.RunDetails<Ts>;
  try {
    details = fc.check(property, {
      seed: SEED,
      numRuns: soak ? 1_000_000_000 : numRuns,
      interruptAfterTimeLimit: soak ? SOAK_MS : TEST_CAP_MS,
      markInterruptAsFailure: false,
    });
  } catch (e) {
    // An arbitrary that throws while generating (a bug of the test, not of the product) escapes fast-check: the soak's
    // summary must still count the property, as failed.
    record(0, true);
    throw e;
  }
  record(details.numRuns, details.failed);
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`property "${name}" failed (seed ${SEED}; replay with FUZZ_SEED=${SEED}):\n${fc.defaultReportMessage(details) ?? ''}\nError: ${cause}`);
  }
}

/** Content lengths of every line (terminators `\n`, `\r\n`, lone `\r` excluded), as LSP positions count them. */
export function lineLengths(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push(text.length - start);
  return out;
}

/** Why a range does not lie inside the document (`undefined` when it does): every position on a line, ordered. */
export function rangeProblem(lengths: readonly number[], r: Range): string | undefined {
  for (const p of [r.start, r.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `bad position ${JSON.stringify(p)}`;
    if (p.line >= lengths.length) return `line ${p.line} past the last line ${lengths.length - 1}`;
    if (p.character > lengths[p.line]!) return `character ${p.character} past the end of line ${p.line} (${lengths[p.line]})`;
  }
  if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) return `range ends before it starts ${JSON.stringify(r)}`;
  return undefined;
}

/** Why a span does not lie inside a text of `length` (`undefined` when it does). */
export function spanProblem(length: number, s: Span): string | undefined {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `bad span ${JSON.stringify(s)}`;
  if (s.start < 0 || s.end > length || s.start > s.end) return `span ${JSON.stringify(s)} outside [0, ${length}]`;
  return undefined;
}
