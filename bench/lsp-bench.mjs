#!/usr/bin/env node
// lsp-bench.mjs: one benchmark run of a language server over stdio, as an editor drives it; prints ONE JSON line.
//
// Spawns the server command, performs initialize/initialized, opens one file and measures:
//   initializeMs           process spawn -> initialize response
//   open.firstMs           didOpen -> first textDocument/publishDiagnostics for the file
//   open.settledMs         didOpen -> last publishDiagnostics before a quiet period
//   open.completeMs        didOpen -> first publish with >= minDiagnostics items (if set)
//   hover / completion / codeAction   request latency p50/p95/p99 over N sequential requests
//   edit.firstMs / edit.settledMs     one-character didChange -> publishDiagnostics, over N edits
//   openWarm               (scenario "warmOpen": true) the same text opened again under a second URI, once the
//                          server has loaded whatever the first open loaded (e.g. a lazily loaded parser)
//   memory                 VmHWM of the server process (and of its whole process tree)
//
// Usage:
//   node bench/lsp-bench.mjs --scenario bench/scenarios/ours-props-200.json [--n 200] [--edits 20]
//   node bench/lsp-bench.mjs --cmd "node dist/server.js --stdio" --file producer.properties --lang kafka-properties \
//        --hover 10:6,20:8 --completion 12:4 --n 100 --edits 20 [--root dir] [--settings s.json]
// Other flags: --pull --verbose --completion-n N --code-action-n N --edit-at L:C --edit-text T --stderr FILE ...
// Positions are 0-based line:character. Rewritten from the shared anchor harness (../shared/bench); see bench/README.md.
// Needs vscode-jsonrpc, which the repository's node_modules has (a dependency of vscode-languageserver).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

// Where things live. BENCH_DIR: this folder. REPO_DIR: the repository (dist/server.js). CACHE_DIR: what setup.sh
// built (peers/, fixtures/), default ${XDG_CACHE_HOME:-~/.cache}/kafka-producer-bench, never inside the repository.
const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_DIR = path.dirname(BENCH_DIR);
const CACHE_DIR = path.resolve(process.env.BENCH_CACHE
  || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'kafka-producer-bench'));

function loadRpc() {
  for (const base of [REPO_DIR, BENCH_DIR]) {
    try { return createRequire(path.join(base, 'package.json'))('vscode-jsonrpc/node'); } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; }
  }
  console.error(`vscode-jsonrpc not found in ${REPO_DIR}/node_modules: run npm ci`);
  process.exit(2);
}

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const eq = a.indexOf('=');
    if (eq > 0) { out[a.slice(2, eq)] = a.slice(eq + 1); continue; }
    const key = a.slice(2);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) out[key] = true; else { out[key] = next; i++; }
  }
  return out;
}

function splitCommand(cmd) {
  // minimal shell-like split honouring double/single quotes
  const parts = []; let cur = ''; let q = null; let has = false;
  for (const ch of cmd) {
    if (q) { if (ch === q) q = null; else cur += ch; continue; }
    if (ch === '"' || ch === "'") { q = ch; has = true; continue; }
    if (/\s/.test(ch)) { if (cur || has) parts.push(cur); cur = ''; has = false; continue; }
    cur += ch;
  }
  if (cur || has) parts.push(cur);
  return parts;
}

function parsePosList(s) {
  if (!s || s === true) return [];
  return String(s).split(',').map((p) => {
    const [l, c] = p.split(':').map(Number);
    return [l, c];
  });
}

const args = parseArgs(process.argv.slice(2));
if (args.help || args.h) {
  process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 21).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
  process.exit(0);
}

