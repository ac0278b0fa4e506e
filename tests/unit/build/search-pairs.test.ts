/** scripts/build/search-pairs.ts: the word-pair index built from the word index, with the real
 * Pagefind on small fixture pages, searched in Node through the classic runtimes the site ships. */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../scripts/lib/logger';
import { buildSearchIndex, type SearchIndexStats } from '../../../scripts/build/search-index';
import { buildPairIndex, fragmentBytes, pairPage, readFragments } from '../../../scripts/build/search-pairs';
import { CLASSIC_RUNTIME, PAIRS_GLOBAL } from '../../../scripts/build/search-runtime';
import { PAIR_IDS_FILE, PAIRS_FOLDER, queryPairs } from '../../../src/lib/pairs';
import { RANKING, runSearch } from '../../../src/client/search/rank';
import type { Pagefind, PairIndex } from '../../../src/client/search/types';
import { removeSite, serveSite, writeSite } from '../../support/search-site';

const page = (lang: string, title: string, body: string, kind: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>Chủ đề</nav>` +
  `<main data-pagefind-body data-pagefind-filter="kind:${kind}"><h1>${title}</h1><p>${body}</p></main></body></html>`;

const PAGES: Record<string, string> = {
  'eid/index.html': page('vi', 'Tài khoản định danh điện tử', 'Đã kích hoạt 45,4 triệu tài khoản – định danh điện tử trên VNeID.', 'Chỉ số'),
  'apart/index.html': page('vi', 'Danh mục', 'Điện thoại và định mức; danh sách tử tế.', 'Bài báo'),
  'kts/index.html': page('vi', 'Kinh tế số', 'Kinh tế số tăng nhanh. Kinh tế vĩ mô và số liệu.', 'Chủ đề'),
  'en/eid/index.html': page('en', 'Electronic identification', 'Accounts of định danh điện tử.', 'Indicator'),
};

let dir: string;
let stats: SearchIndexStats;
let log: ReturnType<typeof memoryLogger>;
let pairs: Pagefind;
let words: Pagefind;

/** A classic runtime of the built site, started on the index in `folder`. */
async function start(folder: string, global: string): Promise<Pagefind> {
  new Function(readFileSync(join(dir, folder, CLASSIC_RUNTIME), 'utf8'))();
  const runtime = (globalThis as unknown as Record<string, { createInstance(o: object): Pagefind }>)[global]!;
  const pf = runtime.createInstance({ basePath: `/${folder}/`, ranking: RANKING });
  await pf.init();
  await pf.filters();
  return pf;
}

beforeAll(async () => {
  dir = writeSite(PAGES, 'cds-pairs-');
  log = memoryLogger();
  stats = await buildSearchIndex(dir, log);
  serveSite(dir);
  const warn = console.warn;
  console.warn = () => {};
  try {
    words = await start('pagefind', 'CdsPagefind');
    pairs = await start(PAIRS_FOLDER, PAIRS_GLOBAL);
  } finally {
    console.warn = warn;
  }
}, 60_000);

afterAll(() => removeSite(dir));

const pairUrls = async (q: string, filters = {}) =>
  Promise.all((await pairs.search(queryPairs(q), { filters }))!.results.map(async (h) => (await h.data()).raw_url));

describe('buildPairIndex', () => {
  it('builds the pair index of the pages in a paired language only, with its own runtime copy, and logs it', () => {
    expect(stats.pairs?.pages).toBe(3);
    expect(stats.pairs?.bytes).toBeGreaterThan(0);
    expect(log.lines.some((l) => /search: word pairs of 3 pages, index \d+ KB, [\d.]+ s/.test(l))).toBe(true);
    expect(readFileSync(join(dir, PAIRS_FOLDER, CLASSIC_RUNTIME), 'utf8')).toContain(`g.${PAIRS_GLOBAL}=`);
    expect(readdirSync(join(dir, PAIRS_FOLDER)).filter((f) => /^pagefind(?:-(?:component-|modular-)?ui.*|\.js)$/.test(f))).toEqual([]);
  });
  it('finds a phrase through its pairs, typed with or without marks and đ, not the pages holding its words apart', async () => {
    expect(await pairUrls('định danh điện tử')).toEqual(['/eid/']);
    expect(await pairUrls('dinh danh')).toEqual(['/eid/']);
    expect(await pairUrls('kinh tế số')).toEqual(['/kts/']);
    expect(await pairUrls('điện tử')).not.toContain('/apart/');
  });
  it('a pair hit reads as the word index’s page: its text and title, its hits on the words of the phrase', async () => {
    const [hit] = (await pairs.search(queryPairs('định danh điện tử')))!.results;
    const data = await hit!.data();
    const [wordHit] = (await words.search('tài khoản'))!.results;
    const page = await wordHit!.data();
    expect(data.content).toBe(page.content);
    expect(data.meta.title).toBe('Tài khoản định danh điện tử');
    const at = data.content.split(/\s+/);
    expect(data.locations!.map((l) => at[l])).toEqual(expect.arrayContaining(['định', 'danh', 'điện']));
  });
  it('filters the pair search as the word search, and counts its filter values', async () => {
    expect(await pairUrls('điện tử', { kind: { any: ['Chỉ số'] } })).toEqual(['/eid/']);
    expect(await pairUrls('điện tử', { kind: { any: ['Bài báo'] } })).toEqual([]);
    expect((await pairs.search(queryPairs('kinh tế'), { filters: {} }))!.filters).toMatchObject({ kind: { 'Chủ đề': 1 } });
  });
  it('maps every pair page id to the word index’s id of the same page', async () => {
    const ids = JSON.parse(readFileSync(join(dir, PAIRS_FOLDER, PAIR_IDS_FILE), 'utf8')) as Record<string, string>;
    const [pairHit] = (await pairs.search(queryPairs('kinh tế số')))!.results;
    const [wordHit] = (await words.search('kinh tế số'))!.results;
    expect(ids[pairHit!.id]).toBe(wordHit!.id);
    expect(Object.values(ids).every((id) => existsSync(join(dir, 'pagefind', 'fragment', `${id}.pf_fragment`)))).toBe(true);
  });
  it('the site’s client answers a phrase from the pairs and adds the pages holding its words apart on demand, each page once', async () => {
    const ids = JSON.parse(readFileSync(join(dir, PAIRS_FOLDER, PAIR_IDS_FILE), 'utf8')) as Record<string, string>;
    const index: PairIndex = { pf: pairs, wordIds: async () => ids };
    const found = await runSearch(words, 'kinh tế số', {}, index);
    // One page holds the phrase: fewer than a first page, so the word search answers (all pages).
    expect((await found.head()).map((a) => a.data.raw_url)).toContain('/kts/');
    expect(found.more).toBeUndefined();
  });
  it('leaves no pair index for a site without a page in a paired language', async () => {
    const en = writeSite({ 'a/index.html': page('en', 'Digital economy', 'The digital economy grew.', 'Topic') }, 'cds-pairs-en-');
    try {
      const s = await buildSearchIndex(en, memoryLogger());
      expect(s.pairs).toBeUndefined();
      expect(existsSync(join(en, PAIRS_FOLDER))).toBe(false);
      expect(await buildPairIndex(en, memoryLogger())).toBeUndefined();
    } finally {
      rmSync(en, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('readFragments, fragmentBytes, pairPage', () => {
  const frag = { url: '/a/', content: 'Kinh tế số.', meta: { title: 'Kinh "tế" <số>' }, filters: { kind: ['Chỉ số', 'A&B'] } };
  it('readFragments reads a one-page fragment file (its id is the file name) and a group of them', () => {
    expect([...readFragments('vi_1.pf_fragment', fragmentBytes(frag))]).toEqual([['vi_1', frag]]);
    expect([...readFragments('vi_g.pf_fragment', fragmentBytes({ vi_1: frag, vi_2: { ...frag, url: '/b/' } }))].map(([id, f]) => [id, f.url])).toEqual([['vi_1', '/a/'], ['vi_2', '/b/']]);
  });
  it('pairPage gives the pair text as the content region, the title’s pairs as its title and each filter value, escaped', () => {
    const html = pairPage('vi', frag);
    expect(html).toContain(`<div data-pagefind-body>${'\u01c3kinhte \u01c3teso ·'}</div>`);
    expect(html).toContain(`data-pagefind-meta="title[content]" content="${queryPairs('kinh tế số')}"`);
    expect(html).toContain('data-pagefind-filter="kind[content]" content="Chỉ số"');
    expect(html).toContain('content="A&#x26;B"'); // the build's printer writes & as a hex reference
    expect(html.startsWith('<html lang="vi">')).toBe(true);
  });
});
