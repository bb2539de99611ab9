// Tests of the workspace walk on a temporary folder: which files it finds, what it skips, and its limits.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_SCAN_LIMITS, findClusterFiles, isClusterFilePath } from '../../../server/src/workspaceScan';

const TOPIC = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata: {name: t}\nspec:\n  replicas: 3\n';

describe('findClusterFiles', () => {
  let base: string;
  let root: string;
  const write = (rel: string, text: string, at = root): void => {
    mkdirSync(dirname(join(at, rel)), { recursive: true });
    writeFileSync(join(at, rel), text);
  };

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'kafka-cluster-scan-'));
    root = join(base, 'ws');
    mkdirSync(root);
    write('config/server.properties', 'min.insync.replicas=2\n');
    write('config/broker-1.properties', 'default.replication.factor=3\n');
    write('config/producer.properties', 'acks=all\n');
    write('k8s/topics.yaml', TOPIC);
    write('k8s/deployment.yaml', 'kind: Deployment\n');
    write('docker-compose.yml', 'services:\n  kafka:\n    environment: {KAFKA_MIN_INSYNC_REPLICAS: 1}\n');
    write('compose.yaml', 'services:\n  db:\n    image: postgres\n');
    write('node_modules/pkg/server.properties', 'min.insync.replicas=1\n');
    write('.git/server.properties', 'min.insync.replicas=1\n');
    write('build/topics.yaml', TOPIC);
    write('a/b/c/d/e/f/g/h/i/j/server.properties', 'min.insync.replicas=1\n');
    write('big/topics.yaml', TOPIC + '#'.repeat(DEFAULT_SCAN_LIMITS.maxFileBytes));
    // Outside the workspace, reachable only through symbolic links.
    write('outside/server.properties', 'min.insync.replicas=1\n', base);
    write('outside/topics.yaml', TOPIC, base);
    symlinkSync(join(base, 'outside'), join(root, 'linked-dir'), 'dir');
    symlinkSync(join(base, 'outside', 'server.properties'), join(root, 'config', 'server-link.properties'), 'file');
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('finds broker properties, Strimzi YAML and Kafka compose files, sorted shallow first', async () => {
    const r = await findClusterFiles(root);
    assert.equal(r.truncated, false);
    assert.deepEqual(
      r.files.map((f) => [f.relativePath, f.kind]),
      [
        ['docker-compose.yml', 'compose'],
        ['config/broker-1.properties', 'broker-properties'],
        ['config/server.properties', 'broker-properties'],
        ['k8s/topics.yaml', 'yaml'],
      ],
    );
    assert.equal(r.files[2].text, 'min.insync.replicas=2\n');
  });

  it('honours the depth limit', async () => {
    const deep = await findClusterFiles(root, { ...DEFAULT_SCAN_LIMITS, maxDepth: 20 });
    assert.ok(deep.files.some((f) => f.relativePath === 'a/b/c/d/e/f/g/h/i/j/server.properties'));
    const shallow = await findClusterFiles(root, { ...DEFAULT_SCAN_LIMITS, maxDepth: 0 });
    assert.deepEqual(shallow.files.map((f) => f.relativePath), ['docker-compose.yml']);
  });

  it('stops after the entry and file limits and says so', async () => {
    const few = await findClusterFiles(root, { ...DEFAULT_SCAN_LIMITS, maxEntries: 5 });
    assert.equal(few.truncated, true);
    assert.ok(few.files.length <= 1);
    const one = await findClusterFiles(root, { ...DEFAULT_SCAN_LIMITS, maxFiles: 1 });
    assert.equal(one.truncated, true);
    assert.equal(one.files.length, 1);
  });

  it('reads a file at the size limit but not above it', async () => {
    const r = await findClusterFiles(join(root, 'big'), { ...DEFAULT_SCAN_LIMITS, maxFileBytes: TOPIC.length });
    assert.equal(r.files.length, 0);
    write('small/topics.yaml', TOPIC);
    const s = await findClusterFiles(join(root, 'small'), { ...DEFAULT_SCAN_LIMITS, maxFileBytes: TOPIC.length });
    assert.equal(s.files.length, 1);
  });

  it('resolves to nothing for a folder that does not exist', async () => {
    assert.deepEqual(await findClusterFiles(join(base, 'missing')), { files: [], truncated: false });
  });
});

describe('isClusterFilePath', () => {
  it('accepts cluster file names outside skipped folders', () => {
    assert.ok(isClusterFilePath('config/server.properties'));
    assert.ok(isClusterFilePath('k8s\\topics.yaml'));
    assert.ok(!isClusterFilePath('node_modules/x/server.properties'));
    assert.ok(!isClusterFilePath('src/producer.properties'));
    assert.ok(!isClusterFilePath('../server.properties'));
  });
});