let scenario = {};
let baseDir = process.cwd();
if (args.scenario) {
  const sp = path.resolve(args.scenario);
  scenario = JSON.parse(fs.readFileSync(sp, 'utf8'));
  baseDir = path.dirname(sp);
}
// Placeholders in a scenario's server, settings, initializationOptions, file and rootDir:
//   ${cache} / ${cacheUri}  what setup.sh built ($BENCH_CACHE).   ${repo} / ${repoUri}  the repository.
//   ${bench} / ${benchUri}  this folder.   ${dir} / ${dirUri}  the scenario file's folder.
//   "${serverExecArgv}"     as a whole element of server.args: the Node options the extension starts our server with
//                           (shared/serverExecArgv.json, read by client/src/client.ts too), spliced in.
// After substitution, relative file/rootDir/cwd paths are resolved against the scenario's folder.
const fileUri = (p) => pathToFileURL(p).href;
const serverExecArgv = () => JSON.parse(fs.readFileSync(path.join(REPO_DIR, 'shared', 'serverExecArgv.json'), 'utf8')).execArgv;
function subst(v) {
  if (typeof v === 'string') {
    return v.replaceAll('${cacheUri}', fileUri(CACHE_DIR)).replaceAll('${repoUri}', fileUri(REPO_DIR))
      .replaceAll('${benchUri}', fileUri(BENCH_DIR)).replaceAll('${dirUri}', fileUri(baseDir))
      .replaceAll('${cache}', CACHE_DIR).replaceAll('${repo}', REPO_DIR)
      .replaceAll('${bench}', BENCH_DIR).replaceAll('${dir}', baseDir);
  }
  if (Array.isArray(v)) return v.flatMap((x) => (x === '${serverExecArgv}' ? serverExecArgv() : [subst(x)]));
  if (v && typeof v === 'object') { const o = {}; for (const [k, x] of Object.entries(v)) o[subst(k)] = subst(x); return o; }
  return v;
}
const rel = (p) => (p == null ? p : path.resolve(baseDir, subst(p)));
const cliRel = (p) => (p == null ? p : path.resolve(process.cwd(), p));

// CLI overrides
if (args.cmd) { const [command, ...cargs] = splitCommand(args.cmd); scenario.server = { command, args: cargs, cwd: process.cwd() }; }
if (args.file) scenario.file = cliRel(args.file); else if (scenario.file) scenario.file = rel(scenario.file);
if (args.root) scenario.rootDir = cliRel(args.root); else if (scenario.rootDir) scenario.rootDir = rel(scenario.rootDir);
if (args.lang) scenario.languageId = args.lang;
if (args.name) scenario.name = args.name;
if (args.settings) scenario.settings = JSON.parse(fs.readFileSync(cliRel(args.settings), 'utf8'));
if (args['init-options']) scenario.initializationOptions = JSON.parse(fs.readFileSync(cliRel(args['init-options']), 'utf8'));
scenario.hover = scenario.hover || {};
scenario.completion = scenario.completion || {};
scenario.edit = scenario.edit || {};
scenario.codeAction = scenario.codeAction || {};
scenario.open = scenario.open || {};
if (args.hover) scenario.hover.positions = parsePosList(args.hover);
if (args.completion) scenario.completion.positions = parsePosList(args.completion);
if (args.n) { scenario.hover.n = Number(args.n); }
if (args['completion-n']) scenario.completion.n = Number(args['completion-n']);
if (args['code-action-n']) scenario.codeAction.n = Number(args['code-action-n']);
if (args.edits !== undefined) scenario.edit.n = Number(args.edits);
if (args['edit-at']) { const [p] = parsePosList(args['edit-at']); scenario.edit.position = p; }
if (args['edit-text']) scenario.edit.text = String(args['edit-text']);
if (args['edit-quiet']) scenario.edit.quietMs = Number(args['edit-quiet']);
if (args['open-quiet']) scenario.open.quietMs = Number(args['open-quiet']);
if (args['min-diagnostics']) scenario.open.minDiagnostics = Number(args['min-diagnostics']);
if (args.stderr) scenario.stderrFile = cliRel(args.stderr);
if (args.verbose) scenario.verbose = true;
if (args.pull) scenario.diagnosticsMode = 'pull';

if (!scenario.server) throw new Error('no server: give --cmd or a scenario with "server"');
if (scenario.server.cwd) scenario.server.cwd = args.cmd ? scenario.server.cwd : rel(scenario.server.cwd);
if (!scenario.file) throw new Error('no file: give --file or a scenario with "file"');
scenario.server = subst(scenario.server);
scenario.settings = subst(scenario.settings);
scenario.initializationOptions = subst(scenario.initializationOptions);

