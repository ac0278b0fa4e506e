import { describe, expect, it } from 'vitest';
import { findDates } from '../../../scripts/ingest/dates';
import { fillMissingYears, periodFor } from '../../../scripts/ingest/periods';

const filled = (s: string) => fillMissingYears(s, findDates(s));
const periodOf = (s: string, figure: string) => {
  const start = s.indexOf(figure);
  return periodFor(filled(s), s, { start, end: start + figure.length })?.period.iso;
};

describe('a yearless month after a year its clause names', () => {
  it.each([
    ['Số thuê bao năm 2023 đạt 130 triệu vào tháng 6.', '130 triệu', '2023-06'],
    ['Lượng khách quốc tế năm 2025 chạm mốc 2 triệu lượt trong tháng 3.', '2 triệu', '2025-03'],
    ['Năm 2022 tỉnh có 4.500 doanh nghiệp tại tháng 12.', '4.500', '2022-12'],
  ])('dates the figure to that month: %s', (s, figure, iso) => {
    expect(periodOf(s, figure)).toBe(iso);
  });

  it.each([
    ['a comma clause between', 'Năm 2023 là năm bứt phá, doanh thu đạt 50 tỷ vào tháng 6.', '0000-06'],
    ['no "vào" before the month', 'Năm 2023 doanh thu tháng 6 đạt 50 tỷ.', '0000-06'],
  ])('leaves the month yearless with %s', (_name, s, iso) => {
    expect(filled(s).find((d) => d.precision === 'month')?.iso).toBe(iso);
  });

  it('keeps the year when the month after the figure lies in another year', () => {
    const s = 'Năm 2023 doanh thu đạt 50 tỷ, so với tháng 6/2022.';
    expect(periodOf(s, '50 tỷ')).toBe('2023');
  });
});
