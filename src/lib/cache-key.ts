/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`, on in astro.config.mjs): a
 * page whose `cacheKey` from `getStaticPaths()` is the same as in the last build, and whose module
 * graph and rendered content entries are unchanged (Astro checks those itself), is not rendered
 * again: Astro restores the file it wrote last time.
 *
 * Astro does not see data a page reads by other means, so a key must cover ALL of it. The rule: a
 * keyed page takes every piece of the dataset it shows from its props, computed in
 * `getStaticPaths()`, and its key is `pageKey(props)`: the props and the hand-written lists every
 * page may read — indicators, topics, glossary, stories (`siteInputsDigest`, every file of content/
 * outside the articles folder). tests/unit/pages/cache-keys.test.ts checks that a keyed page does
 * not load the archive itself. A page that reads the whole archive (home, timeline index, data
 * files) gets no key and is always rendered.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

let inputs: string | undefined;

/** Digest of every file under `dir` (recursively, sorted by path) except those under `skip`. */
export function filesDigest(dir: string, skip: string[] = []): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !skip.some((s) => f === s || f.startsWith(`${s}/`)))
    .sort();
  for (const f of files) hash.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}

/** Digest of the hand-written inputs under content/ (all but the generated articles folder),
 * computed once per build. */
export function siteInputsDigest(root = process.cwd()): string {
  inputs ??= filesDigest(resolve(root, 'content'), [resolve(root, 'content/articles')]);
  return inputs;
}

const digests = new WeakMap<object, string>();

/** Digest of one article's data (memoized per object): pages that show rows of many articles key
 * on these instead of the articles themselves. */
export function articleDigest(article: object): string {
  let d = digests.get(article);
  if (!d) {
    d = createHash('sha256').update(JSON.stringify(article)).digest('base64url');
    digests.set(article, d);
  }
  return d;
}

/** An article, as pages receive it (src/schemas/article.ts): keyed by its digest. */
function isArticle(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { slug?: unknown }).slug === 'string' && Array.isArray((value as { metrics?: unknown }).metrics);
}

const metricIndexes = new WeakMap<object, Map<unknown, number>>();

/** Where `metric` stands in its article's own metrics, if it is one of them (by identity). */
function ownMetricIndex(article: object, metric: unknown): number | undefined {
  let index = metricIndexes.get(article);
  if (!index) {
    index = new Map((article as { metrics: unknown[] }).metrics.map((m, i) => [m, i]));
    metricIndexes.set(article, index);
  }
  return index.get(metric);
}

/** What stands for `v` in a key: an article's digest for an article; for a metric row
 * (exactly { article, metric }, one of the article's own metrics) the digest and the metric's place,
 * which the digest covers; anything else as it is. */
function keyValue(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (isArticle(v)) return articleDigest(v);
  const { article, metric } = v as { article?: unknown; metric?: unknown };
  if (metric !== undefined && isArticle(article) && Object.keys(v).length === 2) {
    const i = ownMetricIndex(article, metric);
    if (i !== undefined) return `${articleDigest(article)}#${i}`;
  }
  return v;
}

/** The cache key of a page rendered from `props` (any JSON data; every article in it stands for
 * itself by its digest, and every metric row by its article's digest and the metric's place, so
 * rows of many articles stay cheap to key) and the site's hand-written inputs. A keyed page must
 * take all its data from its props: then the key covers it. */
export function pageKey(props: unknown): string {
  const json = JSON.stringify(props, (_k, v: unknown) => keyValue(v));
  return createHash('sha256').update(siteInputsDigest()).update(json).digest('base64url');
}

/** The cache key of an endpoint serving `data`: plain JSON data with no articles in it (hashed
 * as JSON at native speed; pageKey looks at every value to find articles). */
export function dataKey(data: unknown): string {
  return createHash('sha256').update(siteInputsDigest()).update(JSON.stringify(data)).digest('base64url');
}

/** A `getStaticPaths()` entry whose cache key is its props' (see pageKey). */
export function keyedPath<P, Q>(params: P, props: Q): { params: P; props: Q; cacheKey: string } {
  return { params, props, cacheKey: pageKey(props) };
}
