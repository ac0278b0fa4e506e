import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dirSize, formatBytes, gzipFileSize, gzipSize, pageAssets, pageWeight, resolveAsset } from '../../../scripts/bench/sizes';

describe('gzipSize', () => {
  it('gzipSize(text) is the length of the gzipped UTF-8 bytes', () => {
    const text = 'Chuyển đổi số quốc gia '.repeat(50);
    expect(gzipSize(text)).toBe(gzipSync(Buffer.from(text, 'utf8')).length);
    expect(gunzipSync(gzipSync(Buffer.from(text))).toString()).toBe(text);
  });
  it('gzipSize(bytes) compresses repetitive data below its raw size', () => {
    const bytes = new Uint8Array(10_000).fill(65);
    expect(gzipSize(bytes)).toBeGreaterThan(0);
    expect(gzipSize(bytes)).toBeLessThan(200);
  });
  it('gzipSize("") is the gzip header and trailer only', () => {
    expect(gzipSize('')).toBe(20);
  });
});

describe('pageAssets', () => {
  it('pageAssets(html) lists script srcs, then script preloads, and stylesheets', () => {
    const html = `<html><head>
      <link rel="stylesheet" href="../_astro/Base.css">
      <link rel="icon" href="../favicon.svg">
      <link rel="modulepreload" href="/_astro/a.js">
      <link rel="preload" as="script" href='/js/b.js'>
      <link rel="preload" as="font" href="/f.woff2">
      <script type="application/ld+json">{"a":1}</script>
      <script src="../js/site.js"></script>
      <script defer src=/js/search.js></script>
      <!-- <script src="/js/commented.js"></script> -->
    </head></html>`;
    expect(pageAssets(html)).toEqual({
      scripts: ['../js/site.js', '/js/search.js', '/_astro/a.js', '/js/b.js'],
      styles: ['../_astro/Base.css'],
    });
  });
  it('pageAssets(html) reads rel lists with several words', () => {
    expect(pageAssets('<link href="a.css" rel="preload stylesheet">').styles).toEqual(['a.css']);
  });
});

describe('resolveAsset', () => {
  it.each([
    ['index.html', './js/site.js', 'js/site.js'],
    ['articles/x/index.html', '../../js/site.js', 'js/site.js'],
    ['en/timeline/index.html', '/_astro/Base.css?v=1#x', '_astro/Base.css'],
    ['search/index.html', 'search.js', 'search/search.js'],
  ])('resolveAsset(%s, %s) is %s', (from, url, out) => {
    expect(resolveAsset(from, url)).toBe(out);
  });
  it('resolveAsset ignores other origins and data: URLs', () => {
    expect(resolveAsset('index.html', 'https://cdn.example.org/x.js')).toBeUndefined();
    expect(resolveAsset('index.html', '//cdn.example.org/x.js')).toBeUndefined();
    expect(resolveAsset('index.html', 'data:text/css,a{}')).toBeUndefined();
  });
});

describe('pageWeight, gzipFileSize and dirSize on a small dist', () => {
  let dist: string;
  const css = 'body{color:red}'.repeat(20);
  const js = 'console.info(1);'.repeat(20);
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'bench-sizes-'));
    mkdirSync(join(dist, 'articles/a'), { recursive: true });
    mkdirSync(join(dist, 'js'));
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, 'js/site.js'), js);
    writeFileSync(join(dist, '_astro/Base.css'), css);
    writeFileSync(join(dist, 'articles/a/index.html'),
      '<link rel="stylesheet" href="../../_astro/Base.css"><script src="../../js/site.js"></script><script src="../../js/site.js"></script><script src="../../js/gone.js"></script><p>x</p>');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('pageWeight(dist, file) sums each gzipped asset once and lists missing ones', () => {
    const w = pageWeight(dist, 'articles/a/index.html');
    expect(w.js).toBe(gzipSize(js));
    expect(w.css).toBe(gzipSize(css));
    expect(w.html).toBeGreaterThan(0);
    expect(w.assets).toEqual(['js/site.js', '_astro/Base.css']);
    expect(w.missing).toEqual(['js/gone.js']);
  });
  it('gzipFileSize(dist) caches sizes and returns undefined for missing files and folders', () => {
    const size = gzipFileSize(dist);
    expect(size('js/site.js')).toBe(gzipSize(js));
    expect(size('nope.js')).toBeUndefined();
    expect(size('js')).toBeUndefined();
  });
  it('dirSize(dir) adds up raw bytes below a folder, 0 when absent', () => {
    expect(dirSize(join(dist, 'js'))).toBe(js.length);
    expect(dirSize(join(dist, 'missing'))).toBe(0);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'], [812, '812 B'], [1024, '1.0 KB'], [14541, '14.2 KB'], [3.4 * 1024 ** 2, '3.4 MB'], [1.1 * 1024 ** 3, '1.10 GB'],
  ])('formatBytes(%s) is %s', (n, out) => {
    expect(formatBytes(n)).toBe(out);
  });
});
