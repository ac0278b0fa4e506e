/**
 * The site under test for e2e tests: the build in DIST_DIR, served by the `webServer` of
 * playwright.config.ts, which sets SITE_UNDER_TEST_URL and an absolute DIST_DIR for the workers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteAt } from '../../support/preview';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface SiteUnderTest {
  /** Absolute URL of the site root, ending in '/'. */
  url: string;
  /** Absolute path of the built site. */
  distDir: string;
  /** Resolve a site-relative path ('en/', 'data/x.csv') against `url`. */
  resolve(p: string): string;
}

/** The built site's folder: DIST_DIR, default <repo>/dist. */
export function distDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPO_ROOT, env.DIST_DIR || 'dist');
}

/** The served build; throws when run outside Playwright Test (no SITE_UNDER_TEST_URL). */
export function siteUnderTest(env: NodeJS.ProcessEnv = process.env): SiteUnderTest {
  const url = env.SITE_UNDER_TEST_URL;
  if (!url || !/^https?:\/\//.test(url)) {
    throw new Error('SITE_UNDER_TEST_URL is not set: run the e2e tests with `npx playwright test` (playwright.config.ts serves the build).');
  }
  return { ...siteAt(url), distDir: distDir(env) };
}

/** Pages parsed per call by `mapBuiltHtml`: one call's HTML stays a few megabytes. */
const BUILT_HTML_BATCH = 40;

/**
 * `read(htmls)` over the built HTML of every page of `paths` ('' for the home page, 'en/topics/x/'), `BUILT_HTML_BATCH` pages per call,
 * each result kept with its page. For checks of markup and text alone: `read` runs `page.evaluate` with the browser's DOMParser over the
 * strings, so no page load, script, style or layout runs (reader.test.ts, charts.test.ts).
 */
export async function mapBuiltHtml<R>(distDir: string, paths: readonly string[], read: (htmls: string[]) => Promise<R[]>): Promise<Map<string, R>> {
  const out = new Map<string, R>();
  for (let i = 0; i < paths.length; i += BUILT_HTML_BATCH) {
    const batch = paths.slice(i, i + BUILT_HTML_BATCH);
    (await read(batch.map((p) => readFileSync(path.join(distDir, p, 'index.html'), 'utf8')))).forEach((r, k) => out.set(batch[k]!, r));
  }
  return out;
}
