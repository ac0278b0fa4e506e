/** The page-level period passes, run together after the sentence walk (scripts/ingest/period-passes.ts). */
import { describe, expect, it } from 'vitest';
import { pagePeriodPasses } from '../../../scripts/ingest/period-passes';
import type { Metric } from '../../../src/schemas/metric';

/** A goal of 2027 for every percentage of `text` (a paragraph at offset 0), as the sentence walk leaves it. */
const draftsOf = (text: string) => [...text.matchAll(/\d+(?:,\d+)?%/g)].map((m) => ({
  metric: { offset: m.index, text: m[0], value: 0, unit: 'percent', status: 'target', quote: text, period: { iso: '2027', precision: 'year', text: '2027' } } as unknown as Metric,
}));
const years = (drafts: { metric: Metric }[]) => drafts.map((d) => d.metric.period?.iso);
const none = { headline: false, articleYear: undefined, review: undefined };

describe('pagePeriodPasses', () => {
  it('runs the page passes: a bracket over a span gives each value its own year', () => {
    const text = 'Giai đoạn 2025-2027, tỷ lệ thư viện số hóa tài liệu qua từng năm đạt (20%, 35%, 50%).';
    const drafts = draftsOf(text);
    pagePeriodPasses(drafts, [{ text, offset: 0 }], none);
    expect(years(drafts)).toEqual(['2025', '2026', '2027']);
  });

  it('leaves the periods of a page that no pass reads', () => {
    const text = 'Đến năm 2027, tỷ lệ thư viện số hóa tài liệu đạt 50% và tỷ lệ bạn đọc dùng thẻ số đạt 30%.';
    const drafts = draftsOf(text);
    pagePeriodPasses(drafts, [{ text, offset: 0 }], none);
    expect(years(drafts)).toEqual(['2027', '2027']);
  });
});
