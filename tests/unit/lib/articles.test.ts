import { describe, expect, it } from 'vitest';
import { keyMetrics, sortByDate } from '../../../src/lib/articles';
import { article, metric } from './fixtures';

const d = (iso: string) => ({ iso, precision: 'day' as const, source: 'text' as const, evidence: '' });

describe('sortByDate', () => {
  it('sortByDate orders by date at any precision, then by title', () => {
    const list = [article({ slug: 'c', date: d('2024-07-19') }), article({ slug: 'b', title: 'B', date: { ...d('2024'), precision: 'year' } }), article({ slug: 'a', title: 'A', date: { ...d('2024'), precision: 'year' } })];
    expect(sortByDate(list).map((x) => x.slug)).toEqual(['a', 'b', 'c']);
  });
});

describe('keyMetrics', () => {
  it('keyMetrics prefers indicator-matched results over targets and loose numbers', () => {
    const a = article({ metrics: [metric({ id: 'm-00000001' }), metric({ id: 'm-00000002', indicator: 'i', status: 'target' }), metric({ id: 'm-00000003', indicator: 'i' })] });
    expect(keyMetrics(a, 2).map((m) => m.id)).toEqual(['m-00000003', 'm-00000002']);
  });
});
