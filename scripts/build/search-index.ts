import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import type { Logger } from '../lib/logger';
import { foldDiacritics, foldedDWords } from '../../src/lib/fold';
import type { Root } from 'hast';
import { listFiles } from './files';
import { element, findElement, parseHtml, printHtml } from './html';
import { finishPagefindFolder } from './search-runtime';
import { readPagefindEntry } from './offline-search';
import { writeWithChunksOf } from './pagefind-seed';
import { buildPairIndex, type PairIndexStats } from './search-pairs';
import { firstHeading, hasContentRegions, indexedText } from './search-text';

/** What the index holds, for the build log and tests. */
export interface SearchIndexStats {
  pages: Record<string, number>;
  /** Folded copies added for words with đ (summed over pages). */
  foldedWords: number;
  /** Bytes of index files (entry, meta, index, filter and fragment files, WebAssembly). */
  bytes: number;
  /** The word-pair index (search-pairs.ts), when the site has pages in a paired language. */
  pairs?: PairIndexStats;
}

/** Site URL Pagefind gives the page at `file`: "en/about/index.html" → "/en/about/". */
export function urlOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Index-only metadata for one page, from the text Pagefind indexes and its title: `fold`, the
 * folded copies of its đ-words, and `fold_title`, its folded title when the title has a đ (so a
 * query without diacritics still gets the title boost). Empty fields are left out. */
export function foldMetaOf(page: { text: string; title: string }): Record<string, string> {
  const meta: Record<string, string> = {};
  const words = foldedDWords(`${page.title} ${page.text}`);
  if (words.length) meta.fold = words.join(' ');
  if (/[đĐ]/.test(page.title)) meta.fold_title = foldDiacritics(page.title).toLowerCase();
  return meta;
}

/** The page tree with `meta` as Pagefind metadata (`<meta name="cds-search-<key>"
 * data-pagefind-meta="key[content]">` at the end of the head), in place: searched, returned with
 * the result, never shown on the page. */
export function withPagefindMetaTree(tree: Root, meta: Record<string, string>): Root {
  const tags = Object.entries(meta).map(([k, v]) => element('meta', { name: `cds-search-${k}`, dataPagefindMeta: `${k}[content]`, content: v }));
  if (!tags.length) return tree;
  const head = findElement(tree, (el) => el.tagName === 'head');
  (head ?? tree).children.push(...tags);
  return tree;
}

/** `withPagefindMetaTree` on HTML text. */
export function withPagefindMeta(html: string, meta: Record<string, string>): string {
  return printHtml(withPagefindMetaTree(parseHtml(html), meta));
}

/** A built page to index: its file (relative to the site folder), its tree and its HTML with the
 * search metadata (see searchPage), that metadata (absent when the page has no content region),
 * and, when the pass printed it too, the page as the offline copy holds it. */
export interface SitePage { file: string; html: string; tree?: Root; meta?: Record<string, string>; offline?: string }

/** The search metadata of the page `tree`, added to its head (see searchPage); undefined, and the
 * tree unchanged, when the page has no content region. */
export function addSearchMeta(tree: Root): Record<string, string> | undefined {
  if (!hasContentRegions(tree)) return undefined;
  const meta = foldMetaOf({ text: indexedText(tree), title: firstHeading(tree) });
  withPagefindMetaTree(tree, meta);
  return meta;
}

/** The page `tree` at `file` ready for the index: when it has a content region, its folded
 * đ-words (foldMetaOf) are added to its head as metadata; then it is printed. */
export function searchPage(tree: Root, file: string): SitePage {
  const meta = addSearchMeta(tree);
  return meta ? { file, tree, html: printHtml(tree), meta } : { file, tree, html: printHtml(tree) };
}

/** Every HTML page of `dir` (outside pagefind/) made ready for the index one at a time as the
 * caller asks (the files are not changed). */
export function* readPages(dir: string): Generator<SitePage> {
  for (const file of listFiles(dir)) {
    if (file.endsWith('.html') && !file.startsWith('pagefind/')) yield searchPage(parseHtml(readFileSync(join(dir, file), 'utf8')), file);
  }
}

/** Pages handed to Pagefind before the build waits for its answers (bounds the HTML held). */
export const SEARCH_BATCH = 64;

/** A Pagefind index fed page by page: `add` each page as it is written, then `finish`. */
export interface SearchIndexer {
  /** Adds a page (its tree gets the meta tags); waits for Pagefind every `batch` pages. */
  add(page: SitePage): Promise<void>;
  /** Writes `<dir>/pagefind/` and returns the figures; closes Pagefind. `whileWriting` runs once
   * Pagefind has been asked to write (its process works meanwhile). */
  finish(whileWriting?: () => void): Promise<SearchIndexStats>;
  /** Closes Pagefind without writing (after a failure). */
  close(): Promise<void>;
}

/** How the pages reach Pagefind: `pages` sends each page's HTML as it is added (the pages on disk
 * need not have their metadata); `folder` only counts them, and has Pagefind read the whole folder
 * at the end (the pages must be on disk as added: the post-build pass writes them so). Pagefind
 * reads a folder in its own threads, without each page's HTML passing through its message channel:
 * at 1,000 articles ~3.5 s against ~9 s page by page, the same fragments (finish.ts uses it). */
