/** Search (issues 6, 13, 14): Vietnamese with or without diacritics, filters in a disclosure,
 * keyboard and screen reader, one excerpt per page, and Pagefind loading only when a search starts.
 * Ranking of held-out style queries: search-ranking.test.ts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { parseHtml } from '../../scripts/build/html';
import { indexedText } from '../../scripts/build/search-text';
import { t } from '../../src/i18n/t';
import { searchKey } from '../../src/lib/fold';
import { PAIR_MARK, PAIRS_FOLDER } from '../../src/lib/pairs';
import { axeViolations, formatViolations } from '../support/checks';
import { searchOnPage, startSearchSite, watchPage } from './support/search';
import type { SiteUnderTest } from './support/site';

let site: SiteUnderTest;
/** Playwright's browser (worker fixture) and this file's default context. */
let pw: Browser;
let browser: BrowserContext;
const problems: string[] = [];

const watch = (page: Page) => watchPage(page, problems);
const search = searchOnPage;

const basePath = () => new URL(site.url).pathname;

/** Folded words of `text` as one padded string, to look up a phrase in it. */
const keyed = (text: string) => ` ${text.split(/\s+/).map(searchKey).filter(Boolean).join(' ')} `;

test.beforeAll(async ({ browser: b }) => {
  pw = b;
  ({ site, browser } = await startSearchSite(b));
});
test.afterAll(() => browser?.close());

/** [query, pattern the first result's title must match]: the page named after the query comes first. */
const TITLED: [string, string, RegExp][] = [
  ['', 'dinh danh dien tu', /định danh điện tử/i],
  ['', 'ĐỊNH DANH ĐIỆN TỬ', /định danh điện tử/i],
  ['', 'de an 06', /Đề án 06/],
  ['', 'DE AN 06', /Đề án 06/],
  ['en/', 'Project 06', /Project 06/],
  ['en/', 'EGDI', /EGDI/],
];

test.describe('search queries', () => {
  test(`${TITLED.length} queries put the page named after them first, in both languages`, async () => {
    const page = watch(await browser.newPage());
    const misses: string[] = [];
    for (const [prefix, q, expected] of TITLED) {
      await page.goto(site.resolve(`${prefix}search/`));
      const first = (await search(page, q)).results[0];
      if (!first || !expected.test(first.title)) misses.push(`${q}: expected ${expected}, got ${first ? `“${first.title}”` : 'no result'}`);
    }
    expect(misses).toEqual([]);
    await page.close();
  });

  test('a query without diacritics shows the original Vietnamese, highlighted', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/?q=dinh%20danh%20dien%20tu'));
    await page.waitForSelector('#search-results > li');
    const marks = await page.$$eval('#search-results > li:first-child mark', (m) => m.map((x) => x.textContent?.toLowerCase()));
    expect(marks.join(' ')).toContain('định danh điện tử');
    expect(await page.inputValue('#q')).toBe('dinh danh dien tu');
    await page.close();
  });

  test('a name ranks the pages holding the whole phrase first (“Phạm Minh Chính”)', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    for (const q of ['Phạm Minh Chính', 'pham minh chinh']) {
      const { results } = await search(page, q);
      expect(results[0]!.kind).toBe('Bài báo');
      expect(results[0]!.excerpt.replace(/\s+/g, ' ')).toContain('Phạm Minh Chính');
    }
    await page.close();
  });

  test('timeline pages link to the matching events', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    await search(page, 'phien hop thu 10');
    await page.click('#search-filters > summary');
    await page.check('#search-filters input[name="kind"][value="Dòng thời gian"]');
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('Đang lọc'));
    const kinds = await page.$$eval('#search-results .badge', (b) => b.map((x) => x.textContent));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Dòng thời gian']));
    expect(await page.locator('#search-results > li:first-child .result-section a').count()).toBe(1);
    const event = page.locator('#search-results .result-section a').first();
    expect(await event.getAttribute('href')).toMatch(/timeline\/\d{4}\/#e-phien-hop-thu-10-cua-uy-ban-quoc-gia-ve-chuyen-doi-so-tong$/);
    await page.close();
  });
});

