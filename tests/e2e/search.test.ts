/** Search (issue 6): Vietnamese with or without diacritics, ranking, filters, keyboard and screen
 * reader, and the search code loading only when a search starts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations } from '../../scripts/test/checks';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { siteUnderTest, type SiteUnderTest } from './support/site';

let site: SiteUnderTest;
let browser: LaunchedBrowser;
const problems: string[] = [];

/** Records console errors, page errors, failed requests and HTTP errors of `page` into `problems`. */
function watch(page: Page): Page {
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A request cut short because the test moved on (net::ERR_ABORTED) did not fail to load.
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`); });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return page;
}

interface Shown { path: string; title: string; kind: string; excerpt: string }

/** Types `q` in the search page's box, submits, and returns the status line and the results shown. */
async function search(page: Page, q: string): Promise<{ status: string; results: Shown[] }> {
  await page.fill('#q', q);
  await page.press('#q', 'Enter');
  await page.waitForFunction((q) => (document.getElementById('search-status')?.textContent ?? '').includes(`“${q}”`), q);
  const status = (await page.textContent('#search-status')) ?? '';
  const results = await page.$$eval('#search-results > li', (lis) => lis.map((li) => ({
    path: new URL(li.querySelector('a')!.href).pathname,
    title: li.querySelector('.result-title')?.textContent ?? '',
    kind: li.querySelector('.badge')?.textContent ?? '',
    excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
  })));
  return { status, results };
}

const basePath = () => new URL(site.url).pathname;

beforeAll(async () => {
  site = await siteUnderTest();
  browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** [query, expected first result: a site path, or a pattern its title must match]. Chosen on the
 * built seeds so that the expected page is the only sensible first answer. */
const VI: [string, string | RegExp][] = [
  ['dinh danh dien tu', /định danh điện tử/i],
  ['định danh điện tử', /định danh điện tử/i],
  ['ĐỊNH DANH ĐIỆN TỬ', /định danh điện tử/i],
  ['de an 06', /Đề án 06/],
  ['DE AN 06', /Đề án 06/],
  ['Đề án 06', /Đề án 06/],
  ['Ninh Bình', 'articles/chuyen-doi-so-quoc-gia-va-de-an-06-ket-qua-6-thang-dau-nam/'],
  ['ninh binh', 'articles/chuyen-doi-so-quoc-gia-va-de-an-06-ket-qua-6-thang-dau-nam/'],
  ['vinh phuc', 'articles/thu-tuong-chuyen-doi-so-nhanh-nhat-co-the-nhieu-nhat-co-the/'],
  ['lao cai', 'articles/phai-manh-dan-trong-thuc-hien-nhiem-vu-chuyen-doi-so/'],
  ['tran luu quang', 'articles/chuyen-doi-so-quoc-gia-va-de-an-06-ket-qua-6-thang-dau-nam/'],
  ['Tống Quang Thìn', 'articles/chuyen-doi-so-quoc-gia-va-de-an-06-ket-qua-6-thang-dau-nam/'],
  ['84,7', 'indicators/chip-id-cards/'],
  ['45,4', 'indicators/eid-accounts/'],
  ['50.350', 'indicators/digital-tech-enterprises/'],
  ['the can cuoc', 'indicators/chip-id-cards/'],
  ['to cong nghe so cong dong', 'indicators/community-digital-teams/'],
  ['chu ky so', 'indicators/digital-signature-share/'],
  ['dịch vụ công thiết yếu', 'indicators/essential-services/'],
  ['tài khoản thanh toán', 'indicators/bank-account-share/'],
  ['phien hop thu 10', 'articles/phien-hop-thu-10-cua-uy-ban-quoc-gia-ve-chuyen-doi-so-tong/'],
  ['4 ưu tiên', 'articles/4-uu-tien-trong-chuyen-doi-so/'],
  ['manh dan', 'articles/phai-manh-dan-trong-thuc-hien-nhiem-vu-chuyen-doi-so/'],
  ['GCI', 'indicators/gci-rank/'],
  ['hoa don dien tu', 'indicators/e-invoice-fuel/'],
  ['xang dau', 'indicators/e-invoice-fuel/'],
  ['sinh trac', 'indicators/biometric-border-points/'],
  ['tri tue nhan tao', 'indicators/ai-readiness-rank/'],
  ['dien toan dam may', 'articles/phien-hop-thu-10-cua-uy-ban-quoc-gia-ve-chuyen-doi-so-tong/'],
  ['chu ky s', 'indicators/digital-signature-share/'],
  ['sinh tr', 'indicators/biometric-border-points/'],
];

const EN: [string, string | RegExp][] = [
  ['Project 06', /Project 06/],
  ['EGDI', 'en/indicators/egdi-rank/'],
  ['Prime Minister', 'en/articles/thu-tuong-chuyen-doi-so-nhanh-nhat-co-the-nhieu-nhat-co-the/'],
  ['ninh binh', 'en/articles/chuyen-doi-so-quoc-gia-va-de-an-06-ket-qua-6-thang-dau-nam/'],
];

describe('search queries', () => {
  for (const [prefix, table] of [['', VI], ['en/', EN]] as const) {
    it(`${table.length} ${prefix ? 'English' : 'Vietnamese'} queries put the expected page first`, async () => {
      const page = watch(await browser.newPage());
      await page.goto(site.resolve(`${prefix}search/`));
      const misses: string[] = [];
      for (const [q, expected] of table) {
        const { results } = await search(page, q);
        const first = results[0];
        const ok = first && (typeof expected === 'string' ? first.path === basePath() + expected : expected.test(first.title));
        if (!ok) misses.push(`${q}: expected ${expected}, got ${first ? `${first.path} “${first.title}”` : 'no result'}`);
      }
      expect(misses).toEqual([]);
      await page.close();
    });
  }

  it('a query without diacritics shows the original Vietnamese, highlighted', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/?q=dinh%20danh%20dien%20tu'));
    await page.waitForSelector('#search-results > li');
    const marks = await page.$$eval('#search-results > li:first-child mark', (m) => m.map((x) => x.textContent?.toLowerCase()));
    expect(marks).toEqual(expect.arrayContaining(['định', 'danh', 'điện', 'tử']));
    expect(await page.inputValue('#q')).toBe('dinh danh dien tu');
    await page.close();
  });

  it('a name ranks the pages holding the whole phrase first (“Phạm Minh Chính”)', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    for (const q of ['Phạm Minh Chính', 'pham minh chinh']) {
      const { results } = await search(page, q);
      expect(results[0]!.kind).toBe('Bài báo');
      expect(results[0]!.excerpt.replace(/\s+/g, ' ')).toContain('Phạm Minh Chính');
    }
    await page.close();
  });

  it('timeline pages link to the matching events', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    await search(page, 'phien hop thu 10');
    await page.check('#search-filters input[name="kind"][value="Dòng thời gian"]');
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('Đang lọc'));
    const kinds = await page.$$eval('#search-results .badge', (b) => b.map((x) => x.textContent));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Dòng thời gian']));
    const event = page.locator('#search-results .result-events a').first();
    expect(await event.getAttribute('href')).toMatch(/timeline\/\d{4}\/#e-phien-hop-thu-10-cua-uy-ban-quoc-gia-ve-chuyen-doi-so-tong$/);
    await page.close();
  });
});

describe('search page', () => {
  it('filters by kind and year narrow the results and stay in the address', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    const all = await search(page, 'chuyen doi so');
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
    const reload = await browser.newPage();
    watch(reload);
    await reload.goto(page.url());
    await reload.waitForSelector('#search-results > li');
    expect(await reload.isChecked('#search-filters input[name="year"][value="2024"]')).toBe(true);
    const dates = await reload.$$eval('#search-results time', (t) => t.map((x) => x.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d?.startsWith('2024'))).toBe(true);
    await reload.close();
    await page.close();
  });

  it('is usable by keyboard and announces the count in a live region', async () => {
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
    await page.keyboard.press('Enter');
    await page.waitForURL(/indicators\/biometric-border-points\/$/);
    await page.close();
  });

  it('has no axe violations with results and filters shown, in both languages', async () => {
    for (const path of ['search/?q=dinh%20danh', 'en/search/?q=project']) {
      const page = watch(await browser.newPage());
      await page.goto(site.resolve(path));
      await page.waitForSelector('#search-results > li');
      await page.waitForSelector('#search-filters fieldset');
      const v = await axeViolations(page);
      expect(v, formatViolations(v)).toEqual([]);
      await page.close();
    }
  });

  it('shows a clear message when nothing matches', async () => {
    const page = watch(await browser.newPage());
    await page.goto(site.resolve('search/'));
    const { status, results } = await search(page, 'xyzzyqwv');
    expect(status).toBe('Không tìm thấy kết quả cho “xyzzyqwv”.');
    expect(results).toEqual([]);
    await page.close();
  });

  it('the header box is a plain form that reaches the search page, with JavaScript off too', async () => {
    for (const js of [true, false]) {
      const context = await browser.browser.newContext({ javaScriptEnabled: js });
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

describe('loading', () => {
  /** Site-relative paths of the scripts and search files `page` requested while `action` ran. */
  async function requested(page: Page, action: () => Promise<unknown>): Promise<string[]> {
    const urls: string[] = [];
    const on = (r: { url(): string }) => urls.push(new URL(r.url()).pathname.slice(basePath().length));
    page.on('request', on);
    await action();
    page.off('request', on);
    return urls.filter((u) => /\.js$|^pagefind\//.test(u));
  }

  it('text pages load no search code', async () => {
    const page = watch(await browser.newPage());
    const urls = await requested(page, async () => {
      await page.goto(site.resolve('articles/4-uu-tien-trong-chuyen-doi-so/'), { waitUntil: 'networkidle' });
      await page.focus('#header-q');
      await page.keyboard.type('abc');
    });
    expect(urls.filter((u) => /search|pagefind/.test(u))).toEqual([]);
    await page.close();
  });

  it('the search page loads Pagefind only when a search starts', async () => {
    const page = watch(await browser.newPage());
    const before = await requested(page, () => page.goto(site.resolve('search/'), { waitUntil: 'networkidle' }));
    expect(before.filter((u) => /search|pagefind/.test(u))).toEqual(['js/search.js']);
    const after = await requested(page, async () => {
      await page.focus('#q');
      await page.waitForSelector('#search-filters fieldset');
    });
    expect(after).toEqual(expect.arrayContaining(['js/search-core.js', 'js/search-view.js', 'js/search-ui.js', 'pagefind/pagefind-classic.js']));
    await page.close();
  });
});

describe('no errors', () => {
  it('no console errors or failed requests happened during the search tests', () => {
    expect(problems).toEqual([]);
  });
});
