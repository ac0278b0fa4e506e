/**
 * The site under test for e2e tests: the build in DIST_DIR, served by the `webServer` of
 * playwright.config.ts, which sets SITE_UNDER_TEST_URL and an absolute DIST_DIR for the workers.
 */
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
