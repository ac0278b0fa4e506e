/**
 * axe (WCAG 2.0–2.2 A/AA and best practice) on every page of the built site, in both languages:
 * one test per page, shared by both workers. Other colour schemes, widths and page states:
 * site.test.ts, search.test.ts, stories.test.ts, charts.test.ts, data.test.ts.
 */
import { existsSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { listFiles } from '../../scripts/build/files';
import { axeViolations, formatViolations, preloadAxe } from '../support/checks';
import { distDir, siteUnderTest } from './support/site';

const dist = distDir();
const paths = existsSync(dist)
  ? listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).map((f) => f.replace(/index\.html$/, ''))
  : [];

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
