import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, distDir, mapBuiltHtml, siteUnderTest } from '../../e2e/support/site';
import { CHROMIUM_ARGS, chromiumPath } from '../../support/chromium';

const GOOD = path.join(REPO_ROOT, 'tests/fixtures/good-site');

describe('siteUnderTest', () => {
  it('uses SITE_UNDER_TEST_URL and DIST_DIR', () => {
    const site = siteUnderTest({ SITE_UNDER_TEST_URL: 'http://127.0.0.1:9/x', DIST_DIR: GOOD });
    expect(site.url).toBe('http://127.0.0.1:9/x/');
    expect(site.distDir).toBe(GOOD);
    expect(site.resolve('/en/')).toBe('http://127.0.0.1:9/x/en/');
  });

  it('explains how to run the e2e tests when no site is served', () => {
    expect(() => siteUnderTest({ DIST_DIR: GOOD })).toThrow(/playwright test/);
    expect(() => siteUnderTest({ SITE_UNDER_TEST_URL: 'file:///x/' })).toThrow(/SITE_UNDER_TEST_URL/);
  });

  it('defaults to <repo>/dist', () => {
    expect(distDir({})).toBe(path.join(REPO_ROOT, 'dist'));
  });
});

describe('chromiumPath', () => {
  it('uses CHROME_PATH, else the system Chromium, and runs it headless', () => {
    expect(chromiumPath({ CHROME_PATH: ' /opt/chrome/chrome ' })).toBe('/opt/chrome/chrome');
    expect(chromiumPath({ CHROME_PATH: '' })).toBe('/usr/bin/chromium');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(CHROMIUM_ARGS).toContain('--headless');
  });
});

describe('mapBuiltHtml', () => {
  it('hands each page\'s built HTML to the reader in batches of 40 and keeps each result with its page', async () => {
    const paths = Array.from({ length: 41 }, (_, i) => (i % 2 ? 'about/' : ''));
    const calls: number[] = [];
    const got = await mapBuiltHtml(GOOD, paths, async (htmls) => {
      calls.push(htmls.length);
      return htmls.map((h) => /<html[^>]*lang="([^"]+)"/u.exec(h)?.[1] ?? '?');
    });
    expect(calls).toEqual([40, 1]);
    expect([...got]).toEqual([['', 'vi'], ['about/', 'vi']]);
  });
});
