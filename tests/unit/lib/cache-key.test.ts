import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleDigest, filesDigest, keyedPath, pageKey } from '../../../src/lib/cache-key';

const dir = mkdtempSync(join(tmpdir(), 'cds-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('filesDigest', () => {
  it('changes with a file\'s bytes or name, not with the skipped folder', () => {
    mkdirSync(join(dir, 'articles'), { recursive: true });
    mkdirSync(join(dir, 'stories'), { recursive: true });
    writeFileSync(join(dir, 'indicators.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'stories', 'one.mdx'), 'x');
    writeFileSync(join(dir, 'articles', 'a.mdx'), 'generated');
    const skip = [join(dir, 'articles')];
    const d0 = filesDigest(dir, skip);
    writeFileSync(join(dir, 'articles', 'a.mdx'), 'generated again');
    writeFileSync(join(dir, 'articles', 'b.mdx'), 'more');
    expect(filesDigest(dir, skip)).toBe(d0);
    writeFileSync(join(dir, 'stories', 'one.mdx'), 'y');
    const d1 = filesDigest(dir, skip);
    expect(d1).not.toBe(d0);
    writeFileSync(join(dir, 'stories', 'two.mdx'), '');
    expect(filesDigest(dir, skip)).not.toBe(d1);
    expect(filesDigest(dir)).not.toBe(filesDigest(dir, skip));
  });
});

describe('articleDigest', () => {
  it('follows the article\'s data', () => {
    const a = { slug: 'a', metrics: [{ id: 'm-01', value: 1 }] };
    expect(articleDigest(a)).toBe(articleDigest({ slug: 'a', metrics: [{ id: 'm-01', value: 1 }] }));
    expect(articleDigest(a)).not.toBe(articleDigest({ slug: 'a', metrics: [{ id: 'm-01', value: 2 }] }));
  });
});

describe('pageKey and keyedPath', () => {
  const a = { slug: 'a', title: 'A', metrics: [{ id: 'm-01', value: 1 }] };
  const edited = { ...a, metrics: [{ id: 'm-01', value: 2 }] };
  it('is the same for the same props and differs for any other', () => {
    expect(pageKey({ lang: 'vi', x: [1, 2] })).toBe(pageKey({ lang: 'vi', x: [1, 2] }));
    expect(pageKey({ lang: 'vi', x: [1, 2] })).not.toBe(pageKey({ lang: 'en', x: [1, 2] }));
    expect(pageKey({ lang: 'vi', x: [1, 2] })).not.toBe(pageKey({ lang: 'vi', x: [2, 1] }));
  });
  it('keys an article anywhere in the props by its digest: any change to it changes the key', () => {
    const rows = (article: typeof a) => ({ lang: 'vi', rows: [{ article, metric: article.metrics[0] }], yp: { events: [{ article }] } });
    expect(pageKey(rows(a))).toBe(pageKey(rows({ ...a })));
    expect(pageKey(rows(a))).not.toBe(pageKey(rows(edited)));
    expect(pageKey({ prev: a })).not.toBe(pageKey({ prev: { ...a, title: 'B' } }));
  });
  it('keys a metric row by its article and place only when the metric is the article\'s own', () => {
    const row = (article: typeof a, n?: number) => ({ rows: [{ article, metric: article.metrics[0], ...(n === undefined ? {} : { n }) }] });
    expect(pageKey(row(a))).toBe(pageKey(row({ ...a })));
    expect(pageKey(row(a))).not.toBe(pageKey(row(edited)));
    // A row with more fields than the two is keyed field by field.
    expect(pageKey(row(a, 1))).toBe(pageKey(row({ ...a }, 1)));
    expect(pageKey(row(a, 1))).not.toBe(pageKey(row(a, 2)));
    expect(pageKey(row(a, 1))).not.toBe(pageKey(row(edited, 1)));
    // A row's own fields are part of the article's metric, whose digest covers them; a copy of a
    // metric (not the article's own object) is keyed by its fields.
    const copy = (value: number) => ({ rows: [{ article: a, metric: { id: 'm-01', value } }] });
    expect(pageKey(copy(1))).toBe(pageKey(copy(1)));
    expect(pageKey(copy(1))).not.toBe(pageKey(copy(3)));
    expect(pageKey({ rows: [{ article: a, metric: a.metrics[0] }] })).not.toBe(pageKey({ rows: [{ article: a, metric: { id: 'm-01', value: 1 } }] }));
  });
  it('keyedPath gives the params, the props and their key', () => {
    expect(keyedPath({ slug: 'a' }, { lang: 'vi', article: a })).toEqual({ params: { slug: 'a' }, props: { lang: 'vi', article: a }, cacheKey: pageKey({ lang: 'vi', article: a }) });
  });
});
