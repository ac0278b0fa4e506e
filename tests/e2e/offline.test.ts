/** The offline copy (dist/downloads/cds-vn-offline.zip) opened from file:// in a folder whose path
 * has spaces and Vietnamese letters, and the same dist/ served from a sub-path. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { OFFLINE_FOLDER, OFFLINE_ZIP_PATH } from '../../src/lib/offline';
import { watchPage } from './support/search';
import { previewDir, type PreviewedSite } from '../support/preview';
import { distDir } from './support/site';

const dist = distDir();
const zipFile = join(dist, OFFLINE_ZIP_PATH);
let tmp: string;
let root: string;
/** This file's browser context (on Playwright's worker browser). */
let browser: BrowserContext;
const problems: string[] = [];

/** Records console errors, page errors, failed requests and HTTP errors of `page` into `into`. */
const watch = (page: Page, into = problems): Page => watchPage(page, into);

/** Unzips the offline copy below `base`; returns the site folder. */
function unzipTo(base: string): string {
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), bytes);
  }
  return join(base, OFFLINE_FOLDER);
}

const fileUrl = (path: string) => pathToFileURL(join(root, path)).href;

/** Waits until the page and its late requests (fonts, icons) are done, so moving on aborts nothing. */
const settle = (page: Page) => page.waitForLoadState('networkidle');

