/** The word-pair index (src/lib/pairs.ts): a second Pagefind index, of pair tokens only, in
 * `<dir>/pagefind-pairs/`, that the search page asks first for a phrase (src/client/search/hits.ts).
 *
 * It is built after the word index is written and its Pagefind process closed, from that index's
 * own fragments (the text Pagefind indexed, word for word): each page of a paired language becomes a
 * page whose text is its pair text (alignedPairs: pair k at the place of word k) and whose title is
 * its title's pairs, with the same URL and filters. The pair index's fragments are then replaced by
 * the word index's fragments of the same pages, so a pair hit reads as the page itself (its text,
 * title, sections) with its hits at the places of the phrase. Two Pagefind processes never hold
 * their tokens at once, and the offline copy (built from pagefind/ only) has no pairs. */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element } from 'hast';
import * as pagefind from 'pagefind';
import type { Logger } from '../lib/logger';
import { alignedPairs, PAIR_IDS_FILE, PAIRED_LANGUAGES, PAIRS_FOLDER, titlePairs } from '../../src/lib/pairs';
import { readPagefindEntry } from './offline-search';
import { element, printHtml } from './html';
import { pagefindData, SIGNATURE, writeWithChunksOf } from './pagefind-seed';
import { finishPagefindFolder, PAIRS_GLOBAL } from './search-runtime';

/** A page's fragment as Pagefind writes it (the fields read here). */
export interface Fragment {
  url: string;
  content: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** The fragments of one fragment file, by id: a file holds one page's fragment (its id is the file
 * name) or a group of them (an object keyed by id). */
export function readFragments(file: string, bytes: Uint8Array): Map<string, Fragment> {
  const json = JSON.parse(pagefindData(bytes).toString('utf8')) as Fragment | Record<string, Fragment>;
  if (typeof json.url === 'string') return new Map([[file.replace(/\.pf_fragment$/, ''), json as Fragment]]);
  return new Map(Object.entries(json as Record<string, Fragment>));
}

/** A fragment file's bytes, as Pagefind reads them. */
export function fragmentBytes(json: unknown): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(JSON.stringify(json))]));
}

/** The page the pair index reads for a word-index fragment: its pair text as the content region,
 * its title's pairs as its title, its filters as filter tags (a hast tree, printed with the build's printer). */
export function pairPage(lang: string, f: Fragment): string {
  const meta = (properties: Element['properties']) => element('meta', properties);
  const head = [meta({ dataPagefindMeta: 'title[content]', content: titlePairs(f.meta?.title ?? '') })];
  for (const [name, values] of Object.entries(f.filters ?? {})) {
    for (const v of values) head.push(meta({ dataPagefindFilter: `${name}[content]`, content: v }));
  }
  const body: Element = { ...element('div', { dataPagefindBody: true }), children: [{ type: 'text', value: alignedPairs(f.content) }] };
  const html: Element = { ...element('html', { lang }), children: [{ ...element('head', {}), children: head }, { ...element('body', {}), children: [body] }] };
  return printHtml({ type: 'root', children: [html] });
}

/** What the pair index holds, for the build log and tests. */
export interface PairIndexStats {
  pages: number;
  /** Bytes of its index and filter files (its fragments are the word index's). */
  bytes: number;
}

/** The word index's fragment files of paired languages in `pagefindDir`, with their language. */
function pairedFiles(pagefindDir: string): { lang: string; file: string }[] {
  const entry = readPagefindEntry(pagefindDir);
  return Object.keys(entry.languages).filter((l) => PAIRED_LANGUAGES.has(l))
    .flatMap((lang) => readdirSync(join(pagefindDir, 'fragment')).filter((f) => f.startsWith(`${lang}_`)).map((file) => ({ lang, file })));
}

/** Builds `<dir>/pagefind-pairs/` from the word index in `<dir>/pagefind/` (see the module note),
 * with the chunks of the last build's pair index in `previous` (its site folder) where they are the
 * same (pagefind-seed.ts); removes it and returns undefined when no page is in a paired language. */
