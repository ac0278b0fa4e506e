import { describe, expect, it } from 'vitest';
import { isSectionIndex, pageKindOf, representativePages, urlPathOf } from '../../../scripts/bench/pages';

describe('pageKindOf', () => {
  it.each([
    ['index.html', 'home'],
    ['en/index.html', 'home'],
    ['timeline/index.html', 'timeline'],
    ['en/timeline/2024/index.html', 'timeline'],
    ['articles/phai-manh-dan/index.html', 'article'],
    ['topics/index.html', 'topic'],
    ['en/topics/kinh-te-so/index.html', 'topic'],
    ['indicators/egdi-rank/index.html', 'indicator'],
    ['stories/so-hoa/index.html', 'story'],
    ['search/index.html', 'search'],
    ['data/index.html', 'data'],
  ])('pageKindOf(%s) is %s', (file, kind) => {
    expect(pageKindOf(file)).toBe(kind);
  });
  it.each(['about/index.html', '404.html', 'data/metrics.csv', 'js/site.js', 'embed/x/index.html'])('pageKindOf(%s) is undefined', (file) => {
    expect(pageKindOf(file)).toBeUndefined();
  });
});

describe('isSectionIndex', () => {
  it('isSectionIndex tells a section index from a detail page', () => {
    expect(isSectionIndex('topics/index.html')).toBe(true);
    expect(isSectionIndex('en/stories/index.html')).toBe(true);
    expect(isSectionIndex('topics/a/index.html')).toBe(false);
    expect(isSectionIndex('index.html')).toBe(false);
  });
});

describe('representativePages', () => {
  const files = [
    'index.html', 'en/index.html', 'timeline/index.html', 'search/index.html', 'data/index.html',
    'articles/a/index.html', 'articles/b/index.html', 'en/articles/c/index.html',
    'topics/index.html', 'topics/t1/index.html', 'stories/index.html', 'js/site.js',
  ];
  const sizes: Record<string, number> = { 'articles/a/index.html': 10, 'articles/b/index.html': 30, 'en/articles/c/index.html': 99, 'topics/t1/index.html': 5 };
  const pages = representativePages(files, (f) => sizes[f] ?? 1);

  it('representativePages picks the fixed pages of home, timeline, search and data', () => {
    expect(pages).toMatchObject({ home: 'index.html', timeline: 'timeline/index.html', search: 'search/index.html', data: 'data/index.html' });
  });
  it('representativePages picks the largest Vietnamese detail page of a kind', () => {
    expect(pages.article).toBe('articles/b/index.html');
    expect(pages.topic).toBe('topics/t1/index.html');
  });
  it('representativePages falls back to the section index, and leaves out missing kinds', () => {
    expect(pages.story).toBe('stories/index.html');
    expect(pages.indicator).toBeUndefined();
  });
});

describe('urlPathOf', () => {
  it('urlPathOf turns index files into folder URLs', () => {
    expect(urlPathOf('index.html')).toBe('');
    expect(urlPathOf('articles/a/index.html')).toBe('articles/a/');
    expect(urlPathOf('404.html')).toBe('404.html');
  });
});
