/**
 * Proves the site checks can fail: each check reports the problems planted in
 * tests/fixtures/bad-site and passes on tests/fixtures/good-site.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations, checkLinks, formatViolations, validateHtmlDir } from '../support/checks';
import { previewDir, type PreviewedSite } from '../support/preview';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const GOOD = path.join(FIXTURES, 'good-site');
const BAD = path.join(FIXTURES, 'bad-site');

let good: PreviewedSite;
let goodSub: PreviewedSite;
let bad: PreviewedSite;

// The fixture sites, each served by Astro's preview server.
test.beforeAll(async () => {
  [good, goodSub, bad] = await Promise.all([previewDir(GOOD), previewDir(GOOD, { base: '/a/b/' }), previewDir(BAD)]);
});

test.afterAll(async () => {
  await Promise.all([good?.close(), goodSub?.close(), bad?.close()]);
});

test.describe('html-validate check', () => {
  test('passes every page of the good fixture', async () => {
    const results = await validateHtmlDir(GOOD);
    expect(results.map((r) => r.file)).toEqual(['404.html', 'about/index.html', 'en/index.html', 'index.html']);
    expect(results.filter((r) => r.messages.length > 0)).toEqual([]);
  });

  test('reports the invalid page of the bad fixture', async () => {
    const results = await validateHtmlDir(BAD);
    const invalid = results.find((r) => r.file === 'invalid.html');
    expect(invalid).toBeDefined();
    const text = invalid!.messages.join('\n');
    for (const rule of ['no-dup-id', 'element-permitted-parent', 'close-order', 'no-implicit-button-type']) {
      expect(text).toContain(rule);
    }
    expect(invalid!.messages[0]).toMatch(/^\d+:\d+ [\w/-]+ /);
    // The page without alt text also fails (wcag/h37); the index is valid.
    expect(results.find((r) => r.file === 'a11y.html')!.messages.join('\n')).toContain('wcag/h37');
    expect(results.map((r) => r.file)).toEqual(['a11y.html', 'index.html', 'invalid.html']);
    expect(results.find((r) => r.file === 'index.html')!.messages).toEqual([]);
  });
});

test.describe('link check', () => {
  test('finds no broken links on the good fixture and skips external ones', async () => {
    const result = await checkLinks(good.url);
    expect(result.broken).toEqual([]);
    // pages, css, its url() background, svg, csv, js, fragments, redirect …
    expect(result.scanned).toBeGreaterThanOrEqual(8);
    expect(result.skipped).toBeGreaterThanOrEqual(2); // https://example.org/ and mailto:
  });

  test('passes the good fixture served from a sub-path', async () => {
    expect(goodSub.url).toMatch(/\/a\/b\/$/);
    const result = await checkLinks(goodSub.url);
    expect(result.broken).toEqual([]);
    expect(result.scanned).toBeGreaterThanOrEqual(8);
  });

  test('reports missing pages, missing CSS assets and missing fragments', async () => {
    const result = await checkLinks(bad.url);
    const rel = (u: string) => u.replace(bad.url, '/');
    const broken = result.broken.map((b) => ({ ...b, url: rel(b.url), parent: b.parent && rel(b.parent) }));
    expect(broken).toContainEqual({ url: '/missing-page.html', status: 404, parent: '/' });
    expect(broken).toContainEqual({ url: '/missing-background.png', status: 404, parent: '/style.css' });
    expect(broken.map((b) => b.url)).toContain('/a11y.html#no-such-anchor');
    expect(broken.map((b) => b.url)).not.toContain('/a11y.html');
    expect(new Set(broken.map((b) => b.url)).size).toBe(3);
    expect(result.scanned).toBeGreaterThan(result.broken.length);
  });
});

test.describe('axe check', () => {
  for (const page of ['', 'about/', 'en/', '404.html']) {
    test(`finds no violations on good fixture /${page}`, async ({ page: p }) => {
      const res = await p.goto(good.url + page);
      expect(res?.status()).toBe(200);
      const violations = await axeViolations(p);
      expect(violations, formatViolations(violations)).toEqual([]);
    });
  }

  test('reports missing alt text and low contrast on the bad fixture', async ({ page: p }) => {
    await p.goto(`${bad.url}a11y.html`);
    const violations = await axeViolations(p);
    const ids = violations.map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'link-name']));
    const contrast = violations.find((v) => v.id === 'color-contrast')!;
    expect(contrast.nodes.some((n) => n.html.includes('class="faint"'))).toBe(true);
    expect(formatViolations(violations)).toContain('image-alt');
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('can run with JavaScript disabled', async ({ page: p }) => {
    await p.goto(good.url);
    expect(await p.evaluate(() => document.documentElement.dataset.js ?? 'no')).toBe('no');
    expect(await p.textContent('h1')).toBe('Chuyển đổi số quốc gia');
  });
});
