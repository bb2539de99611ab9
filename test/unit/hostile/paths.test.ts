// Reading stays inside what was asked for: symbolic links in walked folders and in the workspace scan lead nowhere.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../../../server/src/cli';
import { findClusterFiles } from '../../../server/src/workspaceScan';
import { readInside } from '../../../server/src/workspaceFiles';

function lintJson(args: string[]): { code: number; files: string[] } {
  let out = '';
  const code = main(['--format', 'json', ...args], (s) => (out += s), () => undefined, false);
  return { code, files: (JSON.parse(out) as { files: Array<{ path: string }> }).files.map((f) => f.path) };
}

describe('hostile paths', () => {
  const root = mkdtempSync(join(tmpdir(), 'kafka-paths-'));
  const outside = join(root, 'outside');
  const project = join(root, 'project');
  mkdirSync(outside);
  mkdirSync(join(project, 'config'), { recursive: true });
  writeFileSync(join(outside, 'secret-producer.properties'), 'acks=all\n');
  writeFileSync(join(outside, 'server.properties'), 'min.insync.replicas=1\n');
  writeFileSync(join(project, 'config', 'orders-producer.properties'), 'acks=all\n');
  symlinkSync(outside, join(project, 'config', 'linked-dir'));
  symlinkSync(join(outside, 'secret-producer.properties'), join(project, 'config', 'linked-producer.properties'));
  symlinkSync(join(outside, 'server.properties'), join(project, 'server.properties'));
  symlinkSync(project, join(project, 'config', 'loop'));
  writeFileSync(join(outside, 'secret.ts'), 'export const password = "x";\n');
  writeFileSync(join(project, 'config', 'base.ts'), 'export const base = { idempotent: true };\n');
  symlinkSync(join(outside, 'secret.ts'), join(project, 'config', 'linked.ts'));

  it('kafka-lint does not follow symbolic links inside a folder it walks (no escape, no loop)', () => {
    const r = lintJson([project]);
    assert.deepEqual(r.files, [join(project, 'config', 'orders-producer.properties')]);
  });

  it('a symbolic link named on the command line is what the user asked for, and is read', () => {
    const r = lintJson([join(project, 'config', 'linked-producer.properties')]);
    assert.deepEqual(r.files, [join(project, 'config', 'linked-producer.properties')]);
  });

  it('the workspace scan for cluster files does not follow symbolic links', async () => {
    const scan = await findClusterFiles(project);
    assert.deepEqual(scan.files.map((f) => f.relativePath), []);
  });

  it('imported config modules are read only inside the workspace: no ../ escape, no symbolic link out', () => {
    const roots = [realpathSync(project)];
    assert.match(readInside(pathToFileURL(join(project, 'config', 'base.ts')).href, roots) ?? '', /idempotent/);
    assert.equal(readInside(pathToFileURL(join(outside, 'secret.ts')).href, roots), undefined);
    assert.equal(readInside(new URL('../../outside/secret.ts', pathToFileURL(join(project, 'config', 'base.ts'))).href, roots), undefined);
    assert.equal(readInside(pathToFileURL(join(project, 'config', 'linked.ts')).href, roots), undefined);
    assert.equal(readInside('untitled:Untitled-1', roots), undefined);
  });
});
