/**
 * The reader's experience on a phone and in English (issue 13): article pages short enough to
 * read, numbers that explain themselves, English pages whose Vietnamese is marked as such.
 */
import { expect, test, type Page } from '@playwright/test';
import { listFiles } from '../../scripts/build/files';
import { pagesTimeout } from '../support/checks';
import { samplePages } from './support/sample';
import { mapBuiltHtml, siteUnderTest, type SiteUnderTest } from './support/site';

let site: SiteUnderTest;
let pages: string[];

test.beforeAll(() => {
  site = siteUnderTest();
  pages = listFiles(site.distDir).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind/')).map((f) => f.replace(/index\.html$/, ''));
});

const PHONE = { width: 390, height: 844 };
const articles = (prefix: '' | 'en/') => pages.filter((p) => p.startsWith(`${prefix}articles/`) && p !== `${prefix}articles/`);
/** Every built page in one language (stories, charts, indicators, topics, data, about, search, embeds…). */
const readerPages = (prefix: '' | 'en/') => pages.filter((p) => p.startsWith(prefix) && (prefix === 'en/' || !p.startsWith('en/')));
/** The kinds of page (first path segment) a language has: the language rules cover each. */
const kinds = (prefix: '' | 'en/') => new Set(readerPages(prefix).map((p) => p.slice(prefix.length).split('/')[0]));

test.describe('article pages on a phone', () => {
  test.use({ viewport: PHONE });

  test('every article page is at most 3× the height of its own text at 390×844', async ({ page }) => {
    const tall: string[] = [];
    expect(articles('').length).toBeGreaterThan(0);
    test.setTimeout(pagesTimeout(2 * articles('').length));
    for (const path of [...articles(''), ...articles('en/')]) {
      await page.goto(site.resolve(path));
      const { total, text } = await page.evaluate(() => ({
        total: document.documentElement.scrollHeight,
        text: document.querySelector('.article-body')!.getBoundingClientRect().height,
      }));
      if (total > 3 * text) tall.push(`${path}: page ${total}px, text ${Math.round(text)}px`);
    }
    expect(tall).toEqual([]);
  });

  test('tapping a number opens a popover with its indicator, period and a link to its figure; Escape closes it', async ({ page }) => {
    await page.goto(site.resolve(articles('')[0]!));
    const link = page.locator('mark.metric > a').first();
    const target = (await link.getAttribute('href'))!;
    const before = page.url();
    await link.click();
    const pop = page.locator('.num-pop');
    await expect.poll(() => pop.isVisible()).toBe(true);
    expect(page.url()).toBe(before);
    expect(await pop.locator(`a[href="${target}"]`).count()).toBe(1);
    expect(await pop.locator('.fig-period').textContent()).toBeTruthy();
    expect(await link.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => pop.count()).toBe(0);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('a number links to its entry in the list of figures', async ({ page }) => {
      await page.goto(site.resolve(articles('')[0]!));
      const link = page.locator('mark.metric > a').first();
      const href = (await link.getAttribute('href'))!;
      await link.click();
      expect(page.url()).toContain(href);
      expect(await page.locator(`li.figure${href}`).count()).toBe(1);
    });
  });
});

test.describe('article pages on a laptop', () => {
  test('the text comes before the figures, and metadata is collapsed after them', async ({ page }) => {
    await page.goto(site.resolve(articles('')[0]!));
    const order = await page.evaluate(() => ['.article-body', 'ol.figures', 'details.about-report']
      .map((s) => document.querySelector(s)!.getBoundingClientRect().top));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await page.locator('details.about-report').getAttribute('open')).toBeNull();
  });
});

/** Text nodes matching `pattern` whose nearest `lang` is not `lang` (inside `skip` elements excepted), in each of `htmls` parsed by the
 *  browser's DOMParser (markup and text only: no scripts, styles or layout run). */
function unmarked([htmls, pattern, lang, skip]: [string[], string, string, string]): string[][] {
  const re = new RegExp(pattern, 'iu');
  return htmls.map((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const out: string[] = [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (el.closest(skip)) continue;
      if (re.test(n.textContent ?? '') && el.closest('[lang]')?.getAttribute('lang') !== lang) out.push((n.textContent ?? '').trim().slice(0, 60));
    }
    return out;
  });
}
const VIETNAMESE: [string, string, string] = ['[ăâđêôơưĩũ\\u1EA0-\\u1EF9]', 'vi', 'script, style, noscript'];
const ENGLISH: [string, string, string] = ['\\b(?:the|and|with|from|which|according|report)\\b', 'en', 'script, style, noscript, pre, code, .citation'];

