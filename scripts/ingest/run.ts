import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { IngestedArticle as Article } from '../../src/schemas/article';
import { editorialSchema, type Editorial } from '../../src/schemas/editorial';
import { loadIndicators, loadTopics } from '../../src/lib/lexicon';
import type { Logger } from '../lib/logger';
import { replaceDir } from '../lib/swap';
import type { Lexicons, StageTimes } from './article';
import { buildSeeds, type BuildContext } from './pool';
import { ingestSeed, seedLabel, type Seed, type SeedOutcome } from './seed';
import { cacheDirFor, cachedText, cacheDisabled, openSeedCache, sharedInputsHash, writeChanged, type SeedCache } from './cache'; // scale: ingest cache
import { serializeArticle } from './serialize';

export { seedLabel } from './seed';

export interface IngestOptions {
  seedsDir: string;
  outDir: string;
  /** Project root, where content/indicators.yaml and content/topics.yaml live. */
  root: string;
  log: Logger;
  /** Turn every warning into an error (`--strict`): nothing is written when there is any. */
  strict?: boolean;
  /** scale: the per-seed cache (scripts/ingest/cache.ts); default on, off when false or CDS_INGEST_CACHE=off. */
  cache?: boolean;
}

export interface IngestResult {
  ok: boolean;
  /** Number of seed files read. */
  files: number;
  articles: Article[];
  errors: string[];
  warnings: string[];
  /** scale: seeds taken from the ingest cache, not parsed again. */
  cached?: number;
  /** Threads that built seeds (`ingestArticlesInParallel`): this one and the workers that took any. */
  threads?: number;
  /** MDX entries made where the articles were built, by seed file, each for the slug it was made with. */
  entries?: Map<string, { slug: string; text: string }>;
  times: StageTimes & { serialize: number; total: number };
}

/** Reads seeds/editorial.yaml (optional), validated; errors name the file. */
export function readEditorial(seedsDir: string): Editorial {
  const file = join(seedsDir, 'editorial.yaml');
  if (!existsSync(file)) return {};
  const parsed = editorialSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new Error(`${file}: ${i?.path.join('.')}: ${i?.message}`);
  }
  return parsed.data;
}

/** Makes every slug unique by adding the start of the seed's hash to later duplicates. */
export function uniqueSlugs(articles: Article[]): Article[] {
  const seen = new Set<string>();
  return articles.map((a) => {
    const slug = seen.has(a.slug) ? `${a.slug}-${a.sha256.slice(0, 6)}` : a.slug;
    seen.add(slug);
    return { ...a, slug };
  });
}

/** Writes all entries into a fresh folder, then swaps it in for `outDir` (scripts/lib/swap.ts). */
export function writeAtomically(outDir: string, files: Map<string, string>): void {
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(tmp, name), text);
  replaceDir(tmp, outDir);
}

/** The seeds of a folder with what every one is read against, or the error that stops the ingest. */
interface Setup { seeds: Seed[]; lex: Lexicons; errors: string[]; warnings: string[] }

/** Reads the editorial file, the lexicons and every seed's bytes. */
function setUp(seedsDir: string, root: string): Setup | { failed: string } {
  let editorial: Editorial;
  let lex: Lexicons;
  try {
    editorial = readEditorial(seedsDir);
    lex = { indicators: loadIndicators(root), topics: loadTopics(root) };
  } catch (e) {
    return { failed: (e as Error).message };
  }
  const errors: string[] = [];
  const warnings: string[] = [];
  const files = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
  if (files.length === 0) errors.push(`${seedsDir}: no .txt seeds found`);
  for (const key of Object.keys(editorial)) if (!files.includes(key)) warnings.push(`${seedLabel(seedsDir, 'editorial.yaml')}: ${key} names no seed file`);
  const seeds = files.map((file) => ({ file, bytes: readFileSync(join(seedsDir, file)), editorial: editorial[file] }));
  return { seeds, lex, errors, warnings };
}

const emptyTimes = () => ({ decode: 0, segment: 0, dates: 0, metrics: 0, entities: 0, serialize: 0, total: 0 });

/** The result of the outcomes, in file order; fresh articles go into the cache. */
function collect(setup: Setup, outcomes: SeedOutcome[], fresh: boolean[], cache: SeedCache<Article> | undefined, times: IngestResult['times'], t0: number): IngestResult {
  const { seeds, errors, warnings } = setup;
  const articles: Article[] = [];
  const entries = new Map<string, { slug: string; text: string }>();
  outcomes.forEach((o, k) => {
    warnings.push(...o.warnings);
    if (o.error !== undefined) errors.push(o.error);
    if (!o.article) return;
    if (o.text !== undefined) entries.set(o.article.sourceFile, { slug: o.article.slug, text: o.text });
    if (fresh[k]) cache?.set(seeds[k]!, o.article); // scale: ingest cache
    articles.push(o.article);
  });
  cache?.prune(seeds.map((s) => s.file)); // scale: ingest cache
  times.total = performance.now() - t0;
  return { ok: errors.length === 0, files: seeds.length, articles: uniqueSlugs(articles), errors, warnings, ...(cache ? { cached: cache.hits } : {}), ...(entries.size ? { entries } : {}), times };
}

