/**
 * `npm run bench [-- --sizes 5,250,1000 --large --incremental-at N --no-incremental --seed N --no-baseline --no-lighthouse --lighthouse-runs 3 --no-search --profile --keep --json FILE]`
 *
 * For each size N: the real seeds/ when N is their count, else N synthetic articles (scripts/bench/
 * corpus.ts); our full build and the plain-Astro baseline over the same entries, timed per stage with
 * the peak memory of the process tree. Then page weight per page kind and Lighthouse on the smallest
 * build, search latency on the largest, and the goals of issues 8 and 15 (`--large` adds N = 10,000; every
 * page's HTML against its budget at every size; an incremental rebuild after changing one seed: scale.ts). Everything happens in a temp folder
 * (removed afterwards unless --keep), never in dist/ or content/.
 */
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../build/files';
import { createLogger } from '../lib/logger';
import { previewDir } from '../../tests/support/preview';
import { cacheDirFor as ingestCacheDirFor } from '../ingest/cache';
import { formatOverrun, HTML_BUDGET, overBudget } from './budgets';
import { astroCacheDirFor, runBaselineBuild, runSiteBuild } from './builds';
import { writeCorpus } from './corpus';
import { runLighthouse } from './lighthouse';
import { pageKindOf, representativePagesIn, urlPathOf, PAGE_KINDS } from './pages';
import { profileReport } from './profile';
import { formatReport, type BenchResults, type SizeResult } from './report';
import { measureSearch } from './search-latency';
import { snapshotProject } from './snapshot';
import { changeOneSeed, heartbeat, incrementalSizeOf, scanHtml, withLarge } from './scale';
import { parseSizes } from './table';
import { gzipFileSize, pageWeight } from './sizes';

const ROOT = resolve(import.meta.dirname, '../..');
const log = createLogger('bench');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,250,1000' },
    seed: { type: 'string', default: '20250206' },
    'no-baseline': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    json: { type: 'string' },
    large: { type: 'boolean', default: false },
    'incremental-at': { type: 'string' },
    'no-incremental': { type: 'boolean', default: false },
  },
});

const sizes = withLarge(parseSizes(args.sizes), args.large);
const seed = Number(args.seed);
const tmp = mkdtempSync(join(tmpdir(), 'cds-bench-'));
/** The snapshot of the project that every size builds. */
const PROJECT = join(tmp, 'project');
const seedsDir = join(PROJECT, 'seeds');
let seedsCount = 0;
/** The size whose build is repeated after changing one seed (scale.ts). */
let incrementalAt: number | undefined;
const caches: string[] = [];
const notes: string[] = [];
const distOf = (n: number) => join(tmp, `n${n}`, 'dist');

function machine(): string {
  const gb = (b: number) => `${(b / 1024 ** 3).toFixed(1)} GB`;
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  return `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${gb(totalmem())} RAM (${gb(freemem())} free), Node ${process.version}, load average at start ${load}.`;
}

/** Our build and the baseline at size `n`. */
async function benchSize(n: number): Promise<SizeResult> {
  const corpus = n === seedsCount ? 'seeds/' : 'synthetic';
  const dir = join(tmp, `n${n}`);
  mkdirSync(dir, { recursive: true });
  const seeds = corpus === 'seeds/' ? seedsDir : join(dir, 'seeds');
  if (corpus === 'synthetic') {
    log.info(`N = ${n}: writing the synthetic corpus…`);
    writeCorpus(seeds, n, seed, seedsDir);
  }
  const content = join(dir, 'content');
  caches.push(astroCacheDirFor(PROJECT, content), ingestCacheDirFor(PROJECT, seeds));
  const result: SizeResult = { n, corpus };
  try {
    log.info(`N = ${n} (${corpus}): our build…`);
    const profileDir = args.profile ? join(dir, 'profile') : undefined;
    const build = { root: PROJECT, seeds, content, out: distOf(n), onStage: (line: string) => log.info(`N = ${n}: ${line}`) };
    result.site = await measuring(`N = ${n}: our build`, () => runSiteBuild({ ...build, timesFile: join(dir, 'times.json'), ...(profileDir ? { profileDir } : {}) }));
    log.info(`N = ${n}: ${result.site.wall.toFixed(2)} s wall, ${(result.site.peakRss / 1024 ** 2).toFixed(0)} MB peak, ${result.site.pages} pages`);
    result.html = scanHtml(distOf(n), HTML_BUDGET, (done, total) => log.info(`N = ${n}: HTML budget ${done}/${total} pages`));
    if (profileDir && existsSync(profileDir)) {
      for (const f of readdirSync(profileDir).filter((x) => x.endsWith('.cpuprofile'))) notes.push(`CPU profile N = ${n} (${f}):\n\n    ${profileReport(join(profileDir, f)).join('\n    ')}\n`);
    }
    if (!args['no-baseline']) {
      log.info(`N = ${n}: baseline…`);
      result.baseline = await measuring(`N = ${n}: baseline`, () => runBaselineBuild(ROOT, join(dir, 'baseline'), content));
      log.info(`N = ${n}: baseline ${result.baseline.wall.toFixed(2)} s wall`);
    }
    if (n === incrementalAt) {
      const changed = changeOneSeed(seeds, readdirSync(seedsDir));
      log.info(`N = ${n}: incremental rebuild (${changed} changed)…`);
      const site = await measuring(`N = ${n}: incremental rebuild`, () => runSiteBuild({ ...build, timesFile: join(dir, 'times-incremental.json') }));
      result.incremental = { seed: changed, site };
      log.info(`N = ${n}: incremental ${site.wall.toFixed(2)} s wall (${((100 * site.wall) / result.site.wall).toFixed(0)}% of the clean build)`);
    }
  } catch (e) {
    result.error = (e as Error).message;
    log.error(`N = ${n}: ${result.error}`);
  }
  return result;
}

