import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleDigest, filesDigest, pageKey, rowsKey } from '../../../src/lib/cache-key';

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

describe('articleDigest and rowsKey', () => {
  it('an article\'s digest follows its data; rows key on their article and metric', () => {
    const a = { slug: 'a', metrics: [{ id: 'm-01', value: 1 }] };
    const same = { slug: 'a', metrics: [{ id: 'm-01', value: 1 }] };
    const other = { slug: 'a', metrics: [{ id: 'm-01', value: 2 }] };
    expect(articleDigest(a)).toBe(articleDigest(same));
    expect(articleDigest(a)).not.toBe(articleDigest(other));
    const rows = [{ article: a, metric: a.metrics[0]! }];
    expect(rowsKey(rows)).toEqual([`${articleDigest(a)}:m-01`]);
    expect(rowsKey([{ article: other, metric: other.metrics[0]! }])).not.toEqual(rowsKey(rows));
  });
});

describe('pageKey', () => {
  it('is the same for the same parts and differs for any other', () => {
    expect(pageKey('vi', 'x', [1, 2])).toBe(pageKey('vi', 'x', [1, 2]));
    expect(pageKey('vi', 'x', [1, 2])).not.toBe(pageKey('en', 'x', [1, 2]));
    expect(pageKey('vi', 'x', [1, 2])).not.toBe(pageKey('vi', 'x', [2, 1]));
    expect(pageKey('vi', undefined)).not.toBe(pageKey('vi', { slug: 'b' }));
  });
});
