/**
 * The site under test for e2e tests.
 *
 * `npm test` (scripts/test/run.ts) serves the build and passes SITE_UNDER_TEST_URL and
 * DIST_DIR. When a test file is run directly (`npx vitest run --project e2e`)
 * without SITE_UNDER_TEST_URL, the build in DIST_DIR (default: <repo>/dist) is served
 * here on a free port.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDir } from './server';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface SiteUnderTest {
  /** Absolute URL of the site root, ending in '/'. */
  url: string;
  /** Absolute path of the built site. */
  distDir: string;
  /** Resolve a site-relative path ('en/', 'data/x.csv') against `url`. */
  resolve(p: string): string;
  close(): Promise<void>;
}

export function distDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPO_ROOT, env.DIST_DIR || 'dist');
}

export async function siteUnderTest(env: NodeJS.ProcessEnv = process.env): Promise<SiteUnderTest> {
  const dir = distDir(env);
  const make = (url: string, close: () => Promise<void>): SiteUnderTest => {
    const root = url.endsWith('/') ? url : `${url}/`;
    return { url: root, distDir: dir, resolve: (p) => new URL(p.replace(/^\/+/, ''), root).href, close };
  };
  if (env.SITE_UNDER_TEST_URL && /^https?:\/\//.test(env.SITE_UNDER_TEST_URL)) return make(env.SITE_UNDER_TEST_URL, async () => {});
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No built site at ${dir} (index.html missing). Run \`npm run build\` first, or set DIST_DIR.`);
  }
  const server = await serveDir(dir, { base: env.BASE_PATH || '/' });
  return make(server.url, () => server.close());
}
