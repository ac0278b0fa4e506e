import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger } from './lib/logger';
import { runIngest } from './ingest/run';

/** `npm run dev`: ingest, start Astro's dev server, and re-ingest whenever a seed or an editorial
 * input changes (Astro then reloads the changed entries by itself). */
const root = resolve('.');
const log = createLogger('dev');

/** Runs the ingest, reporting errors without stopping the dev server. */
function ingest(): void {
  const result = runIngest({ seedsDir: join(root, 'seeds'), outDir: join(root, 'content/articles'), root, log: createLogger('ingest') });
  for (const w of result.warnings) log.warn(w);
  for (const e of result.errors) log.error(e);
  if (!result.ok) log.error('ingest failed: the last good entries stay in place');
}

/** Calls `fn` once after `ms` of quiet. */
function debounce(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

ingest();
const again = debounce(() => { log.info('input changed: re-ingesting'); ingest(); }, 200);
for (const path of ['seeds', 'content/indicators.yaml', 'content/topics.yaml']) watch(join(root, path), again);
const astro = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', ...process.argv.slice(2)], { stdio: 'inherit' });
astro.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