/** Options of the ingest in memory: the seeds, the lexicons' root and the cache. */
type InMemory = Pick<IngestOptions, 'seedsDir' | 'root'> & { cache?: SeedCache<Article> };

/** An in-memory ingest under way: its setup, the cache's article for each seed (or none), its clock. */
interface Begun { setup: Setup; hits: (Article | undefined)[]; times: IngestResult['times']; t0: number }

/** Starts an in-memory ingest: reads the seeds and asks the cache; the failed result when the setup fails. */
function begin(seedsDir: string, root: string, cache: SeedCache<Article> | undefined): Begun | { failed: IngestResult } {
  const t0 = performance.now();
  const times = emptyTimes();
  const setup = setUp(seedsDir, root);
  if ('failed' in setup) return { failed: { ok: false, files: 0, articles: [], errors: [setup.failed], warnings: [], times } };
  return { setup, hits: setup.seeds.map((seed) => cache?.get(seed)), times, t0 };
}

/**
 * Every seed of `seedsDir` → a validated article, in memory (nothing is written), in this thread.
 * Errors and warnings name the file as "seeds/<file>: …"; `ok` is false when any file failed.
 */
export function ingestArticles({ seedsDir, root, cache }: InMemory): IngestResult {
  const run = begin(seedsDir, root, cache);
  if ('failed' in run) return run.failed;
  const { setup, hits, times, t0 } = run;
  const outcomes = setup.seeds.map((seed, k) => ingestSeed(seedsDir, seed, setup.lex, times, hits[k]));
  return collect(setup, outcomes, hits.map((h) => !h), cache, times, t0);
}

/**
 * `ingestArticles` with the seeds the cache lacks built in worker threads beside this one
 * (`pool.ts`; `workers` extra threads, default one per core but this one, none for a handful of
 * seeds): the same result, in the same order.
 */
export async function ingestArticlesInParallel({ seedsDir, root, cache, ...threads }: InMemory & Pick<BuildContext, 'workers' | 'here'>): Promise<IngestResult> {
  const run = begin(seedsDir, root, cache);
  if ('failed' in run) return run.failed;
  const { setup, hits, times, t0 } = run;
  const outcomes: SeedOutcome[] = hits.map((hit, k) => (hit ? ingestSeed(seedsDir, setup.seeds[k]!, setup.lex, times, hit) : { warnings: [] }));
  const misses = hits.flatMap((hit, k) => (hit ? [] : [k]));
  const built = await buildSeeds(misses.map((k) => setup.seeds[k]!), { seedsDir, lex: setup.lex, times, ...threads });
  misses.forEach((k, j) => { outcomes[k] = built.outcomes[j]!; });
  return { ...collect(setup, outcomes, hits.map((h) => !h), cache, times, t0), threads: built.threads };
}

/** Under `--strict`, every warning becomes an error ("strict: <warning>") and the result fails. */
export function strictly(result: IngestResult, strict: boolean): IngestResult {
  if (!strict || result.warnings.length === 0) return result;
  return { ...result, ok: false, errors: [...result.errors, ...result.warnings.map((w) => `strict: ${w}`)], warnings: [] };
}

/** The cache `runIngest` reads and fills, unless off (option or CDS_INGEST_CACHE=off). */
function openCache(root: string, seedsDir: string, cache: boolean): SeedCache<Article> | undefined {
  return cache && !cacheDisabled() ? openSeedCache<Article>(cacheDirFor(root, resolve(seedsDir)), sharedInputsHash(root)) : undefined; // scale: ingest cache
}

/** Writes a successful result's entries (unchanged ones keep their mtime when cached). */
function writeEntries(result: IngestResult, { seedsDir, outDir, root, log }: IngestOptions, seedCache: SeedCache<Article> | undefined, t0: number): IngestResult {
  if (!result.ok) return result;
  const ts = performance.now();
  const made = (a: Article) => { const e = result.entries?.get(a.sourceFile); return e?.slug === a.slug ? e.text : serializeArticle(a); };
  const out = new Map(result.articles.map((a) => [`${a.slug}.mdx`, cachedText(seedCache, a.sourceFile, a.slug, () => made(a))])); // scale: cached text
  if (seedCache) writeChanged(resolve(outDir), out); // scale: unchanged entries keep their mtime
  else writeAtomically(resolve(outDir), out);
  result.times.serialize = performance.now() - ts;
  result.times.total = performance.now() - t0;
  const threads = result.threads && result.threads > 1 ? `, built in ${result.threads} threads` : '';
  log.info(`wrote ${out.size} entries to ${relative(root, outDir) || outDir}/ (${basename(seedsDir)}/: ${result.files} files${threads})`);
  return result;
}

/**
 * The whole ingest: every seed → validated article → MDX entry, the seeds the cache lacks built in
 * worker threads (`ingestArticlesInParallel`). Writes nothing unless all are valid.
 */
export async function runIngest(options: IngestOptions & { workers?: number }): Promise<IngestResult> {
  const t0 = performance.now();
  const { seedsDir, root, strict = false, cache = true, workers } = options;
  const seedCache = openCache(root, seedsDir, cache);
  const result = strictly(await ingestArticlesInParallel({ seedsDir, root, ...(seedCache ? { cache: seedCache } : {}), ...(workers !== undefined ? { workers } : {}) }), strict);
  return writeEntries(result, options, seedCache, t0);
}
