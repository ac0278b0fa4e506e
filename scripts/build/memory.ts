/**
 * Memory the build no longer needs, given back to the system between its stages.
 *
 * V8 keeps the heap it grew to (Astro's build leaves ~0.7 GB of heap pages, the page pass adds
 * more) and returns it only when its memory reducer runs on an idle thread, which a busy build
 * rarely gives it: the pages stay resident while Pagefind's process grows beside them. A
 * "last resort" collection (several full, compacting collections that release emptied pages, as
 * V8 runs when memory runs out) gives them back at once; it takes a fraction of a second.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's collector as `--expose-gc` exposes it (options: V8's gc extension). */
type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' | 'regular' }) => void;

let collect: Collect | undefined;

/** The collector, exposed on first use in a context of its own (the site's globals stay as they are). */
function collector(): Collect {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as Collect;
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
