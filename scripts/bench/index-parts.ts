/**
 * The search index split into parts, measured (issue 15, round 9 in docs/performance.md): a kept
 * build's pages grouped into parts that an incremental rebuild could index alone (one part per
 * article year, one for undated articles, one for every page that is not an article), each part's
 * word index and pair index built as the build builds them (search-index.ts, search-pairs.ts) and
 * timed. The copy's `pagefind/` and `pagefind-pairs/` hold the "site" part, each other part is in
 * `part/<name>/` below them, listed in their `parts.json`; a search page that merges those folders
 * (Pagefind's `mergeIndex`) searches the whole site. The site's search client does not merge parts
 * (the split was measured and not kept), so this is a measuring tool only.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../build/files';
import { openSearchIndex } from '../build/search-index';
import { buildPairIndex } from '../build/search-pairs';
import type { Logger } from '../lib/logger';
import { PAIRS_FOLDER } from '../../src/lib/pairs';

/** The part of pages that are not articles (timeline, topics, indicators, stories…). */
export const SITE_PART = 'site';

/** The part of the indexed page `file` with HTML `html`: an article's year (its `year` filter),
 * `undated` for an article without one, SITE_PART for any other page; `group` maps a year to a
 * coarser part. Undefined for a page Pagefind does not index (no content region). */
export function partOf(file: string, html: string, group: (year: string) => string = (y) => y): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  if (!/^(?:[a-z]{2}\/)?articles\/[^/]+\/index\.html$/.test(file)) return SITE_PART;
  const year = /data-pagefind-filter="year:(\d{4})"/.exec(html)?.[1];
  return year ? group(year) : 'undated';
}

/** The indexed pages of the site in `dir`, by part (SITE_PART first, the others by name). */
export function pagesByPart(dir: string, group?: (year: string) => string): [string, string[]][] {
  const parts = new Map<string, string[]>();
  for (const file of listFiles(dir)) {
    if (!file.endsWith('.html') || /^pagefind/.test(file)) continue;
    const part = partOf(file, readFileSync(join(dir, file), 'utf8'), group);
    if (part) parts.set(part, [...(parts.get(part) ?? []), file]);
  }
  return [...parts].sort(([a], [b]) => Number(b === SITE_PART) - Number(a === SITE_PART) || a.localeCompare(b));
}

/** What one part cost to index. */
export interface PartTimes { part: string; pages: number; wordsSeconds: number; pairsSeconds: number }

/** Copies the finished site `dist` to `out` (hard links) and builds its word and pair indexes as
 * parts (see the module note), one Pagefind process at a time; returns each part's times. */
export async function splitIndex(dist: string, out: string, log: Logger, group?: (year: string) => string): Promise<PartTimes[]> {
  rmSync(out, { recursive: true, force: true });
  execFileSync('cp', ['-al', dist, out]);
  for (const d of ['pagefind', PAIRS_FOLDER]) rmSync(join(out, d), { recursive: true, force: true });
  const stage = `${out}.parts`;
  const times: PartTimes[] = [];
  const names: string[] = [];
  for (const [part, files] of pagesByPart(out, group)) {
    const dir = join(stage, part);
    mkdirSync(dir, { recursive: true });
    const t0 = performance.now();
    const index = await openSearchIndex(dir, log);
    // The pages are finished: their search metadata is in their HTML already.
    for (const file of files) await index.add({ file, html: readFileSync(join(out, file), 'utf8'), meta: {} });
    await index.finish();
    const t1 = performance.now();
    await buildPairIndex(dir, log);
    times.push({ part, pages: files.length, wordsSeconds: (t1 - t0) / 1000, pairsSeconds: (performance.now() - t1) / 1000 });
    const target = (d: string) => (part === SITE_PART ? join(out, d) : join(out, d, 'part', part));
    for (const d of ['pagefind', PAIRS_FOLDER]) {
      mkdirSync(dirname(target(d)), { recursive: true });
      renameSync(join(dir, d), target(d));
    }
    if (part !== SITE_PART) names.push(`part/${part}/`);
  }
  for (const d of ['pagefind', PAIRS_FOLDER]) writeFileSync(join(out, d, 'parts.json'), JSON.stringify(names));
  rmSync(stage, { recursive: true, force: true });
  return times;
}
