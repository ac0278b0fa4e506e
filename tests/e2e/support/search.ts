/** Driving the site's search page in a browser: type a query, read what it shows. */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { siteUnderTest, type SiteUnderTest } from './site';

/** One result as shown: the path its title links to, its title, kind badge and excerpt. */
export interface ShownResult { path: string; title: string; kind: string; excerpt: string }

/** Types `q` in the search page's box, submits, waits for the status line to name it and the results
 * to be complete (the list is busy while its first page fills in), and returns the status line and
 * the results shown. */
export async function searchOnPage(page: Page, q: string): Promise<{ status: string; results: ShownResult[] }> {
  await page.fill('#q', q);
  await page.press('#q', 'Enter');
  await page.waitForFunction((q) => (document.getElementById('search-status')?.textContent ?? '').includes(`“${q}”`) &&
    !document.getElementById('search-results')?.hasAttribute('aria-busy'), q);
  const status = (await page.textContent('#search-status')) ?? '';
  const results = await page.$$eval('#search-results > li', (lis) => lis.map((li) => ({
    path: new URL(li.querySelector('a')!.href).pathname,
    title: li.querySelector('.result-title')?.textContent ?? '',
    kind: li.querySelector('.badge')?.textContent ?? '',
    excerpt: li.querySelector('.result-excerpt')?.textContent ?? '',
  })));
  return { status, results };
}

/** Records console errors, page errors, failed requests and HTTP errors of `page` into `into`. */
export function watchPage(page: Page, into: string[]): Page {
  page.on('console', (m) => { if (m.type() === 'error') into.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => into.push(`page error: ${e.message}`));
  // A request cut short because the test moved on (net::ERR_ABORTED) did not fail to load.
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') into.push(`failed: ${r.url()} ${r.failure()?.errorText ?? ''}`); });
  page.on('response', (r) => { if (r.status() >= 400) into.push(`HTTP ${r.status()}: ${r.url()}`); });
  return page;
}

/** The site under test and a laptop-sized context of `browser`, as the search tests use them. */
export async function startSearchSite(browser: Browser): Promise<{ site: SiteUnderTest; browser: BrowserContext }> {
  return { site: siteUnderTest(), browser: await browser.newContext({ viewport: { width: 1280, height: 900 } }) };
}
