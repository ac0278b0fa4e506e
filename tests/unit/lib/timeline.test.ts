import { describe, expect, it } from 'vitest';
import { buildTimeline, dueDate, eventAnchor, isTimelineTarget, resultsFor, targetAnchor, timelineYears } from '../../../src/lib/timeline';
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

describe('timeline targets and anchors', () => {
  const due = { period: { iso: '2030', precision: 'year' as const } };
  it('isTimelineTarget refuses a pointer subject without indicator, a zero value and a target without deadline', () => {
    expect(isTimelineTarget(metric({ status: 'target', subject: 'chỉ số này', ...due }))).toBe(false);
    expect(isTimelineTarget(metric({ status: 'target', value: 0, unit: 'VND', subject: 'áp dụng chính sách thu phí', ...due }))).toBe(false);
    expect(isTimelineTarget(metric({ status: 'target', subject: 'xã đạt chuẩn' }))).toBe(false);
    expect(isTimelineTarget(metric({ status: 'target', subject: 'xã đạt chuẩn', ...due }))).toBe(true);
    expect(isTimelineTarget(metric({ status: 'actual', subject: 'xã đạt chuẩn', ...due }))).toBe(false);
  });
  it('eventAnchor and targetAnchor depend only on the slug and the metric id', () => {
    expect(eventAnchor('bai-a')).toBe('e-bai-a');
    expect(targetAnchor('bai-a', 'm-1a2b3c4d')).toBe('d-bai-a-m-1a2b3c4d');
  });
  it('buildTimeline keeps every anchor when another article is added', () => {
    const before = buildTimeline([early, later]).map((e) => e.id);
    const extra = article({ slug: 'extra', date: { iso: '2022-06-01', precision: 'day', source: 'text', evidence: '' }, metrics: [metric({ id: 'm-09', status: 'target', subject: 'xã', period: { iso: '2025', precision: 'year' } })] });
    const after = buildTimeline([extra, early, later]).map((e) => e.id);
    expect(after).toEqual(expect.arrayContaining(before));
  });
  it('buildTimeline lists an undated report last, without a year, and timelineYears skips it', () => {
    const undated = article({ slug: 'undated', date: { precision: 'unknown', source: 'text', evidence: '' } as never });
    const events = buildTimeline([undated, early]);
    expect(events.at(-1)).toMatchObject({ id: 'e-undated', year: undefined });
    expect(timelineYears(events)).toEqual([2023, 2025]);
  });
});
