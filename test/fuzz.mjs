// npm run fuzz: the property tests as a soak (FUZZ_SECONDS in all, default 90, split over the properties), with a summary.
//   FUZZ_SECONDS=120 FUZZ_SEED=123 npm run fuzz     (the seed defaults to a fresh one, printed for replay)
import { readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';

const dir = 'out/test/unit/property';
if (!existsSync(dir)) {
  console.error(`no ${dir}; run "npm run compile" first`);
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort().map((f) => join(dir, f));
const properties = files.reduce((n, f) => n + (readFileSync(f, 'utf8').match(/checkProperty\)?\(/g) ?? []).length, 0);
const seconds = Number(process.env.FUZZ_SECONDS ?? 90);
const seed = Number(process.env.FUZZ_SEED ?? (Date.now() % 2_147_483_647));
const perProperty = Math.max(200, Math.floor((seconds * 1000) / Math.max(1, properties)));
const report = join(tmpdir(), `kafka-producer-fuzz-${process.pid}.jsonl`);
rmSync(report, { force: true });

console.log(`fuzz: ${properties} properties in ${files.length} files, ${perProperty} ms each (${seconds} s), seed ${seed}`);
const started = Date.now();
const r = spawnSync(process.execPath, ['--test', '--test-reporter=dot', '--test-concurrency=1', ...files], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_MS_PER_PROPERTY: String(perProperty), FUZZ_REPORT: report },
});
const wall = (Date.now() - started) / 1000;

const rows = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
rmSync(report, { force: true });
const width = Math.max(8, ...rows.map((x) => x.name.length));
console.log(`\n${'property'.padEnd(width)}  ${'cases'.padStart(9)}  ${'time s'.padStart(7)}  result`);
for (const x of rows) console.log(`${x.name.padEnd(width)}  ${String(x.numRuns).padStart(9)}  ${(x.ms / 1000).toFixed(1).padStart(7)}  ${x.failed ? 'FAILED' : 'ok'}`);
const cases = rows.reduce((n, x) => n + x.numRuns, 0);
const failed = rows.filter((x) => x.failed);
console.log(`\n${cases} cases over ${rows.length} properties in ${wall.toFixed(1)} s, seed ${seed}: ${failed.length} failing propert${failed.length === 1 ? 'y' : 'ies'}${failed.length ? ` (${failed.map((x) => x.name).join(', ')}; replay with FUZZ_SEED=${seed} npm run fuzz)` : ''}`);
if (r.status !== 0 && failed.length === 0) console.log('the test run itself failed (see its output above): not every property ran to its end');
process.exit(r.status === 0 && failed.length === 0 ? 0 : 1);