// ---------------------------------------------------------------- helpers
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (x, d = 2) => (x == null || Number.isNaN(x) ? null : Math.round(x * 10 ** d) / 10 ** d);

function stats(samples) {
  if (!samples.length) return null;
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, p50: round(q(50)), p95: round(q(95)), p99: round(q(99)), mean: round(mean), min: round(s[0]), max: round(s[s.length - 1]) };
}

function lineStarts(text) {
  const st = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) st.push(i + 1);
  return st;
}
function offsetAt(text, pos) { const st = lineStarts(text); return Math.min(text.length, st[pos.line] + pos.character); }

// position spec: [line, character] (0-based) or {find: "text", nth: 0 | -1 (last), delta: 0}
function resolvePos(text, spec) {
  if (Array.isArray(spec)) return { line: spec[0], character: spec[1] };
  if (spec && typeof spec === 'object' && 'line' in spec) return { line: spec.line, character: spec.character };
  if (spec && spec.find != null) {
    const hits = [];
    let i = -1;
    while ((i = text.indexOf(spec.find, i + 1)) !== -1) hits.push(i);
    if (!hits.length) throw new Error(`position: "${spec.find}" not found`);
    const nth = spec.nth ?? 0;
    const off = hits[nth < 0 ? hits.length + nth : Math.min(nth, hits.length - 1)] + (spec.delta ?? 0);
    const st = lineStarts(text);
    let lo = 0, hi = st.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (st[mid] <= off) lo = mid; else hi = mid - 1; }
    return { line: lo, character: off - st[lo] };
  }
  throw new Error(`bad position spec ${JSON.stringify(spec)}`);
}

// ---------------------------------------------------------------- process-tree memory sampling
function readStatus(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => { const m = s.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm')); return m ? Number(m[1]) : 0; };
    const name = (s.match(/^Name:\s+(.*)$/m) || [])[1];
    return { hwm: kb('VmHWM'), rss: kb('VmRSS'), name };
  } catch { return null; }
}
function readCpuMs(pid) {
  try {
    const st = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    // fields after ')' start at index 2 (state): utime=13, stime=14, cutime=15, cstime=16 (1-based in man page)
    const tck = 100; // CLK_TCK is 100 on Linux x86_64
    return ((+f[11]) + (+f[12]) + (+f[13]) + (+f[14])) * 1000 / tck;
  } catch { return null; }
}
// The process tree below `root`. Each sample runs while a request may be in flight, so it must cost the harness (and
// the 2-core machine) next to nothing: Linux lists a task's children in /proc/<pid>/task/<tid>/children, a few reads
// per process. Scanning all of /proc (every process's stat, the fallback where that file does not exist) took 4 ms
// on average and up to 13 ms here, every sample, and was counted into whatever latency it landed in.
function childrenOf(pid) {
  const out = [];
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    for (const c of fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ')) if (c.trim()) out.push(Number(c));
  }
  return out;
}
let childrenFiles = fs.existsSync(`/proc/${process.pid}/task/${process.pid}/children`);
function descendants(root) {
  if (childrenFiles) {
    try {
      const out = [root];
      for (let i = 0; i < out.length; i++) {
        try { out.push(...childrenOf(out[i])); } catch (e) { if (i === 0 && e.code !== 'ENOENT' && e.code !== 'ESRCH') throw e; }
      }
      return out;
    } catch { childrenFiles = false; }
  }
  const children = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch { /* gone */ }
  }
  const out = [root]; const stack = [root];
  while (stack.length) { const p = stack.pop(); for (const c of children.get(p) || []) { out.push(c); stack.push(c); } }
  return out;
}
class MemSampler {
  constructor(pid, intervalMs = 100) { this.pid = pid; this.perPid = new Map(); this.treeRssPeak = 0; this.timer = setInterval(() => this.sample(), intervalMs); this.timer.unref(); }
  sample() {
    let rssSum = 0;
    for (const p of descendants(this.pid)) {
      const s = readStatus(p); if (!s) continue;
      const prev = this.perPid.get(p);
      this.perPid.set(p, { name: s.name, hwm: Math.max(prev?.hwm || 0, s.hwm), cpuMs: readCpuMs(p) ?? prev?.cpuMs });
      rssSum += s.rss;
    }
    this.treeRssPeak = Math.max(this.treeRssPeak, rssSum);
  }
  stop() {
    this.sample(); clearInterval(this.timer);
    const root = this.perPid.get(this.pid);
    let sum = 0; let cpu = 0; const procs = [];
    for (const [p, v] of this.perPid) { sum += v.hwm; cpu += v.cpuMs || 0; procs.push({ pid: p, name: v.name, hwmMB: round(v.hwm / 1024, 1) }); }
    return {
      rootHwmMB: root ? round(root.hwm / 1024, 1) : null,
      treeHwmSumMB: round(sum / 1024, 1),
      treeRssPeakSampledMB: round(this.treeRssPeak / 1024, 1),
      processes: procs,
      cpuMs: round(cpu, 0),
    };
  }
}

