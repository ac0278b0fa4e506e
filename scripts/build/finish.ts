/** What happens to Astro's output before it becomes dist/: relative links, the search index, the
 * offline zip. Called by the cds integration on `astro:build:done` (src/integrations/cds.ts).
 * Page by page: each page is parsed once, relativized, written, handed on (to the search index)
 * and dropped, so memory does not grow with the number of pages. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../lib/logger';
import { listFiles } from './files';
import { parseHtml, printHtml } from './html';
import { packageOffline } from './offline';
import { relativizeCss, relativizeTree } from './relativize';
import { openSearchIndex, SEARCH_BATCH, type SearchIndexStats, type SitePage } from './search-index';

/** Makes every internal URL of the built pages and stylesheets in `dir` relative, one file at a
 * time, and hands each page's tree (relativized, as written) to `onPage` before the next is read.
 * Returns the number of pages. */
export async function relativizeSite(dir: string, onPage?: (page: SitePage) => Promise<void> | void): Promise<number> {
  let pages = 0;
  for (const file of listFiles(dir)) {
    const full = join(dir, file);
    if (file.endsWith('.css')) writeFileSync(full, relativizeCss(readFileSync(full, 'utf8'), file));
    if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
    const tree = relativizeTree(parseHtml(readFileSync(full, 'utf8')), file);
    writeFileSync(full, printHtml(tree));
    pages++;
    await onPage?.({ file, tree });
  }
  return pages;
}

/** What finishSite reports. */
export interface FinishStats { pages: number; search: SearchIndexStats; zip?: { bytes: number; files: number } }

/** Options of finishSite. */
export interface FinishOptions {
  /** Build the offline zip (default true). */
  zip?: boolean;
  /** Pages given to Pagefind before waiting for it (default SEARCH_BATCH). */
  batch?: number;
  /** Runs each stage (relativize: the page pass, which also feeds Pagefind; search: Pagefind writes
   * its index; package: the streamed zip), e.g. to time it. */
  stage?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
}

/** Relative links, the Pagefind index and the offline zip over the built site in `dir`, with at
 * most `batch` pages in memory (plus Pagefind's own index, in its process). */
export async function finishSite(dir: string, log: Logger, options: FinishOptions = {}): Promise<FinishStats> {
  const stage = options.stage ?? (<T>(_: string, fn: () => Promise<T>) => fn());
  const indexer = await openSearchIndex(dir, log, options.batch ?? SEARCH_BATCH);
  let pages: number;
  try {
    pages = await stage('relativize', () => relativizeSite(dir, (p) => indexer.add(p)));
  } catch (e) {
    await indexer.close();
    throw e;
  }
  const search = await stage('search', () => indexer.finish());
  if (options.zip === false) return { pages, search };
  const zip = await stage('package', async () => packageOffline(dir, log));
  return { pages, search, zip };
}
