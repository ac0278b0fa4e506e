import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Logger } from '../lib/logger';
import { foldDiacritics, foldedDWords } from '../../src/lib/fold';
import type { Root } from 'hast';
import { listFiles } from './files';
import { element, findElements, parseHtml, printHtml } from './html';
import { CLASSIC_RUNTIME, classicPagefind } from './search-runtime';
import { firstHeading, hasContentRegions, indexedText } from './search-text';

/** Pagefind's own UI bundles: the site has its own search UI, so these are not published. */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/;

/** What the index holds, for the build log and tests. */
export interface SearchIndexStats {
  pages: Record<string, number>;
  /** Folded copies added for words with đ (summed over pages). */
  foldedWords: number;
  /** Bytes of index files (entry, meta, index, filter and fragment files, WebAssembly). */
  bytes: number;
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

/** The page tree with `meta` as Pagefind metadata (`<meta data-pagefind-meta="key[content]">` at the
 * end of the head), in place: searched, returned with the result, never shown on the page (the file
 * on disk is unchanged). */
export function withPagefindMetaTree(tree: Root, meta: Record<string, string>): Root {
  const tags = Object.entries(meta).map(([k, v]) => element('meta', { dataPagefindMeta: `${k}[content]`, content: v }));
  if (!tags.length) return tree;
  const head = findElements(tree, (el) => el.tagName === 'head')[0];
  (head ?? tree).children.push(...tags);
  return tree;
}

/** `withPagefindMetaTree` on HTML text. */
export function withPagefindMeta(html: string, meta: Record<string, string>): string {
  return printHtml(withPagefindMetaTree(parseHtml(html), meta));
}

/** A built page to index: its file (relative to the site folder) and its tree. */
export interface SitePage { file: string; tree: Root }

/** Every HTML page of `dir` (outside pagefind/), parsed. */
export function readPages(dir: string): SitePage[] {
  return listFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .map((file) => ({ file, tree: parseHtml(readFileSync(join(dir, file), 'utf8')) }));
}

/** Builds the Pagefind index of the pages' content regions (the trees of `pages`, read from `dir`
 * when not given; meta tags are added to them) into `<dir>/pagefind/`, each page with
 * a folded copy of its đ-words (see foldMetaOf), and writes `pagefind-classic.js` beside it
 * (see search-runtime.ts). Pages without a content region stay out, as Pagefind does. */
export async function buildSearchIndex(dir: string, log: Logger, pages: SitePage[] = readPages(dir)): Promise<SearchIndexStats> {
  const regions = pages.some((p) => hasContentRegions(p.tree));
  let foldedWords = 0;
  const indexed = pages.filter((p) => !regions || hasContentRegions(p.tree)).map((p) => {
    const meta = foldMetaOf({ text: indexedText(p.tree), title: firstHeading(p.tree) });
    foldedWords += meta.fold ? meta.fold.split(' ').length : 0;
    return { file: p.file, html: printHtml(withPagefindMetaTree(p.tree, meta)) };
  });
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await Promise.all(indexed.map((p) => index.addHTMLFile({ url: urlOfFile(p.file), content: p.html })));
    const failed = added.flatMap((a, i) => a.errors.map((e) => `${indexed[i]!.file}: ${e}`));
    if (failed.length) throw new Error(`pagefind: ${failed.join('; ')}`);
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`pagefind: ${got.errors.join('; ')}`);
    const target = join(dir, 'pagefind');
    rmSync(target, { recursive: true, force: true });
    const stats: SearchIndexStats = { pages: {}, foldedWords, bytes: 0 };
    for (const f of got.files) {
      const path = f.path.replace(/\\/g, '/');
      if (UNUSED.test(path)) continue;
      mkdirSync(dirname(join(target, path)), { recursive: true });
      writeFileSync(join(target, path), f.content);
      if (!path.endsWith('.js')) stats.bytes += f.content.byteLength;
      if (path === 'pagefind.js') writeFileSync(join(target, CLASSIC_RUNTIME), classicPagefind(Buffer.from(f.content).toString('utf8')));
    }
    const entry = JSON.parse(readFileSync(join(target, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    for (const [lang, { page_count }] of Object.entries(entry.languages)) stats.pages[lang] = page_count;
    const langs = Object.entries(stats.pages).map(([l, n]) => `${l} ${n}`).join(', ');
    log.info(`search: ${indexed.length} pages (${langs}), ${foldedWords} folded đ-words, index ${(stats.bytes / 1024).toFixed(0)} KB`);
    return stats;
  } finally {
    await pagefind.close();
  }
}
