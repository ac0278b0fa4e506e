/** What happens to Astro's output before it becomes dist/: relative links, the search index, the
 * offline zip. Called by the cds integration on `astro:build:done` (src/integrations/cds.ts).
 *
 * One pass over the site, file by file: each page is parsed once; its links are made relative,
 * its index-only search metadata added, and it is printed and written; the same text goes to
 * Pagefind (which indexes in its own process meanwhile), and the same tree, with offline links,
 * to the streamed zip (deflated on zlib's threads meanwhile). Then Pagefind writes its files and
 * they close the zip. Only a few pages are in memory at a time. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../lib/logger';
import { listFiles } from './files';
import { parseHtml, printHtml } from './html';
import { offlinePageTree, openOfflineZip, type OfflineZip } from './offline';
import { relativizeCss, relativizeTree } from './relativize';
import { openSearchIndex, SEARCH_BATCH, searchPage, type SearchIndexStats, type SitePage } from './search-index';

/** One built page as the pass writes it: relative links and its search metadata. */
export function finishPage(html: string, file: string): SitePage {
  return searchPage(relativizeTree(parseHtml(html), file), file);
}

/** Makes every internal URL of the built pages and stylesheets in `dir` relative and adds the
 * pages' search metadata, one file at a time, handing each page to `onPage` and every file of
 * the site (as written) to `onFile` before the next is read. Returns the number of pages. */
export async function relativizeSite(
  dir: string,
  onPage?: (page: SitePage) => Promise<void> | void,
  onFile?: (file: string, bytes: Uint8Array, page?: SitePage) => Promise<void> | void,
): Promise<number> {
  let pages = 0;
  for (const file of listFiles(dir)) {
    if (file.startsWith('pagefind/')) continue;
    const full = join(dir, file);
    if (file.endsWith('.html')) {
      const page = finishPage(readFileSync(full, 'utf8'), file);
      writeFileSync(full, page.html);
      pages++;
      await onPage?.(page);
      await onFile?.(file, Buffer.from(page.html), page);
    } else if (file.endsWith('.css')) {
      const css = relativizeCss(readFileSync(full, 'utf8'), file);
      writeFileSync(full, css);
      await onFile?.(file, Buffer.from(css));
    } else if (onFile) {
      await onFile(file, readFileSync(full));
    }
  }
  return pages;
}

/** The offline copy of one file of the pass: pages get offline links (their tree is changed in
 * place: the pass is done with it), other files go as written. */
function toZip(zip: OfflineZip) {
  return (file: string, bytes: Uint8Array, page?: SitePage) =>
    zip.add(file, page ? Buffer.from(printHtml(offlinePageTree(page.tree, file))) : bytes);
}

/** What finishSite reports. */
export interface FinishStats { pages: number; search: SearchIndexStats; zip?: { bytes: number; files: number } }

/** Options of finishSite. */
export interface FinishOptions {
  /** Build the offline zip (default true). */
  zip?: boolean;
  /** Pages given to Pagefind before waiting for it (default SEARCH_BATCH). */
  batch?: number;
  /** Runs each stage (relativize: the page pass, which also feeds Pagefind and the zip; search:
   * Pagefind writes its index; package: the search files close the zip), e.g. to time it. */
  stage?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
}

/** Relative links, the Pagefind index and the offline zip over the built site in `dir`, with at
 * most `batch` pages in memory (plus Pagefind's own index, in its process). */
export async function finishSite(dir: string, log: Logger, options: FinishOptions = {}): Promise<FinishStats> {
  const stage = options.stage ?? (<T>(_: string, fn: () => Promise<T>) => fn());
  const indexer = await openSearchIndex(dir, log, options.batch ?? SEARCH_BATCH);
  const zip = options.zip === false ? undefined : openOfflineZip(dir, log);
  let pages: number;
  try {
    pages = await stage('relativize', () => relativizeSite(dir, (p) => indexer.add(p), zip && toZip(zip)));
  } catch (e) {
    zip?.abort();
    await indexer.close();
    throw e;
  }
  const search = await stage('search', () => indexer.finish());
  if (!zip) return { pages, search };
  return { pages, search, zip: await stage('package', () => zip.finish()) };
}