/** The unmarked text of every page of `paths`, as built (`mapBuiltHtml`: a page load each cost a minute over the whole site). Scripts add
 *  text after load (chart tooltips, number popovers, the story stage's copy of a step): the test after these loads live pages, where that text is. */
async function unmarkedOnPages(page: Page, paths: string[], rule: [string, string, string]): Promise<string[]> {
  const found = await mapBuiltHtml(site.distDir, paths, (htmls) => page.evaluate(unmarked, [htmls, ...rule] as [string[], string, string, string]));
  return [...found].filter(([, bad]) => bad.length).map(([path, bad]) => `${path}: ${bad.slice(0, 5).join(' | ')}`);
}

test.describe('languages of parts', () => {
  test('the check reports text outside its language\'s lang (it can fail)', async ({ page }) => {
    const html = '<html lang="en"><body><p>Chuyển đổi số</p><p lang="vi">Đề án 06</p><p>the report</p><script>"đ"</script></body></html>';
    expect(await page.evaluate(unmarked, [[html], ...VIETNAMESE] as [string[], string, string, string])).toEqual([['Chuyển đổi số']]);
    expect(await page.evaluate(unmarked, [[html.replace('lang="en"', 'lang="vi"')], ...ENGLISH] as [string[], string, string, string])).toEqual([['the report']]);
  });

  test('on every English page every Vietnamese text sits inside lang="vi"', async ({ page }) => {
    for (const kind of ['', 'articles', 'timeline', 'topics', 'indicators', 'stories', 'embed', 'data', 'about', 'search']) {
      expect(kinds('en/'), kind).toContain(kind);
      expect(kinds(''), kind).toContain(kind);
    }
    test.setTimeout(pagesTimeout(Math.ceil(readerPages('en/').length / 40))); // a call per 40 pages
    expect(await unmarkedOnPages(page, readerPages('en/'), VIETNAMESE)).toEqual([]);
  });

  test('on every Vietnamese page no English prose sits outside lang="en"', async ({ page }) => {
    test.setTimeout(pagesTimeout(Math.ceil(readerPages('').length / 40)));
    expect(await unmarkedOnPages(page, readerPages(''), ENGLISH)).toEqual([]);
  });

  test('the same holds on live pages, their scripts run: the largest of each template and every story page, in both languages', async ({ page }) => {
    const failures: string[] = [];
    const all = [...readerPages('en/'), ...readerPages('')];
    // The largest page of each template, and every story page (its scripts copy step text into the stage).
    const live = [...new Set([...samplePages(site.distDir, all, 1, (p) => p), ...all.filter((p) => /^(?:en\/)?stories\/[^/]+\/$/u.test(p))])];
    test.setTimeout(pagesTimeout(live.length));
    for (const path of live) {
      await page.goto(site.resolve(path));
      const [bad] = await page.evaluate(unmarked, [[await page.content()], ...(path.startsWith('en/') ? VIETNAMESE : ENGLISH)] as [string[], string, string, string]);
      if (bad!.length) failures.push(`${path}: ${bad!.slice(0, 5).join(' | ')}`);
    }
    expect(failures).toEqual([]);
  });
});

test.describe('dates', () => {
  test('search results show an article\'s date in the same words as its page', async ({ page }) => {
    const failures: string[] = [];
    test.setTimeout(pagesTimeout(articles('').length));
    for (const path of articles('')) {
      await page.goto(site.resolve(path));
      const title = (await page.locator('h1').textContent())!.trim();
      const onPage = (await page.locator('.article-head .date-label > :not(.date-field)').first().textContent())!.trim();
      await page.goto(site.resolve(`search/?q=${encodeURIComponent(title)}`));
      const result = page.locator(`.search-results li:has(a[href*="${path.replace(/\/$/, '')}"])`).first();
      await result.waitFor({ timeout: 20_000 });
      const inSearch = (await result.locator('.result-date').textContent())?.trim();
      if (inSearch !== onPage) failures.push(`${path}: page "${onPage}", search "${inSearch}"`);
    }
    expect(failures).toEqual([]);
  });
});
