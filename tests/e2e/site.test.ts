import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations, formatViolations, pagesTimeout } from '../support/checks';
import { listFiles } from '../../scripts/build/files';
import { siteUnderTest, type SiteUnderTest } from './support/site';

let site: SiteUnderTest;
let html: string[];

test.beforeAll(() => {
  site = siteUnderTest();
  html = listFiles(site.distDir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
});

/** The first built page under `prefix` (e.g. "articles/"), as a site path. */
function firstPage(prefix: string): string {
  const file = html.find((f) => f.startsWith(prefix) && f !== `${prefix}index.html`);
  if (!file) throw new Error(`no page under ${prefix}`);
  return file.replace(/index\.html$/, '');
}

/** One page of each kind, in both languages. */
function pageKinds(): string[] {
  const vi = ['', 'timeline/', firstPage('timeline/'), firstPage('articles/'), 'topics/', firstPage('topics/'), 'indicators/', firstPage('indicators/'), 'about/', 'search/', 'data/', 'stories/'];
  return [...vi, ...vi.map((p) => `en/${p}`), '404.html'];
}

test.describe('reader journey', () => {
  for (const [lang, prefix, js] of [['vi', '', true], ['en', 'en/', true], ['vi', '', false]] as const) {
    test.describe(() => {
      test.use({ javaScriptEnabled: js });
      test(`home → timeline → event → article → metric → source sentence (${lang}, JavaScript ${js ? 'on' : 'off'})`, async ({ page }) => {
        await page.goto(site.resolve(prefix));
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        await page.locator('nav.site-nav a').first().click();
        await expect.poll(() => page.url()).toContain(`${prefix}timeline/`);
        const event = page.locator('li.event:not(.deadline)').first();
        const eventId = await event.getAttribute('id');
        expect(eventId).toMatch(/^e-/);
        await event.locator('a[href$="#' + eventId + '"]').click();
        expect(page.url()).toContain(`#${eventId}`);
        await event.locator('h2 a, h3 a').first().click();
        await expect.poll(() => page.url()).toMatch(/articles\/[a-z0-9-]+\/$/);
        const row = page.locator('li.figure[id^="t-m-"]').first();
        const metricId = (await row.getAttribute('id'))!.slice(2);
        await row.locator('.fig-value a').click();
        expect(page.url()).toContain(`#${metricId}`);
        const mark = page.locator(`mark#${metricId}`);
        await expect.poll(() => mark.count()).toBe(1);
        const sentence = await mark.evaluate((el) => el.closest('p')?.textContent ?? '');
        expect(sentence).toContain(await mark.textContent());
      });
    });
  }

  test('the language switch keeps the reader on the same page', async ({ page }) => {
    const article = firstPage('articles/');
    await page.goto(site.resolve(article));
    await page.locator('a.lang-switch').click();
    expect(page.url()).toBe(site.resolve(`en/${article}`));
    await page.locator('a.lang-switch').click();
    expect(page.url()).toBe(site.resolve(article));
  });

  test('an article page cites itself in APA, MLA and BibTeX with its permalink', async ({ page }) => {
    await page.goto(site.resolve(firstPage('articles/')));
    const permalink = await page.inputValue('#permalink');
    const pres = await page.locator('.cite-box .citation').allTextContents();
    expect(pres).toHaveLength(3);
    for (const p of pres) expect(p).toContain(permalink);
    expect(pres[2]).toMatch(/^@misc\{cdsvn-/);
  });
});

// axe on every page of the site, in both languages: axe.test.ts (one test per page).
test.describe('every page kind', () => {
  test.describe(() => {
    test.use({ colorScheme: 'dark' });
    test('axe finds no violations in the dark colour scheme either', async ({ page }) => {
      const failures: string[] = [];
      const paths = ['', 'timeline/', firstPage('articles/'), firstPage('indicators/'), firstPage('topics/'), 'en/data/'];
      test.setTimeout(pagesTimeout(paths.length));
      for (const path of paths) {
        await page.goto(site.resolve(path));
        const v = await axeViolations(page);
        if (v.length) failures.push(`${path}:\n${formatViolations(v)}`);
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    });
  });

  test.describe(() => {
    test.use({ viewport: { width: 320, height: 640 } });
    test('pages fit a 320 px wide screen without horizontal scrolling', async ({ page }) => {
      const wide: string[] = [];
      test.setTimeout(pagesTimeout(pageKinds().length));
      for (const path of pageKinds()) {
        await page.goto(site.resolve(path));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
      }
      expect(wide).toEqual([]);
    });
  });

  test('print hides navigation and shows the article text', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.resolve(firstPage('articles/')));
    expect(await page.locator('nav.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.article-body').isVisible()).toBe(true);
  });
});

test.describe('built HTML', () => {
  const read = (f: string) => readFileSync(join(site.distDir, f), 'utf8');

  test('links and assets are relative (the offline copy and sub-paths depend on it)', () => {
    const rooted = html.filter((f) => f !== '404.html').flatMap((f) =>
      [...read(f).matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => `${f}: ${m[1]}`));
    expect(rooted.slice(0, 10)).toEqual([]);
  });

  test('every page has a CSP meta, no inline event handlers and no inline scripts but JSON-LD', () => {
    for (const f of html) {
      const page = read(f);
      expect(page, f).toContain('http-equiv="Content-Security-Policy"');
      expect(page, f).not.toMatch(/<[^>]+\son[a-z]+=/i);
      const inline = [...page.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].filter((m) => !m[1]!.includes('application/ld+json'));
      expect(inline.map((m) => m[0]), f).toEqual([]);
    }
  });

  test('pages declare canonical, hreflang alternates and Open Graph tags', () => {
    const page = read(firstPage('articles/') + 'index.html');
    expect(page).toMatch(/<link rel="canonical" href="https?:\/\//);
    expect(page).toMatch(/hreflang="vi"/);
    expect(page).toMatch(/hreflang="en"/);
    expect(page).toMatch(/property="og:title"/);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!);
    expect(ld['@type']).toBe('NewsArticle');
  });

  test('the sitemap and both feeds exist and list the articles', () => {
    const files = listFiles(site.distDir);
    expect(files).toContain('sitemap-index.xml');
    const feed = read('rss.xml');
    const articles = html.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f)).length;
    expect(feed.match(/<item>/g)?.length).toBe(articles);
    expect(read('en/rss.xml').match(/<item>/g)?.length).toBe(articles);
  });
});
