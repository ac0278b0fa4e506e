import { describe, expect, it } from 'vitest';
import { keepInSnapshot, pinStory } from '../../../scripts/bench/snapshot';
import type { Article } from '../../../src/schemas/article';

describe('keepInSnapshot', () => {
  it.each(['src/pages/x.astro', 'content/stories/a.yaml', 'content/indicators.yaml', 'seeds/000.txt', 'astro.config.mjs', 'scripts/build.ts', 'public/js/site.js'])('keepInSnapshot(%s) is true', (rel) => {
    expect(keepInSnapshot(rel)).toBe(true);
  });
  it.each(['node_modules', 'node_modules/astro/x.js', '.git/HEAD', '.astro/types.d.ts', 'dist', 'dist/index.html', 'dist.old', '.dist.tmp-123', 'content/articles', 'content/articles/a.mdx'])('keepInSnapshot(%s) is false', (rel) => {
    expect(keepInSnapshot(rel)).toBe(false);
  });
});

const metric = (id: string, indicator: string, unit = 'percent') => ({ id, indicator, unit, kind: 'share', status: 'actual', text: '1', quote: 'q 1', offset: 0, value: 1, subject: 's', topic: 't' });
const article = (slug: string, iso: string, metrics: ReturnType<typeof metric>[]) =>
  ({ slug, title: slug, date: { iso, precision: 'day', source: 'text', evidence: iso }, metrics }) as unknown as Article;

describe('pinStory', () => {
  const articles = [article('a', '2024-01-02', [metric('m-01', 'egdi-rank', 'rank'), metric('m-02', 'gdp-share')]), article('b', '2023-05-06', [metric('m-01', 'gdp-share', 'VND')])];
  const known = { indicators: new Set(['egdi-rank', 'gdp-share', 'none']), articles: new Set(['a', 'b']) };

  it('pinStory adds the resolved article to references that name none, keeping their other fields', () => {
    const story = { slug: 's', title: 'x', refs: { egdi: 'egdi-rank', share: { indicator: 'gdp-share', unit: 'percent' as const, when: 'report' as const } } };
    const { story: out, pinned } = pinStory(story, articles, known);
    expect(pinned).toBe(2);
    expect(out.title).toBe('x');
    expect(out.refs).toEqual({
      egdi: { indicator: 'egdi-rank', when: 'period', article: 'a' },
      share: { indicator: 'gdp-share', unit: 'percent', when: 'report', article: 'a' },
    });
  });
  it('pinStory leaves pinned, ambiguous and unresolvable references as written', () => {
    const refs = { pinned: { indicator: 'gdp-share', article: 'b', when: 'period' as const }, many: 'gdp-share', none: 'none', pos: 'a#m-01' };
    const { story: out, pinned } = pinStory({ refs }, articles, known);
    expect(pinned).toBe(0);
    expect(out.refs).toEqual(refs);
  });
  it('pinStory passes a story without refs through', () => {
    expect(pinStory({ slug: 'x' }, articles, known)).toEqual({ story: { slug: 'x' }, pinned: 0 });
  });
});
