/**
 * axe (WCAG 2.0–2.2 A/AA and best practice) on every page of the built site, in both languages:
 * one test per page, shared by both workers. Other colour schemes, widths and page states:
 * site.test.ts, search.test.ts, stories.test.ts, charts.test.ts, data.test.ts.
 */
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { listFiles } from '../../scripts/build/files';
import { axeViolations, formatViolations } from '../support/checks';
import { distDir, siteUnderTest } from './support/site';

const dist = distDir();
const paths = existsSync(dist)
  ? listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).map((f) => f.replace(/index\.html$/, ''))
  : [];

test.describe.configure({ mode: 'parallel' });

for (const path of paths) {
  test(`axe finds no violations on /${path}`, async ({ page }) => {
    await page.goto(siteUnderTest().resolve(path));
    const v = await axeViolations(page);
    expect(v, formatViolations(v)).toEqual([]);
  });
}
