/**
 * The seeds of an ingest built in parallel: the articles are independent, so worker threads
 * (worker-entry.mjs → worker.ts) build some while this thread builds others. Work is handed out a
 * batch at a time from one queue, so a slow article holds up no one; this thread takes one seed at
 * a time and yields between seeds, so the workers' requests are answered at once. Outcomes keep the
 * seeds' order, whoever built them. A worker that fails hands its batch back: this thread builds it.
 * Starting a worker costs (loading the ingest's modules, ~0.5 s), so a handful of seeds is built here
 * alone (`workerCount`).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Lexicons, StageTimes } from './article';
import { createLogger } from '../lib/logger';
import { ingestSeed, withEntry, type Seed, type SeedOutcome } from './seed';
import type { WorkerData, WorkerMessage } from './worker';

/** Seeds each extra thread must have to be worth starting. */
export const SEEDS_PER_WORKER = 40;
/** Seeds a worker gets at a time. */
const BATCH = 4;
const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/**
 * How many worker threads to start for `seeds` seeds: `requested`, else CDS_INGEST_WORKERS (0: none),
 * never more than the seeds; by default one per core but this thread's, and none for fewer than
 * SEEDS_PER_WORKER seeds a thread (a handful of seeds is built here alone).
 */
export function workerCount(seeds: number, requested?: number, env = process.env.CDS_INGEST_WORKERS): number {
  const fromEnv = env !== undefined && /^\s*\d+\s*$/.test(env) ? Number(env) : undefined;
  const asked = requested ?? fromEnv;
  if (asked !== undefined) return Math.max(0, Math.min(asked, seeds));
  return Math.max(0, Math.min(availableParallelism() - 1, Math.floor(seeds / SEEDS_PER_WORKER)));
}

/** What building needs besides the seeds. */
export interface BuildContext {
  seedsDir: string;
  lex: Lexicons;
  times: StageTimes;
  /** Worker threads to start (`workerCount`). */
  workers?: number;
  /** Whether this thread builds seeds too while workers run (default true; false leaves them all to the workers). */
  here?: boolean;
}

/** Adds `more` stage times to `times`. */
function addTimes(times: StageTimes, more: StageTimes): void {
  for (const k of Object.keys(more) as (keyof StageTimes)[]) times[k] += more[k];
}

/** The queue of seed indices: handed-back ones first, then the rest in order. */
function queue(count: number) {
  let next = 0;
  const back: number[] = [];
  return {
    take: (n: number): number[] => {
      const out = back.splice(0, n);
      while (out.length < n && next < count) out.push(next++);
      return out;
    },
    giveBack: (ks: number[]) => back.push(...ks),
  };
}

/** Runs one worker until the queue is empty or it fails (its batch is then handed back); true when it built any seed. */
function runWorker(seeds: Seed[], ctx: BuildContext, q: ReturnType<typeof queue>, out: SeedOutcome[]): Promise<boolean> {
  return new Promise((done) => {
    const data: WorkerData = { seedsDir: ctx.seedsDir, lex: ctx.lex };
    const worker = new Worker(ENTRY, { workerData: data, execArgv: ['--disable-warning=ExperimentalWarning'] });
    let batch: number[] = [];
    let finished = false;
    let built = false;
    const finish = (problem?: string) => {
      if (finished) return;
      finished = true;
      q.giveBack(batch);
      if (problem) createLogger('ingest').warn(`a worker thread stopped (${problem}); this thread builds its seeds`);
      void worker.terminate();
      done(built);
    };
    const send = () => {
      batch = q.take(BATCH);
      if (batch.length === 0) { worker.postMessage(null); finish(); return; }
      worker.postMessage(batch.map((k) => seeds[k]!));
    };
    worker.on('message', (m: WorkerMessage) => {
      if (finished) return;
      if (m.type === 'done') {
        m.outcomes.forEach((o, j) => { out[batch[j]!] = o; });
        addTimes(ctx.times, m.times);
        [batch, built] = [[], true];
      }
      send();
    });
    worker.on('error', (e) => finish(e.message));
    worker.on('exit', (code) => finish(`exit ${code}`));
  });
}

/** Lets pending messages (workers asking for seeds) through. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What `buildSeeds` gives: the outcomes in the seeds' order and how many threads built seeds. */
export interface Built { outcomes: SeedOutcome[]; threads: number }

/** Every seed → its outcome (`ingestSeed`), in the seeds' order, built here and in worker threads; with
 * workers, each thread makes the entries of the articles it built too (`withEntry`). */
export async function buildSeeds(seeds: Seed[], ctx: BuildContext): Promise<Built> {
  const out: SeedOutcome[] = new Array(seeds.length);
  const build = (k: number, entry = true) => {
    const o = ingestSeed(ctx.seedsDir, seeds[k]!, ctx.lex, ctx.times);
    out[k] = entry ? withEntry(o) : o;
  };
  const n = workerCount(seeds.length, ctx.workers);
  if (n === 0) {
    seeds.forEach((_, k) => build(k, false));
    return { outcomes: out, threads: 1 };
  }
  const q = queue(seeds.length);
  const workers = Array.from({ length: n }, () => runWorker(seeds, ctx, q, out));
  for (let k = ctx.here === false ? undefined : q.take(1)[0]; k !== undefined; k = q.take(1)[0]) {
    build(k);
    await yieldToEvents();
  }
  const helped = (await Promise.all(workers)).filter(Boolean).length;
  for (const k of q.take(seeds.length)) build(k); // handed back by a worker that failed late
  return { outcomes: out, threads: 1 + helped };
}
