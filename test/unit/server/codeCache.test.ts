// The code-cache loader: a bundle loads the same with or without a cache; a cache is written once, used next time,
// replaced when V8 rejects it, ignored when someone else could have written it, and the old ones are cleaned up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { codeCacheDir, requireWithCodeCache } from '../../../server/src/codeCache';
import { execArgv as SERVER_EXEC_ARGV } from '../../../shared/serverExecArgv.json';

/**
 * Loads the bundle in a fresh Node process, as the server starts: within one process V8 reuses what it compiled for
 * the same source, so a second load there would not read the cache at all.
 */
function load(
  file: string,
  dir: string | undefined,
  write = true,
  heap: { nodeOptions: readonly string[]; widen?: 'before' | 'after' | 'held' } = { nodeOptions: [] },
): { status: string; answer: number; where: string[]; pending: boolean; written: number } {
  // `widen`: the server holds its young generation and lets it grow for TypeScript (heapGrowth.ts), before the bundle
  // is loaded, or after it but before its cache is written.
  const heapGrowth = `require(${JSON.stringify(require.resolve('../../../server/src/heapGrowth'))})`;
  const widen = `${heapGrowth}.holdYoungGeneration(); ${heapGrowth}.growYoungGenerationForCode();`;
  const script = `
    const c = require(${JSON.stringify(require.resolve('../../../server/src/codeCache'))});
    ${heap.widen === 'before' ? widen : ''}
    const r = c.requireWithCodeCache(${JSON.stringify(file)}, { dir: ${dir === undefined ? 'undefined' : JSON.stringify(dir)} });
    ${heap.widen === 'after' ? widen : heap.widen === 'held' ? `${heapGrowth}.holdYoungGeneration();` : ''}
    const pending = c.codeCachesPending();
    const written = ${write ? 'c.writePendingCodeCaches()' : '0'};
    process.stdout.write(JSON.stringify({ status: r.status, answer: r.exports.answer(), where: r.exports.where(), pending, written }));`;
  const r = spawnSync(process.execPath, [...heap.nodeOptions, '-e', script], { encoding: 'utf8', env: { ...process.env, KAFKA_PRODUCER_CODE_CACHE: '' } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

function bundle(dir: string, body = ''): string {
  const file = join(dir, 'bundle.js');
  // Enough code for V8 to produce a cache, and a require relative to the bundle's own folder.
  writeFileSync(join(dir, 'helper.js'), 'module.exports = 41;\n');
  writeFileSync(
    file,
    `const helper = require('./helper.js');\n${body}\nexports.answer = () => helper + 1;\nexports.where = () => [__filename, __dirname];\n` +
      Array.from({ length: 50 }, (_, i) => `exports.f${i} = (x) => x * ${i} + helper;`).join('\n'),
  );
  return file;
}

function withDir(fn: (dir: string, cache: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'kpc-cache-'));
  try {
    fn(dir, join(dir, 'cache'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('code cache', () => {
  test('first load misses and writes, the next start hits; exports, require and __filename as with require()', () =>
    withDir((dir, cache) => {
      const file = bundle(dir);
      const first = load(file, cache);
      assert.deepEqual(first, { status: 'miss', answer: 42, where: [file, dir], pending: true, written: 1 });
      const files = readdirSync(cache);
      assert.equal(files.length, 1);
      assert.match(files[0]!, /^bundle-\d+-\d+-v\d+\.\d+\.\d+-\w+\.bin$/);
      assert.deepEqual(load(file, cache), { status: 'hit', answer: 42, where: [file, dir], pending: false, written: 0 });
    }));

  test('the server changing its young generation growth (held, then grown for TypeScript) changes no cache: one cache serves every start', () =>
    withDir((dir, cache) => {
      // V8 stamps a cache with a hash of its flags: holding and growing are flag changes.
      const file = bundle(dir);
      assert.equal(load(file, cache, true, { nodeOptions: SERVER_EXEC_ARGV, widen: 'after' }).status, 'miss');
      assert.equal(load(file, cache, true, { nodeOptions: SERVER_EXEC_ARGV }).status, 'hit', 'written after the widening, read by a start without it');
      assert.equal(load(file, cache, true, { nodeOptions: SERVER_EXEC_ARGV, widen: 'before' }).status, 'hit', 'read after the widening');
      assert.equal(load(file, cache, true, { nodeOptions: SERVER_EXEC_ARGV, widen: 'after' }).status, 'hit');
      assert.equal(load(file, cache, true, { nodeOptions: SERVER_EXEC_ARGV, widen: 'held' }).status, 'hit', 'read by a .properties session');
      assert.equal(readdirSync(cache).length, 1);
      rmSync(cache, { recursive: true });
      assert.equal(load(file, cache, true, { nodeOptions: SERVER_EXEC_ARGV, widen: 'held' }).status, 'miss');
      assert.equal(load(file, cache, true, { nodeOptions: SERVER_EXEC_ARGV }).status, 'hit', 'written by a .properties session, read by any start');
    }));

  test('without writing, a short-lived process writes its cache at exit', () =>
    withDir((dir, cache) => {
      const file = bundle(dir);
      assert.equal(load(file, cache, false).status, 'miss');
      assert.equal(load(file, cache, false).status, 'hit');
    }));

  test('a damaged cache is rejected by V8, the bundle still loads, and the cache is replaced', () =>
    withDir((dir, cache) => {
      const file = bundle(dir);
      load(file, cache);
      const [name] = readdirSync(cache);
      writeFileSync(join(cache, name!), Buffer.from('not a V8 code cache'), { mode: 0o600 });
      assert.deepEqual(load(file, cache), { status: 'rejected', answer: 42, where: [file, dir], pending: true, written: 1 });
      assert.equal(load(file, cache).status, 'hit');
    }));

  test('a cache others may write is not used', { skip: process.platform === 'win32' ? 'POSIX file modes' : false }, () =>
    withDir((dir, cache) => {
      const file = bundle(dir);
      load(file, cache);
      const [name] = readdirSync(cache);
      chmodSync(join(cache, name!), 0o666);
      assert.equal(load(file, cache, false).status, 'miss');
    }));

  test('no cache folder: loads without a cache and writes nothing', () =>
    withDir((dir) => {
      assert.deepEqual(load(bundle(dir), undefined), { status: 'off', answer: 42, where: [join(dir, 'bundle.js'), dir], pending: false, written: 0 });
      // In this process too (the server's own copy of the loader).
      const off = requireWithCodeCache<{ answer(): number }>(bundle(dir), { dir: undefined });
      assert.equal(off.status, 'off');
      assert.equal(off.flush(), false);
    }));

  test('a cache folder that cannot be created costs only the cache', () =>
    withDir((dir) => {
      const blocker = join(dir, 'a-file');
      writeFileSync(blocker, '');
      assert.deepEqual(load(bundle(dir), join(blocker, 'cache')), { status: 'miss', answer: 42, where: [join(dir, 'bundle.js'), dir], pending: true, written: 0 });
    }));

  test('a new build of the bundle gets its own cache and the old one is removed', () =>
    withDir((dir, cache) => {
      const file = bundle(dir);
      load(file, cache);
      const before = readdirSync(cache);
      bundle(dir, '// rebuilt');
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      assert.equal(load(file, cache).status, 'miss');
      const after = readdirSync(cache);
      assert.equal(after.length, 1);
      assert.notDeepEqual(after, before);
      assert.equal(load(file, cache).status, 'hit');
    }));

  test('where the cache lives: the configured folder, off, or the user cache folder', () => {
    assert.equal(codeCacheDir({ KAFKA_PRODUCER_CODE_CACHE: '/x/y' }), '/x/y');
    assert.equal(codeCacheDir({ KAFKA_PRODUCER_CODE_CACHE: 'off' }), undefined);
    if (process.platform === 'linux') assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/c' }), join('/c', 'kafka-producer-config', 'code-cache'));
  });
});
