import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../lib/logger';
import { runIngest } from './run';

/** `npm run ingest [-- --seeds DIR --out DIR --quiet --strict]`: seeds → content/articles/*.mdx; `--strict` fails on any warning.
 * Seeds are built in worker threads too (scripts/ingest/pool.ts; CDS_INGEST_WORKERS=0: this thread only). */
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content/articles' },
    root: { type: 'string', default: '.' },
    quiet: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});
const log = createLogger('ingest', { quiet: values.quiet });
const root = resolve(values.root);
const result = await runIngest({ seedsDir: resolve(values.seeds), outDir: resolve(values.out), root, log, strict: values.strict });
for (const w of result.warnings) log.warn(w);
if (!result.ok) {
  for (const e of result.errors) log.error(e);
  log.error(`nothing written: ${result.errors.length} file(s) failed; the last good output is unchanged`);
  process.exit(1);
}
const t = result.times;
const metrics = result.articles.reduce((n, a) => n + a.metrics.length, 0);
const s = (ms: number) => (ms / 1000).toFixed(3);
log.info(`files ${result.files}, articles ${result.articles.length}, metrics ${metrics}, warnings ${result.warnings.length}`);
log.info(`seconds: decode ${s(t.decode)} segment ${s(t.segment)} dates ${s(t.dates)} metrics ${s(t.metrics)} entities ${s(t.entities)} serialize ${s(t.serialize)} total ${s(t.total)}`);
