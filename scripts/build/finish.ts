/** What happens to Astro's output before it becomes dist/: relative links, the search index, the
 * offline zip. Called by the cds integration on `astro:build:done` (src/integrations/cds.ts).
 *
 * One pass over the site, file by file: each page is parsed once; its links are made relative,
 * its index-only search metadata added, and it is printed (in the same walk as the offline copy's
 * version, with offline links) and written (on libuv's threads), and the offline version goes to
 * the streamed zip (deflated on zlib's threads meanwhile). Then Pagefind reads the written pages
 * from the folder (in its own process and threads) and writes its files, and they close the zip.
 * Only a few pages are in memory at a time. */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../lib/logger';
import { listFiles, writeBehind, type WriteBehind } from './files';
import { parseHtml, printHtml } from './html';
import { offlinePageTree, openOfflineZip, printPageAndOffline, type OfflineZip } from './offline';
import { OFFLINE_FOLDER } from '../../src/lib/offline';
import type { SettleMoment } from './memory';
import { relativizeCss, relativizeTree } from './relativize';
import { fileHash, placeReused, PreviousBuild, type ReuseOptions } from './reuse';
import { addSearchMeta, openSearchIndex, SEARCH_BATCH, searchPage, type SearchIndexStats, type SitePage } from './search-index';
import { buildPairIndex } from './search-pairs';

/** One built page as the pass writes it: relative links and its search metadata; with `offline`,
 * also as the offline copy holds it (printed in the same walk: SitePage.offline). */
export function finishPage(html: string, file: string, offline = false): SitePage {
  const tree = relativizeTree(parseHtml(html), file);
  if (!offline) return searchPage(tree, file);
  const meta = addSearchMeta(tree);
  const [page, copy] = printPageAndOffline(tree, file);
  return { file, tree, html: page, offline: copy, ...(meta ? { meta } : {}) };
}

/** What the pass does with each file besides rewriting it. */
export interface PassHooks {
  /** Each page, as written. */
  onPage?: (page: SitePage) => Promise<void> | void;
  /** Each file of the site, as written, with the hash of Astro's bytes: a page as its SitePage
   * (its `html`), any other file as its bytes. */
  onFile?: (file: string, written: Uint8Array | SitePage, hash: string) => Promise<void> | void;
  /** The previous build, whose unchanged pages are taken as they are (see reuse.ts). */
  previous?: PreviousBuild;
  /** Print each page for the offline copy too (SitePage.offline), for `onFile`. */
  offline?: boolean;
}

/** Makes every internal URL of the built pages and stylesheets in `dir` relative and adds the
 * pages' search metadata, one file at a time, handing each page and file to the hooks before the
 * next is read. Returns the number of pages. */
export async function relativizeSite(dir: string, hooks: PassHooks = {}): Promise<number> {
  const writes = writeBehind();
  try {
    return await passFiles(dir, hooks, writes);
  } finally {
    await writes.settled();
  }
}

/** relativizeSite's loop: every file read, rewritten and handed on in order; written by `writes`. */
async function passFiles(dir: string, { onPage, onFile, previous, offline }: PassHooks, writes: WriteBehind): Promise<number> {
  let pages = 0;
  for (const file of listFiles(dir)) {
    if (file.startsWith('pagefind/')) continue;
    const full = join(dir, file);
    const isPage = file.endsWith('.html');
    if (!isPage && !file.endsWith('.css') && !onFile) continue;
    const bytes = readFileSync(full);
    const hash = previous ? fileHash(bytes) : '';
    if (isPage) {
      const reused = previous?.page(file, hash);
      const page: SitePage = reused ? { file, html: reused.html, ...(reused.meta ? { meta: reused.meta } : {}) } : finishPage(bytes.toString('utf8'), file, offline);
      if (reused) placeReused(reused.path, full, reused.html);
      else await writes.write(full, page.html);
      previous?.record(file, hash, page.meta);
      pages++;
      await onPage?.(page);
      await onFile?.(file, page, hash);
    } else if (file.endsWith('.css')) {
      const css = relativizeCss(bytes.toString('utf8'), file);
      await writes.write(full, css);
      previous?.record(file, hash);
      await onFile?.(file, Buffer.from(css), hash);
    } else {
      previous?.record(file, hash);
      await onFile?.(file, bytes, hash);
    }
  }
  return pages;
}

