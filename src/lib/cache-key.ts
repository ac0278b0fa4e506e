/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`, on in astro.config.mjs): a
 * page whose `cacheKey` from `getStaticPaths()` is the same as in the last build, and whose module
 * graph and rendered content entries are unchanged (Astro checks those itself), is not rendered
 * again: Astro restores the file it wrote last time.
 *
 * Astro does not see data a page reads by other means, so a key must cover ALL of it: the page's
 * own slice of the dataset (passed to `pageKey`) and the hand-written lists every page may read —
 * indicators, topics, glossary, stories (`siteInputsDigest`, every file of content/ outside the
 * articles folder). A page that reads the whole archive (home, timeline index, data files) gets no
 * key and is always rendered.
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

/** What a list of sourced numbers contributes to a key: each row's article digest and metric id,
 * in order (the article's digest covers the metric's content). */
export function rowsKey(rows: readonly { article: object; metric: { id: string } }[]): string[] {
  return rows.map((r) => `${articleDigest(r.article)}:${r.metric.id}`);
}

/** The cache key of a page that shows `parts` (any JSON data: the article, its neighbours, the
 * indicator and its rows …) besides the site's hand-written inputs. */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256').update(siteInputsDigest()).update(JSON.stringify(parts)).digest('base64url');
}