test.beforeAll(async ({ browser: b }) => {
  tmp = mkdtempSync(join(tmpdir(), 'cds offline '));
  root = unzipTo(join(tmp, 'Bản tải về'));
  browser = await b.newContext({ viewport: { width: 1280, height: 900 } });
});
test.afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test.describe('offline zip', () => {
  test('is at most 5 MB and holds both languages', () => {
    expect(statSync(zipFile).size).toBeLessThanOrEqual(5 * 1024 * 1024);
    for (const f of ['index.html', 'en/index.html', 'search/index.html', 'en/search/index.html', 'pagefind/search-data.vi.js', 'pagefind/search-data.en.js']) {
      expect(statSync(join(root, f)).isFile(), f).toBe(true);
    }
    // The copy does not hold itself: its data page links to the zip on the published site.
    expect(readFileSync(join(root, 'data/index.html'), 'utf8')).not.toMatch(/href="\.[^"]*cds-vn-offline\.zip"/);
  });

  test('opens index.html and moves through the site by its links, styled', async () => {
    const page = watch(await browser.newPage());
    await page.goto(fileUrl('index.html'));
    await settle(page);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/system-ui/);
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    await page.locator('nav.site-nav a').first().click();
    await page.waitForURL(/\/timeline\/index\.html$/);
    await settle(page);
    await page.locator('li.event:not(.deadline) h3 a').first().click();
    await page.waitForURL(/\/articles\/[a-z0-9-]+\/index\.html$/);
    await settle(page);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.locator('a.lang-switch').click();
    await page.waitForURL(/\/en\/articles\/[a-z0-9-]+\/index\.html$/);
    await settle(page);
    await page.close();
  });

  test('shows the build-time charts of an indicator page', async () => {
    const page = watch(await browser.newPage());
    // The first indicator whose values make a chart (one value is a card, not a chart).
    const drawn = readdirSync(join(root, 'indicators')).find((d) => existsSync(join(root, 'indicators', d, 'index.html')) && readFileSync(join(root, 'indicators', d, 'index.html'), 'utf8').includes('chart-svg'));
    expect(drawn, 'an indicator page with a chart').toBeTruthy();
    await page.goto(fileUrl(`indicators/${drawn}/index.html`));
    await settle(page);
    expect(await page.locator('figure svg').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('runs every story from file:// (classic scripts): each step activates and the graphic follows', async () => {
    const page = watch(await browser.newPage());
    await page.goto(fileUrl('stories/index.html'));
    await settle(page);
    const links = await page.locator('main a[href^="./"][href$="/index.html"]').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLAnchorElement).href))]);
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) {
      await page.goto(href);
      await settle(page);
      const ids = await page.locator('.scrolly-step[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')!));
      expect(ids.length, href).toBeGreaterThanOrEqual(5);
      await expect.poll(() => page.locator('.stage [data-key]').count(), { message: href }).toBeGreaterThan(0);
      for (const id of ids) {
        await page.locator(`#step-${id}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect.poll(() => page.evaluate(() => [document.querySelector('.scrolly-step.is-active')?.getAttribute('data-step'), document.querySelector('.stage')?.getAttribute('data-step')]), { message: `${href} #step-${id}` }).toEqual([id, id]);
      }
    }
    await page.close();
  });

  test('searches typed without diacritics, in both languages, puts the source article first and opens a result', async () => {
    const page = watch(await browser.newPage());
    for (const [prefix, q] of [['en/', 'ninh binh'], ['', 'dinh danh dien tu']] as const) {
      await page.goto(fileUrl(`${prefix}search/index.html`));
      await page.fill('#q', q);
      await page.press('#q', 'Enter');
      await page.waitForSelector('#search-results > li');
      expect(await page.textContent('#search-status')).toMatch(/^\d+ (kết quả|results?) (cho|for) “/);
    }
    const marks = await page.$$eval('#search-results > li:first-child mark', (m) => m.map((x) => x.textContent?.toLowerCase()));
    expect(marks.join(' ')).toContain('định danh điện tử');
    for (const [q, article] of [['ninh binh', 'chuyen-doi-so-quoc-gia-va-de-an-06-ket-qua-6-thang-dau-nam'], ['84,7', 'phai-manh-dan-trong-thuc-hien-nhiem-vu-chuyen-doi-so']] as const) {
      await page.fill('#q', q);
      await page.press('#q', 'Enter');
      await page.waitForFunction((q) => (document.getElementById('search-status')?.textContent ?? '').includes(`“${q}”`), q);
      expect(await page.locator('#search-results .result-title a').first().getAttribute('href'), q).toMatch(new RegExp(`articles/${article}/index\\.html$`));
    }
    await page.fill('#q', 'dinh danh dien tu');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').includes('“dinh danh dien tu”'));
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/index\.html(#.*)?$/);
    expect(page.url().startsWith(pathToFileURL(root).href)).toBe(true);
    await settle(page);
    await page.close();
  });

  test('the header search box reaches the search page from file://', async () => {
    const page = watch(await browser.newPage());
    await page.goto(fileUrl('about/index.html'));
    await settle(page);
    await page.fill('#header-q', 'lao cai');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/\/search\/index\.html\?q=lao\+cai$/);
    await page.waitForSelector('#search-results > li');
    expect(await page.locator('#search-results a').first().getAttribute('href')).toMatch(/articles\/phai-manh-dan-trong-thuc-hien-nhiem-vu-chuyen-doi-so\/index\.html$/);
    await page.close();
  });

  test('says so clearly when the search data is missing', async () => {
    const base = join(tmp, 'thiếu dữ liệu');
    const copy = unzipTo(base);
    rmSync(join(copy, 'pagefind', 'search-data.vi.js'));
    const expected: string[] = [];
    const page = watch(await browser.newPage(), expected);
    await page.goto(pathToFileURL(join(copy, 'search/index.html')).href + '?q=dinh');
    await page.waitForFunction(() => /thiếu dữ liệu tìm kiếm/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(expected.join('\n')).toContain('search-data.vi.js');
    await page.close();
  });

  test('had no console errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});

test.describe('served from a sub-path', () => {
  let served: PreviewedSite;
  test.beforeAll(async () => { served = await previewDir(dist, { base: '/a/b/' }); });
  test.afterAll(async () => { await served?.close(); });

  test('navigates, searches and opens results under /a/b/ without a failed request', async () => {
    const seen: string[] = [];
    const page = watch(await browser.newPage(), seen);
    await page.goto(served.url);
    await page.locator('nav.site-nav a').first().click();
    await page.waitForURL(/\/a\/b\/timeline\/$/);
    await page.fill('#header-q', 'vinh phuc');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/\/a\/b\/search\/\?q=vinh\+phuc$/);
    await page.waitForSelector('#search-results > li');
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/a\/b\/articles\/thu-tuong-chuyen-doi-so-nhanh-nhat-co-the-nhieu-nhat-co-the\/$/);
    await settle(page);
    expect(seen).toEqual([]);
    await page.close();
  });
});
