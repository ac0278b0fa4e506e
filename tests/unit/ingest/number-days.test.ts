import { describe, expect, it } from 'vitest';
import { dayRangeEnd, isListedMonth, yearAfter } from '../../../scripts/ingest/number-days';

describe('yearAfter', () => {
  it('"năm" and one year after a number make it a value of that year, not a duration', () => {
    const at = (s: string, n: string) => yearAfter(s, s.indexOf(n) + n.length);
    expect(at('vị trí 44 năm 2021', '44')).toBe(true);
    expect(at('đạt 48 năm 2022, 46 năm 2023', '48')).toBe(true);
    expect(at('kế hoạch 5 năm 2021 - 2025', '5')).toBe(false);
    expect(at('sau 3 năm triển khai', '3')).toBe(false);
  });
});

describe('dayRangeEnd', () => {
  const end = (s: string, first: string, second: string) => {
    const i = s.indexOf(first);
    const j = s.indexOf(second, i + first.length);
    return dayRangeEnd(s, s.slice(0, i).toLowerCase(), Number(first), { raw: second, end: j + second.length });
  };
  it('a first day and a day-month after a date word: the end of the day-month', () => {
    expect(end('tuần từ 20 - 26.1, có', '20', '26.1')).toBe('tuần từ 20 - 26.1'.length);
    expect(end('đợt từ 3-7/9 ghi nhận', '3', '7')).toBe('đợt từ 3-7/9'.length);
    expect(end('diễn ra từ ngày 14 - 16/11/2024 tại', '14', '16')).toBe('diễn ra từ ngày 14 - 16/11/2024'.length);
    expect(end('hội chợ ngày 5-8/3/2025.', '5', '8')).toBe('hội chợ ngày 5-8/3/2025'.length);
  });

  it('-1 without a date word, when the first day is not before the second, or the month is no month', () => {
    expect(end('khoảng 20 - 26.1 điểm', '20', '26.1')).toBe(-1);
    expect(end('từ 27 - 26.1', '27', '26.1')).toBe(-1);
    expect(end('từ 2 - 5.13', '2', '5.13')).toBe(-1);
  });
});

describe('isListedMonth', () => {
  it('a number after a month and "và" or "," is a month of the list', () => {
    expect(isListedMonth('doanh thu hai tháng 3 và ', 4)).toBe(true);
    expect(isListedMonth('các tháng 7, 8 và ', 9)).toBe(true);
    expect(isListedMonth('doanh thu tháng 3 và ', 40)).toBe(false);
    expect(isListedMonth('doanh thu tháng 3/2023 và ', 4)).toBe(false);
  });
});
