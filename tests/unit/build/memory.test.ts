/** scripts/build/memory.ts: releaseMemory gives V8's emptied heap pages back at once. */
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../scripts/lib/logger';
import { heapGuard, releaseMemory, settleMemory } from '../../../scripts/build/memory';

describe('releaseMemory', () => {
  it('releaseMemory shrinks the heap after garbage of ~100 MB was dropped, and keeps what is still referenced', () => {
    let garbage: { n: number; s: string }[] | undefined = Array.from({ length: 1_000_000 }, (_, n) => ({ n, s: `page ${n}` }));
    const kept = garbage.slice(0, 10);
    const grown = process.memoryUsage().heapTotal;
    garbage = undefined;
    releaseMemory();
    expect(grown - process.memoryUsage().heapTotal).toBeGreaterThan(50 * 2 ** 20);
    expect(kept.map((k) => k.s)).toEqual(Array.from({ length: 10 }, (_, n) => `page ${n}`));
  });

  it('releaseMemory can be called again, thorough or not (the collector is exposed once)', () => {
    expect(() => { releaseMemory(false); releaseMemory(); }).not.toThrow();
  });
});

describe('heapGuard', () => {
  it('heapGuard collects only once the heap has grown past its allowance, then allows as much again', () => {
    releaseMemory();
    const guard = heapGuard(64 * 2 ** 20);
    expect(guard.check()).toBe(false);
    let garbage: string[][] | undefined = [];
    for (let i = 0; i < 40 && !guard.check(); i++) garbage.push(Array.from({ length: 100_000 }, (_, n) => `row ${i} ${n}`));
    expect(garbage.length).toBeLessThan(40);
    garbage = undefined;
    expect(guard.check()).toBe(false);
  });
});

describe('settleMemory', () => {
  it('settleMemory logs what the pass and the search moments released, and the collections during the pass', () => {
    const log = memoryLogger();
    const settle = settleMemory(log, 0, 0);
    settle('pass');
    for (let i = 0; i < 3; i++) { Array.from({ length: 200_000 }, (_, n) => ({ n })); settle('page'); }
    settle('search');
    expect(log.lines[0]).toMatch(/^info: memory \(pass\): -?\d+ MB released in [\d.]+ s$/);
    expect(log.lines[1]).toMatch(/^info: memory \(search\): -?\d+ MB released in [\d.]+ s \([1-3] during the pass\)$/);
  });
});

describe('settleMemory on a small process', () => {
  it('settleMemory does nothing below its resident size (no collection, no log line)', () => {
    const log = memoryLogger();
    const settle = settleMemory(log, 0, Number.POSITIVE_INFINITY);
    settle('pass');
    settle('page');
    settle('search');
    expect(log.lines).toEqual([]);
  });
});