export async function buildPairIndex(dir: string, log: Logger, previous?: string, batch = 64): Promise<PairIndexStats | undefined> {
  const target = join(dir, PAIRS_FOLDER);
  rmSync(target, { recursive: true, force: true });
  const words = join(dir, 'pagefind', 'fragment');
  const files = pairedFiles(join(dir, 'pagefind'));
  if (!files.length) return undefined;
  const start = performance.now();
  // The fragments are read first (the pages go in by URL, below); then only each page's URL, id and
  // file are kept: its fragment is read again when the pair fragment is replaced.
  const byUrl = new Map<string, { id: string; file: string }>();
  let reused = 0;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) { await pagefind.close(); throw new Error(`pagefind (pairs): ${errors.join('; ')}`); }
  try {
    let pending: Promise<{ errors: string[] }>[] = [];
    const flush = async () => {
      const failed = (await Promise.all(pending)).flatMap((a) => a.errors);
      pending = [];
      if (failed.length) throw new Error(`pagefind (pairs): ${failed.join('; ')}`);
    };
    // Pages go in by URL: Pagefind numbers them as they come, and a page keeps its number (so
    // chunks without its words stay the same, pagefind-seed.ts) while its fragment's id changes.
    const pages = files.flatMap(({ lang, file }) => [...readFragments(file, readFileSync(join(words, file)))].map(([id, fragment]) => ({ lang, file, id, fragment })))
      .sort((a, b) => (a.fragment.url < b.fragment.url ? -1 : a.fragment.url > b.fragment.url ? 1 : 0));
    for (const { lang, file, id, fragment } of pages) {
      byUrl.set(fragment.url, { id, file });
      pending.push(index.addHTMLFile({ url: fragment.url, content: pairPage(lang, fragment) }));
      if (pending.length >= batch) await flush();
    }
    await flush();
    reused = await writeWithChunksOf(index, target, { previous: previous && join(previous, PAIRS_FOLDER), fragments: false, label: 'pagefind (pairs)' });
  } finally {
    await pagefind.close();
  }
  const stats = { pages: byUrl.size, bytes: 0 };
  const ids: Record<string, string> = {};
  const fragmentDir = join(target, 'fragment');
  for (const file of existsSync(fragmentDir) ? readdirSync(fragmentDir) : []) {
    const own = readFragments(file, readFileSync(join(fragmentDir, file)));
    const mains = [...own].map(([id, f]) => {
      const main = byUrl.get(f.url);
      if (!main) throw new Error(`pagefind (pairs): no page ${f.url} in the word index`);
      ids[id] = main.id;
      return { id, main, bytes: readFileSync(join(words, main.file)) };
    });
    const [one] = mains;
    // One page's fragment in each file (Pagefind's usual layout): the word index's file as it is.
    if (mains.length === 1 && file === `${one!.id}.pf_fragment` && one!.main.file === `${one!.main.id}.pf_fragment`) writeFileSync(join(fragmentDir, file), one!.bytes);
    else writeFileSync(join(fragmentDir, file), fragmentBytes(Object.fromEntries(mains.map((m) => [m.id, readFragments(m.main.file, m.bytes).get(m.main.id)]))));
  }
  writeFileSync(join(target, PAIR_IDS_FILE), JSON.stringify(ids));
  // The search page loads this runtime as a classic script only (its worker is pagefind-worker.js).
  for (const path of finishPagefindFolder(target, PAIRS_GLOBAL, false)) {
    if (/^(?:index|filter)\//.test(path) || path.endsWith('.pf_meta')) stats.bytes += statSync(join(target, path)).size;
  }
  const taken = reused ? `, ${reused} files from the last build` : '';
  log.info(`search: word pairs of ${stats.pages} pages, index ${(stats.bytes / 1024).toFixed(0)} KB${taken}, ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return stats;
}
