import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build as astroBuild } from 'astro';
import { createLogger } from './lib/logger';
import { runIngest } from './ingest/run';
import { listFiles } from './build/files';
import { relativizeCss, relativizeHtml } from './build/relativize';
import { buildSearchIndex } from './build/search-index';
import { writeSearchClient } from './build/bundle-search';
import { packageOffline } from './build/offline';

/** `npm run build [-- --seeds DIR --content DIR --out DIR --no-zip]`: ingest → Astro → search client
 * bundle → relative links → search index → offline zip, into a temporary folder that replaces the output folder only
 * when every stage has succeeded. */
const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    content: { type: 'string', default: 'content/articles' },
    out: { type: 'string', default: 'dist' },
    'no-zip': { type: 'boolean', default: false },
  },
});
const root = resolve('.');
const log = createLogger('build');
const dist = resolve(args.out);
const contentDir = resolve(args.content);
const tmp = join(dirname(dist), `.${dist.split('/').pop()}.tmp-${process.pid}`);
process.env.CDS_CONTENT_DIR = contentDir;
const times: Record<string, number> = {};

/** A separate Astro cache per content folder, so test and benchmark corpora never mix with the site's. */
function cacheDirFor(dir: string): string {
  return join(root, 'node_modules', '.astro', createHash('sha256').update(dir).digest('hex').slice(0, 12));
}

async function stage<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const result = await fn();
  times[name] = (performance.now() - t0) / 1000;
  log.info(`${name}: ${times[name]!.toFixed(2)} s`);
  return result;
}

/** Makes every internal URL in the built pages and stylesheets relative. */
function relativizeAll(dir: string): void {
  for (const file of listFiles(dir)) {
    const full = join(dir, file);
    if (file.endsWith('.html')) writeFileSync(full, relativizeHtml(readFileSync(full, 'utf8'), file));
    else if (file.endsWith('.css')) writeFileSync(full, relativizeCss(readFileSync(full, 'utf8'), file));
  }
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const ingest = await stage('ingest', () => runIngest({ seedsDir: resolve(args.seeds), outDir: contentDir, root, log: createLogger('ingest') }));
  for (const w of ingest.warnings) log.warn(w);
  if (!ingest.ok) {
    for (const e of ingest.errors) log.error(e);
    throw new Error('ingest failed: dist/ and content/ are unchanged');
  }
  rmSync(tmp, { recursive: true, force: true });
  await stage('astro', () => astroBuild({ root, outDir: tmp, cacheDir: cacheDirFor(contentDir), logLevel: (process.env.ASTRO_LOG as 'info' | 'warn' | 'error' | undefined) ?? 'error' }));
  await stage('search-client', () => writeSearchClient(tmp));
  await stage('relativize', () => relativizeAll(tmp));
  await stage('search', () => buildSearchIndex(tmp, log));
  if (!args['no-zip']) await stage('package', () => packageOffline(tmp, log));
  if (!existsSync(join(tmp, 'index.html'))) throw new Error('astro wrote no index.html');
  rmSync(`${dist}.old`, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, `${dist}.old`);
  renameSync(tmp, dist);
  rmSync(`${dist}.old`, { recursive: true, force: true });
  times.total = (performance.now() - t0) / 1000;
  log.info(`done: ${Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(2)}s`).join(', ')}`);
  if (process.env.BUILD_TIMES_FILE) writeFileSync(process.env.BUILD_TIMES_FILE, JSON.stringify(times));
}

main().catch((e: unknown) => {
  rmSync(tmp, { recursive: true, force: true });
  log.error((e as Error).message);
  process.exit(1);
});
