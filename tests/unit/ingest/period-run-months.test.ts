import { describe, expect, it } from 'vitest';
import type { Period } from '../../../src/schemas/metric';
import { runMonthPeriods } from '../../../scripts/ingest/period-run-months';

/** Paragraphs laid end to end with their offsets, and one draft per "[n]" marker (its period the year `year`, or none). */
function page(texts: string[], year?: string) {
  let offset = 0;
  const paragraphs = texts.map((text) => {
    const p = { text, offset };
    offset += text.length + 2;
    return p;
  });
  const drafts = paragraphs.flatMap((p) =>
    [...p.text.matchAll(/\[\d+\]/g)].map((m) => ({ metric: {
      offset: p.offset + m.index,
      status: 'actual' as const,
      period: (year ? { iso: year, precision: 'year' } : undefined) as Period | undefined,
      reasons: year ? [] : ['no-period'],
      confidence: (year ? 'high' : 'low') as 'high' | 'low',
    } })),
  );
  return { paragraphs, drafts };
}

describe('runMonthPeriods: the months a programme has run from the start the page named', () => {
  it.each([
    [['Từ đầu năm 2023, xã triển khai mô hình chợ số.', 'Sau 5 tháng thực hiện, đã có [1] tiểu thương mở tài khoản và [2] gian hàng.'], '2023', { iso: '2023-01', precision: 'month', isoEnd: '2023-05' }],
    [['Kể từ tháng 3/2024, thành phố vận hành ứng dụng.', 'Ông B cho biết: Qua gần 3 tháng vận hành, ứng dụng có [1] lượt tải. Trong đó [2] lượt từ thiết bị di động.'], '2024', { iso: '2024-03', precision: 'month', isoEnd: '2024-05' }],
    [['Từ đầu năm 2025, tỉnh thí điểm sổ sức khỏe điện tử.', 'Qua sáu tháng triển khai, đã cấp [1] sổ.'], undefined, { iso: '2025-01', precision: 'half' }],
  ])('%j', (texts, year, want) => {
    const { paragraphs, drafts } = page(texts, year);
    runMonthPeriods(drafts, paragraphs);
    for (const d of drafts) expect(d.metric.period).toEqual(want);
  });

  it('drops the "no-period" reason of a figure it dates, so the figure is no longer held back for it', () => {
    const { paragraphs, drafts } = page(['Từ đầu năm 2025, tỉnh thí điểm sổ sức khỏe điện tử.', 'Qua sáu tháng triển khai, đã cấp [1] sổ.']);
    runMonthPeriods(drafts, paragraphs);
    expect(drafts[0]!.metric).toMatchObject({ reasons: [], confidence: 'high' });
  });

  it.each([
    [['Năm 2023, xã triển khai chợ số.', 'Sau 5 tháng thực hiện, có [1] tiểu thương.'], '2023'], // no start named
    [['Từ đầu năm 2023, xã triển khai chợ số.', 'Trong năm, có [1] tiểu thương đăng ký sau 5 tháng thực hiện.'], '2023'], // the length opens no sentence
    [['Kể từ tháng 10/2024, huyện triển khai.', 'Qua 5 tháng triển khai, có [1] hộ.'], '2024'], // past December
    [['Từ đầu năm 2023, xã triển khai chợ số.', 'Sau 5 tháng thực hiện, có [1] tiểu thương.'], '2022'], // another year than the start's
  ])('leaves %j', (texts, year) => {
    const { paragraphs, drafts } = page(texts, year);
    runMonthPeriods(drafts, paragraphs);
    expect(drafts[0]!.metric.period).toEqual({ iso: year, precision: 'year' });
  });
});
