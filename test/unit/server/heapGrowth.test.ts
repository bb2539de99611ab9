// The old-generation growth the server switches to once TypeScript is loaded: when it applies and how it is applied.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execArgv as EXTENSION_ARGV } from '../../../shared/serverExecArgv.json';
import { CODE_HEAP_GROWING_PERCENT, codeHeapGrowingPercent, underStartupFlags, widenHeapGrowthForCode } from '../../../server/src/heapGrowth';


describe('old-generation growth once code is analysed', () => {
  test('widened from the Node options the extension starts the server with', () => {
    assert.ok(EXTENSION_ARGV.some((a) => a.startsWith('--heap-growing-percent=')), 'the extension sets a growth');
    assert.equal(codeHeapGrowingPercent(EXTENSION_ARGV), CODE_HEAP_GROWING_PERCENT);
  });

  test('left alone when the options leave it to V8, or ask for as much or more, and the last option counts', () => {
    assert.equal(codeHeapGrowingPercent([]), undefined);
    assert.equal(codeHeapGrowingPercent(['--max-semi-space-size=4']), undefined);
    assert.equal(codeHeapGrowingPercent(['--heap-growing-percent=0']), undefined, '0 means V8 decides');
    assert.equal(codeHeapGrowingPercent(['--heap-growing-percent=100']), undefined);
    assert.equal(codeHeapGrowingPercent(['--heap-growing-percent=250']), undefined);
    assert.equal(codeHeapGrowingPercent(['--heap-growing-percent=10', '--heap-growing-percent=300']), undefined);
    assert.equal(codeHeapGrowingPercent(['--heap-growing-percent=300', '--heap_growing_percent=20']), CODE_HEAP_GROWING_PERCENT);
  });

  test('applied to the process as a V8 flag, once, and set back to the start-up value around code-cache work', () => {
    const set: string[] = [];
    const record = (f: string) => set.push(f);
    assert.equal(underStartupFlags(() => 'ran'), 'ran', 'nothing to set back before widening');
    widenHeapGrowthForCode(['--max-semi-space-size=4'], record);
    assert.deepEqual(set, [], 'not applicable: nothing set');
    try {
      widenHeapGrowthForCode(EXTENSION_ARGV, record);
      widenHeapGrowthForCode(EXTENSION_ARGV, record);
      assert.deepEqual(set, [`--heap-growing-percent=${CODE_HEAP_GROWING_PERCENT}`]);
      set.length = 0;
      assert.throws(() => underStartupFlags(() => {
        assert.deepEqual(set, ['--heap-growing-percent=10']);
        throw new Error('compile failed');
      }), /compile failed/);
      assert.deepEqual(set, ['--heap-growing-percent=10', `--heap-growing-percent=${CODE_HEAP_GROWING_PERCENT}`], 'restored even when it throws');
    } finally {
      // The process-wide record of the widening (this process's V8 flags were never changed: `record` only records).
      delete (globalThis as Record<symbol, unknown>)[Symbol.for('kafka-producer-config.heapGrowth')];
    }
  });
});
