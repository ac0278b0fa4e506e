/** scripts/bench/search-latency.ts: several runs of a search measurement combined into one figure. */
import { describe, expect, it } from 'vitest';
import { combineRuns, type SearchLatency } from '../../../scripts/bench/search-latency';

const run = (warmAllMs: number[], over: Partial<SearchLatency> = {}): SearchLatency => ({
  method: 'ui', coldMs: 500, warmMs: [...warmAllMs].sort((a, b) => a - b)[Math.floor(warmAllMs.length / 2)]!, warmAllMs,
  results: 10, coldBytes: 1000, warmBytes: 500, ...over,
});

describe('combineRuns', () => {
  it('combineRuns takes the median of the runs’ warm medians, per query, and of the other figures', () => {
    const c = combineRuns([
      run([100, 90, 80], { coldMs: 900, warmBytes: 600 }),
      run([300, 200, 250], { coldMs: 400, warmBytes: 500, results: 3 }),
      run([110, 70, 60], { coldMs: 600, warmBytes: 700 }),
    ]);
    expect(c.warmMs).toBe(90);
    expect(c.warmAllMs).toEqual([110, 90, 80]);
    expect(c.coldMs).toBe(600);
    expect(c.warmBytes).toBe(600);
    expect(c.results).toBe(10);
    expect(c.runs).toBe(3);
    expect(c.warmSearchMs).toBeUndefined();
  });
  it('combineRuns keeps the search() time when the runs measured it, and one run as it is', () => {
    expect(combineRuns([run([50], { warmSearchMs: 30 }), run([70], { warmSearchMs: 40 })]).warmSearchMs).toBe(35);
    const one = combineRuns([run([80, 40, 60])]);
    expect([one.warmMs, one.runs]).toEqual([60, 1]);
  });
  it('combineRuns refuses an empty list', () => {
    expect(() => combineRuns([])).toThrow(/no run/);
  });
});
