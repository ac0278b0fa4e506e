/** scripts/build/memory.ts: releaseMemory gives V8's emptied heap pages back at once. */
import { describe, expect, it } from 'vitest';
import { releaseMemory } from '../../../scripts/build/memory';

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
