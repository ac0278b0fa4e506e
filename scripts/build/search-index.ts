import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Logger } from '../lib/logger';
import { foldedDWords } from '../../src/lib/fold';
import { listFiles } from './files';
import { CLASSIC_RUNTIME, classicPagefind, fragmentsOf, type StoredFragment } from './search-runtime';

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

/** `html` with an index-only metadata field `fold` holding `words` (never shown, only searched),
 * so "dinh danh" finds a page that says "định danh" while excerpts keep the original text. */
export function withFoldedWords(html: string, words: string[]): string {
  if (words.length === 0) return html;
  const tag = `<meta data-pagefind-meta="fold[content]" content="${words.join(' ')}">`;
  const at = html.search(/<\/head>/i);
  return at === -1 ? tag + html : html.slice(0, at) + tag + html.slice(at);
}

/** Folded đ-words of one stored page: its indexed text and its title. */
export function foldedWordsOf(fragment: Pick<StoredFragment, 'content' | 'meta'>): string[] {
  return foldedDWords(`${fragment.meta.title ?? ''} ${fragment.content}`);
}

async function indexPages(pages: { file: string; html: string }[]) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const p of pages) {
    const added = await index.addHTMLFile({ url: urlOfFile(p.file), content: p.html });
    if (added.errors.length) throw new Error(`pagefind: ${p.file}: ${added.errors.join('; ')}`);
  }
  const got = await index.getFiles();
  if (got.errors.length) throw new Error(`pagefind: ${got.errors.join('; ')}`);
  await index.deleteIndex();
  return got.files.map((f) => ({ path: f.path.replace(/\\/g, '/'), content: f.content }));
}

/** Builds the Pagefind index of the pages' content regions into `<dir>/pagefind/`, in two passes:
 * the first finds the text Pagefind indexes on each page, the second indexes the pages again with
 * a folded copy of their đ-words. Also writes `pagefind-classic.js` (see search-runtime.ts). */
export async function buildSearchIndex(dir: string, log: Logger): Promise<SearchIndexStats> {
  const files = listFiles(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const pages = files.map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
  try {
    const first = fragmentsOf(await indexPages(pages));
    const byUrl = new Map(first.map((f) => [f.url, f]));
    let foldedWords = 0;
    const indexed = pages.flatMap((p) => {
      const fragment = byUrl.get(urlOfFile(p.file));
      if (!fragment) return [];
      const words = foldedWordsOf(fragment);
      foldedWords += words.length;
      return [{ file: p.file, html: withFoldedWords(p.html, words) }];
    });
    const out = await indexPages(indexed);
    const target = join(dir, 'pagefind');
    rmSync(target, { recursive: true, force: true });
    const stats: SearchIndexStats = { pages: {}, foldedWords, bytes: 0 };
    for (const f of out) {
      if (UNUSED.test(f.path)) continue;
      mkdirSync(dirname(join(target, f.path)), { recursive: true });
      writeFileSync(join(target, f.path), f.content);
      if (!f.path.endsWith('.js')) stats.bytes += f.content.byteLength;
      if (f.path === 'pagefind.js') writeFileSync(join(target, CLASSIC_RUNTIME), classicPagefind(Buffer.from(f.content).toString('utf8')));
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
