import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, distDir, siteUnderTest } from '../../e2e/support/site';

const GOOD = path.join(REPO_ROOT, 'tests/fixtures/good-site');

describe('siteUnderTest', () => {
  it('uses SITE_UNDER_TEST_URL when given', async () => {
    const site = await siteUnderTest({ SITE_UNDER_TEST_URL: 'http://127.0.0.1:9/x', DIST_DIR: GOOD });
    expect(site.url).toBe('http://127.0.0.1:9/x/');
    expect(site.distDir).toBe(GOOD);
    expect(site.resolve('/en/')).toBe('http://127.0.0.1:9/x/en/');
    await site.close();
  });

  it('serves DIST_DIR itself otherwise, optionally under BASE_PATH', async () => {
    const site = await siteUnderTest({ DIST_DIR: 'tests/fixtures/good-site', BASE_PATH: '/cds/' });
    try {
      expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cds\/$/);
      const res = await fetch(site.resolve('en/'));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('National digital transformation');
    } finally {
      await site.close();
    }
  });

  it('explains how to get a build when there is none', async () => {
    await expect(siteUnderTest({ DIST_DIR: 'tests/fixtures/nothing-here' })).rejects.toThrow(/npm run build/);
  });

  it('defaults to <repo>/dist', () => {
    expect(distDir({})).toBe(path.join(REPO_ROOT, 'dist'));
  });
});
