/** scripts/build/search-index.ts and search-runtime.ts, with the real Pagefind on small fixture
 * pages, searched in Node through the classic runtime the site ships (pagefind-classic.js). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../scripts/lib/logger';
import { buildSearchIndex, foldMetaOf, urlOfFile, withPagefindMeta, type SearchIndexStats } from '../../../scripts/build/search-index';
import { CLASSIC_RUNTIME, classicPagefind } from '../../../scripts/build/search-runtime';
import { findElements, parseHtml } from '../../../scripts/build/html';
import { RANKING, runSearch, type Assessed } from '../../../src/client/search/rank';
import type { Pagefind } from '../../../src/client/search/types';
import { removeSite, serveSite, writeSite } from '../../support/search-site';

const page = (title: string, body: string, extra = '') =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><header>Chủ đề · Dữ liệu</header>` +
  `<main data-pagefind-body ${extra}><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** Fixture site: each page tests one ranking rule. */
const PAGES: Record<string, string> = {
  'index.html': page('Trang chủ', 'Chuyển đổi số qua các con số.'),
  'eid/index.html': page('Tài khoản định danh điện tử', 'Đã kích hoạt 45,4 triệu tài khoản định danh điện tử. Ứng dụng VNeID.', 'data-pagefind-filter="kind:Chỉ số"'),
  'dinh/index.html': page('Di tích', 'Một dinh thự cổ ở Huế, không liên quan đến danh sách.'),
  'scatter/index.html': page('An ninh mạng', 'An ninh mạng. Ninh là một từ. Bình là một từ khác. Bình luận về an ninh và hòa bình, ninh ninh.'),
  'phrase/index.html': page('Hội nghị trực tuyến', `Hội nghị tại Ninh Bình đã diễn ra. ${'Nội dung dài. '.repeat(40)}`),
  'no-body/index.html': '<!doctype html><html lang="vi"><body><p>định danh ngoài vùng nội dung</p></body></html>',
};

let dir: string;
let stats: SearchIndexStats;
let log: ReturnType<typeof memoryLogger>;
let pf: Pagefind;
const warnings: string[] = [];

beforeAll(async () => {
  dir = writeSite(PAGES);
  log = memoryLogger();
  stats = await buildSearchIndex(dir, log);
  const g = globalThis as unknown as Record<string, unknown>;
  serveSite(dir);
  new Function(readFileSync(join(dir, 'pagefind', CLASSIC_RUNTIME), 'utf8'))();
  const warn = console.warn;
  console.warn = (...a: unknown[]) => { warnings.push(a.join(' ')); };
  try {
    pf = (g.CdsPagefind as { createInstance(o: object): Pagefind }).createInstance({ basePath: '/pagefind/', ranking: RANKING });
    await pf.init();
    await pf.search('x');
  } finally {
    console.warn = warn;
  }
}, 60_000);

afterAll(() => removeSite(dir));

/** The pages a search finds through the site's client, in its order. */
const found = async (q: string, filters = {}): Promise<Assessed[]> => {
  const res = await runSearch(pf, q, filters);
  return [...(await res.head()), ...(await Promise.all(res.rest.map((e) => e.load())))];
};
const urls = async (q: string) => (await found(q)).map((a) => a.data.raw_url);

describe('buildSearchIndex', () => {
  it('buildSearchIndex indexes the content regions only and reports its figures', () => {
    expect(stats.pages).toEqual({ vi: 5 });
    expect(stats.foldedWords).toBeGreaterThan(0);
    expect(stats.bytes).toBeGreaterThan(0);
    expect(log.lines.some((l) => /search: 5 pages \(vi 5\), \d+ folded đ-words, index \d+ KB/.test(l))).toBe(true);
  });
  it('buildSearchIndex writes the classic runtime and leaves out Pagefind’s UI bundles', () => {
    const files = readFileSync(join(dir, 'pagefind', CLASSIC_RUNTIME), 'utf8');
    expect(files).toContain('CdsPagefind');
    expect(() => readFileSync(join(dir, 'pagefind', 'pagefind-ui.js'))).toThrow();
  });
  it('buildSearchIndex leaves the pages on disk unchanged', () => {
    expect(readFileSync(join(dir, 'eid/index.html'), 'utf8')).toBe(PAGES['eid/index.html']);
  });
  it('the ranking options are all known to Pagefind (no warning)', () => {
    expect(warnings).toEqual([]);
  });
});