/** The offline copy of one file of the pass: an unchanged file's entry is copied from the previous
 * zip; pages get offline links (their tree is changed in place: the pass is done with it), other
 * files go as written. */
function toZip(zip: OfflineZip, previous?: PreviousBuild) {
  return (file: string, written: Uint8Array | SitePage, hash: string) => {
    const stored = previous?.zipEntry(file, hash, OFFLINE_FOLDER);
    if (stored) return zip.addStored(file, stored.entry, stored.data);
    if (written instanceof Uint8Array) return zip.add(file, written);
    return zip.add(file, Buffer.from(written.offline ?? printHtml(offlinePageTree(written.tree ?? parseHtml(written.html), file))));
  };
}

/** What finishSite reports. */
export interface FinishStats {
  pages: number;
  search: SearchIndexStats;
  zip?: { bytes: number; files: number };
  /** This build's reuse manifest: `save()` it once the new site is in place. */
  previous?: PreviousBuild;
}

/** Options of finishSite. */
export interface FinishOptions {
  /** Build the offline zip (default true). */
  zip?: boolean;
  /** Reuse the unchanged files of the previous build (see reuse.ts). */
  reuse?: ReuseOptions;
  /** Called when the process's memory should be as small as it can be: before the page pass (Astro
   * is done), after each page of it, and once Pagefind has been asked to write its index (its
   * process grows to its largest meanwhile); e.g. memory.ts settleMemory. */
  settle?: (moment: SettleMoment) => void;
  /** Runs each stage (relativize: the page pass, which also feeds the zip; search: Pagefind reads
   * the written pages and writes its index; pairs: the word-pair index is built from it; package: the search
   * files close the zip, while the pairs are built), e.g. to time it. */
  stage?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
}

/** Relative links, the Pagefind index and the offline zip over the built site in `dir`, with a
 * few pages in memory at a time (Pagefind's index is in its own process). */
export async function finishSite(dir: string, log: Logger, options: FinishOptions = {}): Promise<FinishStats> {
  const stage = options.stage ?? (<T>(_: string, fn: () => Promise<T>) => fn());
  options.settle?.('pass');
  // The pass writes every page with its search metadata: Pagefind reads them from the folder at the end.
  // A rebuild's indexes take the chunks of the last build's that are the same (pagefind-seed.ts).
  const lastSite = options.reuse?.outDir;
  const indexer = await openSearchIndex(dir, log, SEARCH_BATCH, 'folder', lastSite);
  const zip = options.zip === false ? undefined : openOfflineZip(dir, log);
  const previous = options.reuse && PreviousBuild.open(options.reuse, log);
  // The manifest describes the folder the new build replaces: gone until the new one is in place.
  if (options.reuse) rmSync(options.reuse.manifest, { force: true });
  let pages: number;
  try {
    pages = await stage('relativize', () => relativizeSite(dir, { onPage: (p) => { options.settle?.('page'); return indexer.add(p); }, ...(zip ? { onFile: toZip(zip, previous), offline: true } : {}), ...(previous ? { previous } : {}) }));
  } catch (e) {
    zip?.abort();
    await indexer.close();
    throw e;
  } finally {
    previous?.close();
  }
  if (previous) log.info(`incremental: ${previous.reused} of ${pages} pages unchanged, taken from the last build`);
  const words = await stage('search', () => indexer.finish(() => options.settle?.('search')));
  // The word-pair index, from the word index just written, in a Pagefind process of its own; meanwhile
  // the zip takes its search files, which come from pagefind/ only (the offline copy has no pairs).
  const [pairs, zipped] = await Promise.all([stage('pairs', () => buildPairIndex(dir, log, lastSite)), zip && stage('package', () => zip.finish())]);
  const search = pairs ? { ...words, pairs } : words;
  return { pages, search, ...(previous ? { previous } : {}), ...(zipped ? { zip: zipped } : {}) };
}