test.describe('word pairs', () => {
  /** Site-relative paths of the pair index's files `page` requested while `action` ran. */
  async function pairFiles(page: Page, action: () => Promise<unknown>): Promise<string[]> {
    const urls: string[] = [];
    const on = (r: { url(): string }) => urls.push(new URL(r.url()).pathname.slice(basePath().length));
    page.on('request', on);
    await action();
    page.off('request', on);
    return urls.filter((u) => u.startsWith(`${PAIRS_FOLDER}/`));
  }

  test('a Vietnamese phrase is answered through the pair index: the pages themselves, no pair token, the words apart after "more"', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    const q = 'chuyển đổi số';
    let results: Awaited<ReturnType<typeof search>>['results'] = [];
    const files = await pairFiles(page, async () => ({ results } = await search(page, q)));
    expect(files.some((f) => f.startsWith(`${PAIRS_FOLDER}/index/`))).toBe(true);
    expect(files.some((f) => f.startsWith(`${PAIRS_FOLDER}/fragment/`))).toBe(true);
    expect(results.length).toBeGreaterThan(0);
    expect(keyed(results[0]!.excerpt)).toContain(keyed(q));
    for (let i = 0; i < 3 && (await page.isVisible('#search-more')); i++) {
      const before = await page.locator('#search-results > li').count();
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    }
    expect(await page.locator('main').innerText()).not.toContain(PAIR_MARK);
    const links = await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(links).size).toBe(links.length);
    await page.close();
  });

  test('English pages and one-word queries do not load the pair index', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('en/search/'));
    expect(await pairFiles(page, () => search(page, 'digital economy'))).toEqual([]);
    await page.goto(site.resolve('search/'));
    const files = await pairFiles(page, () => search(page, 'số'));
    expect(files.filter((f) => /\/(?:index|fragment)\//.test(f))).toEqual([]);
    await page.close();
  });
});

test.describe('search page', () => {
  test('filters by kind and year narrow the results and stay in the address', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    const all = await search(page, 'chuyen doi so');
    expect(await page.isVisible('#search-filters input[name="kind"]'), 'filters start collapsed').toBe(false);
    await page.click('#search-filters > summary');
    await page.check('#search-filters input[name="kind"][value="Bài báo"]');
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('Đang lọc'));
    const articles = await page.$$eval('#search-results .badge', (b) => b.map((x) => x.textContent));
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.length).toBeLessThan(all.results.length + 1);
    expect(new Set(articles)).toEqual(new Set(['Bài báo']));
    await page.check('#search-filters input[name="year"][value="2024"]');
    await page.waitForFunction(() => /year=2024/.test(location.search));
    const url = new URL(page.url());
    expect(url.searchParams.getAll('kind')).toEqual(['Bài báo']);
    await expect.poll(() => page.textContent('#search-filters > summary')).toBe('Lọc (2 đang chọn)');
    const counts = await page.$$eval('#search-filters label:not([hidden]) .filter-count', (c) => c.map((x) => x.textContent ?? ''));
    expect(counts.filter((c) => /\(0\)/.test(c))).toEqual([]);
    const reload = await browser.newPage();
    watch(reload);
    await reload.goto(page.url());
    await reload.waitForSelector('#search-results > li');
    expect(await reload.isChecked('#search-filters input[name="year"][value="2024"]')).toBe(true);
    const dates = await reload.$$eval('#search-results time', (t) => t.map((x) => x.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d?.startsWith('2024'))).toBe(true);
    await reload.click('#search-clear');
    await reload.waitForFunction(() => !/kind=|year=/.test(location.search) && !/Đang lọc/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await reload.isVisible('#search-clear')).toBe(false);
    expect(await reload.isChecked('#search-filters input[name="year"][value="2024"]')).toBe(false);
    await reload.close();
    await page.close();
  });

  test('shows each page once, with the passage that holds the query', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    for (const q of ['VNeID', 'ninh binh', 'Phạm Minh Chính']) {
      const { results } = await search(page, q);
      const paths = results.map((r) => r.path);
      expect(new Set(paths).size, q).toBe(paths.length);
      const key = keyed(q);
      expect(results.filter((r) => keyed(r.excerpt).includes(key)).length, q).toBeGreaterThan(0);
      expect(keyed(results[0]!.excerpt), q).toContain(key);
    }
    await page.close();
  });

  test('is usable by keyboard and announces the count in a live region', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    await page.focus('#q');
    await page.keyboard.type('sinh trac');
    await page.waitForFunction(() => /\d+ kết quả cho “sinh trac”/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.textContent('#search-status')).toMatch(/^\d+ kết quả cho “sinh trac”\./);
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.closest('#search-results') !== null && document.activeElement?.tagName);
    expect(focused).toBe('A');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(href);
    await page.close();
  });

  test('has no axe violations with results and filters shown, in both languages', async () => {
    for (const path of ['search/?q=dinh%20danh', 'en/search/?q=project']) {
      const page = watch(await browser.newPage());
      await page.goto(site.resolve(path));
      await page.waitForSelector('#search-results > li');
      await page.click('#search-filters > summary');
      await page.waitForSelector('#search-filters fieldset');
      const v = await axeViolations(page);
      expect(v, formatViolations(v)).toEqual([]);
      await page.close();
    }
  });

  test('shows a clear message when nothing matches', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    const { status, results } = await search(page, 'xyzzyqwv');
    expect(status).toBe('Không tìm thấy kết quả cho “xyzzyqwv”.');
    expect(results).toEqual([]);
    await page.close();
  });

  test('the header box is a plain form that reaches the search page, with JavaScript off too', async () => {
    for (const js of [true, false]) {
      const context = await pw.newContext({ javaScriptEnabled: js });
      const page = watch(await context.newPage());
      await page.goto(site.resolve('about/'));
      await page.fill('#header-q', 'ninh binh');
      await page.press('#header-q', 'Enter');
      await page.waitForURL(/search\/\?q=ninh\+binh$/);
      if (js) {
        await page.waitForSelector('#search-results > li');
        expect(new URL(await page.locator('#search-results a').first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname)
          .toBe(`${basePath()}articles/chuyen-doi-so-quoc-gia-va-de-an-06-ket-qua-6-thang-dau-nam/`);
      } else {
        expect(await page.isVisible('.no-js-only')).toBe(true);
        expect(await page.inputValue('#header-q')).toBe('');
      }
      await context.close();
    }
  });
});

