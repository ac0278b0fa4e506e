import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { ingestedArticleSchema as articleSchema, type IngestedArticle as Article } from '../../src/schemas/article';
import { editorialSchema, type Editorial } from '../../src/schemas/editorial';
import { loadIndicators, loadTopics } from '../../src/lib/lexicon';
import type { Logger } from '../lib/logger';
import { replaceDir } from '../lib/swap';
import { buildArticle, type StageTimes } from './article';
import { cacheDirFor, cachedText, cacheDisabled, openSeedCache, sharedInputsHash, writeChanged, type SeedCache } from './cache'; // scale: ingest cache
import { serializeArticle } from './serialize';

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
  times: StageTimes & { serialize: number; total: number };
}

/** How a seed is named in messages: "<seeds folder name>/<file>", e.g. "seeds/000_x.txt". */
export function seedLabel(seedsDir: string, file: string): string {
  return `${basename(seedsDir)}/${file}`;
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

/**
 * Every seed of `seedsDir` → a validated article, in memory (nothing is written). Errors and warnings
 * name the file as "seeds/<file>: …"; `ok` is false when any file failed.
 */
export function ingestArticles({ seedsDir, root, cache }: Pick<IngestOptions, 'seedsDir' | 'root'> & { cache?: SeedCache<Article> }): IngestResult {
  const t0 = performance.now();
  const times = { decode: 0, segment: 0, dates: 0, metrics: 0, entities: 0, serialize: 0, total: 0 };
  const errors: string[] = [];
  const warnings: string[] = [];
  const rel = (f: string) => seedLabel(seedsDir, f);
  let editorial: Editorial = {};
  let lex;
  try {
    editorial = readEditorial(seedsDir);
    lex = { indicators: loadIndicators(root), topics: loadTopics(root) };
  } catch (e) {
    return { ok: false, files: 0, articles: [], errors: [(e as Error).message], warnings, times };
  }
  const files = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort() : [];
  if (files.length === 0) errors.push(`${seedsDir}: no .txt seeds found`);
  for (const key of Object.keys(editorial)) if (!files.includes(key)) warnings.push(`${rel('editorial.yaml')}: ${key} names no seed file`);
  const articles: Article[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(seedsDir, file));
    try {
      const entry = editorial[file];
      const seed = { file, bytes, editorial: entry }; // scale: ingest cache
      const hit = cache?.get(seed);
      const article = hit ?? buildArticle(file, bytes, entry, lex, times);
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (entry?.sha256 && !hash.startsWith(entry.sha256)) warnings.push(`${rel(file)}: changed since ${rel('editorial.yaml')} was reviewed (sha256 ${hash.slice(0, 16)})`);
      const checked = articleSchema.safeParse(article);
      if (!checked.success) {
        const i = checked.error.issues[0];
        throw new Error(`invalid ${i?.path.join('.')}: ${i?.message}`);
      }
      for (const w of article.warnings) warnings.push(`${rel(file)}: ${w}`);
      if (!hit) cache?.set(seed, checked.data); // scale: ingest cache
      articles.push(checked.data);
    } catch (e) {
      const msg = (e as Error).message;
      errors.push(msg.startsWith(`${file}:`) ? `${rel(file)}${msg.slice(file.length)}` : `${rel(file)}: ${msg}`);
    }
  }
  cache?.prune(files); // scale: ingest cache
  times.total = performance.now() - t0;
  return { ok: errors.length === 0, files: files.length, articles: uniqueSlugs(articles), errors, warnings, ...(cache ? { cached: cache.hits } : {}), times };
}

/** Under `--strict`, every warning becomes an error ("strict: <warning>") and the result fails. */
export function strictly(result: IngestResult, strict: boolean): IngestResult {
  if (!strict || result.warnings.length === 0) return result;
  return { ...result, ok: false, errors: [...result.errors, ...result.warnings.map((w) => `strict: ${w}`)], warnings: [] };
}

/** The whole ingest: every seed → validated article → MDX entry. Writes nothing unless all are valid. */
export function runIngest({ seedsDir, outDir, root, log, strict = false, cache = true }: IngestOptions): IngestResult {
  const t0 = performance.now();
  const useCache = cache && !cacheDisabled(); // scale: ingest cache
  const seedCache = useCache ? openSeedCache<Article>(cacheDirFor(root, resolve(seedsDir)), sharedInputsHash(root)) : undefined;
  const result = strictly(ingestArticles({ seedsDir, root, ...(seedCache ? { cache: seedCache } : {}) }), strict);
  if (!result.ok) return result;
  const ts = performance.now();
  const out = new Map(result.articles.map((a) => [`${a.slug}.mdx`, cachedText(seedCache, a.sourceFile, a.slug, () => serializeArticle(a))])); // scale: cached text
  if (useCache) writeChanged(resolve(outDir), out); // scale: unchanged entries keep their mtime
  else writeAtomically(resolve(outDir), out);
  result.times.serialize = performance.now() - ts;
  result.times.total = performance.now() - t0;
  log.info(`wrote ${out.size} entries to ${relative(root, outDir) || outDir}/ (${basename(seedsDir)}/: ${result.files} files)`);
  return result;
}
