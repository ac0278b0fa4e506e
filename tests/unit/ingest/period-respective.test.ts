import { describe, expect, it } from 'vitest';
import { respectiveListedYears, respectiveMonths, respectiveYears } from '../../../scripts/ingest/period-respective';

describe('respectiveYears', () => {
  it('gives each number after "lần lượt" its year of the range, when there are as many', () => {
    const s = 'Tỷ lệ các năm 2021 - 2023 lần lượt là 10%, 12% và 15%';
    const numbers = ['10%', '12%', '15%'].map((n) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length }));
    const range = { iso: '2021', isoEnd: '2023', precision: 'year' as const };
    expect(respectiveYears(s, numbers, range)?.map((p) => p.iso)).toEqual(['2021', '2022', '2023']);
    expect(respectiveYears(s, numbers.slice(0, 2), range)).toBeUndefined();
  });
});

describe('respectiveMonths', () => {
  const june = { iso: '2023-06', precision: 'month' as const };
  it('gives each number after "lần lượt" its month of a list', () => {
    expect(respectiveMonths('Doanh thu hai tháng 6 và 7 đạt ', 2, june)?.map((p) => p.iso)).toEqual(['2023-06', '2023-07']);
    expect(respectiveMonths('Số giao dịch các tháng 6, 7 và 8 ', 3, june)?.map((p) => p.iso)).toEqual(['2023-06', '2023-07', '2023-08']);
  });

  it('not when the counts differ, the months go back, or the period is no month', () => {
    expect(respectiveMonths('hai tháng 6 và 7 đạt ', 3, june)).toBeUndefined();
    expect(respectiveMonths('tháng 7 và 6 đạt ', 2, june)).toBeUndefined();
    expect(respectiveMonths('hai tháng 6 và 7 đạt ', 2, { iso: '2023', precision: 'year' })).toBeUndefined();
    expect(respectiveMonths('tháng 6/2023 và 2024 ', 2, june)).toBeUndefined();
  });
});

describe('respectiveListedYears', () => {
  it.each([
    ['Trong các năm 2023 và 2022, số thuê bao lần lượt là', 2, ['2023', '2022']],
    ['Doanh thu năm 2021, 2022 và 2023 đạt lần lượt', 3, ['2021', '2022', '2023']],
  ])('gives the k-th figure the k-th year: %s', (before, count, years) => {
    expect(respectiveListedYears(before, count)?.map((p) => p.iso)).toEqual(years);
  });
  it.each([
    ['a count that differs', 'Trong các năm 2023 và 2022, số thuê bao lần lượt là', 3],
    ['years compared with', 'So với cùng kỳ năm 2019 và 2020, doanh thu tăng lần lượt', 2],
  ])('is undefined for %s', (_name, before, count) => {
    expect(respectiveListedYears(before, count)).toBeUndefined();
  });
});
