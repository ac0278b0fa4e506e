import { describe, expect, it } from 'vitest';
import { buildTimeline, dueDate, resultsFor, timelineYears } from '../../../src/lib/timeline';
import { article, metric } from './fixtures';

const target = metric({ id: 'm-00000002', status: 'target', unit: 'percent', kind: 'share', value: 80, indicator: 'x', period: { iso: '2025', precision: 'year' } });
const early = article({ slug: 'early', date: { iso: '2023-02-01', precision: 'day', source: 'text', evidence: '' }, metrics: [target] });
const later = article({ slug: 'later', date: { iso: '2024-07', precision: 'half', source: 'editorial', evidence: '' }, metrics: [metric({ unit: 'percent', kind: 'share', value: 42, indicator: 'x' })] });
const before = article({ slug: 'before', date: { iso: '2022-01-01', precision: 'day', source: 'text', evidence: '' }, metrics: [metric({ unit: 'percent', kind: 'share', value: 10, indicator: 'x' })] });

describe('buildTimeline', () => {
  const events = buildTimeline([later, early, before]);
  it('buildTimeline orders articles by date and puts targets at their due date', () => {
    expect(events.map((e) => e.id)).toEqual(['e-before', 'e-early', 'e-later', 'd-early-m-00000002']);
    expect(events.at(-1)!.date).toEqual({ iso: '2025', precision: 'year' });
  });
  it('buildTimeline pairs a target with results reported since, not before', () => {
    expect(events.at(-1)!.results!.map((r) => r.article.slug)).toEqual(['later']);
  });
  it('timelineYears lists each year once, ascending', () => {
    expect(timelineYears(events)).toEqual([2022, 2023, 2024, 2025]);
  });
});

describe('dueDate', () => {
  it('dueDate uses the end of a range and nothing without a period', () => {
    expect(dueDate(metric({ period: { iso: '2022', isoEnd: '2025', precision: 'year' } }))).toEqual({ iso: '2025', precision: 'year' });
    expect(dueDate(metric())).toBeUndefined();
  });
});

describe('resultsFor', () => {
  it('resultsFor ignores other units and targets without an indicator', () => {
    const other = article({ slug: 'o', date: { iso: '2025-01-01', precision: 'day', source: 'text', evidence: '' }, metrics: [metric({ unit: 'count', indicator: 'x' })] });
    expect(resultsFor({ article: early, metric: target }, [{ article: other, metric: other.metrics[0]! }])).toEqual([]);
    expect(resultsFor({ article: early, metric: { ...target, indicator: undefined } }, [])).toEqual([]);
  });
});
