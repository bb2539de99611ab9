#!/usr/bin/env node
// bench/calibrate.mjs: how fast this machine is right now, by a fixed workload none of our code takes part in.
//
// The benchmark machine is shared and its speed drifts (the peers' own numbers move by 10–20% between runs an hour
// apart), so run.mjs takes this probe before and after the scenarios and prints it next to the targets: two runs of
// the bench compare only when their probes do. The workload is TypeScript's parser (the bundled dist/typescript.js,
// our own code untouched) on the 5,000-line fixture, in a fresh process started with the server's Node options, so it
// sees the same young-generation size and garbage-collection costs as the server. Prints ONE JSON line:
//   { "tsParseMs": median of the last 10 of 15 parses, "tsParseMinMs", "loopMs": a pure-JS loop (no allocation) }
//   node bench/calibrate.mjs [--file producer-5000.ts]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(HERE);
const CACHE = path.resolve(process.env.BENCH_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'kafka-producer-bench'));

/** The probe that runs inside the fresh process: argv[1] = dist/typescript.js, argv[2] = the fixture. */
const PROBE = `
const ts = require(process.argv[1]);
const text = require('fs').readFileSync(process.argv[2], 'utf8');
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const parses = [];
for (let i = 0; i < 15; i++) {
  const t0 = process.hrtime.bigint();
  ts.createSourceFile('probe' + i + '.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  parses.push(ms(t0));
}
const loops = [];
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint();
  let h = 0;
  for (let j = 0; j < 1e7; j++) h = (h * 31 + j) | 0;
  loops.push(ms(t0));
  if (h === 42) console.error('');
}
const med = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const warm = parses.slice(5);
console.log(JSON.stringify({ tsParseMs: med(warm), tsParseMinMs: Math.min(...warm), loopMs: med(loops) }));
`;

/** Runs the probe once; `null` (with the reason on stderr) when the bundle or the fixture is missing. */
export function calibrate(file = path.join(CACHE, 'fixtures', 'ts', 'p5000', 'producer-5000.ts')) {
  const typescript = path.join(REPO, 'dist', 'typescript.js');
  for (const p of [typescript, file]) {
    if (!fs.existsSync(p)) {
      process.stderr.write(`calibrate: ${p} is missing (npm run build; bash bench/setup.sh)\n`);
      return null;
    }
  }
  const execArgv = JSON.parse(fs.readFileSync(path.join(REPO, 'shared', 'serverExecArgv.json'), 'utf8')).execArgv;
  const r = spawnSync(process.execPath, [...execArgv, '-e', PROBE, typescript, file], { encoding: 'utf8', timeout: 120000 });
  try {
    const v = JSON.parse(r.stdout.trim());
    const round = (x) => Math.round(x * 100) / 100;
    return { tsParseMs: round(v.tsParseMs), tsParseMinMs: round(v.tsParseMinMs), loopMs: round(v.loopMs) };
  } catch {
    process.stderr.write(`calibrate: the probe failed: ${(r.stderr || '').slice(-400)}\n`);
    return null;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--file');
  console.log(JSON.stringify(calibrate(i > 0 ? path.resolve(process.argv[i + 1]) : undefined)));
}