/** `run()`, logging every 30 s while it runs so a long build is not silent. */
async function measuring<T>(label: string, run: () => Promise<T>): Promise<T> {
  const stop = heartbeat(label, log);
  try { return await run(); } finally { stop(); }
}

/** Page weight per kind on a built site (and on the largest one), and every page's budget overruns. */
function weigh(dist: string, large?: { n: number; dist: string }): Pick<BenchResults, 'weights' | 'overruns'> {
  const files = listFiles(dist);
  const sizeOf = gzipFileSize(dist);
  const pages = representativePagesIn(dist, files);
  const largePages = large ? representativePagesIn(large.dist, listFiles(large.dist)) : {};
  const largeSize = large ? gzipFileSize(large.dist) : () => undefined;
  const weights = PAGE_KINDS.filter((k) => pages[k]).map((kind) => {
    const big = largePages[kind] && large ? pageWeight(large.dist, largePages[kind], largeSize) : undefined;
    return { kind, weight: pageWeight(dist, pages[kind]!, sizeOf), ...(big && large ? { large: { n: large.n, weight: big } } : {}) };
  });
  const overruns: string[] = [];
  for (const f of files) {
    const kind = pageKindOf(f);
    if (kind) overruns.push(...overBudget(kind, pageWeight(dist, f, sizeOf)).map(formatOverrun));
  }
  const missing = PAGE_KINDS.filter((k) => !pages[k]);
  if (missing.length) notes.push(`no page of kind ${missing.join(', ')} in the build`);
  if (pages.story && /^stories\/index\.html$/.test(pages.story)) notes.push('no story page yet: the stories index stands for "story"');
  return { weights, overruns };
}

async function lighthouseOn(dist: string): Promise<BenchResults['lighthouse']> {
  const pages = representativePagesIn(dist, listFiles(dist));
  const kinds = (['home', 'timeline', 'article', 'story', 'search'] as const).filter((k) => pages[k]);
  const site = await previewDir(dist);
  try {
    const runs = Math.max(1, Number(args['lighthouse-runs']) || 1);
    log.info(`lighthouse (${runs} run${runs > 1 ? 's' : ''} each): ${kinds.join(', ')}…`);
    const results = await runLighthouse(kinds.map((k) => site.url + urlPathOf(pages[k]!)), runs);
    return results.map((r, i) => ({ ...r, kind: kinds[i]! }));
  } finally {
    await site.close();
  }
}

/** Copies the project (story references name their articles, so generated articles cannot make them ambiguous). */
function prepareProject(): void {
  snapshotProject(ROOT, PROJECT);
  seedsCount = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).length;
  incrementalAt = args['no-incremental'] ? undefined : incrementalSizeOf(sizes, seedsCount, args['incremental-at'] ? Number(args['incremental-at']) : undefined);
  notes.push('the build runs on a copy of the project taken at the start');
}

async function main(): Promise<void> {
  const t0 = performance.now();
  prepareProject();
  const results: BenchResults = { command: `npm run bench -- ${process.argv.slice(2).join(' ') || `--sizes ${sizes.join(',')}`}`, machine: machine(), sizes: [], weights: [], overruns: [], lighthouse: [], search: [], notes };
  log.info(`temp folder ${tmp}`);
  for (const n of sizes) results.sizes.push(await benchSize(n));
  const small = results.sizes.find((s) => s.site);
  const large = [...results.sizes].reverse().find((s) => s.site);
  if (small) Object.assign(results, weigh(distOf(small.n), large && large !== small ? { n: large.n, dist: distOf(large.n) } : undefined));
  let t = performance.now();
  const took = () => `${((performance.now() - t) / 1000).toFixed(0)} s`;
  if (small && !args['no-lighthouse']) {
    try { results.lighthouse = await lighthouseOn(distOf(small.n)); } catch (e) { notes.push(`lighthouse failed: ${(e as Error).message}`); }
    log.info(`lighthouse took ${took()}`);
  }
  if (large && !args['no-search']) {
    t = performance.now();
    log.info(`search latency on N = ${large.n}…`);
    try {
      results.search = (await measureSearch(distOf(large.n))).map((s) => ({ ...s, n: large.n }));
      if (!results.search.some((s) => s.method === 'ui')) notes.push('the site\'s search UI did not answer typing in #q: search measured with Pagefind\'s API only');
    } catch (e) { notes.push(`search latency failed: ${(e as Error).message}`); }
    log.info(`search latency took ${took()}`);
  }
  notes.push(`load average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}; bench took ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const report = formatReport(results, seedsCount);
  process.stdout.write(`\n${report}\n`);
  writeFileSync(join(tmp, 'results.json'), JSON.stringify(results, null, 2));
  if (args.json) writeFileSync(resolve(args.json), JSON.stringify(results, null, 2));
}

function cleanup(): void {
  for (const c of caches) rmSync(c, { recursive: true, force: true });
  if (args.keep) log.info(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

main().then(cleanup, (e: unknown) => {
  cleanup();
  log.error((e as Error).stack ?? String(e));
  process.exit(1);
});
