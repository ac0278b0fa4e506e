/**
 * Memory the build no longer needs, given back to the system between its stages.
 *
 * V8 keeps the heap it grew to (Astro's build leaves ~0.7 GB of heap pages, the page pass adds
 * more) and returns it only when its memory reducer runs on an idle thread, which a busy build
 * rarely gives it: the pages stay resident while Pagefind's process grows beside them. A
 * "last resort" collection (several full, compacting collections that release emptied pages, as
 * V8 runs when memory runs out) gives them back at once; it takes a fraction of a second.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Logger } from '../lib/logger';

/** V8's collector as `--expose-gc` exposes it (options: V8's gc extension). */
type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' | 'regular' }) => void;

let collect: Collect | undefined;

/** The collector: the one Node was started with (`node --expose-gc`, as `npm run build` and the
 * bench start it), else exposed on first use in a context of its own, so that a bare `astro build`
 * settles too (a flag set after start-up: Node does not promise it for every flag; re-check this
 * fallback on a Node upgrade, tests/unit/build/memory.test.ts runs it). */
function collector(): Collect {
  if (!collect) {
    const started = (globalThis as { gc?: unknown }).gc;
    if (typeof started === 'function') collect = started as Collect;
    else {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as Collect;
    }
  }
  return collect;
}

/** Collects all garbage and returns V8's emptied heap pages to the system; returns the bytes of
 * resident memory released (RSS before minus after; may be negative when other threads grew).
 * `thorough: false` runs one full collection only (cheaper): the heap's free space is reused
 * before it grows, but its emptied pages stay resident. */
export function releaseMemory(thorough = true): number {
  const before = process.memoryUsage.rss();
  collector()({ type: 'major', execution: 'sync', flavor: thorough ? 'last-resort' : 'regular' });
  return before - process.memoryUsage.rss();
}

/** Keeps V8's heap within `growth` bytes of its size when made: `check()` (cheap; e.g. after each
 * page of a long pass) runs one full collection when the heap has grown past that, so a pass that
 * makes much garbage reuses its heap instead of growing it. Returns whether it collected. */
export function heapGuard(growth: number): { check(): boolean } {
  const size = () => getHeapStatistics().total_heap_size;
  let limit = size() + growth;
  return {
    check() {
      if (size() <= limit) return false;
      releaseMemory(false);
      limit = size() + growth;
      return true;
    },
  };
}

/** When the build settles its memory (finishSite's `settle` hook, finish.ts): before the page
 * pass, after each page of it, and while Pagefind writes its index. */
export type SettleMoment = 'pass' | 'page' | 'search';

/** How far the heap may grow during the page pass before a full collection (heapGuard). */
export const PASS_HEAP_GROWTH = 192 * 2 ** 20;

/** Below this resident size the build's memory is not settled (a small site: the collections
 * would cost ~1 s for nothing). */
export const SETTLE_FROM = 2 ** 30;

/** The build's `settle` hook (from a resident size of `from` up): V8's unused heap given back to the system before the pass (Astro's
 * garbage; a regular collection alone left the pages resident, and a pass peaked at 1.9–2.0 GB at
 * 1,000 articles), the heap kept within `growth` of that during the pass (heapGuard), and given
 * back again while Pagefind writes (its process is at its largest then). */
export function settleMemory(log: Logger, growth = PASS_HEAP_GROWTH, from = SETTLE_FROM): (moment: SettleMoment) => void {
  let guard: ReturnType<typeof heapGuard> | undefined;
  let collections = 0;
  return (moment) => {
    if (moment === 'page') {
      if (guard?.check()) collections++;
      return;
    }
    if (process.memoryUsage.rss() < from) return;
    const start = performance.now();
    const released = releaseMemory();
    if (moment === 'pass') guard = heapGuard(growth);
    const during = moment === 'search' ? ` (${collections} during the pass)` : '';
    log.info(`memory (${moment}): ${(released / 2 ** 20).toFixed(0)} MB released in ${((performance.now() - start) / 1000).toFixed(2)} s${during}`);
  };
}
