/**
 * End-to-end tests (tests/e2e/*.test.ts) on Playwright Test. The built site (DIST_DIR, default
 * dist/) is served by `astro preview` as the webServer, on a free port picked here, optionally
 * under a sub-path (BASE_PATH). Fixture sites and temporary builds are served by the same Astro
 * preview server from within the tests (tests/support/preview.ts). No browser is downloaded:
 * the system Chromium runs (CHROME_PATH, default /usr/bin/chromium).
 */
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/support/chromium';
import { normaliseBase } from './tests/support/preview';

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

// Workers load this file again: they inherit the port, the URL and the folder picked by the runner.
process.env.CDS_E2E_PORT ||= String(await freePort());
const ROOT = path.dirname(fileURLToPath(import.meta.url));
process.env.DIST_DIR = path.resolve(ROOT, process.env.DIST_DIR || 'dist');
const base = normaliseBase(process.env.BASE_PATH || '/');
const url = `http://127.0.0.1:${process.env.CDS_E2E_PORT}${base}`;
process.env.SITE_UNDER_TEST_URL = url;

/** The e2e files that take longest (a JSON report's test durations, two workers), as globs: a set (the project runs them in path order). */
const LONGEST_FIRST = ['axe', 'charts', 'stories', 'search', 'site', 'search-ranking', 'reader', 'offline'].map(
  (name) => `**/${name}.test.ts`,
);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.test.ts',
  // Two cores: two workers at most; the tests of a file run in order in one worker (unless the file
  // says otherwise, as axe.test.ts and charts.test.ts do for their page loops).
  workers: 2,
  fullyParallel: false,
  // A free worker takes the next file in project order, then in path order. The files that take
  // longest come first, in a project of their own, so that the two workers end together instead of
  // one waiting for the other's last long file (session 53: the last one, stories.test.ts, used to
  // start when the other worker had a minute left).
  projects: [
    { name: 'long', testMatch: LONGEST_FIRST },
    { name: 'short', testMatch: '**/*.test.ts', testIgnore: LONGEST_FIRST },
  ],
  retries: 0,
  timeout: 60_000,
  forbidOnly: true,
  reporter: process.env.CI ? 'dot' : 'list',
  outputDir: path.join(ROOT, 'node_modules', '.cache', 'playwright-results'),
  use: {
    browserName: 'chromium',
    baseURL: url,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx --no-install astro preview --host 127.0.0.1 --port ${process.env.CDS_E2E_PORT} --outDir ${JSON.stringify(process.env.DIST_DIR)} --base ${base}`,
    url,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
