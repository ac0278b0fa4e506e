import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagesByPart, partOf, SITE_PART, splitIndex } from '../../../scripts/bench/index-parts';
import { memoryLogger } from '../../../scripts/lib/logger';

const tmp = mkdtempSync(join(tmpdir(), 'cds-bench-parts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const page = (lang: string, body: string, year?: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main data-pagefind-body>${year ? `<span data-pagefind-filter="year:${year}"></span>` : ''}<h1>Chuyển đổi số</h1><p>${body}</p></main></body></html>`;

describe('partOf', () => {
  it('puts an article in its year, an undated article apart, every other indexed page in the site part', () => {
    expect(partOf('articles/a/index.html', page('vi', 'x', '2021'))).toBe('2021');
    expect(partOf('en/articles/a/index.html', page('en', 'x', '2024'))).toBe('2024');
    expect(partOf('articles/a/index.html', page('vi', 'x'))).toBe('undated');
    expect(partOf('topics/kinh-te-so/index.html', page('vi', 'x', '2021'))).toBe(SITE_PART);
    expect(partOf('articles/index.html', page('vi', 'x'))).toBe(SITE_PART);
  });

  it('leaves out a page without a content region, and groups years when asked', () => {
    expect(partOf('articles/a/index.html', '<html><body><p>x</p></body></html>')).toBeUndefined();
    expect(partOf('articles/a/index.html', page('vi', 'x', '2021'), (y) => (y < '2023' ? 'early' : 'late'))).toBe('early');
  });
});

describe('splitIndex', () => {
  const site = join(tmp, 'site');
  const files: Record<string, string> = {
    'index.html': page('vi', 'trang chủ'),
    'articles/a/index.html': page('vi', 'định danh điện tử', '2021'),
    'articles/b/index.html': page('vi', 'dịch vụ công', '2023'),
    'en/articles/a/index.html': page('en', 'electronic identity', '2021'),
    'about/index.html': '<html><body><p>no region</p></body></html>',
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), html);
  }

  it('groups the pages by part, the site part first', () => {
    expect(pagesByPart(site)).toEqual([[SITE_PART, ['index.html']], ['2021', ['articles/a/index.html', 'en/articles/a/index.html']], ['2023', ['articles/b/index.html']]]);
  });

  it('writes each part its own word and pair index, listed in parts.json, and leaves the site as it was', async () => {
    const out = join(tmp, 'out');
    const times = await splitIndex(site, out, memoryLogger());
    expect(times.map((t) => [t.part, t.pages])).toEqual([[SITE_PART, 1], ['2021', 2], ['2023', 1]]);
    for (const d of ['pagefind', 'pagefind-pairs']) expect(JSON.parse(readFileSync(join(out, d, 'parts.json'), 'utf8'))).toEqual(['part/2021/', 'part/2023/']);
    const entry = (d: string) => JSON.parse(readFileSync(join(out, d, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry('pagefind/part/2021').languages).toMatchObject({ vi: { page_count: 1 }, en: { page_count: 1 } });
    expect(Object.keys(entry('pagefind-pairs/part/2021').languages)).toEqual(['vi']);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
    expect(readFileSync(join(out, 'articles/b/index.html'), 'utf8')).toBe(files['articles/b/index.html']);
  });
});
