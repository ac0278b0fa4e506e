/**
 * axe (WCAG 2.0–2.2 A/AA and best practice) on the built site, in both languages: every page of each
 * template that has six or fewer (articles, stories, timeline years, section pages…), and six of those
 * that have more (topic and indicator pages, chart embeds), spread by HTML size from the smallest to the largest
 * (support/sample.ts; E2E_FULL=1 checks every page). One test per page, shared by both workers.
 * Other colour schemes, widths and page states: site.test.ts, search.test.ts, stories.test.ts,
 * charts.test.ts, data.test.ts.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations, formatViolations, preloadAxe } from '../support/checks';
import { axePages } from './support/sample';
import { distDir, siteUnderTest } from './support/site';

const paths = axePages(distDir());

test.describe.configure({ mode: 'parallel' });

// One page per worker, reused from test to test (a fresh context per page costs as much as axe),
// with axe loaded by the browser at each navigation instead of sent to every page.
let context: BrowserContext;
let page: Page;
test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  await preloadAxe(context);
  page = await context.newPage();
});
test.afterAll(() => context?.close());

for (const path of paths) {
  test(`axe finds no violations on /${path}`, async () => {
    await page.goto(siteUnderTest().resolve(path));
    const v = await axeViolations(page);
    expect(v, formatViolations(v)).toEqual([]);
  });
}
