/**
 * The review gate (issue 11): a low-confidence metric never reaches an indicator chart or series, the
 * targets timeline, the home page's key figures or a story reference; an editors' `confirm` (or
 * `correct`) lets it through; a `reject` keeps even a high-confidence metric out.
 */
import { describe, expect, it } from 'vitest';
import { applyReviews } from '../../../scripts/ingest/review';
import { keyMetrics } from '../../../src/lib/articles';
import { chartPoint } from '../../../src/lib/chart-data';
import { featuredLatest, metricsOf } from '../../../src/lib/indicators';
import { isPlottable, isUnreviewed } from '../../../src/lib/review';
import { resolveStory } from '../../../src/lib/stories';
import { buildTimeline } from '../../../src/lib/timeline';
import type { Article } from '../../../src/schemas/article';
import type { Metric } from '../../../src/schemas/metric';
import { article, metric } from './fixtures';
import { articles as storyArticles, indicators, story } from './stories-fixtures';

const Q = 'Năm 2024 đạt 120 nền tảng; mục tiêu năm 2026 có 300 nền tảng.';
const LOW = { confidence: 'low' as const, reasons: ['indicator-tie'] };
const doc = (metrics: Metric[]): Article => article({ slug: 'x', metrics });
const base = [
  metric({ id: 'm-0000000a', value: 100, indicator: 'cards', text: '100', quote: 'Năm 2023 có 100 nền tảng.', period: { iso: '2023', precision: 'year' } }),
  metric({ id: 'm-0000000b', value: 120, indicator: 'cards', text: '120', quote: Q, offset: 10, period: { iso: '2024', precision: 'year' }, ...LOW }),
  metric({ id: 'm-0000000c', value: 300, indicator: 'cards', status: 'target', text: '300', quote: Q, offset: 40, period: { iso: '2026', precision: 'year' }, ...LOW }),
];
const cards = { ...indicators[0]!, featured: true };

describe('isPlottable', () => {
  it.each([
    ['high', 'auto', true], ['low', 'auto', false], ['low', 'confirmed', true], ['low', 'corrected', true],
    ['high', 'rejected', false], ['low', 'rejected', false],
  ] as const)('confidence %s, review %s → %s', (confidence, review, plottable) => {
    expect(isPlottable({ confidence, review })).toBe(plottable);
    expect(isUnreviewed({ confidence, review })).toBe(!plottable && review !== 'rejected');
  });
});

describe('the review gate on the data sources of charts, timeline, home and stories', () => {
  it('keeps low-confidence metrics out of indicator series and charts, home figures, key figures and the targets timeline', () => {
    const a = doc(base);
    expect(metricsOf('cards', [a]).map((s) => s.metric.id)).toEqual(['m-0000000a']);
    expect(metricsOf('cards', [a]).map((s) => chartPoint(s, 'vi').value)).toEqual([100]);
    expect(featuredLatest([cards], [a])[0]!.latest.metric.id).toBe('m-0000000a');
    expect(keyMetrics(a).map((m) => m.id)).toEqual(['m-0000000a']);
    expect(buildTimeline([a]).filter((e) => e.kind === 'deadline')).toEqual([]);
  });

  it('lets them through once seeds/editorial.yaml confirms or corrects them', () => {
    const reviewed = applyReviews(base, [
      { quote: 'Năm 2024 đạt 120', action: 'confirm', reason: 'Checked against the ministry report.' },
      { quote: 'mục tiêu năm 2026', text: '300', action: 'correct', status: 'target', period: { iso: '2026', precision: 'year' }, reason: 'The goal is for 2026, as the plan says.' },
    ]);
    const a = doc(reviewed);
    expect(reviewed.map((m) => m.review)).toEqual(['auto', 'confirmed', 'corrected']);
    expect(metricsOf('cards', [a]).map((s) => s.metric.id)).toEqual(['m-0000000a', 'm-0000000b', 'm-0000000c']);
    expect(featuredLatest([cards], [a])[0]!.latest.metric.id).toBe('m-0000000b');
    expect(buildTimeline([a]).filter((e) => e.kind === 'deadline').map((e) => e.target!.id)).toEqual(['m-0000000c']);
  });

  it('a story reference cannot select a low-confidence metric until it is confirmed', () => {
    const [a, b] = storyArticles;
    const low = { ...a!, metrics: a!.metrics.map((m) => (m.indicator === 'cards' ? { ...m, ...LOW } : m)) };
    expect(() => resolveStory(story(), [low, b!], indicators)).toThrow(/reference "cards" .*matches no metric of the dataset/);
    const confirmed = { ...low, metrics: applyReviews(low.metrics, [{ quote: 'đã cấp trên 84,7 triệu thẻ', action: 'confirm', reason: 'The card count is in the ministry report.' }]) };
    expect(resolveStory(story(), [confirmed, b!], indicators).refs.get('cards')!.metric.value).toBe(84_700_000);
  });

  it('a rejected metric is kept out even when extracted with high confidence', () => {
    const reviewed = applyReviews(base, [{ quote: 'Năm 2023 có 100 nền tảng', action: 'reject', reason: 'The figure counts something else.' }]);
    expect(reviewed[0]).toMatchObject({ review: 'rejected', reviewReason: 'The figure counts something else.' });
    expect(metricsOf('cards', [doc(reviewed)])).toEqual([]);
  });
});

describe('applyReviews', () => {
  it('fails naming the entry when it matches no number, or several', () => {
    expect(() => applyReviews(base, [{ quote: 'không có câu này', action: 'confirm', reason: 'Reason long enough.' }]))
      .toThrow(/^seeds\/editorial\.yaml metrics\[0\] \(confirm "không có câu này"\): matches no number of the article$/);
    expect(() => applyReviews(base, [{ quote: 'nền tảng; mục tiêu năm', action: 'confirm', reason: 'Reason long enough.' }]))
      .toThrow(/matches 2 numbers \(120, 300\); add "text:" or a longer quote/);
  });
});