export type SearchFeed = 'pages' | 'folder';

/** Opens a Pagefind index for the site in `dir`; see buildSearchIndex. Pages with a content region
 * are indexed as they come (`feed: 'pages'`) or from the folder at the end (`'folder'`); pages
 * without one are only remembered by name, and read again at the end if no page of the site had a
 * content region (then every page is indexed, as Pagefind does, each with its folded words). */
export async function openSearchIndex(dir: string, log: Logger, batch = SEARCH_BATCH, feed: SearchFeed = 'pages', previous?: string): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) { await pagefind.close(); throw new Error(`pagefind: ${errors.join('; ')}`); }
  let regions = false;
  let foldedWords = 0;
  let count = 0;
  const withoutRegion: string[] = [];
  let pending: { file: string; done: Promise<{ errors: string[] }> }[] = [];
  const flush = async () => {
    const added = await Promise.all(pending.map((p) => p.done));
    const failed = added.flatMap((a, i) => a.errors.map((e) => `${pending[i]!.file}: ${e}`));
    pending = [];
    if (failed.length) throw new Error(`pagefind: ${failed.join('; ')}`);
  };
  const index1 = async (p: SitePage, meta = p.meta ?? {}, send = true) => {
    foldedWords += meta.fold ? meta.fold.split(' ').length : 0;
    count++;
    if (!send) return;
    pending.push({ file: p.file, done: index.addHTMLFile({ url: urlOfFile(p.file), content: p.html }) });
    if (pending.length >= batch) await flush();
  };
  const readFolder = async () => {
    const added = await index.addDirectory({ path: dir, glob: '**/*.html' });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  };
  /** A page of a site without content regions: Pagefind reads its whole body (its folded words too). */
  const wholePage = (file: string) => {
    const tree = parseHtml(readFileSync(join(dir, file), 'utf8'));
    const meta = foldMetaOf({ text: indexedText(tree), title: firstHeading(tree) });
    return index1({ file, tree, html: printHtml(withPagefindMetaTree(tree, meta)) }, meta);
  };
  return {
    async add(p) {
      if (p.meta) { regions = true; await index1(p, p.meta, feed === 'pages'); } else withoutRegion.push(p.file);
    },
    async finish(whileWriting) {
      try {
        if (!regions) for (const file of withoutRegion) await wholePage(file);
        else if (feed === 'folder') await readFolder();
        await flush();
        return await writeIndex(dir, index, log, { count, foldedWords, previous, whileWriting });
      } finally {
        await pagefind.close();
      }
    },
    async close() { await pagefind.close(); },
  };
}

/** Builds the Pagefind index of the pages' content regions (`pages`, read one by one from `dir`
 * when not given; meta tags are added to their trees; with `feed: 'folder'` the pages on disk must
 * already have them) into `<dir>/pagefind/`, each page with
 * a folded copy of its đ-words (see foldMetaOf), and writes `pagefind-classic.js` beside it
 * (see search-runtime.ts); then the word-pair index from it (search-pairs.ts). Pages without a content region stay out, as Pagefind does. */
export async function buildSearchIndex(dir: string, log: Logger, pages: Iterable<SitePage> = readPages(dir), batch = SEARCH_BATCH, feed: SearchFeed = 'pages'): Promise<SearchIndexStats> {
  const indexer = await openSearchIndex(dir, log, batch, feed);
  try {
    for (const p of pages) await indexer.add(p);
  } catch (e) {
    await indexer.close();
    throw e;
  }
  const stats = await indexer.finish();
  const pairs = await buildPairIndex(dir, log);
  return pairs ? { ...stats, pairs } : stats;
}

/** What writeIndex writes with: the pages and folded words counted, the last build's site folder
 * (its chunks are taken where they are the same, pagefind-seed.ts), and what runs while Pagefind writes. */
interface WriteOptions { count: number; foldedWords: number; previous?: string | undefined; whileWriting?: (() => void) | undefined }

/** Pagefind writes its files into `<dir>/pagefind/` itself (the index never passes through this
 * process); its UI bundles are removed and the classic runtime is added. */
async function writeIndex(dir: string, index: PagefindIndex, log: Logger, { count, foldedWords, previous, whileWriting }: WriteOptions): Promise<SearchIndexStats> {
  const target = join(dir, 'pagefind');
  rmSync(target, { recursive: true, force: true });
  const reused = await writeWithChunksOf(index, target, { previous: previous && join(previous, 'pagefind'), fragments: true, label: 'pagefind', onWriting: whileWriting });
  const stats: SearchIndexStats = { pages: {}, foldedWords, bytes: 0 };
  for (const path of finishPagefindFolder(target)) {
    if (!path.endsWith('.js')) stats.bytes += statSync(join(target, path)).size;
  }
  const entry = readPagefindEntry(target);
  for (const [lang, { page_count }] of Object.entries(entry.languages)) stats.pages[lang] = page_count;
  const langs = Object.entries(stats.pages).map(([l, n]) => `${l} ${n}`).join(', ');
  const taken = reused ? `, ${reused} files from the last build` : '';
  log.info(`search: ${count} pages (${langs}), ${foldedWords} folded đ-words, index ${(stats.bytes / 1024).toFixed(0)} KB${taken}`);
  return stats;
}