describe('folded đ-words in the index', () => {
  it('a query without diacritics finds the page with đ-words ("dinh danh dien tu")', async () => {
    const typedOnly = await pf.search('dinh danh dien tu');
    expect(typedOnly!.results.length).toBeGreaterThan(0);
    expect((await urls('dinh danh dien tu'))[0]).toBe('/eid/');
  });
  it('the excerpt keeps the original words', async () => {
    const [first] = await found('dinh danh dien tu');
    expect(first!.data.excerpt).toContain('định');
    expect(first!.data.excerpt).not.toMatch(/\bdinh\b/);
  });
  it('the header (outside data-pagefind-body) is not searchable', async () => {
    expect(await urls('chu de du lieu')).toEqual([]);
  });
  it('filters set on the content region are kept', async () => {
    expect((await found('danh', { kind: { any: ['Chỉ số'] } })).map((a) => a.data.raw_url)).toEqual(['/eid/']);
  });
});

describe('ranking', () => {
  it('a word typed as it is written ranks above its folded matches ("dinh")', async () => {
    const found = await urls('dinh');
    expect(found[0]).toBe('/dinh/');
    expect(found).toContain('/eid/');
  });
  it('the page holding the whole phrase ranks first ("Ninh Bình", "ninh binh")', async () => {
    expect((await urls('Ninh Bình'))[0]).toBe('/phrase/');
    expect((await urls('ninh binh'))[0]).toBe('/phrase/');
  });
  it('Pagefind alone ranks the scattered page first, so the phrase rule is what fixes it', async () => {
    const raw = await pf.search('Ninh Bình');
    expect((await raw!.results[0]!.data()).raw_url).toBe('/scatter/');
  });
});

describe('urlOfFile', () => {
  it.each([['index.html', '/'], ['en/about/index.html', '/en/about/'], ['404.html', '/404.html']])('urlOfFile(%s) is %s', (f, u) => {
    expect(urlOfFile(f)).toBe(u);
  });
});

describe('foldMetaOf', () => {
  it('foldMetaOf gives the folded đ-words and the folded title', () => {
    expect(foldMetaOf({ text: 'Đề án 06 về định danh.', title: 'Đề án 06' })).toEqual({ fold: 'de dinh', fold_title: 'de an 06' });
  });
  it('foldMetaOf leaves out empty fields', () => {
    expect(foldMetaOf({ text: 'Ninh Bình', title: 'Hội nghị' })).toEqual({});
  });
});

describe('withPagefindMeta', () => {
  it('withPagefindMeta adds escaped meta tags at the end of the head', () => {
    const html = withPagefindMeta('<html><head><title>x</title></head><body></body></html>', { fold_title: 'a "b" & <c>' });
    expect(html).toMatch(/^<html><head><title>x<\/title><meta name="cds-search-fold_title" data-pagefind-meta="fold_title\[content\]" content="[^"]*"><\/head><body><\/body><\/html>$/);
    const meta = findElements(parseHtml(html), (el) => el.tagName === 'meta')[0]!;
    expect(meta.properties.content).toBe('a "b" & <c>');
  });
  it('withPagefindMeta leaves the page alone when there is nothing to add', () => {
    expect(withPagefindMeta('<p>x</p>', {})).toBe('<p>x</p>');
  });
});

describe('classicPagefind', () => {
  it('classicPagefind wraps the module, drops import.meta and exposes its exports', () => {
    const out = classicPagefind('const a=import.meta.url;var search=async()=>1;export{search};');
    expect(out).not.toMatch(/import\.meta|export\s*\{/);
    expect(out).toContain('g.CdsPagefind={search:search}');
  });
  it('classicPagefind throws when the module changed shape', () => {
    expect(() => classicPagefind('export default 1;')).toThrow(/export list/);
    expect(() => classicPagefind('import x from "y";export{x};')).toThrow(/unexpected import/);
  });
});
