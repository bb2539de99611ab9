// Tests of watchWorkspaceCluster with a stand-in connection: folders, reports, re-reads on file events, failures.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, DidChangeWatchedFilesParams, WorkspaceFolder } from 'vscode-languageserver';
import type { ClusterFacts } from '../../../server/src/service/cluster';
import { watchWorkspaceCluster } from '../../../server/src/workspaceCluster';

interface Fake {
  readonly connection: Connection;
  readonly logs: string[];
  readonly registrations: unknown[];
  fire(params: DidChangeWatchedFilesParams): void;
}

function fakeConnection(folders: () => Promise<WorkspaceFolder[] | null>): Fake {
  const logs: string[] = [];
  const registrations: unknown[] = [];
  let handler: ((p: DidChangeWatchedFilesParams) => void) | undefined;
  const log = (m: string): void => void logs.push(m);
  const connection = {
    console: { log, info: log, warn: log, error: log },
    workspace: { getWorkspaceFolders: folders },
    client: {
      register: async (_type: unknown, options: unknown) => {
        registrations.push(options);
        return { dispose: () => undefined };
      },
    },
    onDidChangeWatchedFiles: (h: (p: DidChangeWatchedFilesParams) => void) => {
      handler = h;
      return { dispose: () => undefined };
    },
  } as unknown as Connection;
  return { connection, logs, registrations, fire: (p) => handler?.(p) };
}

const waitFor = async (cond: () => boolean, ms = 3000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('watchWorkspaceCluster', () => {
  let root: string;
  let folder: WorkspaceFolder;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'kafka-cluster-watch-'));
    mkdirSync(join(root, 'k8s'));
    writeFileSync(join(root, 'server.properties'), 'min.insync.replicas=2\n');
    writeFileSync(join(root, 'k8s', 'topics.yaml'), 'kind: KafkaTopic\nmetadata: {name: orders}\nspec:\n  config:\n    min.insync.replicas: 1\n');
    folder = { uri: pathToFileURL(root).href, name: 'ws' };
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reports the combined facts once, with workspace-relative names and URIs under the folder', async () => {
    const fake = fakeConnection(async () => [folder]);
    const reports: ClusterFacts[] = [];
    await watchWorkspaceCluster(fake.connection, (f) => reports.push(f), { dynamicWatch: false });
    assert.equal(reports.length, 1);
    assert.equal(reports[0].minInsyncReplicas?.value, 1);
    assert.equal(reports[0].minInsyncReplicas?.source, 'KafkaTopic orders (k8s/topics.yaml line 5); lowest of 2 values, 2 files checked');
    assert.deepEqual(reports[0].minInsyncReplicas?.location, { uri: `${folder.uri}/k8s/topics.yaml`, line: 4 });
    assert.equal(fake.registrations.length, 0, 'no watcher without dynamic registration');
  });

  it('registers watchers and re-reads after relevant changes, reporting {} when the files are gone', async () => {
    const fake = fakeConnection(async () => [folder]);
    const reports: ClusterFacts[] = [];
    await watchWorkspaceCluster(fake.connection, (f) => reports.push(f), { dynamicWatch: true, debounceMs: 5 });
    assert.equal(fake.registrations.length, 1);
    assert.equal(reports.length, 1);

    // Irrelevant changes cause no read.
    fake.fire({ changes: [{ uri: `${folder.uri}/node_modules/x/server.properties`, type: 1 }, { uri: `${folder.uri}/src/app.ts`, type: 2 }] });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(reports.length, 1);

    unlinkSync(join(root, 'k8s', 'topics.yaml'));
    fake.fire({ changes: [{ uri: `${folder.uri}/k8s/topics.yaml`, type: 3 }] });
    await waitFor(() => reports.length === 2);
    assert.equal(reports[1].minInsyncReplicas?.value, 2);
    assert.equal(reports[1].minInsyncReplicas?.source, 'server.properties line 1');

    unlinkSync(join(root, 'server.properties'));
    fake.fire({ changes: [{ uri: `${folder.uri}/server.properties`, type: 3 }] });
    await waitFor(() => reports.length === 3);
    assert.deepEqual(reports[2], {});
  });

  it('reads the folders again when the workspace folders change', async () => {
    const other = mkdtempSync(join(tmpdir(), 'kafka-cluster-folder-'));
    try {
      writeFileSync(join(other, 'server.properties'), 'min.insync.replicas=3\n');
      let folders: WorkspaceFolder[] = [];
      let changed: (() => void) | undefined;
      const fake = fakeConnection(async () => folders);
      const reports: ClusterFacts[] = [];
      await watchWorkspaceCluster(fake.connection, (f) => reports.push(f), { dynamicWatch: false, onFoldersChanged: (l) => (changed = l) });
      assert.deepEqual(reports, [{}]);
      folders = [{ uri: pathToFileURL(other).href, name: 'other' }];
      changed!();
      await waitFor(() => reports.length === 2);
      assert.equal(reports[1].minInsyncReplicas?.value, 3);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('reads nothing from virtual workspaces and survives a failing client', async () => {
    const virtual = fakeConnection(async () => [{ uri: 'vscode-vfs://github/org/repo', name: 'repo' }]);
    const reports: ClusterFacts[] = [];
    await watchWorkspaceCluster(virtual.connection, (f) => reports.push(f));
    assert.deepEqual(reports, [{}]);

    const failing = fakeConnection(async () => {
      throw new Error('no folders');
    });
    await assert.doesNotReject(watchWorkspaceCluster(failing.connection, (f) => reports.push(f)));
    assert.ok(failing.logs.some((l) => l.includes('no folders')));

    const throwingReport = fakeConnection(async () => null);
    await assert.doesNotReject(
      watchWorkspaceCluster(throwingReport.connection, () => {
        throw new Error('boom');
      }),
    );
    assert.ok(throwingReport.logs.some((l) => l.includes('boom')));
  });
});