test.describe('loading', () => {
  /** Site-relative paths of the scripts and search files `page` requested while `action` ran. */
  async function requested(page: Page, action: () => Promise<unknown>): Promise<string[]> {
    const urls: string[] = [];
    const on = (r: { url(): string }) => urls.push(new URL(r.url()).pathname.slice(basePath().length));
    page.on('request', on);
    await action();
    page.off('request', on);
    return urls.filter((u) => /\.js$|^pagefind\//.test(u));
  }

  test('text pages load no search code', async () => {
    const page = watch(await browser.newPage());
    const urls = await requested(page, async () => {
      await page.goto(site.resolve('articles/4-uu-tien-trong-chuyen-doi-so/'), { waitUntil: 'networkidle' });
      await page.focus('#header-q');
      await page.keyboard.type('abc');
    });
    expect(urls.filter((u) => /search|pagefind/.test(u))).toEqual([]);
    await page.close();
  });

  test('the search page loads Pagefind only when a search starts', async () => {
    const page = watch(await browser.newPage());
    const before = await requested(page, () => page.goto(site.resolve('search/'), { waitUntil: 'networkidle' }));
    expect(before.filter((u) => /search|pagefind/.test(u))).toEqual(['js/search.js']);
    const after = await requested(page, async () => {
      await Promise.all([page.waitForRequest(/\/pagefind\/pagefind-classic\.js$/), page.focus('#q')]);
    });
    expect(after).toEqual(expect.arrayContaining(['pagefind/pagefind-classic.js']));
    expect(after.filter((u) => u.startsWith('js/'))).toEqual([]);
    await page.close();
  });

  test('filter values load only when a reader opens the filters', async () => {
    const page = watch(await browser.newPage());
    // Pagefind's worker fetches the chunks: the context sees its requests, the page does not.
    const chunks: string[] = [];
    page.context().on('request', (r) => { if (/\/pagefind(?:-pairs)?\/filter\//.test(r.url())) chunks.push(r.url()); });
    await page.goto(site.resolve('search/'));
    await search(page, 'chuyen doi so');
    expect(chunks, 'no filter chunk before the filters open').toEqual([]);
    expect(await page.isVisible('#search-filters > summary'), 'the filters are offered').toBe(true);
    expect(await page.locator('#search-filters fieldset').count()).toBe(0);
    await page.click('#search-filters > summary');
    await page.waitForSelector('#search-filters label:not([hidden]) .filter-count:not(:empty)');
    expect(chunks.length).toBeGreaterThan(0);
    const counts = await page.$$eval('#search-filters label:not([hidden]) .filter-count', (c) => c.map((x) => x.textContent ?? ''));
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((c) => /^\(\d+\)$/.test(c))).toBe(true);
    await page.close();
  });
});

test.describe('what the index reads', () => {
  const read = (file: string) => indexedText(parseHtml(readFileSync(join(site.distDir, file), 'utf8')));
  const slug = '4-uu-tien-trong-chuyen-doi-so';
  const metrics = () => (JSON.parse(readFileSync(join(site.distDir, 'data', 'metrics.json'), 'utf8')) as { article: string; indicator: string | null }[])
    .filter((m) => m.article === slug);

  test('each sentence once: an article’s figure list gives only its indicators’ names (English pages: every label), no quotes, statuses, citations or notes', () => {
    const vi = read(`articles/${slug}/index.html`);
    expect(vi).toContain('4 ưu tiên trong chuyển đổi số');
    expect(vi).not.toContain(t('vi', 'metric.quote'));
    expect(vi).not.toContain('@misc{');
    expect(vi).not.toContain(t('vi', 'article.textNote'));
    const names = readFileSync(join(site.distDir, 'data', 'indicators.json'), 'utf8');
    const ids = [...new Set(metrics().flatMap((m) => (m.indicator ? [m.indicator] : [])))];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const { label } = (JSON.parse(names) as { id: string; label: { vi: string; en: string } }[]).find((i) => i.id === id)!;
      expect(vi).toContain(label.vi);
      expect(read(`en/articles/${slug}/index.html`)).toContain(label.en);
    }
  });
  test('an indicator page gives its name and its table’s values, not the rows’ subjects, periods, statuses, report titles or quotes', () => {
    const json = <T>(file: string) => JSON.parse(readFileSync(join(site.distDir, 'data', file), 'utf8')) as T;
    const rows = json<{ article: string; indicator: string | null; quote: string }[]>('metrics.json');
    const titles = new Map(json<{ slug: string; title: string }[]>('articles.json').map((a) => [a.slug, a.title]));
    const indicators = new Map(json<{ id: string; label: { vi: string }; definition: { vi: string } }[]>('indicators.json').map((i) => [i.id, i]));
    // A row whose quote and report title are plain text, and not words of the indicator's own name or definition.
    const about = (id: string) => `${indicators.get(id)?.label.vi} ${indicators.get(id)?.definition.vi}`;
    const plain = (text: string, id: string) => /^[\p{L}\p{N} ,.:-]{20,}$/u.test(text) && !about(id).includes(text);
    const row = rows.find((m) => m.indicator && plain(m.quote.slice(0, 40), m.indicator) && plain(titles.get(m.article) ?? '', m.indicator))!;
    const html = readFileSync(join(site.distDir, 'indicators', row.indicator!, 'index.html'), 'utf8');
    const page = read(`indicators/${row.indicator}/index.html`);
    // The page shows the row's quote and report title; the index does not read them.
    expect(html).toContain(row.quote.slice(0, 40));
    expect(page).not.toContain(row.quote.slice(0, 40));
    expect(html).toContain(titles.get(row.article)!);
    expect(page).not.toContain(titles.get(row.article)!);
    expect(page).toContain(indicators.get(row.indicator!)!.label.vi);
  });
  test('a timeline year gives its events without their topic chips, permalinks and target quotes', () => {
    const year = read('timeline/2025/index.html');
    expect(year).not.toContain(t('vi', 'timeline.permalink'));
    expect(year).not.toContain(t('vi', 'metric.quote'));
  });
});

test.describe('no errors', () => {
  test('no console errors or failed requests happened during the search tests', () => {
    expect(problems).toEqual([]);
  });
});
