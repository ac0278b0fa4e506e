import { describe, expect, it } from 'vitest';
import type { Metric, Period } from '../../../src/schemas/metric';
import { quarterReportPeriods, withinQuarter } from '../../../scripts/ingest/period-quarter-report';

const Q3: Period = { iso: '2024-07', precision: 'quarter', text: 'quý 3/2024' };

/** Paragraph segments with offsets, two characters apart. */
function segments(texts: string[]) {
  let offset = 0;
  return texts.map((text) => { const s = { text, offset }; offset += text.length + 2; return s; });
}

/** A result at `offset` with `period`. */
function draft(offset: number, period: Period, status: Metric['status'] = 'actual') {
  return { metric: { offset, period, status, reasons: [] as Metric['reasons'], confidence: 'high' as const } };
}

describe('withinQuarter', () => {
  it('a month of the quarter, or the months from January to one of it', () => {
    expect(withinQuarter({ iso: '2024-08', precision: 'month' }, Q3)).toBe(true);
    expect(withinQuarter({ iso: '2024-01', precision: 'month', isoEnd: '2024-09' }, Q3)).toBe(true);
  });
  it('not another quarter’s month, another year, a year, or the first quarter’s own months from January', () => {
    expect(withinQuarter({ iso: '2024-05', precision: 'month' }, Q3)).toBe(false);
    expect(withinQuarter({ iso: '2023-08', precision: 'month' }, Q3)).toBe(false);
    expect(withinQuarter({ iso: '2024', precision: 'year' }, Q3)).toBe(false);
    expect(withinQuarter({ iso: '2024-01', precision: 'month', isoEnd: '2024-03' }, { iso: '2024-01', precision: 'quarter' })).toBe(false);
  });
});

describe('quarterReportPeriods', () => {
  const page = segments([
    'Tại hội nghị giao ban quý 3/2024, Sở cho biết kết quả trong quý.',
    'Đến tháng 8/2024, toàn tỉnh đã có 40 doanh nghiệp công nghệ số.',
    'Doanh thu viễn thông đạt 900 tỷ đồng, tăng 12%.',
    'Số thuê bao tăng 5%. 9 tháng đầu năm, ngành đã hoàn thành 70% kế hoạch năm.',
    'Tỷ lệ người dân có tài khoản thanh toán đạt 80%.',
    'Dưới đây là số liệu tại tháng 8/2024:',
    'Có 30 nền tảng số được đưa vào sử dụng.',
  ]);
  const point: Period = { iso: '2024-08', precision: 'month', text: 'tháng 8/2024' };
  const months: Period = { iso: '2024-01', precision: 'month', isoEnd: '2024-09', text: '9 tháng đầu năm' };
  it('a figure carried a point or the months so far from another paragraph takes the quarter', () => {
    const drafts = [draft(page[1]!.offset + 30, point), draft(page[2]!.offset + 25, point), draft(page[3]!.offset + 60, months), draft(page[4]!.offset + 45, months)];
    quarterReportPeriods(drafts, page, { period: Q3 });
    expect(drafts.map((d) => d.metric.period.precision)).toEqual(['month', 'quarter', 'month', 'quarter']);
  });
  it('a lead-in’s month stays with its list', () => {
    const drafts = [draft(page[6]!.offset + 5, point)];
    quarterReportPeriods(drafts, page, { period: Q3 });
    expect(drafts[0]!.metric.period).toEqual(point);
  });
  it('no change without a quarter reviewed, or for a goal', () => {
    const a = [draft(page[2]!.offset + 25, point)];
    quarterReportPeriods(a, page, { period: { iso: '2024', precision: 'year' } });
    quarterReportPeriods(a, page, undefined);
    const b = [draft(page[2]!.offset + 25, point, 'target')];
    quarterReportPeriods(b, page, { period: Q3 });
    expect([a[0]!.metric.period, b[0]!.metric.period]).toEqual([point, point]);
  });
});
