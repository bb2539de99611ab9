// The young generation's growth over a session: when the server holds it, when it lets it grow, and how it sets it.
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { execArgv as EXTENSION_ARGV } from '../../../shared/serverExecArgv.json';
import { growYoungGenerationForCode, holdYoungGeneration, underStartupFlags, youngGenerationPlan } from '../../../server/src/heapGrowth';

/** The process-wide record of what the server changed (these tests only record the flags, they never set them). */
const forget = () => delete (globalThis as Record<symbol, unknown>)[Symbol.for('kafka-producer-config.heapGrowth')];

describe('young generation held until code is analysed', () => {
  afterEach(forget);

  test('planned from the Node options the extension starts the server with', () => {
    assert.deepEqual(youngGenerationPlan(EXTENSION_ARGV), { startup: 2, forCode: 4 });
  });

  test('left to V8 without both sizes, or when they leave no room to grow; the last option counts', () => {
    assert.equal(youngGenerationPlan([]), undefined);
    assert.equal(youngGenerationPlan(['--max-semi-space-size=16']), undefined);
    assert.equal(youngGenerationPlan(['--min-semi-space-size=4']), undefined);
    assert.equal(youngGenerationPlan(['--min-semi-space-size=16', '--max-semi-space-size=16']), undefined);
    assert.equal(youngGenerationPlan(['--min-semi-space-size=0', '--max-semi-space-size=16']), undefined);
    assert.deepEqual(youngGenerationPlan(['--min_semi_space_size=2', '--max-semi-space-size=4', '--max-semi-space-size=32']), { startup: 2, forCode: 16 });
    // A start-up factor V8 raises to 2 is recorded as 2; a larger one as given (it is what the cache was stamped with).
    assert.deepEqual(youngGenerationPlan(['--min-semi-space-size=4', '--max-semi-space-size=8', '--semi-space-growth-factor=1']), { startup: 2, forCode: 2 });
    assert.deepEqual(youngGenerationPlan(['--min-semi-space-size=4', '--max-semi-space-size=8', '--semi-space-growth-factor=3']), { startup: 3, forCode: 2 });
  });

  test('held at start, grown once for code, and set back to the start-up factor around code-cache work', () => {
    const set: string[] = [];
    const record = (f: string) => set.push(f);
    assert.equal(underStartupFlags(() => 'ran'), 'ran', 'nothing to set back before the server changed anything');
    holdYoungGeneration(['--max-semi-space-size=16'], record);
    assert.deepEqual(set, [], 'not applicable: nothing set');
    forget();
    holdYoungGeneration(EXTENSION_ARGV, record);
    holdYoungGeneration(EXTENSION_ARGV, record);
    assert.deepEqual(set, ['--semi-space-growth-factor=1'], 'once');
    set.length = 0;
    assert.equal(underStartupFlags(() => set.join()), '--semi-space-growth-factor=2', 'under the start-up factor');
    assert.deepEqual(set, ['--semi-space-growth-factor=2', '--semi-space-growth-factor=1'], 'then held again');
    set.length = 0;
    growYoungGenerationForCode();
    growYoungGenerationForCode();
    assert.deepEqual(set, ['--semi-space-growth-factor=4']);
    set.length = 0;
    assert.throws(
      () =>
        underStartupFlags(() => {
          throw new Error('compile failed');
        }),
      /compile failed/,
    );
    assert.deepEqual(set, ['--semi-space-growth-factor=2', '--semi-space-growth-factor=4'], 'restored even when it throws');
  });

  test('in a process started with the extension options, V8 keeps the young generation at its start size until grown', () => {
    // Survivors well past the young generation's size, then twice as many after the growth. `new_space` reports the
    // committed semi-spaces: one at start, both after the first collection.
    const run = (hold: boolean) => {
      const script = `
        const h = require(${JSON.stringify(require.resolve('../../../server/src/heapGrowth'))});
        const v8 = require('node:v8');
        const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
        const keep = [];
        const churn = () => { for (let i = 0; i < 400; i++) { const a = []; for (let j = 0; j < 1000; j++) a.push({ i, j }); if (i % 2 === 0) keep.push(a); } };
        ${hold ? 'h.holdYoungGeneration();' : ''}
        churn();
        const held = young();
        h.growYoungGenerationForCode();
        churn(); churn();
        process.stdout.write(JSON.stringify({ held, grown: young() }));`;
      const r = spawnSync(process.execPath, [...EXTENSION_ARGV, '-e', script], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as { held: number; grown: number };
    };
    const MB = 1024 * 1024;
    const held = run(true);
    assert.equal(held.held, 2 * 4 * MB, 'two semi-spaces of --min-semi-space-size');
    assert.equal(held.grown, 2 * 16 * MB, 'grown to --max-semi-space-size');
    // Without holding it, the same work grows it past the start size (so the check above is not vacuous).
    assert.ok(run(false).held > 2 * 4 * MB);
  });
});
