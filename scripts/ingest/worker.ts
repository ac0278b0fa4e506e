/**
 * An ingest worker thread (started by `pool.ts` through worker-entry.mjs): it builds the seeds the
 * main thread sends, a batch at a time, and answers each batch with their outcomes (entries made) and the time
 * its stages took. `null` ends it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Lexicons, StageTimes } from './article';
import { ingestSeed, withEntry, type Seed, type SeedOutcome } from './seed';

/** What the main thread gives a worker when it starts. */
export interface WorkerData { seedsDir: string; lex: Lexicons }

/** A worker's messages: ready for seeds, or a batch's outcomes (in the batch's order) and stage times. */
export type WorkerMessage = { type: 'ready' } | { type: 'done'; outcomes: SeedOutcome[]; times: StageTimes };

const port = parentPort;
if (!port) throw new Error('scripts/ingest/worker.ts runs in a worker thread (scripts/ingest/pool.ts)');
const { seedsDir, lex } = workerData as WorkerData;
const post = (message: WorkerMessage) => port.postMessage(message);

port.on('message', (seeds: Seed[] | null) => {
  if (seeds === null) { port.close(); return; }
  const times: StageTimes = { decode: 0, segment: 0, dates: 0, metrics: 0, entities: 0 };
  post({ type: 'done', outcomes: seeds.map((seed) => withEntry(ingestSeed(seedsDir, seed, lex, times))), times });
});
post({ type: 'ready' });