// ---------------------------------------------------------------- main
async function main() {
  const rpc = loadRpc();
  const sc = scenario;
  const filePath = path.resolve(sc.file);
  const rootDir = sc.rootDir ? path.resolve(sc.rootDir) : path.dirname(filePath);
  const uri = pathToFileURL(filePath).href;
  const rootUri = pathToFileURL(rootDir).href;
  let text = fs.readFileSync(filePath, 'utf8');
  const originalText = text;
  const languageId = sc.languageId || path.extname(filePath).slice(1);
  // Paths in the result are shown relative to the cache / this folder, not as absolute paths.
  const show = (a) => a.replaceAll(CACHE_DIR, '${cache}').replaceAll(BENCH_DIR, '${bench}').replaceAll(REPO_DIR, '${repo}');
  const result = {
    name: sc.name || path.basename(filePath),
    server: [sc.server.command, ...(sc.server.args || [])].map(show).join(' '),
    file: show(filePath), languageId,
    lines: text.split('\n').length, bytes: Buffer.byteLength(text),
    node: process.version, host: `${os.cpus().length}cpu`, at: new Date().toISOString(),
    errors: [],
  };
  const err = (where, e) => result.errors.push(`${where}: ${e?.message || e}`.slice(0, 300));
  const timeoutMs = sc.requestTimeoutMs ?? 60000;
  const pull = sc.diagnosticsMode === 'pull';
  result.diagnosticsMode = pull ? 'pull' : 'push';

  // publishDiagnostics bookkeeping
  const publishes = []; // {t, count, version}
  let currentUri = uri; // the document whose publishes are recorded (the warm re-open switches it)
  const waiters = new Set();
  let lastDiagnostics = [];

  const t0 = now();
  const child = spawn(sc.server.command, sc.server.args || [], {
    cwd: sc.server.cwd || rootDir,
    env: { ...process.env, ...(sc.server.env || {}) },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true, // own process group, so the whole tree can be cleaned up
  });
  const stderrChunks = [];
  let stderrLen = 0;
  const stderrFile = sc.stderrFile ? fs.createWriteStream(sc.stderrFile) : null;
  child.stderr.on('data', (d) => { if (stderrFile) stderrFile.write(d); stderrChunks.push(d); stderrLen += d.length; while (stderrLen > 8192 && stderrChunks.length > 1) stderrLen -= stderrChunks.shift().length; });
  let exited = null;
  const exitP = new Promise((r) => child.on('exit', (code, sig) => { exited = { code, sig }; r(); }));
  child.on('error', (e) => err('spawn', e));
  const mem = new MemSampler(child.pid, sc.memSampleMs ?? 250);

  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  conn.onError(([e]) => err('rpc', e));
  const settings = sc.settings || {};
  const getSection = (section) => {
    if (!section) return settings;
    if (section in settings) return settings[section];
    let cur = settings;
    for (const part of section.split('.')) { if (cur && typeof cur === 'object' && part in cur) cur = cur[part]; else return null; }
    return cur;
  };
  const serverRequests = {};
  conn.onRequest((method, params) => {
    serverRequests[method] = (serverRequests[method] || 0) + 1;
    switch (method) {
      case 'workspace/configuration': return (params.items || []).map((it) => getSection(it.section) ?? null);
      case 'workspace/workspaceFolders': return [{ uri: rootUri, name: path.basename(rootDir) }];
      case 'workspace/applyEdit': return { applied: false };
      case 'vscode/content': // vscode-json-languageserver asks the client for schema content
      case 'custom/schemaContent':
      case 'custom/schemaRequest': {
        const u = typeof params === 'string' ? params : (params?.uri ?? params?.[0]);
        try { return fs.readFileSync(fileURLToPath(u), 'utf8'); } catch (e) { return null; }
      }
      default: return null; // window/workDoneProgress/create, client/registerCapability, ...
    }
  });
  const serverNotifications = {};
  conn.onNotification((method, params) => {
    serverNotifications[method] = (serverNotifications[method] || 0) + 1;
    if (method === 'textDocument/publishDiagnostics' && params.uri === currentUri) {
      const p = { t: now(), count: params.diagnostics.length, version: params.version };
      lastDiagnostics = params.diagnostics;
      publishes.push(p);
      for (const w of waiters) w(p);
    }
  });
  conn.listen();

  const request = async (method, params, to = timeoutMs) => {
    let timer;
    const tp = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`${method} timed out after ${to} ms`)), to); });
    const p = params === undefined ? conn.sendRequest(method) : conn.sendRequest(method, params);
    try { return await Promise.race([p, tp]); } finally { clearTimeout(timer); }
  };

  // waits for publishDiagnostics after `since`; returns first / settled / complete times
  function waitDiagnostics(since, { quietMs = 500, timeout = 60000, minCount, version } = {}) {
    return new Promise((resolve) => {
      let first = null; let last = null; let complete = null; let quietTimer = null; let n = 0;
      const finish = (timedOut) => {
        waiters.delete(onPub); clearTimeout(quietTimer); clearTimeout(hardTimer);
        resolve({
          firstMs: first ? round(first.t - since) : null, firstCount: first?.count ?? null,
          settledMs: last ? round(last.t - since) : null, settledCount: last?.count ?? null,
          completeMs: complete ? round(complete.t - since) : null, publishes: n, timedOut,
        });
      };
      const onPub = (p) => {
        if (p.t < since) return;
        if (version != null && p.version != null && p.version < version) return;
        n++;
        if (!first) first = p;
        last = p;
        if (minCount != null && !complete && p.count >= minCount) complete = p;
        clearTimeout(quietTimer);
        if (minCount == null || complete) quietTimer = setTimeout(() => finish(false), quietMs);
      };
      const hardTimer = setTimeout(() => finish(true), timeout);
      waiters.add(onPub);
      for (const p of publishes) onPub(p); // (none normally: since is "now")
    });
  }

  // pull mode: textDocument/diagnostic right after the notification; its response time is the latency
  async function pullDiagnostics(since) {
    try {
      const res = await request('textDocument/diagnostic', { textDocument: { uri } }, sc.open.timeoutMs ?? 120000);
      const items = res?.items || [];
      if (res?.kind === 'full') lastDiagnostics = items;
      const ms = round(now() - since);
      return { firstMs: ms, firstCount: items.length, settledMs: ms, settledCount: items.length, completeMs: ms, publishes: 1, timedOut: false };
    } catch (e) { err('pull', e); return { firstMs: null, timedOut: true, publishes: 0 }; }
  }

  try {
    // ---- initialize
    const initParams = {
      processId: process.pid,
      clientInfo: { name: 'lsp-bench', version: '1.0' },
      locale: 'en',
      rootPath: rootDir,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(rootDir) }],
      initializationOptions: sc.initializationOptions,
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        window: { workDoneProgress: false, showMessage: {} },
        workspace: {
          configuration: true, workspaceFolders: true, applyEdit: true,
          didChangeConfiguration: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true, willSave: false, willSaveWaitUntil: false },
          hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
          completion: {
            dynamicRegistration: false, contextSupport: true,
            completionItem: {
              snippetSupport: true, commitCharactersSupport: true, deprecatedSupport: true, preselectSupport: true,
              documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true, labelDetailsSupport: true,
              resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
              insertTextModeSupport: { valueSet: [1, 2] }, tagSupport: { valueSet: [1] },
            },
            completionItemKind: { valueSet: Array.from({ length: 25 }, (_, i) => i + 1) },
          },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
          codeAction: {
            dynamicRegistration: false, isPreferredSupport: true, disabledSupport: true, dataSupport: true,
            resolveSupport: { properties: ['edit'] },
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports', 'source.fixAll'] } },
          },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
      },
    };
    const initRes = await request('initialize', initParams, sc.initializeTimeoutMs ?? 60000);
    result.initializeMs = round(now() - t0);
    const caps = initRes?.capabilities || {};
    const syncKind = typeof caps.textDocumentSync === 'number' ? caps.textDocumentSync : (caps.textDocumentSync?.change ?? 1);
    result.serverInfo = initRes?.serverInfo || null;
    result.syncKind = syncKind;
    conn.sendNotification('initialized', {});
    if (sc.settings) conn.sendNotification('workspace/didChangeConfiguration', { settings: sc.settings });
    if (sc.afterInitDelayMs) await sleep(sc.afterInitDelayMs);

    // ---- didOpen -> diagnostics
    let version = 1;
    const openCfg = sc.open;
    const tOpen = now();
    const openWait = pull ? null : waitDiagnostics(tOpen, { quietMs: openCfg.quietMs ?? 1000, timeout: openCfg.timeoutMs ?? 120000, minCount: openCfg.minDiagnostics });
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    result.open = pull ? await pullDiagnostics(tOpen) : await openWait;
    if (result.open.timedOut) err('open', 'no (complete) publishDiagnostics before timeout');

    // ---- hover
    const runLatency = async (label, cfg, mkParams, method, summarize) => {
      const positions = (cfg.positions || []).map((s) => resolvePos(text, s));
      const n = cfg.n ?? 100;
      if (!positions.length || n <= 0) return null;
      const warm = cfg.warmup ?? 0;
      const samples = []; let firstMs = null; let nonEmpty = 0; const sample = []; let errors = 0;
      for (let i = 0; i < n + warm; i++) {
        const pos = positions[i % positions.length];
        const t = now();
        let res;
        try { res = await request(method, mkParams(pos)); } catch (e) { errors++; if (errors <= 2) err(label, e); continue; }
        const dt = now() - t;
        if (i === 0) firstMs = round(dt);
        if (i >= warm) samples.push(dt);
        const s = summarize(res);
        if (s.nonEmpty) nonEmpty++;
        const pi = i % positions.length;
        if (sample[pi] === undefined) sample[pi] = s.nonEmpty ? (sc.verbose ? String(s.sample) : String(s.sample).slice(0, 80)) : null;
      }
      return { firstMs, ...stats(samples), nonEmpty, errors, positions: positions.length, sample };
    };
    const hoverText = (res) => {
      if (!res || !res.contents) return '';
      const c = res.contents;
      if (typeof c === 'string') return c;
      if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
      return c.value || '';
    };
    result.hover = await runLatency('hover', sc.hover, (position) => ({ textDocument: { uri }, position }), 'textDocument/hover',
      (res) => { const t = hoverText(res); return { nonEmpty: t.trim().length > 0, sample: t.replace(/\s+/g, ' ') }; });

    // ---- completion
    result.completion = await runLatency('completion', sc.completion, (position) => ({ textDocument: { uri }, position, context: { triggerKind: 1 } }), 'textDocument/completion',
      (res) => { const items = Array.isArray(res) ? res : (res?.items || []); return { nonEmpty: items.length > 0, sample: `${items.length} items: ${items.slice(0, 5).map((i) => i.label).join(', ')}` }; });

    // ---- codeAction (default range: first diagnostic of the last publish)
    {
      const cfg = sc.codeAction;
      let range = cfg.range ? { start: resolvePos(text, cfg.range[0]), end: resolvePos(text, cfg.range[1]) } : null;
      let diags = [];
      if (!range && lastDiagnostics.length) {
        const d = lastDiagnostics[Math.min(cfg.diagnosticIndex ?? 0, lastDiagnostics.length - 1)];
        range = d.range; diags = [d];
      } else if (range) {
        diags = lastDiagnostics.filter((d) => !(d.range.end.line < range.start.line || d.range.start.line > range.end.line));
      }
      if (range && (cfg.n ?? 50) > 0) {
        result.codeAction = await runLatency('codeAction', { ...cfg, n: cfg.n ?? 50, positions: [[range.start.line, range.start.character]] },
          () => ({ textDocument: { uri }, range, context: { diagnostics: diags, triggerKind: 1 } }), 'textDocument/codeAction',
          (res) => ({ nonEmpty: Array.isArray(res) && res.length > 0, sample: Array.isArray(res) ? `${res.length}: ${res.slice(0, 3).map((a) => a.title).join(' | ')}` : String(res) }));
        if (result.codeAction) result.codeAction.range = `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
      } else result.codeAction = null;
    }

    // ---- edits: alternately insert `text` at `position` and delete it again
    {
      const cfg = sc.edit;
      const n = cfg.n ?? 20;
      if (n > 0) {
        const pos = cfg.position ? resolvePos(text, cfg.position) : { line: 0, character: (text.split('\n')[0] || '').length };
        const ins = cfg.text ?? ' ';
        const first = []; const settled = []; let timeouts = 0; let publishesPerEdit = 0;
        for (let i = 0; i < n; i++) {
          version++;
          const insert = i % 2 === 0;
          const range = insert ? { start: pos, end: pos } : { start: pos, end: { line: pos.line, character: pos.character + ins.length } };
          const off = offsetAt(text, pos);
          text = insert ? text.slice(0, off) + ins + text.slice(off) : text.slice(0, off) + text.slice(off + ins.length);
          const change = syncKind === 2 ? { range, rangeLength: insert ? 0 : ins.length, text: insert ? ins : '' } : { text };
          const t = now();
          const w = pull ? null : waitDiagnostics(t, { quietMs: cfg.quietMs ?? 500, timeout: cfg.timeoutMs ?? 30000, version });
          conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
          const r = pull ? await pullDiagnostics(t) : await w;
          if (r.timedOut && r.firstMs == null) { timeouts++; continue; }
          first.push(r.firstMs); settled.push(r.settledMs); publishesPerEdit += r.publishes;
          if (cfg.pauseMs) await sleep(cfg.pauseMs);
        }
        result.edit = { n, at: `${pos.line}:${pos.character}`, text: ins, first: stats(first), settled: stats(settled), timeouts, publishesPerEdit: round(publishesPerEdit / Math.max(1, first.length), 2), quietMs: cfg.quietMs ?? 500 };
      }
    }

    // ---- warm re-open: the same text under a second URI in the same folder, now that the server is warm
    if (sc.warmOpen) {
      const warmUri = pathToFileURL(path.join(path.dirname(filePath), `warm-${path.basename(filePath)}`)).href;
      currentUri = warmUri;
      publishes.length = 0;
      const tWarm = now();
      const warmWait = pull ? null : waitDiagnostics(tWarm, { quietMs: openCfg.quietMs ?? 1000, timeout: openCfg.timeoutMs ?? 120000, minCount: openCfg.minDiagnostics });
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri: warmUri, languageId, version: 1, text: originalText } });
      if (pull) {
        const t = now();
        const res = await request('textDocument/diagnostic', { textDocument: { uri: warmUri } }, openCfg.timeoutMs ?? 120000);
        result.openWarm = { firstMs: round(now() - t), firstCount: res?.items?.length ?? 0, timedOut: false };
      } else result.openWarm = await warmWait;
      if (result.openWarm.timedOut) err('openWarm', 'no (complete) publishDiagnostics before timeout');
      conn.sendNotification('textDocument/didClose', { textDocument: { uri: warmUri } });
    }
  } catch (e) {
    err('main', e);
  }

  result.memory = mem.stop();
  result.serverRequests = serverRequests;
  result.serverNotifications = serverNotifications;

  // ---- shutdown
  try {
    if (!exited) { await request('shutdown', undefined, 5000); conn.sendNotification('exit'); }
  } catch (e) { err('shutdown', e); }
  await Promise.race([exitP, sleep(3000)]);
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
  conn.dispose();
  if (stderrFile) stderrFile.end();
  if (result.errors.length || sc.verbose) result.stderrTail = Buffer.concat(stderrChunks).toString('utf8').slice(-1500);
  result.exit = exited;
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

main().catch((e) => { console.error(e); process.exit(1); });
