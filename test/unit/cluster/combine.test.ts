// Unit tests of the merge policy: the riskiest value of each fact wins, and its source says so.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterFacts } from '../../../server/src/service/cluster';
import { combineClusterFacts } from '../../../server/src/service/cluster/readers';

const f = (value: number, source: string) => ({ value, source, location: { uri: `file:///ws/${source}`, line: 0 } });

describe('combineClusterFacts', () => {
  it('returns nothing for nothing', () => {
    assert.deepEqual(combineClusterFacts([]), {});
    assert.deepEqual(combineClusterFacts([{}, {}], 2), {});
  });

  it('passes a single fact through untouched', () => {
    const a: ClusterFacts = { minInsyncReplicas: f(2, 'a') };
    assert.deepEqual(combineClusterFacts([a], 5), a);
  });

  it('takes the lowest min ISR and replication factor, the smallest size limit and the longest replica lag', () => {
    const found: ClusterFacts[] = [
      { minInsyncReplicas: f(2, 'a'), replicationFactor: f(3, 'a'), messageMaxBytes: f(2_000_000, 'a'), replicaLagTimeMaxMs: f(30_000, 'a') },
      { minInsyncReplicas: f(1, 'b'), replicationFactor: f(2, 'b'), messageMaxBytes: f(1_000_000, 'b'), replicaLagTimeMaxMs: f(10_000, 'b') },
      { minInsyncReplicas: f(3, 'c'), messageMaxBytes: f(5_000_000, 'c'), replicaLagTimeMaxMs: f(45_000, 'c') },
    ];
    const c = combineClusterFacts(found, 4);
    assert.deepEqual(
      [c.minInsyncReplicas?.value, c.replicationFactor?.value, c.messageMaxBytes?.value, c.replicaLagTimeMaxMs?.value],
      [1, 2, 1_000_000, 45_000],
    );
    assert.equal(c.minInsyncReplicas?.source, 'b; lowest of 3 values, 4 files checked');
    assert.equal(c.replicationFactor?.source, 'b; lowest of 2 values, 4 files checked');
    assert.equal(c.messageMaxBytes?.source, 'b; smallest of 3 values, 4 files checked');
    assert.equal(c.replicaLagTimeMaxMs?.source, 'c; longest of 3 values, 4 files checked');
    assert.deepEqual(c.minInsyncReplicas?.location, { uri: 'file:///ws/b', line: 0 }, 'the location of the chosen fact');
  });

  it('adds no note when the candidates agree, and keeps the first of equal values', () => {
    const c = combineClusterFacts([{ minInsyncReplicas: f(2, 'a') }, { minInsyncReplicas: f(2, 'b') }], 2);
    assert.equal(c.minInsyncReplicas?.source, 'a');
  });

  it('leaves the file count out when it is not given', () => {
    const c = combineClusterFacts([{ minInsyncReplicas: f(2, 'a') }, { minInsyncReplicas: f(1, 'b') }]);
    assert.equal(c.minInsyncReplicas?.source, 'b; lowest of 2 values');
    assert.equal(combineClusterFacts([{ minInsyncReplicas: f(2, 'a') }, { minInsyncReplicas: f(1, 'b') }], 1).minInsyncReplicas?.source, 'b; lowest of 2 values, 1 file checked');
  });

  it('never pairs a min ISR above the replication factor when every input is consistent', () => {
    const c = combineClusterFacts([
      { minInsyncReplicas: f(2, 'a'), replicationFactor: f(2, 'a') },
      { minInsyncReplicas: f(1, 'b'), replicationFactor: f(3, 'b') },
    ]);
    assert.ok((c.minInsyncReplicas?.value ?? 0) <= (c.replicationFactor?.value ?? 0));
  });
});
