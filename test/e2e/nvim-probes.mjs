// Neovim as a second LSP client: opens shipped example files in headless Neovim against dist/server.js (started as an
// editor without our extension would start it) and checks diagnostics, hover, completion and a quick fix.
//   node test/e2e/nvim-probes.mjs        prints one PASS/FAIL line per check and `N passed, N failed`
// Neovim 0.7+ comes from apt (test/e2e/setup-editor.sh installs it). It speaks to the server over stdio with its own
// language ids (`jproperties`, `yaml`, `java`, `typescript`) and its own answers to workspace/configuration, so it
// catches what only the VS Code client happened to make work.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = join(ROOT, 'test/e2e/nvim/probe.lua');
const { execArgv } = JSON.parse(readFileSync(join(ROOT, 'shared/serverExecArgv.json'), 'utf8'));
const SERVER = [process.execPath, ...execArgv, join(ROOT, 'dist/server.js'), '--stdio'];

/** One Neovim run per file; the checks are the probe's LSP_PROBE_* options. */
export const PROBES = [
  {
    file: 'examples/checkout-producer.properties',
    expectDiagnostic: 'at most 5 in-flight requests',
    hover: 'acks',
    expectHover: 'acks',
    completeAt: '4:0',
    expectCompletion: 'linger.ms',
    expectFix: 'max.in.flight.requests.per.connection',
  },
  {
    file: 'examples/node/orders-producer.ts',
    expectDiagnostic: 'needs `acks: -1`',
    hover: 'allowAutoTopicCreation',
    expectHover: 'allowAutoTopicCreation',
    expectFix: 'acks',
  },
  {
    file: 'examples/spring-boot/src/main/resources/application.yml',
    expectDiagnostic: 'Did you mean `linger.ms`',
    hover: 'batch-size',
    expectHover: 'batch.size',
    expectFix: 'linger',
  },
  {
    file: 'examples/spring-boot/src/main/java/com/example/orders/KafkaProducerConfig.java',
    expectDiagnostic: 'is of type INT',
    hover: 'BATCH_SIZE_CONFIG',
    expectHover: 'batch.size',
  },
];

function probeEnv(p, scratch) {
  const env = {
    ...process.env,
    XDG_CACHE_HOME: join(scratch, 'cache'),
    XDG_STATE_HOME: join(scratch, 'state'),
    XDG_DATA_HOME: join(scratch, 'data'),
    LSP_PROBE_SCRIPT: SCRIPT,
    LSP_PROBE_FILE: join(ROOT, p.file),
    LSP_PROBE_ROOT: join(ROOT, 'examples'),
    LSP_PROBE_CMD_N: String(SERVER.length),
    LSP_PROBE_TIMEOUT_MS: '20000',
  };
  SERVER.forEach((a, i) => (env[`LSP_PROBE_CMD_${i + 1}`] = a));
  if (p.expectDiagnostic) env.LSP_PROBE_EXPECT_DIAG = p.expectDiagnostic;
  if (p.hover) env.LSP_PROBE_HOVER = p.hover;
  if (p.expectHover) env.LSP_PROBE_EXPECT_HOVER = p.expectHover;
  if (p.completeAt) env.LSP_PROBE_COMPLETE_AT = p.completeAt;
  if (p.expectCompletion) env.LSP_PROBE_EXPECT_COMPLETION = p.expectCompletion;
  if (p.expectFix) Object.assign(env, { LSP_PROBE_FIX: '1', LSP_PROBE_EXPECT_FIX: p.expectFix });
  return env;
}

/** Runs one probe; resolves to its PASS/FAIL lines (a run that prints no summary counts as one failure). */
function runProbe(p) {
  const scratch = mkdtempSync(join(tmpdir(), 'kafka-nvim-'));
  return new Promise((resolve) => {
    // --clean: no user config or plugins; -n: no swap file. The probe always quits; the timer is for a hung Neovim.
    const child = spawn('nvim', ['--headless', '--clean', '-n', '-c', 'lua dofile(os.getenv("LSP_PROBE_SCRIPT"))'], { env: probeEnv(p, scratch), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      rmSync(scratch, { recursive: true, force: true });
      const lines = out.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      const checks = lines.filter((l) => /\b(PASS|FAIL)\b/.test(l) && !/^\d+ passed, \d+ failed$/.test(l));
      const summary = lines.find((l) => /^\d+ passed, \d+ failed$/.test(l));
      if (!summary) checks.push(`FAIL neovim exited with ${code} without a summary: ${out.slice(-300)}`);
      resolve(checks);
    });
  });
}

/** Runs every probe in turn; returns the counts. */
export async function runNvimProbes(log = console.log) {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    log('[nvim] FAIL Neovim is not installed (bash test/e2e/setup-editor.sh installs it from apt)');
    return { passed: 0, failed: 1 };
  }
  log(`[nvim] ${version.stdout.split('\n')[0]}; server: ${SERVER.slice(1).join(' ')}`);
  let passed = 0;
  let failed = 0;
  for (const p of PROBES) {
    for (const line of await runProbe(p)) {
      if (/\bFAIL\b/.test(line)) failed++;
      else passed++;
      log(`[nvim] ${p.file}: ${line}`);
    }
  }
  return { passed, failed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { passed, failed } = await runNvimProbes();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
