import { describe, expect, it } from 'vitest';
import { describeRef, firstAfter, metricsOfArticle, parseRef, periodMatches, quotePositions, resolveRef, StoryRefError } from '../../../src/lib/stories-refs';
import { articles, indicators, sourced } from './stories-fixtures';

const known = { indicators: new Set(indicators.map((i) => i.id)), articles: new Set(articles.map((a) => a.slug)) };
const pick = (slug: string, id: string) => sourced.find((s) => s.article.slug === slug && s.metric.id === id)!;

describe('parseRef', () => {
  it('parseRef(indicator@period) reads the short form', () => {
    expect(parseRef('chip-id-cards@2023-12')).toEqual({ indicator: 'chip-id-cards', period: '2023-12', when: 'period' });
    expect(parseRef('egdi-rank')).toEqual({ indicator: 'egdi-rank', when: 'period' });
  });
  it('parseRef(slug#m-00000007) reads a metric-id reference', () => {
    expect(parseRef('4-uu-tien#m-00000007')).toEqual({ article: '4-uu-tien', id: 'm-00000007', when: 'period' });
  });
  it('parseRef(object) passes a selector through', () => {
    const sel = { indicator: 'x', after: 'y', when: 'report' as const };
    expect(parseRef(sel)).toBe(sel);
  });
});

describe('metricsOfArticle', () => {
  it('metricsOfArticle(metrics, slug) gives exactly that article\'s metrics, in order, and none for an unknown slug', () => {
    for (const a of articles) expect(metricsOfArticle(sourced, a.slug)).toEqual(sourced.filter((s) => s.article.slug === a.slug));
    expect(metricsOfArticle(sourced, 'no-such-article')).toEqual([]);
  });
});

describe('describeRef', () => {
  it('describeRef(selector) lists the fields that select', () => {
    expect(describeRef({ indicator: 'ai', after: 'Singapore', when: 'period' })).toBe('{ indicator: "ai", after: "Singapore" }');
  });
});

describe('periodMatches', () => {
  it('periodMatches(metric, period) accepts the same period, a month inside a year, and a range that covers it', () => {
    expect(periodMatches(pick('a', 'm-00000001'), '2023-12')).toBe(true);
    expect(periodMatches(pick('a', 'm-00000001'), '2023')).toBe(true);
    expect(periodMatches(pick('a', 'm-00000001'), '2024')).toBe(false);
    expect(periodMatches(pick('b', 'm-00000003'), '2023')).toBe(true);
    expect(periodMatches(pick('b', 'm-00000003'), '2022/2023')).toBe(true);
    expect(periodMatches(pick('b', 'm-00000003'), '2024')).toBe(false);
    expect(periodMatches(pick('a', 'm-00000002'), '2023')).toBe(false);
  });
});

describe('quotePositions', () => {
  it('quotePositions(metrics) places a number written twice and a number inside another exactly', () => {
    const pos = quotePositions(sourced);
    const q3 = pick('b', 'm-00000001').metric.quote;
    expect(pos.get(pick('b', 'm-00000001'))).toBe(q3.indexOf('100%'));
    expect(pos.get(pick('b', 'm-00000002'))).toBe(q3.lastIndexOf('100%'));
    const q2 = pick('a', 'm-00000004').metric.quote;
    expect(pos.get(pick('a', 'm-00000004'))).toBe(q2.indexOf('thứ 2') + 4);
  });
});

describe('firstAfter', () => {
  it('firstAfter(candidates, phrase) picks the number written first after the phrase', () => {
    const ai = sourced.filter((s) => s.metric.indicator === 'ai');
    expect(firstAfter(ai, 'Singapore', sourced)).toEqual([pick('a', 'm-00000004')]);
    expect(firstAfter(ai, 'Malaysia', sourced)).toEqual([pick('a', 'm-00000005')]);
    expect(firstAfter(sourced, 'sân bay và', sourced)).toEqual([pick('b', 'm-00000002')]);
  });
  it('firstAfter(candidates, phrase) returns one metric per sentence that holds the phrase', () => {
    expect(firstAfter(sourced, 'đã', sourced)).toHaveLength(1);
    expect(firstAfter(sourced, 'xếp', sourced)).toEqual([pick('a', 'm-00000003')]);
    expect(firstAfter(sourced, 'nowhere', sourced)).toEqual([]);
  });
});

describe('resolveRef', () => {
  const where = 'Story "s": reference "r"';
  it('resolveRef(indicator@period) finds the one metric', () => {
    expect(resolveRef({ indicator: 'cards', period: '2023-12', article: 'a', when: 'period' }, sourced, known, where)).toBe(pick('a', 'm-00000001'));
    expect(resolveRef({ indicator: 'tasks', period: '2023', article: 'b', when: 'period' }, sourced, known, where)).toBe(pick('b', 'm-00000003'));
  });
  it('resolveRef(indicator@period without an article) fails: a later report could make it ambiguous', () => {
    expect(() => resolveRef('cards@2023-12', sourced, known, where)).toThrow(/names no article/);
  });
  it('resolveRef(selector with status, unit, after) narrows to one metric', () => {
    expect(resolveRef({ article: 'b', status: 'target', unit: 'percent', after: 'Phấn đấu', when: 'period' }, sourced, known, where)).toBe(pick('b', 'm-00000001'));
  });
  it('resolveRef(slug#m-NN) validates a positional id', () => {
    expect(resolveRef('a#m-00000002', sourced, known, where)).toBe(pick('a', 'm-00000002'));
    expect(() => resolveRef('a#m-00000099', sourced, known, where)).toThrow(/Story "s": reference "r" .*matches no metric/);
  });
  it('resolveRef(unknown indicator) fails naming the story, the reference and the indicator', () => {
    expect(() => resolveRef('nope@2023', sourced, known, where)).toThrow(StoryRefError);
    expect(() => resolveRef('nope@2023', sourced, known, where)).toThrow('Story "s": reference "r" { indicator: "nope", period: "2023" } names indicator "nope", which is not in content/indicators.yaml');
  });
  it('resolveRef(unknown article) fails naming the article', () => {
    expect(() => resolveRef({ article: 'zz', after: 'x', when: 'period' }, sourced, known, where)).toThrow(/names article "zz", which does not exist/);
  });
  it('resolveRef(ambiguous selector) fails listing the candidates', () => {
    expect(() => resolveRef({ indicator: 'ai', article: 'a', when: 'period' }, sourced, known, where)).toThrow(/matches 3 metrics: a#m-00000003 \(55\), a#m-00000004 \(2\), a#m-00000005 \(29\); narrow it/);
  });
  it('resolveRef(selector without indicator or article) fails', () => {
    expect(() => resolveRef({ period: '2023', when: 'period' }, sourced, known, where)).toThrow(/selects nothing/);
  });
});
