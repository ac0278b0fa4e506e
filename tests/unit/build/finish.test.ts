/** scripts/build/finish.ts: the post-build stages page by page give the same site, index and
 * offline zip as the stages run one after the other over every page at once. */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../scripts/lib/logger';
import { listFiles } from '../../../scripts/build/files';
import { finishSite, relativizeSite, type FinishStats } from '../../../scripts/build/finish';
import { packageOffline } from '../../../scripts/build/offline';
import { buildSearchIndex, type SearchFeed, type SitePage } from '../../../scripts/build/search-index';
import { OFFLINE_ZIP_PATH } from '../../../src/lib/offline';
import { snapshot, writeSite } from './site-fixture';

/** The stages one after the other: every page relativized and kept, then indexed (`feed`: from
 * the folder, as finishSite does, or page by page), then zipped. */
async function allAtOnce(dir: string, feed: SearchFeed = 'folder'): Promise<void> {
  const pages: SitePage[] = [];
  await relativizeSite(dir, { onPage: (p) => { pages.push(p); } });
  await buildSearchIndex(dir, memoryLogger(), pages, Number.POSITIVE_INFINITY, feed);
  await packageOffline(dir, memoryLogger());
}

/** The decoded Pagefind fragments of the site in `dir`, by page URL (the order Pagefind numbered
 * the pages in changes index file names, never a fragment). */
function fragmentsByUrl(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const folder = join(dir, 'pagefind', 'fragment');
  for (const f of readdirSync(folder)) {
    const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
    const json = text.slice(text.indexOf('{'));
    out[(JSON.parse(json) as { url: string }).url] = json;
  }
  return out;
}

let root: string;
let finished: Record<string, string>;
let before: Record<string, string>;
let stats: FinishStats;
const stages: string[] = [];
let settledPages = 0;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cds-finish-'));
  writeSite(join(root, 'a'));
  cpSync(join(root, 'a'), join(root, 'b'), { recursive: true });
  cpSync(join(root, 'a'), join(root, 'd'), { recursive: true });
  await allAtOnce(join(root, 'd'), 'pages');
  stats = await finishSite(join(root, 'a'), memoryLogger(), { stage: async (name, fn) => { stages.push(name); return fn(); }, settle: (moment) => { if (moment === 'page') settledPages++; else stages.push(`settle ${moment}`); } });
  await allAtOnce(join(root, 'b'));
  finished = snapshot(join(root, 'a'));
  before = snapshot(join(root, 'b'));
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('finishSite', () => {
  it('finishSite page by page gives the same pages, index and zip contents as the stages over all pages at once', () => {
    expect(Object.keys(finished).sort()).toEqual(Object.keys(before).sort());
    for (const file of Object.keys(before)) expect(finished[file], file).toBe(before[file]);
  });

  it('Pagefind reading the finished pages from the folder gives the same fragments, page for page, as pages handed over one by one', () => {
    const fromFolder = fragmentsByUrl(join(root, 'a'));
    const byPage = fragmentsByUrl(join(root, 'd'));
    expect(Object.keys(fromFolder).length).toBe(20);
    expect(fromFolder).toEqual(byPage);
  });

  it('finishSite relativizes, indexes (words, then the Vietnamese pages’ word pairs) and packages every page, settling memory before the pass, after each page and while Pagefind writes', () => {
    expect(stats.pages).toBe(21);
    expect(stats.search.pages).toEqual({ vi: 10, en: 10 });
    expect(stats.search.pairs?.pages).toBe(10);
    expect(stats.zip?.files).toBeGreaterThan(25);
    expect(Buffer.from(finished['articles/bai-0/index.html']!, 'base64').toString()).toContain('href="../../_astro/site.css"');
    expect(Object.keys(finished)).toContain('zip:cds-vn-offline/articles/bai-0/index.html');
    expect(stages).toEqual(['settle pass', 'relativize', 'search', 'settle search', 'pairs', 'package']);
    expect(settledPages).toBe(21);
  });

  it('finishSite writes each page once with its search metadata, and no partial zip is left beside the site', () => {
    const html = Buffer.from(finished['articles/bai-0/index.html']!, 'base64').toString();
    expect(html).toMatch(/<meta name="cds-search-fold" data-pagefind-meta="fold\[content\]" content="[^"]*\bdinh\b[^"]*">/);
    expect(Buffer.from(finished['en/index.html']!, 'base64').toString()).not.toContain('cds-search-fold');
    expect(readdirSync(root).filter((f) => f.includes('.zip-'))).toEqual([]);
  });

  it('finishSite without zip writes no zip', async () => {
    const dir = join(root, 'c');
    writeSite(dir);
    const out = await finishSite(dir, memoryLogger(), { zip: false });
    expect(out.zip).toBeUndefined();
    expect(listFiles(dir)).not.toContain(OFFLINE_ZIP_PATH.slice(1));
    expect(listFiles(dir)).toContain('pagefind/pagefind-entry.json');
  });
});
